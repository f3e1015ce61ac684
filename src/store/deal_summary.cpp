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
        RAPPORT_CHECK(transaction.ExecuteLater(sql, params));
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

void DealSummaryChange::AddDeal(const domain::Deal& deal, UserId account_owner, int sign) {
    std::string stage(EnumName(deal.stage));
    std::string currency(deal.amount.currency().code());
    auto& totals = pipeline_[{ToInt(deal.id) % kSummarySlots, stage, currency, deal.probability}];
    totals.deals += sign;
    totals.amount_minor += sign * deal.amount.minor_units();
    auto& owned = owner_pipeline_[{ToInt(deal.owner_id), ToInt(account_owner), std::move(stage), std::move(currency),
                                   deal.probability}];
    owned.deals += sign;
    owned.amount_minor += sign * deal.amount.minor_units();
}

void DealSummaryChange::AddEntry(DealId deal, DealOwners owners, domain::Stage stage, Timestamp at,
                                 std::optional<Timestamp> previous, int sign) {
    CountEntry(deal, owners, EnumName(stage), at, previous, sign, Summaries::kAll);
}

void DealSummaryChange::CountEntry(DealId deal, DealOwners owners, std::string_view stage, Timestamp at,
                                   std::optional<Timestamp> previous, int sign, Summaries summaries) {
    auto day = DayOf(at);
    std::string name(stage);
    auto owner = ToInt(owners.owner);
    auto account_owner = ToInt(owners.account_owner);
    owner_entries_[{owner, day, account_owner, name}] += sign;
    if (previous) owner_reentries_[{owner, day, DayOf(*previous), account_owner, name}] += sign;
    if (summaries == Summaries::kOwners) return;
    auto slot = ToInt(deal) % kSummarySlots;
    entries_[{day, name, slot}] += sign;
    if (previous) reentries_[{day, DayOf(*previous), std::move(name), slot}] += sign;
}

Status DealSummaryChange::SubtractDeal(Transaction& transaction, const domain::Deal& deal, UserId account_owner) {
    AddDeal(deal, account_owner, -1);
    return CountEntries(transaction, deal.id, {deal.owner_id, account_owner}, -1, Summaries::kAll);
}

Status DealSummaryChange::AddBackDeal(Transaction& transaction, const domain::Deal& deal, UserId account_owner) {
    AddDeal(deal, account_owner, 1);
    return CountEntries(transaction, deal.id, {deal.owner_id, account_owner}, 1, Summaries::kAll);
}

Status DealSummaryChange::MoveEntries(Transaction& transaction, DealId deal, DealOwners from, DealOwners to) {
    RAPPORT_CHECK(CountEntries(transaction, deal, from, -1, Summaries::kOwners));
    return CountEntries(transaction, deal, to, 1, Summaries::kOwners);
}

namespace {

// Walks the stage entries of deals in the order they were written, deal by deal: each entry's `previous`
// is the latest entry of its stage seen before it, which is what LastStageEntries gave when it was written.
class EntryWalk {
public:
    // The previous entry of `deal` into `stage` before one at `at`, which it then remembers.
    std::optional<Timestamp> Next(DealId deal, std::string_view stage, Timestamp at) {
        if (deal != deal_) {
            deal_ = deal;
            last_.clear();
        }
        auto found = last_.find(stage);
        std::optional<Timestamp> previous;
        if (found != last_.end()) previous = found->second;
        if (!previous || *previous < at) last_.insert_or_assign(std::string(stage), at);
        return previous;
    }

private:
    DealId deal_{};
    std::map<std::string, Timestamp, std::less<>> last_;
};

Status CheckStage(std::string_view stage) {
    if (!ParseEnum<domain::Stage>(stage)) return MakeError(ErrorCode::kInternal, "database error");
    return {};
}

}  // namespace

Status DealSummaryChange::CountEntries(Transaction& transaction, DealId deal, DealOwners owners, int sign,
                                       Summaries summaries) {
    EntryWalk walk;
    Value param{ToInt(deal)};
    return transaction.Query("SELECT stage, entered_at FROM deal_stage_history WHERE deal_id = ? ORDER BY id",
                             std::span(&param, 1), [&](const Row& row) -> Status {
                                 RAPPORT_CHECK(CheckStage(row.Text(0)));
                                 Timestamp at{std::chrono::seconds{row.Int(1)}};
                                 auto previous = walk.Next(deal, row.Text(0), at);
                                 CountEntry(deal, owners, row.Text(0), at, previous, sign, summaries);
                                 return {};
                             });
}

Status DealSummaryChange::MoveAccount(Transaction& transaction, AccountId account, UserId from, UserId to) {
    if (from == to) return {};
    Value param{ToInt(account)};
    RAPPORT_CHECK(transaction.Query(
        "SELECT owner_id, stage, amount_currency, probability, COUNT(*), SUM(amount_minor) FROM deal "
        "WHERE account_id = ? AND archived_at IS NULL GROUP BY owner_id, stage, amount_currency, probability",
        std::span(&param, 1), [&](const Row& row) -> Status {
            RAPPORT_CHECK(CheckStage(row.Text(1)));
            for (auto [account_owner, sign] : {std::pair{from, -1}, std::pair{to, 1}}) {
                auto& totals = owner_pipeline_[{row.Int(0), ToInt(account_owner), std::string(row.Text(1)),
                                                std::string(row.Text(2)), row.Int(3)}];
                totals.deals += sign * row.Int(4);
                totals.amount_minor += sign * row.Int(5);
            }
            return {};
        }));
    EntryWalk walk;
    return transaction.Query(
        "SELECT h.deal_id, deal.owner_id, h.stage, h.entered_at FROM deal_stage_history h "
        "JOIN deal ON deal.id = h.deal_id WHERE deal.account_id = ? AND deal.archived_at IS NULL "
        "ORDER BY h.deal_id, h.id",
        std::span(&param, 1), [&](const Row& row) -> Status {
            RAPPORT_CHECK(CheckStage(row.Text(2)));
            DealId deal{row.Int(0)};
            UserId owner{row.Int(1)};
            Timestamp at{std::chrono::seconds{row.Int(3)}};
            auto previous = walk.Next(deal, row.Text(2), at);
            CountEntry(deal, {owner, from}, row.Text(2), at, previous, -1, Summaries::kOwners);
            CountEntry(deal, {owner, to}, row.Text(2), at, previous, 1, Summaries::kOwners);
            return {};
        });
}

Status DealSummaryChange::Write(Transaction& transaction) {
    RAPPORT_CHECK(WritePipeline(transaction));
    RAPPORT_CHECK(WriteEntries(transaction));
    RAPPORT_CHECK(WriteReentries(transaction));
    RAPPORT_CHECK(WriteOwnerPipeline(transaction));
    RAPPORT_CHECK(WriteOwnerEntries(transaction));
    RAPPORT_CHECK(WriteOwnerReentries(transaction));
    pipeline_.clear();
    entries_.clear();
    reentries_.clear();
    owner_pipeline_.clear();
    owner_entries_.clear();
    owner_reentries_.clear();
    return {};
}

Status DealSummaryChange::WritePipeline(Transaction& transaction) {
    return Upsert(
        transaction, pipeline_,
        "INSERT INTO deal_company_pipeline (slot, stage, amount_currency, probability, deals, "
        "amount_minor) VALUES ",
        " ON CONFLICT (slot, stage, amount_currency, probability) DO UPDATE SET "
        "deals = deal_company_pipeline.deals + excluded.deals, "
        "amount_minor = deal_company_pipeline.amount_minor + excluded.amount_minor",
        6, [](const PipelineKey& key, const Totals& totals, std::vector<Value>& params) {
            if (totals.deals == 0 && totals.amount_minor == 0) return false;
            const auto& [slot, stage, currency, probability] = key;
            params.insert(params.end(), {slot, stage, currency, probability, totals.deals, totals.amount_minor});
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

Status DealSummaryChange::WriteOwnerPipeline(Transaction& transaction) {
    return Upsert(
        transaction, owner_pipeline_,
        "INSERT INTO deal_owner_pipeline (owner_id, account_owner_id, stage, amount_currency, probability, deals, "
        "amount_minor) VALUES ",
        " ON CONFLICT (owner_id, account_owner_id, stage, amount_currency, probability) DO UPDATE SET "
        "deals = deal_owner_pipeline.deals + excluded.deals, "
        "amount_minor = deal_owner_pipeline.amount_minor + excluded.amount_minor",
        7, [](const OwnerPipelineKey& key, const Totals& totals, std::vector<Value>& params) {
            if (totals.deals == 0 && totals.amount_minor == 0) return false;
            const auto& [owner, account_owner, stage, currency, probability] = key;
            params.insert(params.end(),
                          {owner, account_owner, stage, currency, probability, totals.deals, totals.amount_minor});
            return true;
        });
}

Status DealSummaryChange::WriteOwnerEntries(Transaction& transaction) {
    return Upsert(transaction, owner_entries_,
                  "INSERT INTO deal_owner_funnel (owner_id, day, account_owner_id, stage, entries) VALUES ",
                  " ON CONFLICT (owner_id, day, account_owner_id, stage) DO UPDATE SET "
                  "entries = deal_owner_funnel.entries + excluded.entries",
                  5, [](const OwnerEntryKey& key, std::int64_t entries, std::vector<Value>& params) {
                      if (entries == 0) return false;
                      const auto& [owner, day, account_owner, stage] = key;
                      params.insert(params.end(), {owner, day, account_owner, stage, entries});
                      return true;
                  });
}

Status DealSummaryChange::WriteOwnerReentries(Transaction& transaction) {
    return Upsert(
        transaction, owner_reentries_,
        "INSERT INTO deal_owner_funnel_reentry (owner_id, day, previous_day, account_owner_id, stage, entries) "
        "VALUES ",
        " ON CONFLICT (owner_id, day, previous_day, account_owner_id, stage) DO UPDATE SET "
        "entries = deal_owner_funnel_reentry.entries + excluded.entries",
        6, [](const OwnerReentryKey& key, std::int64_t entries, std::vector<Value>& params) {
            if (entries == 0) return false;
            const auto& [owner, day, previous_day, account_owner, stage] = key;
            params.insert(params.end(), {owner, day, previous_day, account_owner, stage, entries});
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

Result<UserId> AccountOwnerForSummaries(Transaction& transaction, AccountId account) {
    // SQLite has one writer, which nothing changes under; PostgreSQL's share lock makes a change of the
    // account's owner wait for this transaction, and this one wait for a change already made.
    std::string sql = "SELECT owner_id FROM account WHERE id = ?";
    if (transaction.engine() == Engine::kPostgres) sql += " FOR SHARE";
    std::optional<UserId> owner;
    Value param{ToInt(account)};
    RAPPORT_CHECK(transaction.Query(sql, std::span(&param, 1), [&](const Row& row) -> Status {
        owner = UserId{row.Int(0)};
        return {};
    }));
    // A deal's account is a foreign key, and accounts are archived, never deleted.
    if (!owner) return MakeError(ErrorCode::kInternal, "database error");
    return *owner;
}

}  // namespace rapport::store
