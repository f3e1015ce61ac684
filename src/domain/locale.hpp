#pragma once

#include "core/enum_names.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace rapport::domain {

/// A language the web UI speaks (users.locale) and documents are written in (API.md, "Languages").
/// English is the source; Hindi and Marathi in Devanagari, Hebrew right to left, Filipino.
enum class Locale { kEnglish, kHindi, kMarathi, kHebrew, kFilipino };

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::Locale> {
    static constexpr std::array kValues = {
        std::pair{domain::Locale::kEnglish, std::string_view{"en"}},
        std::pair{domain::Locale::kHindi, std::string_view{"hi"}},
        std::pair{domain::Locale::kMarathi, std::string_view{"mr"}},
        std::pair{domain::Locale::kHebrew, std::string_view{"he"}},
        std::pair{domain::Locale::kFilipino, std::string_view{"fil"}},
    };
};
}  // namespace rapport
