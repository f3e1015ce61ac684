#include "generate/collections.hpp"

#include "domain/contact/contact.hpp"
#include "generate/columns.hpp"
#include "generate/naming.hpp"

#include <array>

namespace rapport::bench {
namespace {

constexpr std::array<std::string_view, 7> kColumns = {"account_id", "first_name", "last_name", "title",
                                                      "email",      "phone",      "consent"};
static_assert(ImportTakes<domain::Contact>(kColumns));

// "anna.mueller@", "a.mueller@" or "amueller@" at the company's domain, as companies' conventions differ.
std::string WorkEmail(std::string_view first, std::string_view last, const std::string& domain, Random& random) {
    std::string email;
    std::string first_slug;
    AppendSlug(first_slug, first, '-');
    switch (random.Below(4)) {
        case 0: email = first_slug.substr(0, 1) + "."; break;
        case 1: email = first_slug.substr(0, 1); break;
        default: email = first_slug + "."; break;
    }
    AppendSlug(email, last, '-');
    return email + "@" + domain;
}

std::string_view Title(Culture culture, Random& random) {
    return random.Percent(25) ? random.Pick(LocalJobTitles(culture)) : random.Pick(JobTitles());
}

// What the person agreed to be contacted by, and when it was recorded: GDPR bookkeeping, as JSON.
std::string Consent(std::int64_t today, Random& random) {
    auto email = random.Percent(80);
    auto phone = random.Percent(50);
    auto recorded = today - random.Between(1, 1400);
    return fmt::format(R"({{"email":{},"phone":{},"recorded_on":"{}"}})", email, phone, FormatDay(recorded));
}

}  // namespace

Result<FileStats> WriteContacts(const World& world, const std::string& dir) {
    auto file = RAPPORT_TRY(CsvFile::Create(dir + "/contacts.csv", "contacts.csv", world.counts.contacts));
    file.Header(kColumns);
    for (std::int64_t i = 0; i < world.counts.accounts; ++i) {
        auto begin = world.contact_begin[static_cast<std::size_t>(i)];
        auto end = world.contact_begin[static_cast<std::size_t>(i) + 1];
        if (begin == end) continue;
        auto account = SketchAccount(world, i);
        auto identity = IdentifyAccount(world, account);
        const auto& country = *account.country;
        for (auto k = begin; k < end; ++k) {
            Random random(world.seed, Stream::kContacts, k);
            auto culture = NamingCulture(country, random);
            auto first = random.Pick(FirstNames(culture));
            auto last = random.Pick(Surnames(culture));
            bool company = account.kind == domain::AccountKind::kCompany;

            file.Int(i + 1);
            file.Text(random.Percent(97) ? first : std::string_view{});
            file.Text(last);
            file.Text(company && random.Percent(80) ? Title(culture, random) : std::string_view{});
            if (!random.Percent(85)) {
                file.Empty();
            } else if (company) {
                file.Plain(WorkEmail(first, last, identity.domain, random));
            } else {
                file.Plain(PersonalEmail(first, last, country, random));
            }
            file.Plain(random.Percent(70) ? Phone(country, *account.city, random) : std::string{});
            file.Text(random.Percent(50) ? Consent(world.today, random) : std::string{});
            file.EndRow();
        }
    }
    return file.Close();
}

}  // namespace rapport::bench
