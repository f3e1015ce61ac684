#include "reports/reports.hpp"

#include "store/visibility.hpp"

#include <array>
#include <map>
#include <span>
#include <tuple>

namespace rapport::reports {
namespace {

using store::Value;

constexpr std::array kStages = {domain::Stage::kNew,         domain::Stage::kQualified, domain::Stage::kProposal,
                                domain::Stage::kNegotiation, domain::Stage::kWon,       domain::Stage::kLost};

// The sales reports add up deals and activities, which operations staff do not see.
Status RequireSalesStaff(const service::Caller& caller) {
    if (caller.role != domain::Role::kOperations) return {};
    return MakeError(ErrorCode::kForbidden, "the sales reports are not for operations staff");
}

// " AND <visibility of table's rows>" with its parameters appended; deals and activities are both
// visible through their owner or their account. A report adds up every visible row, in the form of the
// condition that `engine` reads through its indexes.
std::string VisibleRows(const service::Caller& caller, std::string_view table, store::Engine engine,
                        std::vector<Value>& params) {
    auto condition =
        store::VisibilityConditionForEveryRow(domain::VisibleBy::kOwnerOrAccount, table, caller.scope, engine);
    params.insert(params.end(), condition.params.begin(), condition.params.end());
    return condition.sql.empty() ? std::string() : " AND " + condition.sql;
}

// Integer division of a sum of amount × percent by 100, rounding half away from zero, so that the
// weighted total stays exact to the minor unit.
std::int64_t DivideByHundred(std::int64_t value) { return value >= 0 ? (value + 50) / 100 : -((-value + 50) / 100); }

using Stages = std::vector<FunnelStage>;

Status AddEntered(store::Database& database, const std::string& sql, std::span<const Value> params, Stages& stages) {
    return database.Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query(sql, params, [&](const store::Row& row) -> Status {
            auto stage = ParseEnum<domain::Stage>(row.Text(0));
            if (!stage) return MakeError(ErrorCode::kInternal, "database error");
            stages[static_cast<std::size_t>(*stage)].entered += row.Int(1);
            return {};
        });
    });
}

// The deals visible to `caller` that entered each stage in [start, end), each counted once per stage.
// The unary + keeps the index on entered_at out of the plan: a caller who does not see everything sees a
// few thousand deals, whose entries are best read deal by deal. PostgreSQL, planning the prepared statement
// once for any period, guesses that a period holds a few entries and reads them all from that index
// instead (a manager's year at dataset M: 180 ms rather than 18 ms).
Status CountEntries(store::Database& database, const service::Caller& caller, Timestamp start, Timestamp end,
                    Stages& stages) {
    std::vector<Value> params{ToSeconds(start), ToSeconds(end)};
    auto sql =
        "SELECT h.stage, COUNT(DISTINCT h.deal_id) FROM deal_stage_history h JOIN deal ON deal.id = h.deal_id "
        "WHERE +h.entered_at >= ? AND +h.entered_at < ? AND deal.archived_at IS NULL" +
        VisibleRows(caller, "deal", database.engine(), params) + " GROUP BY h.stage";
    return AddEntered(database, sql, params, stages);
}

// The same for every deal, from the daily summaries (store/deal_summary.hpp): the entries in the
// period, less the re-entries whose previous entry into the same stage is in the period too, leave
// one entry per deal and stage. `start` and `end` are starts of days, so whole days add up exactly.
Status CountEntriesFromSummaries(store::Database& database, Timestamp start, Timestamp end, Stages& stages) {
    auto day = [](Timestamp at) { return std::chrono::floor<std::chrono::days>(at).time_since_epoch().count(); };
    std::vector<Value> params{day(start), day(end), day(start), day(end), day(start)};
    return AddEntered(database,
                      "SELECT stage, SUM(entries) FROM ("
                      "SELECT stage, entries FROM deal_funnel_summary WHERE day >= ? AND day < ? "
                      "UNION ALL SELECT stage, -entries FROM deal_funnel_reentry "
                      "WHERE day >= ? AND day < ? AND previous_day >= ?) counted GROUP BY stage",
                      params, stages);
}

}  // namespace

Result<std::vector<PipelineStage>> ReportService::Pipeline(const service::Caller& caller) {
    RAPPORT_CHECK(RequireSalesStaff(caller));
    std::vector<PipelineStage> stages;
    for (auto stage : kStages) stages.push_back({stage, 0, {}});
    std::vector<Value> params;
    // Whoever sees everything gets the sums of the summary rows (a few per owner) that every write of a
    // deal keeps (store/deal_summary.hpp); a narrower scope counts its own deals, through the indexes.
    auto sql = caller.scope.everything
                   ? std::string(
                         "SELECT stage, amount_currency, SUM(deals), SUM(amount_minor), "
                         "SUM(amount_minor * probability) "
                         "FROM deal_pipeline_summary GROUP BY stage, amount_currency "
                         "HAVING SUM(deals) <> 0 ORDER BY amount_currency")
                   : "SELECT deal.stage, deal.amount_currency, COUNT(*), SUM(deal.amount_minor), "
                     "SUM(deal.amount_minor * deal.probability) FROM deal WHERE deal.archived_at IS NULL" +
                         VisibleRows(caller, "deal", database_.engine(), params) +
                         " GROUP BY deal.stage, deal.amount_currency ORDER BY deal.amount_currency";
    RAPPORT_CHECK(database_.Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query(sql, params, [&](const store::Row& row) -> Status {
            auto stage = ParseEnum<domain::Stage>(row.Text(0));
            if (!stage) return MakeError(ErrorCode::kInternal, "database error");
            auto& line = stages[static_cast<std::size_t>(*stage)];
            line.count += row.Int(2);
            line.by_currency.push_back({std::string(row.Text(1)), row.Int(2), row.Int(3), DivideByHundred(row.Int(4))});
            return {};
        });
    }));
    return stages;
}

Result<std::vector<FunnelStage>> ReportService::Funnel(const service::Caller& caller, Date from, Date to) {
    RAPPORT_CHECK(RequireSalesStaff(caller));
    if (to < from) return InvalidField("to", "to must not be before from");
    std::vector<FunnelStage> stages;
    for (auto stage : kStages) stages.push_back({stage, 0, std::nullopt});
    auto start = StartOf(from);
    auto end = StartOf(Date{std::chrono::sys_days{to} + std::chrono::days{1}});
    // Whoever sees everything gets the sums of the daily summary rows; a narrower scope counts its own.
    RAPPORT_CHECK(caller.scope.everything ? CountEntriesFromSummaries(database_, start, end, stages)
                                          : CountEntries(database_, caller, start, end, stages));
    for (std::size_t i = 1; i < stages.size(); ++i) {
        if (stages[i].stage == domain::Stage::kLost || stages[i - 1].entered == 0) continue;
        stages[i].conversion_from_previous =
            static_cast<double>(stages[i].entered) / static_cast<double>(stages[i - 1].entered);
    }
    return stages;
}

Result<std::vector<ActivityWeek>> ReportService::ActivityByWeek(const service::Caller& caller, Date from, Date to) {
    RAPPORT_CHECK(RequireSalesStaff(caller));
    if (to < from) return InvalidField("to", "to must not be before from");
    auto start = StartOf(from);
    auto end = StartOf(Date{std::chrono::sys_days{to} + std::chrono::days{1}});
    std::vector<Value> params{ToSeconds(start), ToSeconds(end)};
    // Days are bucketed in SQL (portable integer division) and folded into weeks here, so that
    // the engines need no date functions of their own.
    auto sql =
        "SELECT activity.owner_id, activity.kind, activity.done_at / 86400, COUNT(*) FROM activity "
        "WHERE activity.archived_at IS NULL AND activity.done_at >= ? AND activity.done_at < ?" +
        VisibleRows(caller, "activity", database_.engine(), params) +
        " GROUP BY activity.owner_id, activity.kind, activity.done_at / 86400";
    std::map<std::tuple<std::int64_t, std::int64_t, int>, std::int64_t> counts;
    RAPPORT_CHECK(database_.Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query(sql, params, [&](const store::Row& row) -> Status {
            auto kind = ParseEnum<domain::ActivityKind>(row.Text(1));
            if (!kind) return MakeError(ErrorCode::kInternal, "database error");
            std::chrono::sys_days day{std::chrono::days{row.Int(2)}};
            auto monday = day - (std::chrono::weekday{day} - std::chrono::Monday);
            counts[{row.Int(0), monday.time_since_epoch().count(), static_cast<int>(*kind)}] += row.Int(3);
            return {};
        });
    }));
    std::vector<ActivityWeek> weeks;
    for (const auto& [key, count] : counts) {
        const auto& [owner, monday, kind] = key;
        weeks.push_back({static_cast<UserId>(owner), Date{std::chrono::sys_days{std::chrono::days{monday}}},
                         static_cast<domain::ActivityKind>(kind), count});
    }
    return weeks;
}

}  // namespace rapport::reports
