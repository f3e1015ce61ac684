#include "domain/record.hpp"

#include <cctype>

namespace rapport::domain {

Status CheckLength(std::string_view value, std::string_view field, std::size_t min, std::size_t max) {
    if (value.size() < min || value.size() > max) {
        auto message = min > 0 ? std::string(field) + " must be between " + std::to_string(min) + " and " +
                                     std::to_string(max) + " characters"
                               : std::string(field) + " must be at most " + std::to_string(max) + " characters";
        return InvalidField(std::string(field), std::move(message));
    }
    return {};
}

Status CheckLength(const std::optional<std::string>& value, std::string_view field, std::size_t max) {
    if (!value) return {};
    return CheckLength(*value, field, 0, max);
}

Status Validate(const Tags& tags) {
    for (const auto& tag : tags.values) {
        bool trimmed = !tag.empty() && !std::isspace(static_cast<unsigned char>(tag.front())) &&
                       !std::isspace(static_cast<unsigned char>(tag.back()));
        // A CSV cell separates tags with ';' and a filter list with ',': neither may be inside a tag, nor a NUL,
        // which PostgreSQL's text cannot hold.
        if (!trimmed || tag.size() > 50 || tag.find_first_of(std::string_view(",;\0", 3)) != std::string::npos) {
            return InvalidField("tags",
                                "each tag must be 1 to 50 characters, without commas, semicolons or edge spaces");
        }
    }
    return {};
}

}  // namespace rapport::domain
