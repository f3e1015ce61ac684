#include "core/codec.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace rapport {

namespace codec_detail {
Error WrongType(std::string_view field, std::string_view expected) {
    return InvalidField(std::string(field), std::string(field) + " must be " + std::string(expected));
}
}  // namespace codec_detail

using codec_detail::WrongType;

Result<std::string> Codec<std::string>::FromText(std::string_view text, std::string_view field) {
    // PostgreSQL's text cannot hold a NUL (libpq would cut the value short there), nor should SQLite's differ.
    if (text.find('\0') != std::string_view::npos) {
        return InvalidField(std::string(field), std::string(field) + " must not contain a NUL character");
    }
    return std::string(text);
}

Result<std::string> Codec<std::string>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_string()) return WrongType(field, "a string");
    return FromText(std::string_view(json.get_string()), field);
}

Result<std::int64_t> Codec<std::int64_t>::FromText(std::string_view text, std::string_view field) {
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || text.empty()) {
        return WrongType(field, "a whole number");
    }
    return value;
}

Result<std::int64_t> Codec<std::int64_t>::FromJson(const boost::json::value& json, std::string_view field) {
    if (json.is_int64()) return json.get_int64();
    if (json.is_uint64() && json.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
        return static_cast<std::int64_t>(json.get_uint64());
    }
    return WrongType(field, "a whole number");
}

Result<bool> Codec<bool>::FromText(std::string_view text, std::string_view field) {
    if (text == "true" || text == "1") return true;
    if (text == "false" || text == "0") return false;
    return WrongType(field, "true or false");
}

Result<bool> Codec<bool>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_bool()) return WrongType(field, "true or false");
    return json.get_bool();
}

std::string Codec<Money>::ToText(const Money& value) {
    return value.FormatAmount() + " " + std::string(value.currency().code());
}

Result<Money> Codec<Money>::FromText(std::string_view text, std::string_view field) {
    auto space = text.find(' ');
    if (space == std::string_view::npos) return WrongType(field, "an amount and a currency, such as \"1250.00 EUR\"");
    auto money = Money::Parse(text.substr(0, space), text.substr(space + 1));
    if (!money) return InvalidField(std::string(field), money.error().message);
    return *money;
}

boost::json::value Codec<Money>::ToJson(const Money& value) {
    return boost::json::object{{"amount", value.FormatAmount()}, {"currency", value.currency().code()}};
}

void Codec<Money>::WriteJson(JsonWriter& writer, const Money& value) {
    writer.BeginObject();
    writer.Key("amount");
    writer.String(value.FormatAmount());
    writer.Key("currency");
    writer.String(value.currency().code());
    writer.EndObject();
}

Result<Money> Codec<Money>::FromJson(const boost::json::value& json, std::string_view field) {
    auto shape = [&] { return WrongType(field, "an object {\"amount\": \"1250.00\", \"currency\": \"EUR\"}"); };
    if (!json.is_object()) return shape();
    const auto& object = json.get_object();
    auto amount = object.if_contains("amount");
    auto currency = object.if_contains("currency");
    if (!amount || !currency || !currency->is_string() || object.size() != 2) return shape();
    if (!amount->is_string()) return WrongType(std::string(field) + ".amount", "a decimal string such as \"1250.00\"");
    auto money = Money::Parse(amount->get_string(), currency->get_string());
    if (!money) return InvalidField(std::string(field) + "." + money.error().field, money.error().message);
    return *money;
}

boost::json::object Codec<Money>::Schema() {
    return {{"type", "object"},
            {"required", boost::json::array{"amount", "currency"}},
            {"properties",
             {{"amount", {{"type", "string"}, {"pattern", "^-?[0-9]+(\\.[0-9]+)?$"}, {"example", "1250.00"}}},
              {"currency", {{"type", "string"}, {"description", "ISO 4217 code"}, {"example", "EUR"}}}}}};
}

Result<Quantity> Codec<Quantity>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_string()) return WrongType(field, "a decimal string such as \"12.5\"");
    return Quantity::Parse(json.get_string(), field);
}

boost::json::object Codec<Quantity>::Schema() {
    return {{"type", "string"}, {"pattern", "^[0-9]+(\\.[0-9]{1,3})?$"}, {"example", "12.5"}};
}

Result<Percent> Codec<Percent>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_string()) return WrongType(field, "a decimal string such as \"7.50\"");
    return Percent::Parse(json.get_string(), field);
}

boost::json::object Codec<Percent>::Schema() {
    return {{"type", "string"}, {"pattern", "^-?[0-9]+(\\.[0-9]{1,2})?$"}, {"example", "7.50"}};
}

Result<Timestamp> Codec<Timestamp>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_string()) return WrongType(field, "an RFC 3339 timestamp string");
    return ParseTimestamp(json.get_string(), field);
}

Result<Date> Codec<Date>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_string()) return WrongType(field, "a date string such as \"2026-11-22\"");
    return ParseDate(json.get_string(), field);
}

std::string Codec<Tags>::ToText(const Tags& value) {
    std::string text;
    for (const auto& tag : value.values) {
        if (!text.empty()) text += ';';
        text += tag;
    }
    return text;
}

Result<Tags> Codec<Tags>::FromText(std::string_view text, std::string_view) {
    Tags tags;
    while (!text.empty()) {
        auto end = text.find(';');
        auto tag = text.substr(0, end);
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
        if (!tag.empty()) tags.values.emplace_back(tag);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return tags;
}

boost::json::value Codec<Tags>::ToJson(const Tags& value) {
    boost::json::array array;
    for (const auto& tag : value.values) array.emplace_back(tag);
    return array;
}

void Codec<Tags>::WriteJson(JsonWriter& writer, const Tags& value) {
    writer.BeginArray();
    for (const auto& tag : value.values) writer.String(tag);
    writer.EndArray();
}

Result<Tags> Codec<Tags>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_array()) return WrongType(field, "an array of strings");
    Tags tags;
    for (const auto& item : json.get_array()) {
        if (!item.is_string()) return WrongType(field, "an array of strings");
        tags.values.emplace_back(item.get_string());
    }
    return tags;
}

boost::json::object Codec<Tags>::Schema() { return {{"type", "array"}, {"items", {{"type", "string"}}}}; }

Result<JsonObject> Codec<JsonObject>::FromText(std::string_view text, std::string_view field) {
    boost::system::error_code error;
    auto json = boost::json::parse(text, error);
    if (error) return WrongType(field, "a JSON object");
    return FromJson(json, field);
}

boost::json::value Codec<JsonObject>::ToJson(const JsonObject& value) {
    boost::system::error_code error;
    auto json = boost::json::parse(value.text, error);
    // The store only ever holds text that FromJson produced, so it parses.
    return error ? boost::json::value(boost::json::object{}) : json;
}

namespace {

// A number beyond a double's range ("1e400") parses as infinity, which serialize writes as "Infinity": text
// that is not JSON, and that ToJson could not read back.
bool HoldsInfinity(const boost::json::value& json) {
    if (json.is_double()) return !std::isfinite(json.get_double());
    if (json.is_array()) return std::ranges::any_of(json.get_array(), HoldsInfinity);
    if (json.is_object()) {
        return std::ranges::any_of(json.get_object(), [](const auto& member) { return HoldsInfinity(member.value()); });
    }
    return false;
}

}  // namespace

Result<JsonObject> Codec<JsonObject>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_object()) return WrongType(field, "a JSON object");
    if (HoldsInfinity(json)) {
        return InvalidField(std::string(field), std::string(field) + " holds a number too large for a double");
    }
    auto text = boost::json::serialize(json);
    if (text.size() > 16 * 1024) return InvalidField(std::string(field), std::string(field) + " is larger than 16 KiB");
    return JsonObject{std::move(text)};
}

}  // namespace rapport
