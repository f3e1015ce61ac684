#include "generate/naming.hpp"

#include "generate/text.hpp"

#include <array>

namespace rapport::bench {

Culture NamingCulture(const Country& country, Random& random) {
    if (random.Percent(88)) return country.culture;
    constexpr std::array kAll = {Culture::kGerman, Culture::kFrench, Culture::kDutch, Culture::kNordic,
                                 Culture::kEnglish};
    return kAll[random.Below(kAll.size())];
}

std::string PersonalEmail(std::string_view first, std::string_view last, const Country& country, Random& random) {
    std::string email;
    AppendSlug(email, first, '-');
    email += '.';
    AppendSlug(email, last, '-');
    if (random.Percent(40)) email += std::to_string(random.Between(1, 99));
    email += '@';
    email += random.Pick(country.mail_providers);
    return email;
}

std::string Phone(const Country& country, const City& city, Random& random) {
    std::string phone(country.dial_code);
    phone += ' ';
    if (!city.area_code.empty()) {
        phone += city.area_code;
        phone += ' ';
        for (int i = 0; i < country.subscriber_digits; ++i) phone += static_cast<char>('0' + random.Below(10));
        return phone;
    }
    for (int i = 0; i < country.subscriber_digits; ++i) {
        if (i > 0 && i % 2 == 0) phone += ' ';
        phone += static_cast<char>('0' + random.Below(10));
    }
    return phone;
}

}  // namespace rapport::bench
