#include "http/api.hpp"
#include "http/handlers.hpp"
#include "http/record_docs.hpp"

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;

boost::json::object EntryJson(const domain::AuditEntry& entry) {
    return {{"id", Codec<AuditId>::ToText(entry.id)},
            {"at", FormatTimestamp(entry.at)},
            {"user_id", Codec<UserId>::ToJson(entry.user_id)},
            {"on_behalf_of", Codec<std::optional<UserId>>::ToJson(entry.on_behalf_of)},
            {"action", EnumName(entry.action)},
            {"collection", entry.collection},
            {"record_id", std::to_string(entry.record_id)},
            {"changes", Codec<JsonObject>::ToJson(entry.changes)}};
}

Result<service::AuditQuery> ParseAuditQuery(const Request& request) {
    service::AuditQuery query;
    auto number = [](std::string_view text, std::string_view name) -> Result<std::int64_t> {
        auto value = Codec<std::int64_t>::FromText(text, name);
        if (!value || *value <= 0)
            return MakeError(ErrorCode::kMalformed, std::string(name) + " must be an id", std::string(name));
        return *value;
    };
    for (const auto& [name, value] : request.query) {
        if (name == "collection") {
            query.collection = value;
        } else if (name == "record_id") {
            query.record_id = RAPPORT_TRY(number(value, name));
        } else if (name == "user_id") {
            query.user_id = static_cast<UserId>(RAPPORT_TRY(number(value, name)));
        } else if (name == "cursor") {
            query.before_id = RAPPORT_TRY(number(value, name));
        } else if (name == "limit") {
            auto limit = RAPPORT_TRY(number(value, name));
            if (limit > 500)
                return MakeError(ErrorCode::kMalformed, "limit must be a whole number from 1 to 500", "limit");
            query.limit = static_cast<int>(limit);
        } else {
            return MakeError(ErrorCode::kMalformed, "the audit trail cannot be filtered by " + name, name);
        }
    }
    return query;
}

Operation ListAuditOperation() {
    auto id = boost::json::object{{"type", "string"}, {"pattern", "^[1-9][0-9]*$"}};
    boost::json::object entry{
        {"type", "object"},
        {"required",
         boost::json::array{"id", "at", "user_id", "on_behalf_of", "action", "collection", "record_id", "changes"}},
        {"properties",
         {{"id", {{"type", "string"}}},
          {"at", {{"type", "string"}, {"format", "date-time"}}},
          {"user_id", {{"type", "string"}}},
          {"on_behalf_of",
           {{"type", "string"}, {"nullable", true}, {"description", "the absent user a deputy acted for"}}},
          {"action", Codec<domain::AuditAction>::Schema()},
          {"collection", {{"type", "string"}}},
          {"record_id", {{"type", "string"}}},
          {"changes", {{"type", "object"}, {"description", "{field: {from, to}}; an import's row names its file"}}}}},
        {"example",
         {{"id", "88120"},
          {"at", "2026-11-20T14:05:00Z"},
          {"user_id", "7"},
          {"on_behalf_of", nullptr},
          {"action", "update"},
          {"collection", "deals"},
          {"record_id", "58"},
          {"changes", {{"stage", {{"from", "qualified"}, {"to", "proposal"}}}}}}}};
    boost::json::object page{
        {"type", "object"},
        {"required", boost::json::array{"items", "next_cursor"}},
        {"properties",
         {{"items", {{"type", "array"}, {"items", SchemaRef("AuditEntry")}}},
          {"next_cursor", {{"type", "string"}, {"nullable", true}}}}},
        {"example", {{"items", boost::json::array{entry.at("example")}}, {"next_cursor", "88120"}}}};
    return {
        .id = "listAudit",
        .tag = "audit",
        .summary = "The audit trail, newest first",
        .description = "For directors and admins.",
        .parameters = {QueryParameter("collection", {{"type", "string"}}, "only changes to this collection"),
                       QueryParameter("record_id", id, "only changes to this record"),
                       QueryParameter("user_id", id, "only changes by this user"),
                       QueryParameter("cursor", id, "next_cursor of the previous page"),
                       QueryParameter("limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}, {"default", 50}},
                                      "page size")},
        .successes = {{200, "one page", SchemaRef("AuditPage")}},
        .refusals = {ErrorCode::kForbidden},
        .schemas = {{"AuditEntry", std::move(entry)}, {"AuditPage", std::move(page)}}};
}

}  // namespace

void AddAuditRoutes(Router& router, Backend& backend) {
    auto& audit = backend.audit;
    router.Add(verb::get, "/api/v1/audit", ListAuditOperation(),
               Authenticated(backend.services, [&audit](Request& request, const service::Caller& caller) {
                   auto query = ParseAuditQuery(request);
                   if (!query) return ErrorResponse(query.error());
                   return Reply(audit.List(caller, *query), [](const service::AuditPage& page) {
                       boost::json::array items;
                       for (const auto& entry : page.items) items.push_back(EntryJson(entry));
                       auto next =
                           page.next_before_id ? boost::json::value(std::to_string(*page.next_before_id)) : nullptr;
                       return JsonResponse(status::ok, {{"items", std::move(items)}, {"next_cursor", std::move(next)}});
                   });
               }));
}

}  // namespace rapport::http
