#include "core/exact_amount.hpp"

#include <limits>
#include <string>

namespace rapport {
namespace {

using Integer = boost::multiprecision::cpp_int;

Integer PowerOfTen(int exponent) {
    Integer power = 1;
    for (int i = 0; i < exponent; ++i) power *= 10;
    return power;
}

Result<Money> Checked(const Integer& minor_units, const Currency& currency, std::string_view field) {
    if (minor_units > std::numeric_limits<std::int64_t>::max() ||
        minor_units < std::numeric_limits<std::int64_t>::min()) {
        return InvalidField(std::string(field), std::string(field) + " is too large");
    }
    return Money(static_cast<std::int64_t>(minor_units), currency);
}

Status SameCurrency(const Money& a, const Money& b, std::string_view field) {
    if (a.currency() == b.currency()) return {};
    return InvalidField(std::string(field), std::string(field) + " is in " + std::string(b.currency().code()) +
                                                " where " + std::string(a.currency().code()) + " is expected");
}

}  // namespace

Integer DivideRounded(const Integer& numerator, const Integer& denominator) {
    Integer magnitude = numerator < 0 ? Integer(-numerator) : numerator;
    Integer quotient = (magnitude * 2 + denominator) / (denominator * 2);
    return numerator < 0 ? Integer(-quotient) : quotient;
}

ExactAmount ExactAmount::Times(Quantity quantity) const {
    return {units_ * quantity.thousandths(), scale_ + Quantity::kDecimals, currency_};
}

ExactAmount ExactAmount::Less(Percent percent) const {
    // 100 % is 10^4 hundredths of a percent: four more decimals.
    return {units_ * (Percent::kWhole - percent.hundredths()), scale_ + 4, currency_};
}

ExactAmount ExactAmount::PercentOf(Percent percent) const {
    return {units_ * percent.hundredths(), scale_ + 4, currency_};
}

Result<Money> ExactAmount::Rounded(std::string_view field) const {
    return Checked(DivideRounded(units_, PowerOfTen(scale_)), currency_, field);
}

Result<Money> Add(const Money& a, const Money& b, std::string_view field) {
    RAPPORT_CHECK(SameCurrency(a, b, field));
    return Checked(Integer(a.minor_units()) + b.minor_units(), a.currency(), field);
}

Result<Money> Subtract(const Money& a, const Money& b, std::string_view field) {
    RAPPORT_CHECK(SameCurrency(a, b, field));
    return Checked(Integer(a.minor_units()) - b.minor_units(), a.currency(), field);
}

}  // namespace rapport
