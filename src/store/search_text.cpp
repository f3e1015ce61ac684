#include "store/search_text.hpp"

#include <string_view>

namespace rapport::store {
namespace {

// The base letter of each code point from U+00C0 to U+017F, or '*' to keep it as it is: letters
// with diacritics fold to their base (as SQLite's remove_diacritics does), so that "muller"
// finds "Müller" on every engine.
constexpr std::string_view kLatinBases =
    "aaaaaa*ceeeeiiii*nooooo**uuuuy**"
    "aaaaaa*ceeeeiiii*nooooo**uuuuy*y"
    "aaaaaaccccccccdd**eeeeeeeeeegggg"
    "gggghh**iiiiiiiii***jjkk*llllll*"
    "***nnnnnn***oooooo**rrrrrrssssss"
    "sstttt**uuuuuuuuuuuuwwyyyzzzzzz*";

bool IsWordByte(unsigned char byte) {
    return (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
}

}  // namespace

std::string FoldForSearch(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 'A' && byte <= 'Z') {
            folded += static_cast<char>(byte - 'A' + 'a');
            continue;
        }
        // Two-byte UTF-8 sequences C3 80 … C5 BF are U+00C0 … U+017F.
        if (byte >= 0xC3 && byte <= 0xC5 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            auto code_point = ((byte & 0x1Fu) << 6) | (next & 0x3Fu);
            if ((next & 0xC0) == 0x80 && code_point >= 0xC0) {
                char base = kLatinBases[code_point - 0xC0];
                if (base != '*') {
                    folded += base;
                    ++i;
                    continue;
                }
            }
        }
        folded += static_cast<char>(byte);
    }
    return folded;
}

std::vector<std::string> SearchWords(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : FoldForSearch(text)) {
        if (IsWordByte(static_cast<unsigned char>(c))) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

}  // namespace rapport::store
