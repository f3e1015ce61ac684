#include "generate/text.hpp"

#include "core/json_writer.hpp"

#include <algorithm>
#include <numeric>

namespace rapport::bench {
namespace {

// Reads one UTF-8 code point at `i` and advances past it. The word lists are valid UTF-8, so no checks.
char32_t NextCodePoint(std::string_view text, std::size_t& i) {
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    char32_t code_point = length == 1 ? byte : byte & (0x7F >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
        code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    i += length;
    return code_point;
}

// The ASCII a Latin letter with a diacritic is written as in an address; empty for anything else.
std::string_view Transliterate(char32_t letter) {
    switch (letter) {
        case U'ä': case U'Ä': case U'æ': case U'Æ': return "ae";
        case U'ö': case U'Ö': return "oe";
        case U'ü': case U'Ü': return "ue";
        case U'ß': return "ss";
        case U'à': case U'á': case U'â': case U'å': case U'À': case U'Á': case U'Â': case U'Å': return "a";
        case U'é': case U'è': case U'ê': case U'ë': case U'É': case U'È': case U'Ê': return "e";
        case U'î': case U'ï': case U'í': case U'Î': return "i";
        case U'ô': case U'ó': case U'ø': case U'Ô': case U'Ø': return "o";
        case U'û': case U'ù': case U'ú': case U'Û': return "u";
        case U'ç': case U'Ç': return "c";
        case U'ñ': return "n";
        default: return {};
    }
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

void AppendSlug(std::string& out, std::string_view text, char separator) {
    bool pending_separator = false;
    auto start = out.size();
    auto put = [&](std::string_view piece) {
        if (pending_separator && out.size() > start) out += separator;
        pending_separator = false;
        out += piece;
    };
    for (std::size_t i = 0; i < text.size();) {
        char32_t code_point = NextCodePoint(text, i);
        if (code_point < 0x80) {
            char c = static_cast<char>(code_point);
            if (IsAsciiLetter(c) || (c >= '0' && c <= '9')) {
                char lower = Lower(c);
                put(std::string_view(&lower, 1));
            } else if (c != '\'') {
                pending_separator = true;
            }
        } else if (auto ascii = Transliterate(code_point); !ascii.empty()) {
            put(ascii);
        } else {
            pending_separator = true;
        }
    }
}

std::string JsonEscape(std::string_view text) {
    std::string quoted;
    AppendJsonString(quoted, text);
    return quoted.substr(1, quoted.size() - 2);
}

void PrefixCounter::CountWordsOf(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        // A word is a run of letters; bytes of multi-byte UTF-8 letters count as letters too.
        auto is_letter = [&](std::size_t at) { return IsAsciiLetter(text[at]) || (text[at] & 0x80) != 0; };
        while (i < text.size() && !is_letter(i)) ++i;
        auto begin = i;
        while (i < text.size() && is_letter(i)) ++i;
        if (i - begin < 3) continue;
        if (!IsAsciiLetter(text[begin]) || !IsAsciiLetter(text[begin + 1]) || !IsAsciiLetter(text[begin + 2])) continue;
        auto index = [&](std::size_t at) { return static_cast<std::size_t>(Lower(text[at]) - 'a'); };
        ++counts_[(index(begin) * 26 + index(begin + 1)) * 26 + index(begin + 2)];
    }
}

std::vector<std::string> PrefixCounter::Spread(std::size_t wanted) const {
    std::vector<std::size_t> seen;
    for (std::size_t i = 0; i < counts_.size(); ++i) {
        if (counts_[i] > 0) seen.push_back(i);
    }
    // Commonest first; ties alphabetically, so that the choice does not depend on the sort's whims.
    std::stable_sort(seen.begin(), seen.end(), [&](auto a, auto b) { return counts_[a] > counts_[b]; });
    std::vector<std::string> chosen;
    auto take = std::min(wanted, seen.size());
    for (std::size_t k = 0; k < take; ++k) {
        auto i = seen[k * seen.size() / take];
        chosen.push_back({static_cast<char>('a' + i / 676), static_cast<char>('a' + i / 26 % 26),
                          static_cast<char>('a' + i % 26)});
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

}  // namespace rapport::bench
