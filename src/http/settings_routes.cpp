#include "domain/settings/settings_json.hpp"
#include "http/api.hpp"
#include "http/handlers.hpp"
#include "http/request_parsing.hpp"

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;
using boost::json::array;
using boost::json::object;

object SettingsJson(const service::StoredSettings& stored) {
    auto json = domain::SettingsToJson(stored.settings);
    json["version"] = stored.version;
    json["updated_at"] = Codec<std::optional<Timestamp>>::ToJson(stored.updated_at);
    json["updated_by"] = Codec<std::optional<UserId>>::ToJson(stored.updated_by);
    return json;
}

Response SettingsResponse(const service::StoredSettings& stored) {
    return JsonResponse(status::ok, SettingsJson(stored), {{"ETag", ETag(stored.version)}});
}

// An object schema with exactly `properties`; `required` names those that must be given (all of them in an answer).
object Closed(object properties, array required = {}) {
    object schema{{"type", "object"}, {"properties", std::move(properties)}, {"additionalProperties", false}};
    if (!required.empty()) schema["required"] = std::move(required);
    return schema;
}

array Names(const object& properties) {
    array names;
    for (const auto& property : properties) names.emplace_back(property.key());
    return names;
}

// The schema of each member, as ApplySettingsJson reads it; `answer` marks every key required, as the server
// writes them all.
object MemberSchemas(bool answer) {
    auto keyed = [&](std::initializer_list<std::string_view> keys, const object& value, bool required) {
        object properties;
        for (auto key : keys) properties[key] = value;
        auto names = Names(properties);
        return Closed(std::move(properties), required || answer ? std::move(names) : array{});
    };
    object text{{"type", "string"}};
    if (!answer) text["nullable"] = true;
    auto company = keyed({"name", "address", "tax_id", "bank", "email", "phone"}, text, false);
    company["description"] = "the company that sends the documents; a detail left out or null is not given";
    auto numbering = keyed({"offers", "orders", "contracts", "invoices", "complaints"},
                           {{"type", "string"}, {"pattern", "^[A-Za-z0-9]{1,8}$"}}, true);
    numbering["description"] = "the number prefix of each series, distinct: numbers read PREFIX-YYYY-NNNNN";
    auto percent = Codec<Percent>::Schema();
    auto limits = keyed({"1", "2", "3", "4", "head", "director"}, percent, true);
    limits["description"] =
        "the largest manual discount per manager level 1–4, for heads, and for directors and admins";
    auto sla =
        keyed({"critical", "high", "normal", "low"}, {{"type", "integer"}, {"minimum", 1}, {"maximum", 8760}}, true);
    sla["description"] = "hours to answer a complaint, per severity";
    object time{{"type", "string"}, {"pattern", "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"}};
    object hours{{"type", "array"},
                 {"minItems", 2},
                 {"maxItems", 2},
                 {"items", time},
                 {"description", "opening and closing time, local; a day left out is closed"}};
    if (!answer) hours["nullable"] = true;
    auto days = keyed({"mon", "tue", "wed", "thu", "fri", "sat", "sun"}, hours, false);
    days.erase("required");  // Closed days are left out, in an answer too.
    auto working_hours = Closed(
        {{"time_zone", {{"type", "string"}, {"description", "an IANA time zone; it also says which day is today"}}},
         {"days", std::move(days)}},
        {"time_zone", "days"});
    object dunning_step{{"level", {{"type", "integer"}, {"minimum", 1}}},
                        {"days_overdue", {{"type", "integer"}, {"minimum", 1}, {"maximum", 3650}}},
                        {"action", Codec<domain::DunningAction>::Schema()}};
    auto step_names = Names(dunning_step);
    object tier{{"min_revenue", Codec<Money>::Schema()}, {"percent", percent}};
    auto tier_names = Names(tier);
    return {{"company", std::move(company)},
            {"numbering", std::move(numbering)},
            {"manual_discount_limits", std::move(limits)},
            {"complaint_sla_hours", std::move(sla)},
            {"working_hours", std::move(working_hours)},
            {"holidays", {{"type", "array"}, {"maxItems", 1000}, {"items", Codec<Date>::Schema()}}},
            {"dunning",
             {{"type", "array"},
              {"maxItems", 20},
              {"description", "reminder levels: levels and days_overdue increase"},
              {"items", Closed(std::move(dunning_step), std::move(step_names))}}},
            {"loyalty_tiers",
             {{"type", "array"},
              {"maxItems", 50},
              {"description",
               "the discount of clients whose revenue over 12 months reaches min_revenue; one currency, "
               "ascending min_revenue"},
              {"items", Closed(std::move(tier), std::move(tier_names))}}}};
}

object ExampleJson() {
    service::StoredSettings stored;
    stored.settings = domain::DefaultSettings();
    stored.settings.company = {"Stahlhandel Berger GmbH",
                               "Industriestraße 12, 4020 Linz, Austria",
                               "ATU12345678",
                               "Raiffeisen Landesbank, IBAN AT61 1904 3002 3457 3201",
                               "office@berger-stahl.example",
                               "+43 732 123456"};
    stored.settings.working_hours.time_zone = "Europe/Vienna";
    stored.settings.loyalty_tiers = {{Money(5'000'000, *Currency::Parse("EUR")), Percent::Whole(1)}};
    stored.version = 4;
    stored.updated_at = ParseTimestamp("2026-11-20T14:05:00Z", "example").value();
    stored.updated_by = UserId{1};
    return SettingsJson(stored);
}

object SettingsSchema() {
    auto properties = MemberSchemas(true);
    properties["version"] = {{"type", "integer"},
                             {"format", "int64"},
                             {"readOnly", true},
                             {"description", "+1 on each change; 1: the defaults, never changed"}};
    properties["updated_at"] = {{"type", "string"}, {"format", "date-time"}, {"nullable", true}, {"readOnly", true}};
    properties["updated_by"] = {{"type", "string"}, {"nullable", true}, {"readOnly", true}};
    auto names = Names(properties);
    auto schema = Closed(std::move(properties), std::move(names));
    schema["example"] = ExampleJson();
    return schema;
}

object SettingsPatchSchema() {
    auto schema = Closed(MemberSchemas(false));
    schema["example"] = object{{"holidays", array{"2026-12-24", "2026-12-25", "2026-12-31"}},
                               {"manual_discount_limits", ExampleJson().at("manual_discount_limits")}};
    return schema;
}

Operation GetOperation() {
    return {.id = "getSettings",
            .tag = "settings",
            .summary = "Read the company-wide settings",
            .description = "Every signed-in user, operations staff included.",
            .successes = {{200, "the settings", SchemaRef("Settings"), {"ETag"}}},
            .schemas = {{"Settings", SettingsSchema()}}};
}

Operation UpdateOperation() {
    return {.id = "updateSettings",
            .tag = "settings",
            .summary = "Replace some members of the settings, each whole",
            .description =
                "For admins. Each member given replaces the one saved, whole; members left out keep "
                "theirs. An unknown member, or a value that breaks a rule, is 422 naming its path (as in "
                "dunning[1].days_overdue), and nothing is saved. Without If-Match the change applies "
                "whatever the version (the last writer wins).",
            .parameters = {IfMatchHeader()},
            .body = SchemaRef("SettingsPatch"),
            .successes = {{200, "the settings as changed", SchemaRef("Settings"), {"ETag"}}},
            .refusals = {ErrorCode::kForbidden},
            .schemas = {{"Settings", SettingsSchema()}, {"SettingsPatch", SettingsPatchSchema()}}};
}

}  // namespace

void AddSettingsRoutes(Router& router, Backend& backend) {
    auto& settings = backend.services.settings;
    router.Add(verb::get, "/api/v1/settings", GetOperation(),
               Authenticated(backend.services, [&settings](Request&, const service::Caller& caller) {
                   return Reply(settings.Get(caller), SettingsResponse);
               }));
    router.Add(verb::patch, "/api/v1/settings", UpdateOperation(),
               Authenticated(backend.services, [&settings](Request& request, const service::Caller& caller) {
                   auto version = ParseIfMatch(request);
                   if (!version) return ErrorResponse(version.error());
                   auto json = ParseJsonObject(request);
                   if (!json) return ErrorResponse(json.error());
                   return Reply(settings.Update(caller, *version, *json), SettingsResponse);
               }));
}

}  // namespace rapport::http
