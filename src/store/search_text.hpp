#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

/// `text` with ASCII letters lower-cased and Latin letters with diacritics (U+00C0–U+017F) folded
/// to their base letter: "Müller" gives "muller".
std::string FoldForSearch(std::string_view text);

/// The words of a search query or document, folded by FoldForSearch: runs of letters and digits (any
/// non-ASCII byte counts as a letter, so UTF-8 words stay whole). "ACME-Corp, +33 1" gives
/// {"acme", "corp", "33", "1"}.
std::vector<std::string> SearchWords(std::string_view text);

}  // namespace rapport::store
