#include "core/money.hpp"

#include "core/decimal.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace rapport {
namespace {

// Active ISO 4217 codes. Most have two decimals; the exceptions are listed with theirs.
constexpr std::string_view kTwoDecimalCodes[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD",
    "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP",
    "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
    "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR",
    "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
    "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD",
    "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "YER", "ZAR", "ZMW", "ZWL",
};
constexpr std::pair<std::string_view, int> kOtherExponents[] = {
    {"BHD", 3}, {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3}, {"ISK", 0}, {"JOD", 3},
    {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3}, {"OMR", 3}, {"PYG", 0}, {"RWF", 0},
    {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0},
};

std::optional<int> ExponentOf(std::string_view code) {
    if (std::find(std::begin(kTwoDecimalCodes), std::end(kTwoDecimalCodes), code) != std::end(kTwoDecimalCodes)) {
        return 2;
    }
    for (const auto& [other, exponent] : kOtherExponents) {
        if (other == code) return exponent;
    }
    return std::nullopt;
}

}  // namespace

Result<Currency> Currency::Parse(std::string_view code) {
    auto exponent = code.size() == 3 ? ExponentOf(code) : std::nullopt;
    if (!exponent) {
        return InvalidField("currency", "currency must be an ISO 4217 code such as EUR or USD");
    }
    return Currency({code[0], code[1], code[2]}, *exponent);
}

Result<Money> Money::Parse(std::string_view amount, std::string_view currency_code) {
    auto currency = RAPPORT_TRY(Currency::Parse(currency_code));
    DecimalRules rules{
        .decimals = currency.exponent(),
        .negative_allowed = true,
        .example = "\"1250.00\"",
        .too_many_decimals = "amount has more decimals than " + std::string(currency.code()) + " allows"};
    return Money(RAPPORT_TRY(ParseScaled(amount, std::move(rules), "amount")), currency);
}

std::string Money::FormatAmount() const { return FormatMinorUnits(minor_units_, currency_.exponent()); }

std::string FormatMinorUnits(std::int64_t minor_units, int exponent) { return FormatScaled(minor_units, exponent); }

}  // namespace rapport
