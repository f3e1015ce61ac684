#pragma once

#include "core/result.hpp"

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {

/// An ISO 4217 currency code known to this build, with the number of its minor-unit digits.
class Currency {
public:
    /// Fails with kInvalidArgument unless `code` is an active ISO 4217 code in upper case.
    static Result<Currency> Parse(std::string_view code);

    std::string_view code() const { return {code_.data(), code_.size()}; }
    /// Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD.
    int exponent() const { return exponent_; }

    auto operator<=>(const Currency& other) const { return code() <=> other.code(); }
    bool operator==(const Currency& other) const { return code() == other.code(); }

private:
    Currency(std::array<char, 3> code, int exponent) : code_(code), exponent_(exponent) {}

    std::array<char, 3> code_;
    int exponent_;
};

/// An exact amount of one currency, held as an integer count of its minor unit (cents for EUR).
/// Never a floating-point number: sums and reports stay exact to the last cent.
class Money {
public:
    Money(std::int64_t minor_units, Currency currency) : minor_units_(minor_units), currency_(currency) {}

    /// Parses a decimal string ("1250.00", "-3.5", "12") in `currency`. Fails with kInvalidArgument
    /// when the text is not a plain decimal, has more decimals than the currency allows, or overflows.
    static Result<Money> Parse(std::string_view amount, std::string_view currency);

    std::int64_t minor_units() const { return minor_units_; }
    const Currency& currency() const { return currency_; }

    /// The amount as a decimal string with exactly the currency's number of decimals ("1250.00").
    std::string FormatAmount() const;

    bool operator==(const Money& other) const = default;

private:
    std::int64_t minor_units_;
    Currency currency_;
};

/// Formats a count of minor units with `exponent` (0–4) decimals: (125000, 2) -> "1250.00".
std::string FormatMinorUnits(std::int64_t minor_units, int exponent);

}  // namespace rapport
