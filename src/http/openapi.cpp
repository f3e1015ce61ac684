#include "http/openapi.hpp"

#include "http/error_mapping.hpp"
#include "http/message.hpp"

#include <boost/beast/http/verb.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace rapport::http {
namespace {

using boost::json::array;
using boost::json::object;

std::string_view Meaning(ErrorCode code) {
    switch (code) {
        case ErrorCode::kMalformed:
            return "the request cannot be read: malformed JSON, a bad query parameter or header";
        case ErrorCode::kInvalidArgument: return "valid JSON that breaks a rule; `field` names the field";
        case ErrorCode::kUnauthenticated: return "not signed in, or the session has ended";
        case ErrorCode::kForbidden: return "the caller's role may not do this";
        case ErrorCode::kNotFound: return "not found, or not visible to the caller";
        case ErrorCode::kConflict: return "a duplicate, or a change that the record's state forbids";
        case ErrorCode::kInvalidTransition:
            return "an action that the document's status does not allow; the message names the actions it allows";
        case ErrorCode::kStale: return "If-Match names a version that is no longer the current one";
        case ErrorCode::kTooLarge: return "the body is over the server's limit (1 MiB unless configured)";
        case ErrorCode::kRateLimited: return "too many attempts; try again later";
        case ErrorCode::kUnavailable: return "the database cannot be reached, or is busy beyond patience";
        case ErrorCode::kInternal: return "a fault of the server; its log has the details under the request's number";
    }
    return "an error";
}

std::string Reason(ErrorCode code) {
    return "`" + std::string(ErrorCodeName(code)) + "`: " + std::string(Meaning(code));
}

// Every refusal an operation can meet: its own, and those that follow from its shape (see Operation).
std::set<ErrorCode> RefusalsOf(const Operation& operation) {
    std::set<ErrorCode> codes(operation.refusals.begin(), operation.refusals.end());
    codes.insert({ErrorCode::kInternal, ErrorCode::kUnavailable});
    if (operation.signed_in) codes.insert(ErrorCode::kUnauthenticated);
    if (!operation.body.is_null())
        codes.insert({ErrorCode::kMalformed, ErrorCode::kTooLarge, ErrorCode::kInvalidArgument});
    for (const auto& parameter : operation.parameters) {
        const auto& in = parameter.as_object().at("in");
        if (in == "path") codes.insert(ErrorCode::kNotFound);
        if (in == "query" || in == "header") codes.insert(ErrorCode::kMalformed);
        if (parameter.as_object().at("name") == "If-Match") codes.insert(ErrorCode::kStale);
    }
    return codes;
}

// The refusals of `operation` by HTTP status: a status with one code refers to that code's response component,
// one with several describes them all in place.
std::map<int, std::vector<ErrorCode>> RefusalsByStatus(const Operation& operation) {
    std::map<int, std::vector<ErrorCode>> by_status;
    for (auto code : RefusalsOf(operation)) by_status[static_cast<int>(StatusOf(code))].push_back(code);
    return by_status;
}

object Responses(const Operation& operation) {
    object responses;
    for (const auto& success : operation.successes) {
        object response{{"description", success.description}};
        if (!success.schema.is_null()) {
            object content;
            for (const auto& type : success.media_types) content[type] = {{"schema", success.schema}};
            if (content.empty()) content["application/json"] = {{"schema", success.schema}};
            response["content"] = std::move(content);
        }
        object headers;
        for (const auto& header : success.headers) headers[header] = {{"$ref", "#/components/headers/" + header}};
        if (!headers.empty()) response["headers"] = std::move(headers);
        responses[std::to_string(success.status)] = std::move(response);
    }
    // One status may carry several codes: then the answer lists them all.
    for (const auto& [status, codes] : RefusalsByStatus(operation)) {
        if (codes.size() == 1) {
            responses[std::to_string(status)] = {
                {"$ref", "#/components/responses/" + std::string(ErrorCodeName(codes[0]))}};
            continue;
        }
        std::string description;
        for (auto code : codes) description += (description.empty() ? "" : "; ") + Reason(code);
        responses[std::to_string(status)] = {{"description", description},
                                             {"content", {{"application/json", {{"schema", SchemaRef("Error")}}}}}};
    }
    return responses;
}

object Describe(const Operation& operation) {
    object described{{"operationId", operation.id}, {"tags", array{operation.tag}}, {"summary", operation.summary}};
    if (!operation.description.empty()) described["description"] = operation.description;
    if (!operation.signed_in) described["security"] = array{};
    if (!operation.parameters.empty()) described["parameters"] = operation.parameters;
    if (!operation.body.is_null()) {
        described["requestBody"] = {{"required", true},
                                    {"content", {{"application/json", {{"schema", operation.body}}}}}};
    }
    described["responses"] = Responses(operation);
    return described;
}

object ErrorSchema() {
    array codes;
    for (auto code : kErrorCodes) codes.emplace_back(ErrorCodeName(code));
    object detail{
        {"type", "object"},
        {"required", array{"code", "message"}},
        {"properties",
         {{"code", {{"type", "string"}, {"enum", std::move(codes)}, {"description", "stable; switch on it"}}},
          {"message", {{"type", "string"}, {"description", "a sentence for people"}}},
          {"field", {{"type", "string"}, {"description", "the offending field or parameter, when one is"}}},
          {"limit",
           {{"type", "string"},
            {"description",
             "the bound that the field's value went past, written as the field is (a manual discount's limit: "
             "\"10.00\"), when the rule has one"}}}}}};
    return {{"type", "object"},
            {"required", array{"error"}},
            {"properties", {{"error", std::move(detail)}}},
            {"example",
             {{"error",
               {{"code", "validation_failed"}, {"message", "email is not an e-mail address"}, {"field", "email"}}}}}};
}

// A response component for each code that some operation refers to (an unused component is a lint error).
object ErrorResponses(const std::set<ErrorCode>& referred) {
    object responses;
    for (auto code : kErrorCodes) {
        if (!referred.contains(code)) continue;
        object example{{"error", {{"code", ErrorCodeName(code)}, {"message", Meaning(code)}}}};
        responses[ErrorCodeName(code)] = {
            {"description", Reason(code)},
            {"content", {{"application/json", {{"schema", SchemaRef("Error")}, {"example", std::move(example)}}}}}};
    }
    return responses;
}

object Headers() {
    return {{"ETag",
             {{"description", "the record's version, as \"<version>\": send it back in If-Match"},
              {"schema", {{"type", "string"}}}}},
            {"Location", {{"description", "the new record's URL"}, {"schema", {{"type", "string"}}}}},
            {"Set-Cookie",
             {{"description", "the HTTP-only session cookie rapport_session"}, {"schema", {{"type", "string"}}}}}};
}

std::string_view TagDescription(std::string_view tag) {
    static const std::map<std::string_view, std::string_view> kTags{
        {"auth", "Signing in and out, and who the caller is."},
        {"reports", "The pipeline, the funnel and the activity counts, in the caller's scope."},
        {"audit", "Who changed what and when: the audit trail, for directors and admins."},
        {"settings", "The company-wide settings: every signed-in user reads them, admins change them."},
        {"health", "Whether the server can serve."},
        {"meta", "This document."},
    };
    auto found = kTags.find(tag);
    return found == kTags.end() ? std::string_view{} : found->second;
}

array Tags(const std::vector<std::string>& names) {
    array tags;
    for (const auto& name : names) {
        auto description = TagDescription(name);
        tags.push_back({{"name", name},
                        {"description", description.empty() ? "The " + name + ": list, read, create, change, archive."
                                                            : std::string(description)}});
    }
    return tags;
}

}  // namespace

boost::json::object OpenApiDocument(const Router& router) {
    object paths;
    object schemas{{"Error", ErrorSchema()}};
    std::vector<std::string> tags;
    std::set<ErrorCode> referred;
    for (const auto& route : router.Described()) {
        if (!route.operation) continue;
        const auto& operation = *route.operation;
        for (const auto& [status, codes] : RefusalsByStatus(operation)) {
            if (codes.size() == 1) referred.insert(codes.front());
        }
        auto method = std::string(boost::beast::http::to_string(route.method));
        std::transform(method.begin(), method.end(), method.begin(),
                       [](char c) { return static_cast<char>(c | 0x20); });
        auto& item = paths[route.pattern];
        if (!item.is_object()) item.emplace_object();
        item.as_object()[method] = Describe(operation);
        for (const auto& [name, schema] : operation.schemas) schemas.emplace(name, schema);
        if (std::find(tags.begin(), tags.end(), operation.tag) == tags.end()) tags.push_back(operation.tag);
    }
    return {{"openapi", "3.0.3"},
            {"info",
             {{"title", "Rapport API"},
              {"version", RAPPORT_VERSION},
              {"description",
               "The CRM for account managers. Every answer that is not a success is {\"error\": {code, message, "
               "field}}; switch on `code`. Ids are opaque strings, money is {amount, currency} with a decimal "
               "string amount, timestamps are RFC 3339 UTC."},
              {"license", {{"name", "AGPL-3.0-or-later"}, {"url", "https://www.gnu.org/licenses/agpl-3.0.html"}}}}},
            {"servers", array{{{"url", "/"}, {"description", "the server that serves this document"}}}},
            {"security", array{{{"bearer", array{}}}, {{"session", array{}}}}},
            {"tags", Tags(tags)},
            {"paths", std::move(paths)},
            {"components",
             {{"schemas", std::move(schemas)},
              {"responses", ErrorResponses(referred)},
              {"headers", Headers()},
              {"securitySchemes",
               {{"bearer", {{"type", "http"}, {"scheme", "bearer"}, {"description", "the token that login returns"}}},
                {"session",
                 {{"type", "apiKey"},
                  {"in", "cookie"},
                  {"name", "rapport_session"},
                  {"description", "the cookie that login sets, for the web UI"}}}}}}}};
}

void AddOpenApiRoute(Router& router) {
    // The document describes every route, this one included: it is written as this route is added, after
    // every other route of the API (a test checks that none is missing from what is served).
    auto text = std::make_shared<std::string>();
    Operation operation{.id = "getOpenApiDocument",
                        .tag = "meta",
                        .summary = "This document: OpenAPI 3 of every route the server has",
                        .signed_in = false,
                        .successes = {{200, "the document", object{{"type", "object"}}}}};
    router.Add(boost::beast::http::verb::get, "/api/v1/openapi.json", std::move(operation), [text](Request&) {
        Response response;
        response.body = *text;
        response.content_type = "application/json";
        return response;
    });
    *text = boost::json::serialize(OpenApiDocument(router));
}

}  // namespace rapport::http
