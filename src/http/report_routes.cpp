#include "http/api.hpp"
#include "http/handlers.hpp"
#include "http/record_docs.hpp"

#include <cmath>

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;

boost::json::value MoneyJson(std::int64_t minor_units, const std::string& currency) {
    auto parsed = Currency::Parse(currency);
    if (!parsed) return nullptr;
    return Codec<Money>::ToJson(Money(minor_units, *parsed));
}

boost::json::object PipelineJson(const std::vector<reports::PipelineStage>& stages) {
    boost::json::array items;
    for (const auto& stage : stages) {
        boost::json::array totals;
        for (const auto& line : stage.by_currency) {
            totals.push_back({{"currency", line.currency},
                              {"count", line.count},
                              {"total", MoneyJson(line.total_minor, line.currency)},
                              {"weighted", MoneyJson(line.weighted_minor, line.currency)}});
        }
        items.push_back({{"stage", EnumName(stage.stage)}, {"count", stage.count}, {"totals", std::move(totals)}});
    }
    return {{"stages", std::move(items)}};
}

std::string FormatRatio(double ratio) {
    return FormatMinorUnits(static_cast<std::int64_t>(std::llround(ratio * 10000.0)), 4);
}

boost::json::object FunnelJson(Date from, Date to, const std::vector<reports::FunnelStage>& stages) {
    boost::json::array items;
    for (const auto& stage : stages) {
        boost::json::object item{{"stage", EnumName(stage.stage)}, {"entered", stage.entered}};
        // A ratio as a decimal string with 4 places ("0.4500"), like money: exact to read, stable
        // in tests, and free of the exponent notation JSON serialisers give doubles.
        item["conversion_from_previous"] = stage.conversion_from_previous
                                               ? boost::json::value(FormatRatio(*stage.conversion_from_previous))
                                               : boost::json::value(nullptr);
        items.push_back(std::move(item));
    }
    return {{"from", FormatDate(from)}, {"to", FormatDate(to)}, {"stages", std::move(items)}};
}

Result<Date> DateParam(const Request& request, std::string_view name, Date fallback) {
    auto text = request.query_param(name);
    if (!text) return fallback;
    auto date = ParseDate(*text, name);
    if (!date) return MakeError(ErrorCode::kMalformed, date.error().message, std::string(name));
    return *date;
}

boost::json::object ActivityJson(Date from, Date to, const std::vector<reports::ActivityWeek>& weeks) {
    boost::json::array items;
    for (const auto& week : weeks) {
        items.push_back({{"owner_id", Codec<UserId>::ToText(week.owner_id)},
                         {"week", FormatDate(week.week)},
                         {"kind", EnumName(week.kind)},
                         {"count", week.count}});
    }
    return {{"from", FormatDate(from)}, {"to", FormatDate(to)}, {"items", std::move(items)}};
}

// `?owner_id=` of the pipeline: one owner's deals among those the caller sees.
Result<std::optional<UserId>> OwnerParam(const Request& request) {
    auto text = request.query_param("owner_id");
    if (!text) return std::optional<UserId>{};
    auto owner = Codec<UserId>::FromText(*text, "owner_id");
    if (!owner) return MakeError(ErrorCode::kMalformed, owner.error().message, "owner_id");
    return std::optional<UserId>(*owner);
}

// [from, to] from the query, defaulting to the 30 days that end today (the company's: service::Today).
Result<std::pair<Date, Date>> Period(const Request& request, service::SettingsService& settings,
                                     const service::Caller& caller) {
    Date today{};
    if (!request.query_param("to")) today = RAPPORT_TRY(settings.Today(caller));
    auto to = RAPPORT_TRY(DateParam(request, "to", today));
    auto from = RAPPORT_TRY(DateParam(request, "from", Date{std::chrono::sys_days{to} - std::chrono::days{29}}));
    return std::pair{from, to};
}

// The schemas of the three reports, beside the code that writes them.
boost::json::object StageSchema() { return Codec<domain::Stage>::Schema(); }

boost::json::object Period(boost::json::object properties, boost::json::array required, boost::json::object example) {
    properties["from"] = {{"type", "string"}, {"format", "date"}};
    properties["to"] = {{"type", "string"}, {"format", "date"}};
    required.emplace_back("from");
    required.emplace_back("to");
    example["from"] = "2026-10-22";
    example["to"] = "2026-11-20";
    return {{"type", "object"},
            {"required", std::move(required)},
            {"properties", std::move(properties)},
            {"example", std::move(example)}};
}

boost::json::object PipelineSchema() {
    auto money = Codec<Money>::Schema();
    money["nullable"] = true;
    auto total = AnswerSchema(
        {{"currency", {{"type", "string"}}}, {"count", {{"type", "integer"}}}, {"total", money}, {"weighted", money}});
    auto stage = AnswerSchema({{"stage", StageSchema()},
                               {"count", {{"type", "integer"}}},
                               {"totals", {{"type", "array"}, {"items", std::move(total)}}}});
    auto schema = AnswerSchema({{"stages", {{"type", "array"}, {"items", std::move(stage)}}}});
    schema["example"] = PipelineJson({});
    return schema;
}

boost::json::object FunnelSchema() {
    auto stage = AnswerSchema(
        {{"stage", StageSchema()},
         {"entered", {{"type", "integer"}}},
         {"conversion_from_previous",
          {{"type", "string"},
           {"nullable", true},
           {"description",
            "a ratio with four decimals, as in 0.4500; null where none applies (the first stage, lost)"}}}});
    return Period({{"stages", {{"type", "array"}, {"items", std::move(stage)}}}}, {"stages"},
                  {{"stages", boost::json::array{}}});
}

boost::json::object ActivityCountsSchema() {
    auto item = AnswerSchema({{"owner_id", {{"type", "string"}}},
                              {"week", {{"type", "string"}, {"format", "date"}, {"description", "the week's Monday"}}},
                              {"kind", Codec<domain::ActivityKind>::Schema()},
                              {"count", {{"type", "integer"}}}});
    return Period({{"items", {{"type", "array"}, {"items", std::move(item)}}}}, {"items"},
                  {{"items", boost::json::array{}}});
}

// A period whose start is after its end is readable but wrong: 422.
std::vector<ErrorCode> PeriodRefusals() { return {ErrorCode::kForbidden, ErrorCode::kInvalidArgument}; }

boost::json::array PeriodParameters() {
    return {
        QueryParameter("from", {{"type", "string"}, {"format", "date"}}, "first day; 29 days before `to` by default"),
        QueryParameter("to", {{"type", "string"}, {"format", "date"}}, "last day, included; today by default")};
}

Operation Report(std::string id, std::string summary, std::string schema_name, boost::json::object schema,
                 boost::json::array parameters = {}, std::vector<ErrorCode> refusals = {ErrorCode::kForbidden}) {
    return {.id = std::move(id),
            .tag = "reports",
            .summary = std::move(summary),
            .parameters = std::move(parameters),
            .successes = {{200, "the report", SchemaRef(schema_name)}},
            .refusals = std::move(refusals),
            .schemas = {{std::move(schema_name), std::move(schema)}},
            // A report reads many rows for a wide scope: it must not hold up the other connections of its loop.
            .runs = Runs::kOffLoop};
}

}  // namespace

void AddReportRoutes(Router& router, Backend& backend) {
    auto& reports = backend.reports;
    router.Add(verb::get, "/api/v1/reports/pipeline",
               Report("getPipeline", "Open and closed deals per stage and currency: count, total, weighted total",
                      "Pipeline", PipelineSchema(),
                      {QueryParameter("owner_id", {{"type", "string"}},
                                      "only the deals this user owns, among those the caller sees")}),
               Authenticated(backend.services, [&reports](Request& request, const service::Caller& caller) {
                   auto owner = OwnerParam(request);
                   if (!owner) return ErrorResponse(owner.error());
                   return Reply(reports.Pipeline(caller, *owner),
                                [](const auto& stages) { return JsonResponse(status::ok, PipelineJson(stages)); });
               }));
    router.Add(verb::get, "/api/v1/reports/funnel",
               Report("getFunnel", "Deals that entered each stage in [from, to], and the conversion between stages",
                      "Funnel", FunnelSchema(), PeriodParameters(), PeriodRefusals()),
               Authenticated(backend.services, [&reports, &settings = backend.services.settings](
                                                   Request& request, const service::Caller& caller) {
                   auto period = Period(request, settings, caller);
                   if (!period) return ErrorResponse(period.error());
                   // Not a structured binding: clang 14, the fuzz build's compiler, cannot capture one in the lambda
                   // below.
                   auto from = period->first;
                   auto to = period->second;
                   return Reply(reports.Funnel(caller, from, to), [&](const auto& stages) {
                       return JsonResponse(status::ok, FunnelJson(from, to, stages));
                   });
               }));
    router.Add(verb::get, "/api/v1/reports/activity",
               Report("getActivityCounts", "Activities done per owner, ISO week and kind in [from, to]",
                      "ActivityCounts", ActivityCountsSchema(), PeriodParameters(), PeriodRefusals()),
               Authenticated(backend.services, [&reports, &settings = backend.services.settings](
                                                   Request& request, const service::Caller& caller) {
                   auto period = Period(request, settings, caller);
                   if (!period) return ErrorResponse(period.error());
                   // Not a structured binding: clang 14, the fuzz build's compiler, cannot capture one in the lambda
                   // below.
                   auto from = period->first;
                   auto to = period->second;
                   return Reply(reports.ActivityByWeek(caller, from, to), [&](const auto& weeks) {
                       return JsonResponse(status::ok, ActivityJson(from, to, weeks));
                   });
               }));
}

}  // namespace rapport::http
