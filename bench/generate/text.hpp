#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::bench {

/// `text` in lower-case ASCII for host names and e-mail local parts: letters with diacritics lose them
/// ("Müller" -> "mueller", "Ørsted" -> "orsted", "Société" -> "societe"), apostrophes vanish, and every run
/// of other characters becomes one `separator` (none at the ends). Appends to `out`.
void AppendSlug(std::string& out, std::string_view text, char separator);

/// `text` as the body of a JSON string: quotes, backslashes and control characters escaped.
std::string JsonEscape(std::string_view text);

/// Counts the three-letter beginnings of the words in account names, to tell search scenarios which
/// prefixes really occur. Only words starting with three ASCII letters count, lower-cased.
class PrefixCounter {
public:
    void CountWordsOf(std::string_view text);

    /// `wanted` prefixes spread over the whole range of frequencies, from the commonest to rare ones,
    /// so that a scenario exercises both big and small result sets. Sorted alphabetically.
    std::vector<std::string> Spread(std::size_t wanted) const;

private:
    std::array<std::int64_t, 26 * 26 * 26> counts_{};
};

}  // namespace rapport::bench
