#pragma once

#include "core/result.hpp"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {

/// How a decimal string may look, for ParseScaled.
struct DecimalRules {
    int decimals = 0;  // Most digits allowed after the point; the result counts units of 10^-decimals.
    bool negative_allowed = false;
    std::string_view example;            // Shown in the error: "\"12.5\"".
    std::string too_many_decimals = {};  // The error's sentence when there are; empty: a general one.
};

/// Parses a plain decimal string ("12.5", "-3", "0.125") into an integer count of 10^-decimals:
/// ("12.5", 3 decimals) -> 12500. Fails with kInvalidArgument naming `field` when the text is not a
/// plain decimal (no exponent, no sign but a leading '-', no spaces), has too many decimals, is negative
/// where that is not allowed, or does not fit in 64 bits.
Result<std::int64_t> ParseScaled(std::string_view text, DecimalRules rules, std::string_view field);

/// Formats an integer count of 10^-decimals with exactly `decimals` digits after the point (0–4):
/// (125000, 2) -> "1250.00".
std::string FormatScaled(std::int64_t scaled, int decimals);

/// An amount of goods: a decimal with up to three decimals, greater than zero when a client gives it
/// (API.md, "Quantities"). Held as an integer count of thousandths, never as a float. Zero exists for
/// what the server counts itself (a line nothing of which is reserved yet).
class Quantity {
public:
    static constexpr int kDecimals = 3;
    static constexpr std::int64_t kScale = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity FromThousandths(std::int64_t thousandths) { return Quantity(thousandths); }
    static constexpr Quantity Whole(std::int64_t units) { return Quantity(units * kScale); }

    /// Parses what a client sends: fails with kInvalidArgument naming `field` unless the text is a
    /// decimal with at most three decimals, greater than zero.
    static Result<Quantity> Parse(std::string_view text, std::string_view field);

    constexpr std::int64_t thousandths() const { return thousandths_; }
    std::string Format() const;  // "12.5", "3", "0.125": no trailing zeros.

    constexpr auto operator<=>(const Quantity&) const = default;
    constexpr Quantity operator+(Quantity other) const { return Quantity(thousandths_ + other.thousandths_); }
    constexpr Quantity operator-(Quantity other) const { return Quantity(thousandths_ - other.thousandths_); }

private:
    constexpr explicit Quantity(std::int64_t thousandths) : thousandths_(thousandths) {}
    std::int64_t thousandths_ = 0;
};

/// A percentage with up to two decimals ("7.50"), held as hundredths of a percent. Negative where the
/// rule allows it: a payment term's surcharge is a negative discount.
class Percent {
public:
    static constexpr int kDecimals = 2;
    static constexpr std::int64_t kScale = 100;    // Hundredths of a percent per percent.
    static constexpr std::int64_t kWhole = 10000;  // Hundredths of a percent in 100 %.

    constexpr Percent() = default;
    static constexpr Percent FromHundredths(std::int64_t hundredths) { return Percent(hundredths); }
    static constexpr Percent Whole(std::int64_t percent) { return Percent(percent * kScale); }

    /// Parses "7.50", "-2", "100": kInvalidArgument naming `field` unless a decimal with at most two
    /// decimals. Ranges are the rule's to check (CheckRange).
    static Result<Percent> Parse(std::string_view text, std::string_view field);

    /// Fails with kInvalidArgument naming `field` unless `min` <= this <= `max`.
    Status CheckRange(Percent min, Percent max, std::string_view field) const;

    constexpr std::int64_t hundredths() const { return hundredths_; }
    std::string Format() const;  // Always two decimals: "7.50".

    constexpr auto operator<=>(const Percent&) const = default;

private:
    constexpr explicit Percent(std::int64_t hundredths) : hundredths_(hundredths) {}
    std::int64_t hundredths_ = 0;
};

}  // namespace rapport
