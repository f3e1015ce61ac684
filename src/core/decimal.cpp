#include "core/decimal.hpp"

#include <algorithm>
#include <limits>

namespace rapport {
namespace {

constexpr std::int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000};

bool AllDigits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Result<std::int64_t> ParseScaled(std::string_view text, DecimalRules rules, std::string_view field) {
    auto invalid = [&](std::string message) { return InvalidField(std::string(field), std::move(message)); };
    bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    auto point = text.find('.');
    auto whole = text.substr(0, point);
    auto fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (whole.empty() || !AllDigits(whole) || !AllDigits(fraction) ||
        (point != std::string_view::npos && fraction.empty())) {
        return invalid(std::string(field) + " must be a decimal string such as " + std::string(rules.example));
    }
    if (negative && !rules.negative_allowed) return invalid(std::string(field) + " may not be negative");
    if (static_cast<int>(fraction.size()) > rules.decimals) {
        if (!rules.too_many_decimals.empty()) return invalid(std::move(rules.too_many_decimals));
        return invalid(std::string(field) + " has more than " + std::to_string(rules.decimals) + " decimals");
    }

    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t scaled = 0;
    auto append_digit = [&](char digit) {
        if (scaled > (kMax - (digit - '0')) / 10) return false;
        scaled = scaled * 10 + (digit - '0');
        return true;
    };
    bool fits = std::all_of(whole.begin(), whole.end(), append_digit) &&
                std::all_of(fraction.begin(), fraction.end(), append_digit);
    for (auto i = fraction.size(); fits && static_cast<int>(i) < rules.decimals; ++i) fits = append_digit('0');
    if (!fits) return invalid(std::string(field) + " is too large");
    return negative ? -scaled : scaled;
}

std::string FormatScaled(std::int64_t scaled, int decimals) {
    // Work on the unsigned magnitude so that the most negative value formats too.
    bool negative = scaled < 0;
    auto magnitude = negative ? 0 - static_cast<std::uint64_t>(scaled) : static_cast<std::uint64_t>(scaled);
    auto scale = static_cast<std::uint64_t>(kPowersOfTen[decimals]);
    std::string text = negative ? "-" : "";
    text += std::to_string(magnitude / scale);
    if (decimals > 0) {
        auto fraction = std::to_string(magnitude % scale);
        text += '.';
        text.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
        text += fraction;
    }
    return text;
}

Result<Quantity> Quantity::Parse(std::string_view text, std::string_view field) {
    auto thousandths = RAPPORT_TRY(ParseScaled(text, {.decimals = kDecimals, .example = "\"12.5\""}, field));
    if (thousandths == 0) return InvalidField(std::string(field), std::string(field) + " must be greater than zero");
    return Quantity(thousandths);
}

std::string Quantity::Format() const {
    auto text = FormatScaled(thousandths_, kDecimals);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
}

Result<Percent> Percent::Parse(std::string_view text, std::string_view field) {
    return Percent(RAPPORT_TRY(
        ParseScaled(text, {.decimals = kDecimals, .negative_allowed = true, .example = "\"7.50\""}, field)));
}

Status Percent::CheckRange(Percent min, Percent max, std::string_view field) const {
    if (*this < min || *this > max) {
        return InvalidField(std::string(field),
                            std::string(field) + " must be between " + min.Format() + " and " + max.Format());
    }
    return {};
}

std::string Percent::Format() const { return FormatScaled(hundredths_, kDecimals); }

}  // namespace rapport
