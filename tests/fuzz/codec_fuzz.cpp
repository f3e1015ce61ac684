// The codecs that turn each field type into text (CSV cells, query parameters) and JSON. The input is tried as
// text by every codec, and, when it parses as JSON, as JSON by every codec. Whatever a codec accepts it must
// write back in a form it reads as the same value, through text and through JSON alike; money must agree with
// the amount pattern the OpenAPI document publishes; dates and plain UTC timestamps are written back verbatim.

#include "fuzz_check.hpp"
#include "json_equality.hpp"

#include "core/codec.hpp"
#include "domain/deal/deal.hpp"
#include "domain/record.hpp"

#include <boost/json.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace rapport {
namespace {

constexpr std::string_view kField = "field";

template <typename T>
std::string Show(const T& value) {
    return boost::json::serialize(Codec<T>::ToJson(value));
}

// A refusal names the field (or a part of it, "field.amount") and says something.
void CheckRefusal(const Error& error, std::string_view text) {
    RAPPORT_FUZZ_REQUIRE(error.code == ErrorCode::kInvalidArgument &&
                             std::string_view(error.field).starts_with(kField) && !error.message.empty(),
                         "input " + std::string(text) + " -> " + error.field + ": " + error.message);
}

template <typename T>
bool Same(const T& a, const T& b) {
    return a == b;
}
// JSON objects are kept as text; their numbers are compared as Boost can read them back (json_equality.hpp).
template <>
bool Same(const JsonObject& a, const JsonObject& b) {
    boost::system::error_code error_a, error_b;
    auto json_a = boost::json::parse(a.text, error_a);
    auto json_b = boost::json::parse(b.text, error_b);
    if (error_a || error_b) return a.text == b.text;
    return fuzz::AlmostEqualJson(json_a, json_b);
}

// Decoding what a codec wrote gives back the value, through text (a CSV export read by an import) and through
// JSON (a record read and sent back).
template <typename T>
void CheckWritesBack(const T& value, bool through_text) {
    auto json = Codec<T>::ToJson(value);
    auto from_json = Codec<T>::FromJson(json, kField);
    RAPPORT_FUZZ_REQUIRE(from_json && Same(*from_json, value), "JSON " + boost::json::serialize(json));
    if (!through_text) return;
    auto text = Codec<T>::ToText(value);
    auto from_text = Codec<T>::FromText(text, kField);
    RAPPORT_FUZZ_REQUIRE(from_text && Same(*from_text, value), "value " + Show(value) + " written as text " + text);
}

template <typename T>
void FromText(std::string_view text) {
    auto value = Codec<T>::FromText(text, kField);
    if (!value) return CheckRefusal(value.error(), text);
    CheckWritesBack(*value, true);
}

// Values read from JSON are not all writable as text: JSON tags may hold what the text form splits on or trims,
// which the domain refuses (domain::Validate) before anything is stored.
template <typename T>
bool Storable(const T&) {
    return true;
}
template <>
bool Storable(const Tags& tags) {
    return static_cast<bool>(domain::Validate(tags));
}

template <typename T>
void FromJson(const boost::json::value& json) {
    auto value = Codec<T>::FromJson(json, kField);
    if (!value) return CheckRefusal(value.error(), boost::json::serialize(json));
    CheckWritesBack(*value, Storable(*value));
}

// The minor units of `amount` as the OpenAPI document describes it: ^-?[0-9]+(\.[0-9]+)?$, at most `exponent`
// decimals, and a magnitude that fits in 63 bits. Written apart from Money::Parse, to compare with it.
std::optional<std::int64_t> PublishedAmount(std::string_view amount, int exponent) {
    bool negative = amount.starts_with('-');
    if (negative) amount.remove_prefix(1);
    auto point = amount.find('.');
    auto whole = amount.substr(0, point);
    auto fraction = point == std::string_view::npos ? std::string_view{} : amount.substr(point + 1);
    auto digits = [](std::string_view text) { return text.find_first_not_of("0123456789") == std::string_view::npos; };
    if (whole.empty() || !digits(whole) || !digits(fraction) || (point != std::string_view::npos && fraction.empty())) {
        return std::nullopt;
    }
    if (static_cast<int>(fraction.size()) > exponent) return std::nullopt;
    unsigned __int128 magnitude = 0;
    constexpr auto kMax = static_cast<unsigned __int128>(std::numeric_limits<std::int64_t>::max());
    for (char c : std::string(whole) + std::string(fraction) +
                      std::string(static_cast<std::size_t>(exponent) - fraction.size(), '0')) {
        magnitude = magnitude * 10 + static_cast<unsigned>(c - '0');
        if (magnitude > kMax) return std::nullopt;
    }
    auto units = static_cast<std::int64_t>(magnitude);
    return negative ? -units : units;
}

void CheckMoney(std::string_view text) {
    auto space = text.find(' ');
    if (space == std::string_view::npos) return;
    auto amount = text.substr(0, space);
    auto code = text.substr(space + 1);
    auto currency = Currency::Parse(code);
    auto money = Money::Parse(amount, code);
    if (!currency) {
        RAPPORT_FUZZ_REQUIRE(!money, "money in an unknown currency " + std::string(code));
        return;
    }
    auto expected = PublishedAmount(amount, currency->exponent());
    RAPPORT_FUZZ_REQUIRE(static_cast<bool>(money) == expected.has_value(),
                         "amount " + std::string(amount) + " " + std::string(code) + ": Money::Parse " +
                             (money ? "accepts" : "refuses") + " what the published pattern " +
                             (expected ? "accepts" : "refuses"));
    if (!money) return;
    RAPPORT_FUZZ_REQUIRE(money->minor_units() == *expected, "amount " + std::string(amount) + " read as " +
                                                                std::to_string(money->minor_units()) + " minor units");
    // Exactly the currency's decimals, so that a column of amounts lines up and compares as text.
    auto formatted = money->FormatAmount();
    auto point = formatted.find('.');
    auto decimals = point == std::string::npos ? 0 : static_cast<int>(formatted.size() - point - 1);
    RAPPORT_FUZZ_REQUIRE(decimals == currency->exponent() && PublishedAmount(formatted, decimals) == *expected,
                         "amount " + std::string(amount) + " formatted as " + formatted);
}

// Dates have one spelling; a timestamp in UTC to the second ("2026-11-22T09:30:00Z") has one too.
void CheckCanonicalTime(std::string_view text) {
    if (auto date = ParseDate(text, kField)) {
        RAPPORT_FUZZ_REQUIRE(FormatDate(*date) == text,
                             "date " + std::string(text) + " written as " + FormatDate(*date));
    }
    auto at = ParseTimestamp(text, kField);
    if (at && text.size() == 20 && text[10] == 'T' && text[19] == 'Z' && text.substr(17, 2) != "60") {
        RAPPORT_FUZZ_REQUIRE(FormatTimestamp(*at) == text,
                             "timestamp " + std::string(text) + " written as " + FormatTimestamp(*at));
    }
}

template <typename... Types>
struct EveryCodec {
    static void Text(std::string_view text) { (FromText<Types>(text), ...); }
    static void Json(const boost::json::value& json) { (FromJson<Types>(json), ...); }
};

using Codecs = EveryCodec<std::string, std::int64_t, bool, Money, Timestamp, Date, Tags, JsonObject, DealId,
                          domain::Stage, std::optional<Money>, std::optional<Date>, std::optional<Timestamp>>;

}  // namespace
}  // namespace rapport

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rapport;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Codecs::Text(text);
    CheckMoney(text);
    CheckCanonicalTime(text);

    boost::system::error_code error;
    auto json = boost::json::parse(text, error);
    if (!error) Codecs::Json(json);
    return 0;
}
