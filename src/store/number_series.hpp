#pragma once

#include "core/result.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace rapport::store {

/// Takes the next number of the series `series` (a document kind: "offer", "invoice") for `year`, in
/// `transaction`: 1 for the first document of the year, then each number once.
///
/// The series' row is locked by the increment until the transaction ends, so concurrent writers wait
/// for one another there, on both engines, and a transaction that rolls back gives its number back with
/// it: a series never has a gap and never reuses a number — what invoices need. The wait lasts one
/// transaction of one writer of that kind; keep the call late in the transaction.
Result<std::int64_t> NextInSeries(Transaction& transaction, std::string_view series, int year);

/// A document's number as API.md writes it: "OF-2026-00042". Numbers beyond 99999 keep all their digits.
std::string FormatDocumentNumber(std::string_view prefix, int year, std::int64_t number);

}  // namespace rapport::store
