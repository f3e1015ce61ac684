#include "domain/user/user.hpp"

#include <algorithm>
#include <cctype>

namespace rapport::domain {

std::string NormalizeEmail(std::string_view email) {
    while (!email.empty() && std::isspace(static_cast<unsigned char>(email.front()))) email.remove_prefix(1);
    while (!email.empty() && std::isspace(static_cast<unsigned char>(email.back()))) email.remove_suffix(1);
    std::string normalized(email);
    std::transform(normalized.begin(), normalized.end(), normalized.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return normalized;
}

Status ValidateEmail(std::string_view email, std::string_view field) {
    auto at = email.find('@');
    bool plausible = at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
                     email.find('@', at + 1) == std::string_view::npos &&
                     email.find('.', at + 1) != std::string_view::npos && email.size() <= 254 &&
                     std::none_of(email.begin(), email.end(), [](unsigned char c) { return std::isspace(c); });
    if (!plausible) return InvalidField(std::string(field), std::string(field) + " must be an e-mail address");
    return {};
}

Status Validate(const User& user) {
    RAPPORT_CHECK(ValidateEmail(user.email, "email"));
    if (user.name.empty() || user.name.size() > 200) {
        return InvalidField("name", "name must be between 1 and 200 characters");
    }
    if (user.level < 1 || user.level > 4) return InvalidField("level", "level must be 1, 2, 3 or 4");
    return {};
}

}  // namespace rapport::domain
