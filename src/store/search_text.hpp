#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

/// The words of a search query or document, lower-cased: runs of letters and digits (any
/// non-ASCII byte counts as a letter, so UTF-8 words stay whole). "ACME-Corp, +33 1" gives
/// {"acme", "corp", "33", "1"}.
std::vector<std::string> SearchWords(std::string_view text);

}  // namespace rapport::store
