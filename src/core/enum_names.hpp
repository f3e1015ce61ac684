#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace rapport {

/// Specialise with `static constexpr std::array kValues = {std::pair{E::kX, "x"}, ...};` to give an
/// enumeration its wire and storage names. Generic code (JSON, SQL, CSV, OpenAPI) then handles it.
template <typename E>
struct EnumNames;

template <typename E>
concept NamedEnum = requires { EnumNames<E>::kValues; };

template <NamedEnum E>
constexpr std::string_view EnumName(E value) {
    for (const auto& [candidate, name] : EnumNames<E>::kValues) {
        if (candidate == value) return name;
    }
    return {};
}

template <NamedEnum E>
constexpr std::optional<E> ParseEnum(std::string_view name) {
    for (const auto& [candidate, candidate_name] : EnumNames<E>::kValues) {
        if (candidate_name == name) return candidate;
    }
    return std::nullopt;
}

/// "a, b or c": the names a field accepts, for error messages.
template <NamedEnum E>
std::string EnumChoices() {
    std::string text;
    const auto& values = EnumNames<E>::kValues;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) text += i + 1 == values.size() ? " or " : ", ";
        text += values[i].second;
    }
    return text;
}

}  // namespace rapport
