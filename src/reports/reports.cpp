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

std::int64_t DayOf(Timestamp at) { return std::chrono::floor<std::chrono::days>(at).time_since_epoch().count(); }

// "SELECT <columns> FROM <table> WHERE <condition><more>" for each of the two parts of a scope's owner pairs
// (store::VisibleOwnerPairs), joined by UNION ALL, with their parameters appended.
std::string SelectVisiblePairs(const store::OwnerPairConditions& pairs, std::string_view columns,
                               std::string_view table, std::string_view more, std::span<const Value> more_params,
                               std::vector<Value>& params) {
    std::string sql;
    for (const auto* condition : {&pairs.owned, &pairs.through_account}) {
        if (!sql.empty()) sql += " UNION ALL ";
        sql += "SELECT " + std::string(columns) + " FROM " + std::string(table) + " WHERE " + condition->sql +
               std::string(more);
        params.insert(params.end(), condition->params.begin(), condition->params.end());
        params.insert(params.end(), more_params.begin(), more_params.end());
    }
    return sql;
}

// The deals visible to `caller` that entered each stage in [start, end), each counted once per stage, from the
// daily summaries (store/deal_summary.hpp): the entries in the period, less the re-entries whose previous entry
// into the same stage is in the period too, leave one entry per deal and stage. Whoever sees everything reads the
// company's rows; a narrower scope the rows of the owners it sees. `start` and `end` are starts of days, so whole
// days add up exactly.
Status CountEntries(store::Database& database, const service::Caller& caller, Timestamp start, Timestamp end,
                    Stages& stages) {
    if (caller.scope.everything) {
        std::vector<Value> params{DayOf(start), DayOf(end), DayOf(start), DayOf(end), DayOf(start)};
        return AddEntered(database,
                          "SELECT stage, SUM(entries) FROM ("
                          "SELECT stage, entries FROM deal_funnel_summary WHERE day >= ? AND day < ? "
                          "UNION ALL SELECT stage, -entries FROM deal_funnel_reentry "
                          "WHERE day >= ? AND day < ? AND previous_day >= ?) counted GROUP BY stage",
                          params, stages);
    }
    auto pairs = store::VisibleOwnerPairs("f", caller.scope);
    std::vector<Value> period{DayOf(start), DayOf(end)};
    std::vector<Value> reentry_period{DayOf(start), DayOf(end), DayOf(start)};
    std::vector<Value> params;
    auto entries = SelectVisiblePairs(pairs, "f.stage AS stage, f.entries AS entries", "deal_owner_funnel f",
                                      " AND f.day >= ? AND f.day < ?", period, params);
    auto reentries =
        SelectVisiblePairs(pairs, "f.stage, -f.entries", "deal_owner_funnel_reentry f",
                           " AND f.day >= ? AND f.day < ? AND f.previous_day >= ?", reentry_period, params);
    return AddEntered(
        database,
        "SELECT stage, SUM(entries) FROM (" + entries + " UNION ALL " + reentries + ") counted GROUP BY stage", params,
        stages);
}

// The SQL of the pipeline's lines for `caller`, from the deal summaries that every write of a deal keeps
// (store/deal_summary.hpp): whoever sees everything adds up the company's rows (a few hundred), a narrower
// scope the rows of the pairs of owners through whom it sees deals. For one owner's deals, the rows of that
// owner's pairs, within the same scope.
std::string PipelineQuery(const service::Caller& caller, std::optional<UserId> owner, std::vector<Value>& params) {
    constexpr std::string_view kColumns =
        "p.stage AS stage, p.amount_currency AS amount_currency, p.probability AS probability, p.deals AS deals, "
        "p.amount_minor AS amount_minor";
    std::string from;
    if (caller.scope.everything && !owner) {
        from = "deal_company_pipeline";
    } else if (caller.scope.everything) {
        from = "(SELECT " + std::string(kColumns) + " FROM deal_owner_pipeline p WHERE p.owner_id = ?) visible";
        params.emplace_back(ToInt(*owner));
    } else {
        std::vector<Value> owner_params;
        if (owner) owner_params.emplace_back(ToInt(*owner));
        from = "(" +
               SelectVisiblePairs(store::VisibleOwnerPairs("p", caller.scope), kColumns, "deal_owner_pipeline p",
                                  owner ? " AND p.owner_id = ?" : "", owner_params, params) +
               ") visible";
    }
    return "SELECT stage, amount_currency, SUM(deals), SUM(amount_minor), SUM(amount_minor * probability) FROM " +
           from + " GROUP BY stage, amount_currency HAVING SUM(deals) <> 0 ORDER BY amount_currency";
}

}  // namespace

Result<std::vector<PipelineStage>> ReportService::Pipeline(const service::Caller& caller, std::optional<UserId> owner) {
    RAPPORT_CHECK(RequireSalesStaff(caller));
    std::vector<PipelineStage> stages;
    for (auto stage : kStages) stages.push_back({stage, 0, {}});
    std::vector<Value> params;
    auto sql = PipelineQuery(caller, owner, params);
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
    RAPPORT_CHECK(CountEntries(database_, caller, start, end, stages));
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
