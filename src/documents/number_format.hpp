#pragma once

#include "documents/document.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace rapport::documents {

/// `decimal` ("-1234567.50") with its integer digits grouped as `language` writes numbers: "-1,234,567.50",
/// and for Hindi and Marathi the Indian way, "-12,34,567.50". The fraction is kept exactly as given, and the
/// digits stay Latin (as API.md shows them for hi and mr). Nullopt when `decimal` is not an optional '-',
/// digits, and optionally '.' and digits.
std::optional<std::string> FormatDecimal(std::string_view decimal, Language language);

}  // namespace rapport::documents
