#include "http/operation.hpp"
#include "http/record_docs.hpp"

#include <cctype>

namespace rapport::http {

boost::json::object SchemaRef(std::string_view name) { return {{"$ref", "#/components/schemas/" + std::string(name)}}; }

boost::json::object AnswerSchema(boost::json::object properties) {
    boost::json::array required;
    for (const auto& [name, property] : properties) required.emplace_back(name);
    return {{"type", "object"}, {"required", std::move(required)}, {"properties", std::move(properties)}};
}

boost::json::object PathId(std::string_view name) {
    return {{"name", name},
            {"in", "path"},
            {"required", true},
            {"description", "the record's opaque id"},
            {"schema", {{"type", "string"}}}};
}

boost::json::object IfMatchHeader() {
    return {{"name", "If-Match"},
            {"in", "header"},
            {"description", "\"<version>\" as the ETag gave it; a stale one is 412; without it the last writer wins"},
            {"schema", {{"type", "string"}, {"pattern", "^(W/)?\"?[1-9][0-9]*\"?$"}}},
            {"example", "\"3\""}};
}

boost::json::object QueryParameter(std::string_view name, boost::json::object schema, std::string_view description) {
    return {{"name", name}, {"in", "query"}, {"description", description}, {"schema", std::move(schema)}};
}

std::string PascalCase(std::string_view snake) {
    std::string name;
    bool upper = true;
    for (char c : snake) {
        if (c == '_' || c == ' ') {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}

boost::json::object QueryValueSchema(boost::json::object value_schema) {
    value_schema.erase("nullable");
    value_schema.erase("description");
    if (auto type = value_schema.if_contains("type"); type && *type == "object") {
        return {{"type", "string"}, {"description", "an amount and its currency, as in 1250.00 EUR"}};
    }
    if (auto type = value_schema.if_contains("type"); type && *type == "array") return {{"type", "string"}};
    return value_schema;
}

}  // namespace rapport::http
