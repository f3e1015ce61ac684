#pragma once

#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/ids.hpp"
#include "core/json_writer.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "core/time.hpp"
#include "core/values.hpp"

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rapport {

/// How one value type crosses the edges: as text (CSV cells, query parameters) and as JSON, and
/// what its OpenAPI schema is. Specialised below for every type a record field may have.
///   static std::string ToText(const T&);
///   static Result<T> FromText(std::string_view text, std::string_view field);
///   static boost::json::value ToJson(const T&);
///   static void WriteJson(JsonWriter&, const T&);   // optional: the same JSON as text, without the tree
///   static Result<T> FromJson(const boost::json::value& json, std::string_view field);
///   static boost::json::object Schema();
template <typename T>
struct Codec;

/// Writes `value` as its codec's JSON: straight as text when the codec can (WriteJson), else through ToJson.
template <typename T>
void WriteJsonOf(JsonWriter& writer, const T& value) {
    if constexpr (requires { Codec<T>::WriteJson(writer, value); }) {
        Codec<T>::WriteJson(writer, value);
    } else {
        writer.Value(Codec<T>::ToJson(value));
    }
}

namespace codec_detail {
Error WrongType(std::string_view field, std::string_view expected);
}  // namespace codec_detail

template <>
struct Codec<std::string> {
    static std::string ToText(const std::string& value) { return value; }
    /// Text passes through, but for a NUL (kInvalidArgument naming `field`): PostgreSQL's text cannot hold one,
    /// so that neither form of a value may carry it.
    static Result<std::string> FromText(std::string_view text, std::string_view field);
    static boost::json::value ToJson(const std::string& value) { return boost::json::string(value); }
    static void WriteJson(JsonWriter& writer, const std::string& value) { writer.String(value); }
    static Result<std::string> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema() { return {{"type", "string"}}; }
};

template <>
struct Codec<std::int64_t> {
    static std::string ToText(std::int64_t value) { return std::to_string(value); }
    static Result<std::int64_t> FromText(std::string_view text, std::string_view field);
    static boost::json::value ToJson(std::int64_t value) { return value; }
    static void WriteJson(JsonWriter& writer, std::int64_t value) { writer.Int(value); }
    static Result<std::int64_t> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema() { return {{"type", "integer"}, {"format", "int64"}}; }
};

template <>
struct Codec<bool> {
    static std::string ToText(bool value) { return value ? "true" : "false"; }
    static Result<bool> FromText(std::string_view text, std::string_view field);
    static boost::json::value ToJson(bool value) { return value; }
    static void WriteJson(JsonWriter& writer, bool value) { writer.Bool(value); }
    static Result<bool> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema() { return {{"type", "boolean"}}; }
};

/// Money is `{"amount": "1250.00", "currency": "EUR"}` in JSON and "1250.00 EUR" as text.
template <>
struct Codec<Money> {
    static std::string ToText(const Money& value);
    static Result<Money> FromText(std::string_view text, std::string_view field);
    static boost::json::value ToJson(const Money& value);
    static void WriteJson(JsonWriter& writer, const Money& value);
    static Result<Money> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema();
};

/// A quantity is a decimal string on the wire ("12.5") and as text: never a JSON number, which
/// clients would read as a float.
template <>
struct Codec<Quantity> {
    static std::string ToText(Quantity value) { return value.Format(); }
    static Result<Quantity> FromText(std::string_view text, std::string_view field) {
        return Quantity::Parse(text, field);
    }
    static boost::json::value ToJson(Quantity value) { return boost::json::string(value.Format()); }
    static void WriteJson(JsonWriter& writer, Quantity value) { writer.String(value.Format()); }
    static Result<Quantity> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema();
};

/// A percentage is a decimal string with up to two decimals ("7.50"), on the wire and as text.
template <>
struct Codec<Percent> {
    static std::string ToText(Percent value) { return value.Format(); }
    static Result<Percent> FromText(std::string_view text, std::string_view field) {
        return Percent::Parse(text, field);
    }
    static boost::json::value ToJson(Percent value) { return boost::json::string(value.Format()); }
    static void WriteJson(JsonWriter& writer, Percent value) { writer.String(value.Format()); }
    static Result<Percent> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema();
};

template <>
struct Codec<Timestamp> {
    static std::string ToText(Timestamp value) { return FormatTimestamp(value); }
    static Result<Timestamp> FromText(std::string_view text, std::string_view field) {
        return ParseTimestamp(text, field);
    }
    static boost::json::value ToJson(Timestamp value) { return boost::json::string(FormatTimestamp(value)); }
    static void WriteJson(JsonWriter& writer, Timestamp value) { writer.String(FormatTimestamp(value)); }
    static Result<Timestamp> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema() { return {{"type", "string"}, {"format", "date-time"}}; }
};

template <>
struct Codec<Date> {
    static std::string ToText(Date value) { return FormatDate(value); }
    static Result<Date> FromText(std::string_view text, std::string_view field) { return ParseDate(text, field); }
    static boost::json::value ToJson(Date value) { return boost::json::string(FormatDate(value)); }
    static void WriteJson(JsonWriter& writer, Date value) { writer.String(FormatDate(value)); }
    static Result<Date> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema() { return {{"type", "string"}, {"format", "date"}}; }
};

/// Tags are a JSON array of strings, and "a;b;c" as text.
template <>
struct Codec<Tags> {
    static std::string ToText(const Tags& value);
    static Result<Tags> FromText(std::string_view text, std::string_view field);
    static boost::json::value ToJson(const Tags& value);
    static void WriteJson(JsonWriter& writer, const Tags& value);
    static Result<Tags> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema();
};

/// A JSON object; as text, its compact JSON.
template <>
struct Codec<JsonObject> {
    static std::string ToText(const JsonObject& value) { return value.text; }
    static Result<JsonObject> FromText(std::string_view text, std::string_view field);
    static boost::json::value ToJson(const JsonObject& value);
    static Result<JsonObject> FromJson(const boost::json::value& json, std::string_view field);
    static boost::json::object Schema() { return {{"type", "object"}}; }
};

/// Ids are opaque decimal strings on the wire, so that clients never do arithmetic on them.
template <RecordId Id>
struct Codec<Id> {
    static std::string ToText(Id value) { return std::to_string(ToInt(value)); }
    static Result<Id> FromText(std::string_view text, std::string_view field) {
        auto number = Codec<std::int64_t>::FromText(text, field);
        if (!number || *number <= 0) return codec_detail::WrongType(field, "an id");
        return static_cast<Id>(*number);
    }
    static boost::json::value ToJson(Id value) { return boost::json::string(ToText(value)); }
    static void WriteJson(JsonWriter& writer, Id value) { writer.String(ToText(value)); }
    static Result<Id> FromJson(const boost::json::value& json, std::string_view field) {
        if (!json.is_string()) return codec_detail::WrongType(field, "an id string");
        return FromText(json.get_string(), field);
    }
    static boost::json::object Schema() { return {{"type", "string"}, {"description", "an opaque id"}}; }
};

template <NamedEnum E>
struct Codec<E> {
    static std::string ToText(E value) { return std::string(EnumName(value)); }
    static Result<E> FromText(std::string_view text, std::string_view field) {
        if (auto value = ParseEnum<E>(text)) return *value;
        return InvalidField(std::string(field), std::string(field) + " must be " + EnumChoices<E>());
    }
    static boost::json::value ToJson(E value) { return boost::json::string(EnumName(value)); }
    static void WriteJson(JsonWriter& writer, E value) { writer.String(EnumName(value)); }
    static Result<E> FromJson(const boost::json::value& json, std::string_view field) {
        if (!json.is_string()) return FromText({}, field);
        return FromText(json.get_string(), field);
    }
    static boost::json::object Schema() {
        boost::json::array names;
        for (const auto& [value, name] : EnumNames<E>::kValues) names.emplace_back(name);
        return {{"type", "string"}, {"enum", std::move(names)}};
    }
};

/// Absent is null in JSON and the empty string as text.
template <typename T>
struct Codec<std::optional<T>> {
    static std::string ToText(const std::optional<T>& value) { return value ? Codec<T>::ToText(*value) : ""; }
    static Result<std::optional<T>> FromText(std::string_view text, std::string_view field) {
        if (text.empty()) return std::optional<T>{};
        auto value = RAPPORT_TRY(Codec<T>::FromText(text, field));
        return std::optional<T>(std::move(value));
    }
    static boost::json::value ToJson(const std::optional<T>& value) {
        return value ? Codec<T>::ToJson(*value) : boost::json::value(nullptr);
    }
    static void WriteJson(JsonWriter& writer, const std::optional<T>& value) {
        if (value) {
            WriteJsonOf(writer, *value);
        } else {
            writer.Null();
        }
    }
    static Result<std::optional<T>> FromJson(const boost::json::value& json, std::string_view field) {
        if (json.is_null()) return std::optional<T>{};
        auto value = RAPPORT_TRY(Codec<T>::FromJson(json, field));
        return std::optional<T>(std::move(value));
    }
    static boost::json::object Schema() {
        auto schema = Codec<T>::Schema();
        schema["nullable"] = true;
        // OpenAPI 3.0 checks an enumeration before `nullable`: null must be one of its values too.
        if (auto* values = schema.if_contains("enum")) values->as_array().push_back(nullptr);
        return schema;
    }
};

template <typename T>
concept Encodable = requires(const T& value) {
    Codec<T>::ToJson(value);
};

}  // namespace rapport
