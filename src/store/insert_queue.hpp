#pragma once

#include "store/database.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

/// Rows for one table held back to be written together, `rows_per_statement` to one INSERT: a batch of
/// creates (an import) writes rows beside each record it creates (audit, stage history), and a statement
/// per such row costs more than writing the row itself. The rows must be flushed in the transaction of the
/// changes they belong to, before it commits.
class InsertQueue {
public:
    /// `table_and_columns` is "table (column, …)", from compiled-in names only; each row has `columns` values.
    InsertQueue(std::string_view table_and_columns, std::size_t columns, std::size_t rows_per_statement);

    /// Queues one row of `columns` values, and writes the queue once it holds rows_per_statement rows.
    Status Add(Transaction& transaction, std::vector<Value>& row);

    /// Writes every row still queued.
    Status Flush(Transaction& transaction);

    std::size_t queued() const { return params_.size() / columns_; }

private:
    std::size_t columns_;
    std::size_t rows_per_statement_;
    std::string insert_one_;   // A single row's INSERT, for the remainder at the end.
    std::string insert_full_;  // A full queue's INSERT, built once.
    std::vector<Value> params_;
};

}  // namespace rapport::store
