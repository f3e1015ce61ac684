#pragma once

#include "http/openapi_examples.hpp"
#include "http/operation.hpp"
#include "service/record_json.hpp"
#include "store/line_store.hpp"
#include "store/list_query.hpp"

#include <string>

namespace rapport::http {

/// "price_list" or "price list" → "PriceList": the name of a record type's schemas and operations.
std::string PascalCase(std::string_view snake);

/// The schema of a list query parameter that takes a value of type T: a query string cannot carry an
/// object, so money and JSON values are strings there.
boost::json::object QueryValueSchema(boost::json::object value_schema);

/// What the OpenAPI document says of a record type and of the routes every collection has, built from
/// the record's field table, so that each new collection is documented as it is served.
template <typename Record>
struct RecordDocs {
    using Traits = store::Traits<Record>;

    static std::string Name() { return PascalCase(Traits::kSingular); }
    static std::string Plural() { return PascalCase(Traits::kCollection); }
    static std::string Collection() { return std::string(Traits::kCollection); }

    /// The record as the server answers it: every field present (null when empty), server fields readOnly.
    static boost::json::object ReadSchema() {
        boost::json::object properties{
            {"id", {{"type", "string"}, {"readOnly", true}, {"description", "opaque id"}}},
            {"version",
             {{"type", "integer"}, {"format", "int64"}, {"readOnly", true}, {"description", "+1 on each change"}}},
            {"created_at", {{"type", "string"}, {"format", "date-time"}, {"readOnly", true}}},
            {"updated_at", {{"type", "string"}, {"format", "date-time"}, {"readOnly", true}}},
            {"created_by", {{"type", "string"}, {"nullable", true}, {"readOnly", true}}},
            {"updated_by", {{"type", "string"}, {"nullable", true}, {"readOnly", true}}}};
        store::ForEachField<Record>([&](const auto& field) {
            if (field.Is(FieldFlags::kWriteOnly)) return;
            auto schema = FieldSchema(field);
            if (field.Is(FieldFlags::kReadOnly)) schema["readOnly"] = true;
            properties[field.name] = std::move(schema);
        });
        return Finish(std::move(properties), true, service::ToJson(Example<Record>()));
    }

    /// A create's body: the fields a client may give, the required ones required.
    static boost::json::object CreateSchema() { return WritableSchema(service::Mode::kCreate); }

    /// A PATCH body: any of the fields that may still change, none required.
    static boost::json::object PatchSchema() { return WritableSchema(service::Mode::kUpdate); }

    /// An item of a list: the record, whose lines a list asked with ?omit=lines leaves out. Records without
    /// lines are listed as they are read.
    static std::string ListItemName() { return store::HasLines<Record>() ? Name() + "ListItem" : Name(); }

    static boost::json::object ListItemSchema() {
        auto schema = ReadSchema();
        boost::json::array required;
        for (const auto& name : schema.at("required").as_array()) {
            if (!IsLineField(name.as_string())) required.push_back(name);
        }
        schema["required"] = std::move(required);
        return schema;
    }

    static boost::json::object PageSchema() {
        boost::json::object properties{{"items", {{"type", "array"}, {"items", SchemaRef(ListItemName())}}},
                                       {"next_cursor",
                                        {{"type", "string"},
                                         {"nullable", true},
                                         {"description", "the cursor of the next page; null on the last"}}}};
        boost::json::object example{{"items", boost::json::array{service::ToJson(Example<Record>())}},
                                    {"next_cursor", nullptr}};
        return Finish(std::move(properties), true, std::move(example));
    }

    /// The query parameters a list reads (see ParseListRequest and BuildListQuery).
    static boost::json::array ListParameters() {
        boost::json::array parameters{
            QueryParameter("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}, {"default", 50}},
                           "page size"),
            QueryParameter("cursor", {{"type", "string"}}, "next_cursor of the previous page, with the same sort"),
            QueryParameter("sort", {{"type", "string"}, {"enum", SortValues()}},
                           "the order: a field, or -field for descending; by id when absent"),
        };
        if constexpr (store::HasLines<Record>()) {
            parameters.push_back(QueryParameter(
                "omit", {{"type", "string"}, {"enum", {"lines"}}},
                "lines: each item without its lines, which are then not read (a list screen's page: several "
                "times lighter); read one record for its lines"));
        }
        if constexpr (requires { Traits::kFullTextSearch; }) {
            parameters.push_back(
                QueryParameter("q", {{"type", "string"}}, "text search: every word matches as a prefix"));
        } else if constexpr (store::list_detail::HasSearchColumns<Record>) {
            parameters.push_back(
                QueryParameter("q", {{"type", "string"}}, "text found anywhere in " + SearchColumns()));
        }
        store::ForEachField<Record>([&](const auto& field) {
            if (field.Is(FieldFlags::kFilter)) {
                parameters.push_back(QueryParameter(field.name, FilterSchema(field), FilterDescription(field)));
            }
        });
        store::ForEachField<Record>([&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::ValueType;
            using Inner = typename store::list_detail::Unwrapped<T>::Type;
            if (!field.Is(FieldFlags::kSort)) return;
            auto schema = QueryValueSchema(Codec<Inner>::Schema());
            parameters.push_back(
                QueryParameter(std::string(field.name) + "_from", schema, "only where the field ≥ this"));
            parameters.push_back(
                QueryParameter(std::string(field.name) + "_before", schema, "only where the field < this"));
        });
        return parameters;
    }

    static std::vector<NamedSchema> ReadSchemas() { return {{Name(), ReadSchema()}}; }

    static std::vector<NamedSchema> ListSchemas() {
        auto schemas = ReadSchemas();
        if (store::HasLines<Record>()) schemas.push_back({ListItemName(), ListItemSchema()});
        schemas.push_back({Name() + "Page", PageSchema()});
        return schemas;
    }

    static bool IsLineField(std::string_view name) {
        bool lines = false;
        store::ForEachField<Record>([&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::ValueType;
            if constexpr (domain::IsLines<T>::value) lines = lines || field.name == name;
        });
        return lines;
    }

    static Operation List() {
        return {.id = "list" + Plural(),
                .tag = Collection(),
                .summary = "List " + Collection() + " visible to the caller, a page at a time",
                .parameters = ListParameters(),
                .successes = {{200, "one page", SchemaRef(Name() + "Page")}},
                .schemas = ListSchemas()};
    }

    static Operation Get() {
        return {.id = "get" + Name(),
                .tag = Collection(),
                .summary = "Read one " + std::string(Traits::kSingular),
                .parameters = {PathId()},
                .successes = {{200, "the record", SchemaRef(Name()), {"ETag"}}},
                .schemas = ReadSchemas()};
    }

    static Operation Create() {
        auto schemas = ReadSchemas();
        schemas.push_back({Name() + "Create", CreateSchema()});
        return {.id = "create" + Name(),
                .tag = Collection(),
                .summary = "Create " + Article() + std::string(Traits::kSingular),
                .body = SchemaRef(Name() + "Create"),
                .successes = {{201, "created", SchemaRef(Name()), {"ETag", "Location"}}},
                .refusals = {ErrorCode::kForbidden, ErrorCode::kConflict},
                .schemas = std::move(schemas)};
    }

    static Operation Update() {
        auto schemas = ReadSchemas();
        schemas.push_back({Name() + "Patch", PatchSchema()});
        return {.id = "update" + Name(),
                .tag = Collection(),
                .summary = "Change some fields of " + Article() + std::string(Traits::kSingular),
                .description =
                    "Fields left out keep their values; null empties an optional field. Without If-Match "
                    "the change applies whatever the version (the last writer wins).",
                .parameters = {PathId(), IfMatchHeader()},
                .body = SchemaRef(Name() + "Patch"),
                .successes = {{200, "the changed record", SchemaRef(Name()), {"ETag"}}},
                .refusals = {ErrorCode::kForbidden, ErrorCode::kConflict},
                .schemas = std::move(schemas)};
    }

    static Operation Archive() {
        return {.id = "archive" + Name(),
                .tag = Collection(),
                .summary = "Archive " + Article() + std::string(Traits::kSingular),
                .description = "Archived records are kept for the audit and vanish from reads and lists.",
                .parameters = {PathId(), IfMatchHeader()},
                .successes = {{204, "archived"}},
                .refusals = {ErrorCode::kForbidden, ErrorCode::kConflict}};
    }

    static Operation Restore() {
        return {.id = "restore" + Name(),
                .tag = Collection(),
                .summary =
                    "Bring back an archived " + std::string(Traits::kSingular) + " and every record archived with it",
                .parameters = {PathId(), IfMatchHeader()},
                .successes = {{200, "the record, restored", SchemaRef(Name()), {"ETag"}}},
                .refusals = {ErrorCode::kForbidden, ErrorCode::kConflict},
                .schemas = ReadSchemas()};
    }

private:
    static std::string SearchColumns() {
        std::string names;
        for (auto column : Traits::kSearchColumns) names += (names.empty() ? "" : " or ") + std::string(column);
        return names;
    }

    static std::string Article() {
        auto first = Traits::kSingular.front();
        return std::string_view("aeiou").find(first) == std::string_view::npos ? "a " : "an ";
    }

    template <typename Field>
    static boost::json::object FieldSchema(const Field& field) {
        using T = typename Field::ValueType;
        auto schema = Codec<T>::Schema();
        if (!field.description.empty()) schema["description"] = field.description;
        return schema;
    }

    static boost::json::object WritableSchema(service::Mode mode) {
        boost::json::object properties;
        boost::json::array required;
        store::ForEachField<Record>([&](const auto& field) {
            if (field.Is(FieldFlags::kReadOnly)) return;
            if (mode == service::Mode::kUpdate && field.Is(FieldFlags::kCreateOnly)) return;
            auto schema = FieldSchema(field);
            if (field.Is(FieldFlags::kWriteOnly)) schema["writeOnly"] = true;
            if (mode == service::Mode::kCreate && field.Is(FieldFlags::kRequired)) required.emplace_back(field.name);
            properties[field.name] = std::move(schema);
        });
        // The example: the example record's values of these fields; a patch shows a change of two of them.
        auto whole = service::ToJson(Example<Record>());
        boost::json::object example;
        for (const auto& [name, schema] : properties) {
            if (mode == service::Mode::kUpdate && example.size() == 2) break;
            if (auto value = whole.if_contains(name)) example[name] = *value;
        }
        auto schema = Finish(std::move(properties), false, std::move(example));
        if (!required.empty()) schema["required"] = std::move(required);
        return schema;
    }

    // Unknown fields are refused (422), and the document says so.
    static boost::json::object Finish(boost::json::object properties, bool all_required, boost::json::object example) {
        auto schema = all_required ? AnswerSchema(std::move(properties))
                                   : boost::json::object{{"type", "object"}, {"properties", std::move(properties)}};
        schema["additionalProperties"] = false;
        schema["example"] = std::move(example);
        return schema;
    }

    static boost::json::array SortValues() {
        boost::json::array values;
        auto add = [&](std::string_view name) {
            values.emplace_back(name);
            values.emplace_back("-" + std::string(name));
        };
        add("created_at");
        add("updated_at");
        store::ForEachField<Record>([&](const auto& field) {
            if (field.Is(FieldFlags::kSort)) add(field.name);
        });
        return values;
    }

    // A filter's value as FilterCondition reads it: "a,b" for enumerations, one tag for tags, "" for null.
    template <typename Field>
    static boost::json::object FilterSchema(const Field&) {
        using T = typename Field::ValueType;
        using Inner = typename store::list_detail::Unwrapped<T>::Type;
        constexpr bool kNullable = store::IsOptional<T>::value;
        if constexpr (NamedEnum<Inner>) {
            std::string choice = "(";
            for (const auto& [value, name] : EnumNames<Inner>::kValues) {
                if (choice.size() > 1) choice += '|';
                choice += name;
            }
            choice += ')';
            std::string pattern = "^" + choice + "(," + choice + ")*$";
            if (kNullable) pattern = "^$|" + pattern;
            return {{"type", "string"}, {"pattern", pattern}};
        } else if constexpr (std::is_same_v<T, Tags>) {
            return {{"type", "string"}};
        } else if constexpr (kNullable) {
            return {{"type", "string"}};  // Empty, or a value of the field's type.
        } else {
            return QueryValueSchema(Codec<T>::Schema());
        }
    }

    template <typename Field>
    static std::string FilterDescription(const Field& field) {
        using T = typename Field::ValueType;
        using Inner = typename store::list_detail::Unwrapped<T>::Type;
        std::string text = "only records whose " + std::string(field.name) + " is this";
        if constexpr (NamedEnum<Inner>) text += "; a,b matches either";
        if constexpr (std::is_same_v<T, Tags>) text = "only records with this tag";
        if constexpr (store::IsOptional<T>::value) text += "; empty matches none set";
        return text;
    }
};

}  // namespace rapport::http
