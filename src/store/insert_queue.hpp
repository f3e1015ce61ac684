#pragma once

#include "store/database.hpp"

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

/// Rows for one table held back to be written together, `rows_per_statement` to one INSERT: a batch of
/// creates (an import) writes each record and the rows beside it (audit, stage history), and a statement
/// per row costs more than writing the row itself. The rows must be flushed in the transaction of the
/// changes they belong to, before it commits, and before anything reads them.
///
/// Where the engine copies rows (Transaction::CopyRows: PostgreSQL's COPY) the queue writes them that way, and
/// holds more of them before it does; `rows_per_statement` is then the fewest.
///
/// A failed write is never one row's fault (the rules have checked each row before it was queued), and it
/// may have taken others with it: it fails as kInternal, or kUnavailable, which end a batch.
class InsertQueue {
public:
    /// `table_and_columns` is "table (column, …)", from compiled-in names only; each row has `columns` values.
    InsertQueue(std::string_view table_and_columns, std::size_t columns, std::size_t rows_per_statement);

    /// Rows of this queue refer to rows of `leader` (a foreign key): this queue is written right after
    /// `leader` is, and no sooner, whatever it holds, so that the leader's statements stay full. The two
    /// queues must outlive each other's use.
    void Follow(InsertQueue& leader);

    /// Queues one row of `columns` values, and writes the queue (with its followers) once it holds
    /// rows_per_statement rows; a follower waits for its leader.
    Status Add(Transaction& transaction, std::vector<Value>& row);

    /// Writes every row still queued: the leader's first, then this queue's, then its followers'.
    Status Flush(Transaction& transaction);

    std::size_t queued() const { return params_.size() / columns_; }

    /// How many rows the queue was given in all, written or not.
    std::size_t added() const { return added_; }

private:
    // Writes this queue's own rows.
    Status WriteQueued(Transaction& transaction);
    // The INSERT of `rows` rows, built once per count.
    const std::string& InsertOf(std::size_t rows);
    Status Write(Transaction& transaction, std::span<const Value> params, std::size_t rows);
    // What a failed write of `rows` rows returns: kInternal naming the table, kUnavailable as it is.
    Error Failed(const Error& error, std::size_t rows) const;
    std::size_t rows_per_write() const;

    std::string table_and_columns_;
    std::size_t columns_;
    std::size_t rows_per_statement_;
    InsertQueue* leader_ = nullptr;
    std::vector<InsertQueue*> followers_;
    std::map<std::size_t, std::string> inserts_;
    std::vector<Value> params_;
    std::size_t added_ = 0;
    bool copies_ = false;  // The engine copied the rows written last.
};

}  // namespace rapport::store
