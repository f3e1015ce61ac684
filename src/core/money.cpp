#include "core/money.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace rapport {
namespace {

// Active ISO 4217 codes. Most have two decimals; the exceptions are listed with theirs.
constexpr std::string_view kTwoDecimalCodes[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND",
    "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP", "CVE", "CZK",
    "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD",
    "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK",
    "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN",
    "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON",
    "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
    "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD",
    "YER", "ZAR", "ZMW", "ZWL",
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

constexpr std::int64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000};

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
    auto invalid = [&](std::string message) { return InvalidField("amount", std::move(message)); };

    bool negative = !amount.empty() && amount.front() == '-';
    if (negative) amount.remove_prefix(1);
    auto point = amount.find('.');
    auto whole = amount.substr(0, point);
    auto fraction = point == std::string_view::npos ? std::string_view{} : amount.substr(point + 1);
    auto all_digits = [](std::string_view text) {
        return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || !all_digits(whole) || !all_digits(fraction) ||
        (point != std::string_view::npos && fraction.empty())) {
        return invalid("amount must be a decimal string such as \"1250.00\"");
    }
    if (static_cast<int>(fraction.size()) > currency.exponent()) {
        return invalid(std::string("amount has more decimals than ") + std::string(currency.code()) + " allows");
    }

    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t minor_units = 0;
    auto append_digit = [&](char digit) {
        if (minor_units > (kMax - (digit - '0')) / 10) return false;
        minor_units = minor_units * 10 + (digit - '0');
        return true;
    };
    bool fits = std::all_of(whole.begin(), whole.end(), append_digit) &&
                std::all_of(fraction.begin(), fraction.end(), append_digit);
    for (auto i = fraction.size(); fits && static_cast<int>(i) < currency.exponent(); ++i) fits = append_digit('0');
    if (!fits) return invalid("amount is too large");
    return Money(negative ? -minor_units : minor_units, currency);
}

std::string Money::FormatAmount() const { return FormatMinorUnits(minor_units_, currency_.exponent()); }

std::string FormatMinorUnits(std::int64_t minor_units, int exponent) {
    // Work on the unsigned magnitude so that the most negative value formats too.
    bool negative = minor_units < 0;
    auto magnitude = negative ? 0 - static_cast<std::uint64_t>(minor_units) : static_cast<std::uint64_t>(minor_units);
    auto scale = static_cast<std::uint64_t>(kPowersOfTen[exponent]);
    std::string text = negative ? "-" : "";
    text += std::to_string(magnitude / scale);
    if (exponent > 0) {
        auto fraction = std::to_string(magnitude % scale);
        text += '.';
        text.append(static_cast<std::size_t>(exponent) - fraction.size(), '0');
        text += fraction;
    }
    return text;
}

}  // namespace rapport
