#include "http/api.hpp"
#include "http/handlers.hpp"

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

// [from, to] from the query, defaulting to the 30 days that end today.
Result<std::pair<Date, Date>> Period(const Request& request) {
    auto today = DateOf(Now());
    auto to = RAPPORT_TRY(DateParam(request, "to", today));
    auto from = RAPPORT_TRY(DateParam(request, "from", Date{std::chrono::sys_days{to} - std::chrono::days{29}}));
    return std::pair{from, to};
}

}  // namespace

void AddReportRoutes(Router& router, Backend& backend) {
    auto& reports = backend.reports;
    router.Add(verb::get, "/api/v1/reports/pipeline",
               Authenticated(backend.services, [&reports](Request&, const service::Caller& caller) {
                   return Reply(reports.Pipeline(caller),
                                [](const auto& stages) { return JsonResponse(status::ok, PipelineJson(stages)); });
               }));
    router.Add(verb::get, "/api/v1/reports/funnel",
               Authenticated(backend.services, [&reports](Request& request, const service::Caller& caller) {
                   auto period = Period(request);
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
               Authenticated(backend.services, [&reports](Request& request, const service::Caller& caller) {
                   auto period = Period(request);
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
