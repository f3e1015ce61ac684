#include "store/deal_summary.hpp"

#include <vector>

namespace rapport::store {
namespace {

// Rows per INSERT: few enough for any engine's limit on bound parameters.
constexpr std::size_t kRowsPerStatement = 100;

std::int64_t DayOf(Timestamp at) { return std::chrono::floor<std::chrono::days>(at).time_since_epoch().count(); }

// Writes `rows` with one multi-row upsert per group of kRowsPerStatement: `insert` is the INSERT up to
// VALUES, `update` what follows ON CONFLICT, and `bind` appends one row's values (`width` of them).
template <typename Map, typename Bind>
Status Upsert(Transaction& transaction, const Map& rows, std::string_view insert, std::string_view update,
              std::size_t width, Bind bind) {
    std::string placeholders = "(";
    for (std::size_t i = 0; i < width; ++i) placeholders += i == 0 ? "?" : ", ?";
    placeholders += ')';
    std::string sql;
    std::vector<Value> params;
    std::size_t in_statement = 0;
    auto flush = [&]() -> Status {
        if (in_statement == 0) return {};
        sql += update;
        RAPPORT_CHECK(ToStatus(transaction.Execute(sql, params)));
        params.clear();
        in_statement = 0;
        return {};
    };
    for (const auto& [key, delta] : rows) {
        if (!bind(key, delta, params)) continue;  // Nothing changes: no row to touch.
        if (in_statement == 0) {
            sql = insert;
        } else {
            sql += ", ";
        }
        sql += placeholders;
        if (++in_statement == kRowsPerStatement) RAPPORT_CHECK(flush());
    }
    return flush();
}

}  // namespace

void DealSummaryChange::AddDeal(const domain::Deal& deal, int sign) {
    auto& totals = pipeline_[{ToInt(deal.owner_id), std::string(EnumName(deal.stage)),
                              std::string(deal.amount.currency().code()), deal.probability}];
    totals.deals += sign;
    totals.amount_minor += sign * deal.amount.minor_units();
}

void DealSummaryChange::AddEntry(DealId deal, domain::Stage stage, Timestamp at, std::optional<Timestamp> previous,
                                 int sign) {
    auto day = DayOf(at);
    auto slot = ToInt(deal) % kFunnelSlots;
    std::string name(EnumName(stage));
    entries_[{day, name, slot}] += sign;
    if (previous) reentries_[{day, DayOf(*previous), std::move(name), slot}] += sign;
}

Status DealSummaryChange::SubtractDeal(Transaction& transaction, const domain::Deal& deal) {
    AddDeal(deal, -1);
    return CountEntries(transaction, deal.id, -1);
}

Status DealSummaryChange::AddBackDeal(Transaction& transaction, const domain::Deal& deal) {
    AddDeal(deal, 1);
    return CountEntries(transaction, deal.id, 1);
}

Status DealSummaryChange::CountEntries(Transaction& transaction, DealId deal, int sign) {
    // In the order they were written, each entry's `previous` is the latest entry of its stage seen
    // before it: what LastStageEntries gave when it was written.
    std::map<std::string, Timestamp, std::less<>> last;
    Value param{ToInt(deal)};
    return transaction.Query("SELECT stage, entered_at FROM deal_stage_history WHERE deal_id = ? ORDER BY id",
                             std::span(&param, 1), [&](const Row& row) -> Status {
                                 auto stage = ParseEnum<domain::Stage>(row.Text(0));
                                 if (!stage) return MakeError(ErrorCode::kInternal, "database error");
                                 Timestamp at{std::chrono::seconds{row.Int(1)}};
                                 auto found = last.find(row.Text(0));
                                 std::optional<Timestamp> previous;
                                 if (found != last.end()) previous = found->second;
                                 AddEntry(deal, *stage, at, previous, sign);
                                 if (!previous || *previous < at) last.insert_or_assign(std::string(row.Text(0)), at);
                                 return {};
                             });
}

Status DealSummaryChange::Write(Transaction& transaction) {
    RAPPORT_CHECK(WritePipeline(transaction));
    RAPPORT_CHECK(WriteEntries(transaction));
    RAPPORT_CHECK(WriteReentries(transaction));
    pipeline_.clear();
    entries_.clear();
    reentries_.clear();
    return {};
}

Status DealSummaryChange::WritePipeline(Transaction& transaction) {
    return Upsert(
        transaction, pipeline_,
        "INSERT INTO deal_pipeline_summary (owner_id, stage, amount_currency, probability, deals, "
        "amount_minor) VALUES ",
        " ON CONFLICT (owner_id, stage, amount_currency, probability) DO UPDATE SET "
        "deals = deal_pipeline_summary.deals + excluded.deals, "
        "amount_minor = deal_pipeline_summary.amount_minor + excluded.amount_minor",
        6, [](const PipelineKey& key, const Totals& totals, std::vector<Value>& params) {
            if (totals.deals == 0 && totals.amount_minor == 0) return false;
            const auto& [owner, stage, currency, probability] = key;
            params.insert(params.end(), {owner, stage, currency, probability, totals.deals, totals.amount_minor});
            return true;
        });
}

Status DealSummaryChange::WriteEntries(Transaction& transaction) {
    return Upsert(transaction, entries_, "INSERT INTO deal_funnel_summary (day, stage, slot, entries) VALUES ",
                  " ON CONFLICT (day, stage, slot) DO UPDATE SET "
                  "entries = deal_funnel_summary.entries + excluded.entries",
                  4, [](const EntryKey& key, std::int64_t entries, std::vector<Value>& params) {
                      if (entries == 0) return false;
                      const auto& [day, stage, slot] = key;
                      params.insert(params.end(), {day, stage, slot, entries});
                      return true;
                  });
}

Status DealSummaryChange::WriteReentries(Transaction& transaction) {
    return Upsert(transaction, reentries_,
                  "INSERT INTO deal_funnel_reentry (day, previous_day, stage, slot, entries) VALUES ",
                  " ON CONFLICT (day, previous_day, stage, slot) DO UPDATE SET "
                  "entries = deal_funnel_reentry.entries + excluded.entries",
                  5, [](const ReentryKey& key, std::int64_t entries, std::vector<Value>& params) {
                      if (entries == 0) return false;
                      const auto& [day, previous_day, stage, slot] = key;
                      params.insert(params.end(), {day, previous_day, stage, slot, entries});
                      return true;
                  });
}

Result<std::map<domain::Stage, Timestamp>> LastStageEntries(Transaction& transaction, DealId deal) {
    std::map<domain::Stage, Timestamp> last;
    Value param{ToInt(deal)};
    RAPPORT_CHECK(
        transaction.Query("SELECT stage, MAX(entered_at) FROM deal_stage_history WHERE deal_id = ? GROUP BY stage",
                          std::span(&param, 1), [&](const Row& row) -> Status {
                              auto stage = ParseEnum<domain::Stage>(row.Text(0));
                              if (!stage) return MakeError(ErrorCode::kInternal, "database error");
                              last.emplace(*stage, Timestamp{std::chrono::seconds{row.Int(1)}});
                              return {};
                          }));
    return last;
}

}  // namespace rapport::store
