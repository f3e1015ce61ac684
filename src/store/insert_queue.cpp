#include "store/insert_queue.hpp"

#include "core/assert.hpp"

#include <iterator>
#include <utility>

namespace rapport::store {

InsertQueue::InsertQueue(std::string_view table_and_columns, std::size_t columns, std::size_t rows_per_statement)
    : columns_(columns), rows_per_statement_(rows_per_statement) {
    RAPPORT_ASSERT(columns > 0 && rows_per_statement > 0, "a queue holds rows of at least one value");
    std::string row = "(";
    for (std::size_t i = 0; i < columns; ++i) row += i == 0 ? "?" : ", ?";
    row += ")";
    insert_one_ = "INSERT INTO " + std::string(table_and_columns) + " VALUES " + row;
    insert_full_ = insert_one_;
    for (std::size_t i = 1; i < rows_per_statement; ++i) insert_full_ += ", " + row;
    params_.reserve(columns * rows_per_statement);
}

Status InsertQueue::Add(Transaction& transaction, std::vector<Value>& row) {
    RAPPORT_ASSERT(row.size() == columns_, "a queued row has one value per column");
    params_.insert(params_.end(), std::make_move_iterator(row.begin()), std::make_move_iterator(row.end()));
    return queued() == rows_per_statement_ ? Flush(transaction) : Status{};
}

Status InsertQueue::Flush(Transaction& transaction) {
    auto params = std::exchange(params_, {});
    params_.reserve(columns_ * rows_per_statement_);
    if (params.size() == columns_ * rows_per_statement_) return ToStatus(transaction.Execute(insert_full_, params));
    // A short remainder goes a row at a time, so that only two statements are ever prepared.
    for (std::size_t first = 0; first < params.size(); first += columns_) {
        RAPPORT_CHECK(transaction.Execute(insert_one_, std::span(params).subspan(first, columns_)));
    }
    return {};
}

}  // namespace rapport::store
