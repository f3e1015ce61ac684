#include "documents/number_format.hpp"

#include <algorithm>
#include <cctype>

namespace rapport::documents {
namespace {

bool AllDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

std::optional<std::string> FormatDecimal(std::string_view decimal, Language language) {
    bool negative = decimal.starts_with('-');
    if (negative) decimal.remove_prefix(1);
    auto point = decimal.find('.');
    std::string_view whole = decimal.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view{} : decimal.substr(point + 1);
    if (!AllDigits(whole) || (point != std::string_view::npos && !AllDigits(fraction))) return std::nullopt;

    // The first group from the right has three digits everywhere; the next ones have two in India's system
    // (lakh, crore) and three elsewhere.
    std::size_t later_groups = language == Language::kHi || language == Language::kMr ? 2 : 3;
    std::string grouped;
    std::size_t in_group = 0;
    std::size_t group_size = 3;
    for (auto digit = whole.rbegin(); digit != whole.rend(); ++digit) {
        if (in_group == group_size) {
            grouped += ',';
            in_group = 0;
            group_size = later_groups;
        }
        grouped += *digit;
        ++in_group;
    }
    if (negative) grouped += '-';
    std::reverse(grouped.begin(), grouped.end());
    if (point != std::string_view::npos) grouped.append(".").append(fraction);
    return grouped;
}

}  // namespace rapport::documents
