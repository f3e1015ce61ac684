#pragma once

#include "core/codec.hpp"
#include "core/field.hpp"

#include <boost/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace rapport::domain {

/// Specialised per line type (a price list's, an offer's): the child table its rows live in and its
/// fields, as for a record. A line struct has an `std::int64_t line_no` (1, 2, …: its place in the
/// document, given by the server) and no id or bookkeeping of its own: it changes with its document, in
/// the document's transaction and version.
///   static constexpr std::string_view kTable;   // "offer_line": columns parent_id, then the fields'
///   static constexpr auto kFields = std::tuple{MakeField("line_no", &Line::line_no, kReadOnly), …};
template <typename Line>
struct LineTraits;

/// The lines of a document: a field of its record like any other, kept in the line type's own table.
/// A write that gives `lines` replaces them all.
template <typename Line>
struct Lines {
    std::vector<Line> items;
    bool operator==(const Lines&) const = default;
};

/// The most lines one document holds: enough for any offer, few enough that one request stays small.
inline constexpr std::size_t kMaxLines = 500;

template <typename T>
struct IsLines : std::false_type {};
template <typename Line>
struct IsLines<Lines<Line>> : std::true_type {};

/// Calls `visit(field)` for each field of `Line`, in declaration order.
template <typename Line, typename Visit>
void ForEachLineField(Visit&& visit) {
    std::apply([&](const auto&... field) { (visit(field), ...); }, LineTraits<Line>::kFields);
}

/// Numbers the lines 1, 2, … in their order: what line_no says, whatever a client sent.
template <typename Line>
void NumberLines(Lines<Line>& lines) {
    std::int64_t next = 0;
    for (auto& line : lines.items) line.line_no = ++next;
}

}  // namespace rapport::domain

namespace rapport {

/// Lines are a JSON array of objects, each with its line type's fields; as text (a CSV cell), the same
/// array as compact JSON. A client writes the fields that are not read-only; what the server computes
/// (line_no, net, total …) is refused when sent, as for a record's read-only fields.
template <typename Line>
struct Codec<domain::Lines<Line>> {
    using Lines = domain::Lines<Line>;

    static boost::json::value ToJson(const Lines& lines) {
        boost::json::array array;
        array.reserve(lines.items.size());
        for (const auto& line : lines.items) {
            boost::json::object object;
            domain::ForEachLineField<Line>([&](const auto& field) {
                using T = typename std::decay_t<decltype(field)>::ValueType;
                object[field.name] = Codec<T>::ToJson(field.Of(line));
            });
            array.push_back(std::move(object));
        }
        return array;
    }

    static void WriteJson(JsonWriter& writer, const Lines& lines) {
        writer.BeginArray();
        for (const auto& line : lines.items) {
            writer.BeginObject();
            domain::ForEachLineField<Line>([&](const auto& field) {
                writer.Key(field.name);
                WriteJsonOf(writer, field.Of(line));
            });
            writer.EndObject();
        }
        writer.EndArray();
    }

    static Result<Lines> FromJson(const boost::json::value& json, std::string_view field) {
        if (!json.is_array()) return codec_detail::WrongType(field, "an array of lines");
        const auto& array = json.get_array();
        if (array.size() > domain::kMaxLines) {
            return InvalidField(std::string(field), std::string(field) + " may hold at most " +
                                                        std::to_string(domain::kMaxLines) + " lines");
        }
        Lines lines;
        for (std::size_t i = 0; i < array.size(); ++i) {
            auto name = std::string(field) + "[" + std::to_string(i) + "]";
            lines.items.push_back(RAPPORT_TRY(LineFromJson(array[i], name)));
        }
        domain::NumberLines(lines);
        return lines;
    }

    static std::string ToText(const Lines& lines) {
        std::string text;
        JsonWriter writer(text);
        WriteJson(writer, lines);
        return text;
    }

    static Result<Lines> FromText(std::string_view text, std::string_view field) {
        boost::system::error_code error;
        auto json = boost::json::parse(text, error);
        if (error) return codec_detail::WrongType(field, "a JSON array of lines");
        return FromJson(json, field);
    }

    static boost::json::object Schema() {
        boost::json::object properties;
        boost::json::array required;
        domain::ForEachLineField<Line>([&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::ValueType;
            auto schema = Codec<T>::Schema();
            if (field.Is(FieldFlags::kReadOnly)) schema["readOnly"] = true;
            if (!field.description.empty()) schema["description"] = field.description;
            properties[field.name] = std::move(schema);
            if (field.Is(FieldFlags::kRequired)) required.push_back(boost::json::string(field.name));
        });
        boost::json::object item{{"type", "object"}, {"properties", std::move(properties)}};
        if (!required.empty()) item["required"] = std::move(required);
        return {{"type", "array"}, {"maxItems", domain::kMaxLines}, {"items", std::move(item)}};
    }

private:
    // `name` is "lines[2]": errors name the line's field as "lines[2].quantity".
    static Result<Line> LineFromJson(const boost::json::value& json, const std::string& name) {
        if (!json.is_object()) return codec_detail::WrongType(name, "an object");
        Line line;
        std::vector<std::string_view> given;
        // Named members, not a structured binding: clang before 16 (the fuzz build's) cannot capture a binding.
        for (const auto& member : json.get_object()) {
            const auto& value = member.value();
            std::string_view key_name(member.key().data(), member.key().size());
            auto field_name = name + "." + std::string(key_name);
            bool found = false;
            Status status;
            domain::ForEachLineField<Line>([&](const auto& field) {
                using T = typename std::decay_t<decltype(field)>::ValueType;
                if (found || field.name != key_name) return;
                found = true;
                if (field.Is(FieldFlags::kReadOnly)) {
                    status = InvalidField(field_name, field_name + " is set by the server and cannot be written");
                    return;
                }
                auto decoded = Codec<T>::FromJson(value, field_name);
                if (!decoded) {
                    status = decoded.error();
                    return;
                }
                field.Of(line) = std::move(*decoded);
            });
            if (!status) return status.error();
            if (!found) return InvalidField(field_name, "a line has no field " + std::string(key_name));
            given.push_back(key_name);
        }
        Status missing;
        domain::ForEachLineField<Line>([&](const auto& field) {
            if (!missing || !field.Is(FieldFlags::kRequired)) return;
            if (std::find(given.begin(), given.end(), field.name) == given.end()) {
                missing = InvalidField(name + "." + std::string(field.name),
                                       name + "." + std::string(field.name) + " is required");
            }
        });
        if (!missing) return missing.error();
        return line;
    }
};

}  // namespace rapport
