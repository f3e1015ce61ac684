#pragma once

#include "core/decimal.hpp"
#include "core/money.hpp"
#include "core/result.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <string_view>

namespace rapport {

/// An amount of money computed exactly: a whole number of 10^-scale minor units, however many
/// quantities and percentages it has been multiplied by. Prices compound several rules, and rounding
/// after each would make the result depend on how the rules are split; this rounds once, when the
/// amount is stored (API.md: "computed exactly and rounded once").
class ExactAmount {
public:
    explicit ExactAmount(const Money& money) : units_(money.minor_units()), currency_(money.currency()) {}

    /// The amount for `quantity` of it: a unit price times a quantity.
    ExactAmount Times(Quantity quantity) const;

    /// What remains after taking `percent` off: × (1 − percent/100). A negative percent is a surcharge.
    ExactAmount Less(Percent percent) const;

    /// `percent` of the amount: × percent/100 (a tax).
    ExactAmount PercentOf(Percent percent) const;

    /// Rounded to the currency's minor unit, half away from zero: the one rounding policy of every
    /// stored amount. kInvalidArgument naming `field` when the result does not fit in 64 bits.
    Result<Money> Rounded(std::string_view field) const;

    const Currency& currency() const { return currency_; }

private:
    using Integer = boost::multiprecision::cpp_int;
    ExactAmount(Integer units, int scale, Currency currency)
        : units_(std::move(units)), scale_(scale), currency_(currency) {}

    Integer units_;  // The amount is units_ × 10^-scale_ minor units.
    int scale_ = 0;
    Currency currency_;
};

/// `numerator` / `denominator` (denominator positive), rounded half away from zero: the one rounding policy,
/// for whatever divides money (a unit price from a line's net, the percent between two prices).
boost::multiprecision::cpp_int DivideRounded(const boost::multiprecision::cpp_int& numerator,
                                             const boost::multiprecision::cpp_int& denominator);

/// `a` + `b`, both of one currency. kInvalidArgument naming `field` when the currencies differ or the
/// sum does not fit.
Result<Money> Add(const Money& a, const Money& b, std::string_view field);

/// `a` − `b`, both of one currency; the same failures as Add.
Result<Money> Subtract(const Money& a, const Money& b, std::string_view field);

}  // namespace rapport
