#pragma once

#include "core/ids.hpp"
#include "core/time.hpp"
#include "domain/deal/deal.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <tuple>

namespace rapport::store {

/// How many rows of the company-wide summaries share out one key (a day and stage of the funnel; a
/// stage, currency and probability of the pipeline): a deal counts in row `deal_id % kSummarySlots`,
/// so that concurrent writers on PostgreSQL seldom wait for one another's lock on a row, while a year
/// of the funnel stays a few thousand rows to add up and the pipeline a few hundred.
inline constexpr std::int64_t kSummarySlots = 8;

/// The owners under whom the per-owner summaries (migration 0005) count a deal: its own owner and its
/// account's current owner, the two through whom a caller may see it (store/visibility.cpp).
struct DealOwners {
    UserId owner{};
    UserId account_owner{};
};

/// A change to the deal summaries: what the pipeline and the funnel add up instead of scanning deals and
/// their history. Each change is counted twice: company-wide for whoever sees everything (the funnel of
/// migration 0002, the pipeline of 0005) and per pair of owners (0005), which a narrower scope adds up. Deltas are
/// added up in memory and written by Write, so that a transaction that touches many deals (an import, an account's
/// archive) writes each summary row once; the rows are written in key order, so that two writers lock the rows they
/// share in the same order.
///
/// The funnel counts each deal once per stage however often it entered the stage in the period. Daily
/// counts cannot say that alone, so a second table counts re-entries by the day of the entry before:
/// the deals that entered a stage in [from, to) are the entries in it less those re-entries whose
/// previous entry is also in it (for each deal, exactly its first entry in the period remains).
class DealSummaryChange {
public:
    /// Counts `deal` (not archived), whose account `account_owner` owns, into the pipeline when `sign` is
    /// 1, out of it when -1.
    void AddDeal(const domain::Deal& deal, UserId account_owner, int sign);

    /// Counts an entry of `deal`, owned by `owners`, into `stage` at `at` into the funnel when `sign` is 1,
    /// out of it when -1; `previous` is when that deal last entered that stage before, if it did.
    void AddEntry(DealId deal, DealOwners owners, domain::Stage stage, Timestamp at, std::optional<Timestamp> previous,
                  int sign);

    /// Subtracts `deal`, just archived, and every stage entry of it.
    Status SubtractDeal(Transaction& transaction, const domain::Deal& deal, UserId account_owner);

    /// Adds back `deal`, just restored, and every stage entry of it.
    Status AddBackDeal(Transaction& transaction, const domain::Deal& deal, UserId account_owner);

    /// Moves every stage entry written so far of `deal` from the owners `from` to `to` in the per-owner
    /// funnel: the deal changed hands (the pipeline follows through AddDeal of its before and after).
    Status MoveEntries(Transaction& transaction, DealId deal, DealOwners from, DealOwners to);

    /// Moves every deal of `account` that is not archived, and its stage entries, from the account owner
    /// `from` to `to` in the per-owner summaries: the account changed hands.
    Status MoveAccount(Transaction& transaction, AccountId account, UserId from, UserId to);

    /// Writes the change in `transaction` and forgets it.
    Status Write(Transaction& transaction);

private:
    struct Totals {
        std::int64_t deals = 0;
        std::int64_t amount_minor = 0;
    };
    enum class Summaries { kAll, kOwners };  // Which summaries a count goes to: all, or the owners' alone.
    using PipelineKey = std::tuple<std::int64_t, std::string, std::string, std::int64_t>;  // slot, stage, …
    using EntryKey = std::tuple<std::int64_t, std::string, std::int64_t>;                  // day, stage, slot
    using ReentryKey = std::tuple<std::int64_t, std::int64_t, std::string, std::int64_t>;  // + previous day
    // owner, account owner, stage, currency, probability
    using OwnerPipelineKey = std::tuple<std::int64_t, std::int64_t, std::string, std::string, std::int64_t>;
    // owner, day, account owner, stage
    using OwnerEntryKey = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::string>;
    // owner, day, previous day, account owner, stage
    using OwnerReentryKey = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::string>;

    void CountEntry(DealId deal, DealOwners owners, std::string_view stage, Timestamp at,
                    std::optional<Timestamp> previous, int sign, Summaries summaries);
    // Counts every stage entry of `deal` in (`sign` 1) or out (-1).
    Status CountEntries(Transaction& transaction, DealId deal, DealOwners owners, int sign, Summaries summaries);
    Status WritePipeline(Transaction& transaction);
    Status WriteEntries(Transaction& transaction);
    Status WriteReentries(Transaction& transaction);
    Status WriteOwnerPipeline(Transaction& transaction);
    Status WriteOwnerEntries(Transaction& transaction);
    Status WriteOwnerReentries(Transaction& transaction);

    std::map<PipelineKey, Totals> pipeline_;
    std::map<EntryKey, std::int64_t> entries_;
    std::map<ReentryKey, std::int64_t> reentries_;
    std::map<OwnerPipelineKey, Totals> owner_pipeline_;
    std::map<OwnerEntryKey, std::int64_t> owner_entries_;
    std::map<OwnerReentryKey, std::int64_t> owner_reentries_;
};

/// When `deal` last entered each stage it has entered, for DealSummaryChange::AddEntry's `previous`.
Result<std::map<domain::Stage, Timestamp>> LastStageEntries(Transaction& transaction, DealId deal);

/// The owner of `account`, archived or not, under whom the per-owner summaries count its deals. On
/// PostgreSQL the account's row stays locked against a change of owner until the transaction ends, so
/// that a concurrent change of owner (DealSummaryChange::MoveAccount) waits and then moves this
/// transaction's deal too.
Result<UserId> AccountOwnerForSummaries(Transaction& transaction, AccountId account);

}  // namespace rapport::store
