#pragma once

#include "core/result.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace rapport::store {

/// Whether a series may skip a number: API.md's invoices never do; its offers, orders, contracts and complaints
/// may. A series is always taken with the same one (a series taken both ways in one transaction would wait for
/// itself on PostgreSQL).
enum class Gaps { kNever, kAllowed };

/// Takes the next number of the series `series` (a document kind: "offer", "invoice") for `year`, for
/// `transaction`: 1 for the first document of the year, then each number once, never reused.
///
/// Gaps::kNever: the series' row is locked by the increment until the transaction ends, so concurrent
/// writers wait for one another there, on both engines, and a transaction that rolls back gives its number
/// back with it: a series never has a gap — what invoices need. The wait lasts one transaction of one writer
/// of that kind; keep the call late in the transaction.
///
/// Gaps::kAllowed: the increment commits at once, apart from `transaction` (Transaction::WriteApart), so that
/// concurrent writers of the kind wait for one another only for that; a transaction that rolls back leaves a
/// gap. With one writer (SQLite) the increment is the transaction's own, as for kNever: nothing waits longer.
Result<std::int64_t> NextInSeries(Transaction& transaction, std::string_view series, int year, Gaps gaps);

/// A document's number as API.md writes it: "OF-2026-00042". Numbers beyond 99999 keep all their digits.
std::string FormatDocumentNumber(std::string_view prefix, int year, std::int64_t number);

}  // namespace rapport::store
