#include "http/openapi.hpp"

#include "domain/absence/absence.hpp"
#include "domain/account/account.hpp"
#include "domain/activity/activity.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "domain/team/team.hpp"
#include "domain/user/user.hpp"
#include "http/api.hpp"
#include "http/message.hpp"
#include "store/record_sql.hpp"

#include <boost/json/serialize.hpp>

namespace rapport::http {
namespace {

using boost::json::array;
using boost::json::object;

object Ref(std::string_view schema) { return {{"$ref", "#/components/schemas/" + std::string(schema)}}; }

object JsonContent(object schema) { return {{"application/json", {{"schema", std::move(schema)}}}}; }

object ErrorReply(std::string_view description) {
    return {{"description", description}, {"content", JsonContent(Ref("Error"))}};
}

template <typename Record>
object RecordSchema() {
    object properties{{"id", {{"type", "string"}, {"readOnly", true}}},
                      {"version", {{"type", "integer"}, {"readOnly", true}}},
                      {"created_at", {{"type", "string"}, {"format", "date-time"}, {"readOnly", true}}},
                      {"updated_at", {{"type", "string"}, {"format", "date-time"}, {"readOnly", true}}},
                      {"created_by", {{"type", "string"}, {"nullable", true}, {"readOnly", true}}},
                      {"updated_by", {{"type", "string"}, {"nullable", true}, {"readOnly", true}}}};
    array required;
    store::ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        auto schema = Codec<T>::Schema();
        if (!field.description.empty()) schema["description"] = field.description;
        if (field.Is(FieldFlags::kReadOnly)) schema["readOnly"] = true;
        if (field.Is(FieldFlags::kWriteOnly)) schema["writeOnly"] = true;
        if (field.Is(FieldFlags::kCreateOnly)) schema["x-create-only"] = true;
        if (field.Is(FieldFlags::kRequired)) required.emplace_back(field.name);
        properties[field.name] = std::move(schema);
    });
    return {{"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
}

template <typename Record>
array ListParameters() {
    array parameters{
        {{"name", "limit"},
         {"in", "query"},
         {"schema", {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}, {"default", 50}}}},
        {{"name", "cursor"},
         {"in", "query"},
         {"schema", {{"type", "string"}}},
         {"description", "next_cursor of the previous page"}},
        {{"name", "sort"}, {"in", "query"}, {"schema", {{"type", "string"}}}, {"description", "field or -field"}},
        {{"name", "q"},
         {"in", "query"},
         {"schema", {{"type", "string"}}},
         {"description", "text search; every word matches as a prefix"}},
    };
    // Orderable fields also take ranges: ?field_from=v (>=) and ?field_before=v (<).
    store::ForEachField<Record>([&](const auto& field) {
        if (!field.Is(FieldFlags::kSort)) return;
        for (std::string_view bound : {"_from", "_before"}) {
            parameters.push_back({{"name", std::string(field.name) + std::string(bound)},
                                  {"in", "query"},
                                  {"schema", {{"type", "string"}}},
                                  {"description", bound == "_from" ? "field >= value" : "field < value"}});
        }
    });
    store::ForEachField<Record>([&](const auto& field) {
        if (field.Is(FieldFlags::kFilter)) {
            parameters.push_back(
                {{"name", field.name},
                 {"in", "query"},
                 {"schema", {{"type", "string"}}},
                 {"description", "equality filter; empty matches null; for enumerations a,b matches either"}});
        }
    });
    return parameters;
}

template <typename Record>
void AddCollection(object& paths, object& schemas, bool with_writes) {
    std::string name(store::Traits<Record>::kSingular);
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    schemas[name] = RecordSchema<Record>();
    auto collection = "/api/v1/" + std::string(store::Traits<Record>::kCollection);
    object page{{"type", "object"},
                {"properties",
                 {{"items", {{"type", "array"}, {"items", Ref(name)}}},
                  {"next_cursor", {{"type", "string"}, {"nullable", true}}}}}};
    object one{{"description", "the record; ETag carries its version"}, {"content", JsonContent(Ref(name))}};
    object id_parameter{{"name", "id"}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}};
    object if_match{{"name", "If-Match"},
                    {"in", "header"},
                    {"schema", {{"type", "string"}}},
                    {"description", "\"<version>\"; without it the last writer wins"}};
    object errors{{"401", ErrorReply("not signed in")}, {"404", ErrorReply("not found or not visible")}};

    object list{{"summary", "list " + std::string(store::Traits<Record>::kCollection)},
                {"parameters", ListParameters<Record>()},
                {"responses",
                 {{"200", {{"description", "one page"}, {"content", JsonContent(page)}}},
                  {"400", ErrorReply("bad parameter")}}}};
    object item_get{{"summary", "read one " + std::string(store::Traits<Record>::kSingular)},
                    {"parameters", array{id_parameter}},
                    {"responses", {{"200", one}, {"404", ErrorReply("not found or not visible")}}}};
    object item_delete{{"summary", "archive"},
                       {"parameters", array{id_parameter, if_match}},
                       {"responses", {{"204", {{"description", "archived"}}}, {"412", ErrorReply("stale If-Match")}}}};
    object collection_path{{"get", std::move(list)}};
    object item_path{{"get", std::move(item_get)}, {"delete", std::move(item_delete)}};
    if (with_writes) {
        collection_path["post"] = object{
            {"summary", "create"},
            {"requestBody", {{"content", JsonContent(Ref(name))}}},
            {"responses",
             {{"201", one}, {"400", ErrorReply("malformed JSON")}, {"422", ErrorReply("a field breaks a rule")}}}};
        item_path["patch"] = object{
            {"summary", "change some fields"},
            {"parameters", array{id_parameter, if_match}},
            {"requestBody", {{"content", JsonContent(Ref(name))}}},
            {"responses",
             {{"200", one}, {"412", ErrorReply("stale If-Match")}, {"422", ErrorReply("a field breaks a rule")}}}};
    }
    paths[collection] = std::move(collection_path);
    paths[collection + "/{id}"] = std::move(item_path);
}

object Operation(std::string_view summary, std::string_view ok_description) {
    return {{"summary", summary},
            {"responses", {{"200", {{"description", ok_description}}}, {"401", ErrorReply("not signed in")}}}};
}

object BuildDocument() {
    object paths;
    object schemas;
    AddCollection<domain::User>(paths, schemas, true);
    AddCollection<domain::Team>(paths, schemas, true);
    AddCollection<domain::Account>(paths, schemas, true);
    AddCollection<domain::Contact>(paths, schemas, true);
    AddCollection<domain::Deal>(paths, schemas, true);
    AddCollection<domain::Activity>(paths, schemas, true);
    AddCollection<domain::Absence>(paths, schemas, true);
    schemas["User"].as_object()["properties"].as_object()["password"] =
        object{{"type", "string"},
               {"writeOnly", true},
               {"description", "10–200 characters; on update, a non-admin also sends current_password"}};
    schemas["Error"] = object{
        {"type", "object"},
        {"properties",
         {{"error",
           {{"type", "object"},
            {"properties",
             {{"code", {{"type", "string"}}}, {"message", {{"type", "string"}}}, {"field", {{"type", "string"}}}}}}}}}};
    paths["/healthz"] =
        object{{"get",
                {{"summary", "liveness: 200 once the database is reachable"},
                 {"security", array{}},
                 {"responses", {{"200", {{"description", "ok"}}}, {"503", ErrorReply("database unreachable")}}}}}};
    paths["/api/v1/auth/login"] = object{
        {"post",
         {{"summary", "sign in with e-mail and password; returns a bearer token and sets a session cookie"},
          {"security", array{}},
          {"requestBody", {{"content", JsonContent({{"type", "object"}, {"required", array{"email", "password"}}})}}},
          {"responses",
           {{"200", {{"description", "{token, user}"}}},
            {"401", ErrorReply("wrong e-mail or password")},
            {"429", ErrorReply("too many failures")}}}}}};
    paths["/api/v1/auth/logout"] =
        object{{"post", {{"summary", "revoke the token"}, {"responses", {{"204", {{"description", "signed out"}}}}}}}};
    paths["/api/v1/auth/me"] =
        object{{"get", Operation("the signed-in user and whom they stand in for (deputy_for)", "the user")}};
    paths["/api/v1/reports/pipeline"] = object{
        {"get", Operation("deals per stage and currency: count, total, probability-weighted total", "the pipeline")}};
    auto funnel =
        Operation("deals that entered each stage in [from, to] and the conversion between stages", "the funnel");
    funnel["parameters"] = array{{{"name", "from"},
                                  {"in", "query"},
                                  {"schema", {{"type", "string"}, {"format", "date"}}},
                                  {"description", "default: 29 days before to"}},
                                 {{"name", "to"},
                                  {"in", "query"},
                                  {"schema", {{"type", "string"}, {"format", "date"}}},
                                  {"description", "default: today"}}};
    paths["/api/v1/reports/funnel"] = object{{"get", std::move(funnel)}};
    auto activity = Operation("activities done per owner, ISO week (Monday) and kind in [from, to]", "the counts");
    activity["parameters"] = paths["/api/v1/reports/funnel"].as_object()["get"].as_object()["parameters"];
    paths["/api/v1/reports/activity"] = object{{"get", std::move(activity)}};
    auto restore = Operation(
        "bring back an archived account and every record archived with it (its owner's head, directors and admins)",
        "the account");
    restore["parameters"] = paths["/api/v1/accounts/{id}"].as_object()["delete"].as_object()["parameters"];
    restore["responses"].as_object().insert({{"403", ErrorReply("not the owner's head, a director or an admin")},
                                             {"409", ErrorReply("not archived")},
                                             {"412", ErrorReply("stale If-Match")}});
    paths["/api/v1/accounts/{id}/restore"] = object{{"post", std::move(restore)}};
    paths["/api/v1/audit"] = object{
        {"get",
         Operation("the audit trail, newest first (directors and admins); filters: collection, record_id, user_id",
                   "a page of entries")}};
    paths["/api/v1/openapi.json"] = object{{"get",
                                            {{"summary", "this document"},
                                             {"security", array{}},
                                             {"responses", {{"200", {{"description", "OpenAPI 3"}}}}}}}};
    return {{"openapi", "3.0.3"},
            {"info",
             {{"title", "Rapport API"},
              {"version", "1"},
              {"description", "The CRM for account managers. Errors are {\"error\": {code, message, field}}."}}},
            {"servers", array{{{"url", "/"}}}},
            {"security", array{{{"bearer", array{}}}}},
            {"components",
             {{"schemas", std::move(schemas)},
              {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}},
            {"paths", std::move(paths)}};
}

}  // namespace

const boost::json::object& OpenApiDocument() {
    static const object document = BuildDocument();
    return document;
}

void AddOpenApiRoute(Router& router) {
    router.Add(boost::beast::http::verb::get, "/api/v1/openapi.json",
               [](Request&) { return JsonResponse(boost::beast::http::status::ok, OpenApiDocument()); });
}

}  // namespace rapport::http
