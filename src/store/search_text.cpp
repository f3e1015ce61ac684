#include "store/search_text.hpp"

#include <string_view>
#include <utility>

namespace rapport::store {
namespace {

// Letters with diacritics fold to their base letter, as SQLite's remove_diacritics does, so that
// "muller" finds "Müller" and "ha noi" finds "Hà Nội" on every engine. '*' keeps the code point.
// Latin-1 Supplement and Latin Extended-A, U+00C0 to U+017F:
constexpr std::string_view kLatinBases =
    "aaaaaa*ceeeeiiii*nooooo**uuuuy**"
    "aaaaaa*ceeeeiiii*nooooo**uuuuy*y"
    "aaaaaaccccccccdd**eeeeeeeeeegggg"
    "gggghh**iiiiiiiii***jjkk*llllll*"
    "***nnnnnn***oooooo**rrrrrrssssss"
    "sstttt**uuuuuuuuuuuuwwyyyzzzzzzs";
// Latin Extended Additional, U+1E00 to U+1EFF (Vietnamese and others):
constexpr std::string_view kLatinAdditionalBases =
    "aabbbbbbccddddddddddeeeeeeeeeeff"
    "gghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrr"
    "ssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwyas****"
    "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooo"
    "oooouuuuuuuuuuuuuuyyyyyyyy******";
// The few letters of Latin Extended-B in common use (Vietnamese horns, pinyin carons, Romanian
// commas below):
constexpr std::pair<char32_t, char> kLatinExtendedB[] = {
    {0x01A0, 'o'}, {0x01A1, 'o'}, {0x01AF, 'u'}, {0x01B0, 'u'}, {0x01CD, 'a'}, {0x01CE, 'a'},
    {0x01CF, 'i'}, {0x01D0, 'i'}, {0x01D1, 'o'}, {0x01D2, 'o'}, {0x01D3, 'u'}, {0x01D4, 'u'},
    {0x01D5, 'u'}, {0x01D6, 'u'}, {0x01D7, 'u'}, {0x01D8, 'u'}, {0x01D9, 'u'}, {0x01DA, 'u'},
    {0x01DB, 'u'}, {0x01DC, 'u'}, {0x0218, 's'}, {0x0219, 's'}, {0x021A, 't'}, {0x021B, 't'},
};

char BaseLetter(char32_t code_point) {
    if (code_point >= 0xC0 && code_point <= 0x17F) return kLatinBases[code_point - 0xC0];
    if (code_point >= 0x1E00 && code_point <= 0x1EFF) return kLatinAdditionalBases[code_point - 0x1E00];
    for (const auto& [candidate, base] : kLatinExtendedB) {
        if (candidate == code_point) return base;
    }
    return '*';
}

// Decodes the two- or three-byte UTF-8 sequence at `text[i]`; returns its length, or 0.
std::size_t DecodeSequence(std::string_view text, std::size_t i, char32_t& code_point) {
    auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    auto continuation = [&](std::size_t at) { return at < text.size() && (byte(at) & 0xC0) == 0x80; };
    if ((byte(i) & 0xE0) == 0xC0 && continuation(i + 1)) {
        code_point = (static_cast<char32_t>(byte(i) & 0x1F) << 6) | (byte(i + 1) & 0x3F);
        return 2;
    }
    if ((byte(i) & 0xF0) == 0xE0 && continuation(i + 1) && continuation(i + 2)) {
        code_point = (static_cast<char32_t>(byte(i) & 0x0F) << 12) | (static_cast<char32_t>(byte(i + 1) & 0x3F) << 6) |
                     (byte(i + 2) & 0x3F);
        return 3;
    }
    return 0;
}

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
        char32_t code_point = 0;
        auto length = byte >= 0xC0 ? DecodeSequence(text, i, code_point) : 0;
        char base = length > 0 ? BaseLetter(code_point) : '*';
        if (base != '*') {
            folded += base;
            i += length - 1;
            continue;
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
