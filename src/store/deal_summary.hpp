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

/// How many rows of the funnel summaries share out one day and stage: a deal counts in row
/// `deal_id % kFunnelSlots`, so that concurrent writers on PostgreSQL seldom wait for one another's
/// lock on today's row, while a year of the funnel stays a few thousand rows to add up.
inline constexpr std::int64_t kFunnelSlots = 8;

/// A change to the deal summaries (migration 0002): what the pipeline and the funnel of a caller who
/// sees everything add up instead of scanning deals and their history. Deltas are added up in memory
/// and written by Write, so that a transaction that touches many deals (an import, an account's
/// archive) writes each summary row once; the rows are written in key order, so that two writers
/// lock the rows they share in the same order.
///
/// The funnel counts each deal once per stage however often it entered the stage in the period. Daily
/// counts cannot say that alone, so a second table counts re-entries by the day of the entry before:
/// the deals that entered a stage in [from, to) are the entries in it less those re-entries whose
/// previous entry is also in it (for each deal, exactly its first entry in the period remains).
class DealSummaryChange {
public:
    /// Counts `deal` (not archived) into the pipeline when `sign` is 1, out of it when -1.
    void AddDeal(const domain::Deal& deal, int sign);

    /// Counts an entry of `deal` into `stage` at `at` into the funnel when `sign` is 1, out of it when
    /// -1; `previous` is when that deal last entered that stage before, if it did.
    void AddEntry(DealId deal, domain::Stage stage, Timestamp at, std::optional<Timestamp> previous, int sign);

    /// Subtracts `deal`, just archived, and every stage entry of it.
    Status SubtractDeal(Transaction& transaction, const domain::Deal& deal);

    /// Adds back `deal`, just restored, and every stage entry of it.
    Status AddBackDeal(Transaction& transaction, const domain::Deal& deal);

    /// Writes the change in `transaction` and forgets it.
    Status Write(Transaction& transaction);

private:
    struct Totals {
        std::int64_t deals = 0;
        std::int64_t amount_minor = 0;
    };
    using PipelineKey = std::tuple<std::int64_t, std::string, std::string, std::int64_t>;  // + probability
    using EntryKey = std::tuple<std::int64_t, std::string, std::int64_t>;                  // day, stage, slot
    using ReentryKey = std::tuple<std::int64_t, std::int64_t, std::string, std::int64_t>;  // + previous day

    // Counts every stage entry of `deal` in (`sign` 1) or out (-1).
    Status CountEntries(Transaction& transaction, DealId deal, int sign);
    Status WritePipeline(Transaction& transaction);
    Status WriteEntries(Transaction& transaction);
    Status WriteReentries(Transaction& transaction);

    std::map<PipelineKey, Totals> pipeline_;
    std::map<EntryKey, std::int64_t> entries_;
    std::map<ReentryKey, std::int64_t> reentries_;
};

/// When `deal` last entered each stage it has entered, for DealSummaryChange::AddEntry's `previous`.
Result<std::map<domain::Stage, Timestamp>> LastStageEntries(Transaction& transaction, DealId deal);

}  // namespace rapport::store
