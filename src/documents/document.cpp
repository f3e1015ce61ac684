#include "documents/document.hpp"

#include "core/assert.hpp"

#include <array>
#include <utility>

namespace rapport::documents {
namespace {

constexpr std::array<std::pair<Language, std::string_view>, 5> kCodes{{
    {Language::kEn, "en"},
    {Language::kHi, "hi"},
    {Language::kMr, "mr"},
    {Language::kHe, "he"},
    {Language::kFil, "fil"},
}};

}  // namespace

std::optional<Language> ParseLanguage(std::string_view code) {
    for (const auto& [language, name] : kCodes) {
        if (name == code) return language;
    }
    return std::nullopt;
}

std::string_view LanguageCode(Language language) {
    for (const auto& [known, name] : kCodes) {
        if (known == language) return name;
    }
    RAPPORT_ASSERT(false, "a document's language is one of the five");
    return "en";
}

}  // namespace rapport::documents
