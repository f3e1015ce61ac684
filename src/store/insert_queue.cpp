#include "store/insert_queue.hpp"

#include "core/assert.hpp"
#include "store/statement_shapes.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace rapport::store {

InsertQueue::InsertQueue(std::string_view table_and_columns, std::size_t columns, std::size_t rows_per_statement)
    : table_and_columns_(table_and_columns), columns_(columns), rows_per_statement_(rows_per_statement) {
    RAPPORT_ASSERT(columns > 0 && rows_per_statement > 0, "a queue holds rows of at least one value");
    params_.reserve(columns * rows_per_statement);
}

namespace {

// How many rows a queue holds before it writes them when its engine copies them (Transaction::CopyRows): a copy
// costs two round trips and a statement however few rows it takes, and a row costs a few microseconds.
constexpr std::size_t kRowsPerCopy = 2048;

}  // namespace

Status InsertQueue::Add(Transaction& transaction, std::vector<Value>& row) {
    RAPPORT_ASSERT(row.size() == columns_, "a queued row has one value per column");
    params_.insert(params_.end(), std::make_move_iterator(row.begin()), std::make_move_iterator(row.end()));
    ++added_;
    return queued() >= rows_per_write() && !leader_ ? Flush(transaction) : Status{};
}

std::size_t InsertQueue::rows_per_write() const {
    return copies_ ? std::max(rows_per_statement_, kRowsPerCopy) : rows_per_statement_;
}

void InsertQueue::Follow(InsertQueue& leader) {
    RAPPORT_ASSERT(leader_ == nullptr && followers_.empty() && leader.leader_ == nullptr,
                   "a queue follows one leader, which follows none");
    leader_ = &leader;
    leader.followers_.push_back(this);
}

Status InsertQueue::Flush(Transaction& transaction) {
    if (leader_) RAPPORT_CHECK(leader_->WriteQueued(transaction));
    RAPPORT_CHECK(WriteQueued(transaction));
    for (auto* follower : followers_) RAPPORT_CHECK(follower->WriteQueued(transaction));
    return {};
}

Status InsertQueue::WriteQueued(Transaction& transaction) {
    if (params_.empty()) return {};
    auto params = std::exchange(params_, {});
    auto copied = transaction.CopyRows(table_and_columns_, columns_, params);
    if (!copied) return Failed(copied.error(), params.size() / columns_);
    // Once the engine has copied, the queue holds more rows before it writes.
    copies_ = copies_ || *copied;
    params_.reserve(columns_ * rows_per_write());
    if (*copied) return {};
    // A full queue is one statement; a shorter remainder (the end of a batch, or rows that came several to a
    // record) takes a few.
    std::size_t first_row = 0;
    std::size_t rows = params.size() / columns_;
    while (first_row < rows) {
        auto count = NextGroupSize(rows - first_row, rows_per_statement_);
        auto group = std::span<const Value>(params).subspan(first_row * columns_, count * columns_);
        RAPPORT_CHECK(Write(transaction, group, count));
        first_row += count;
    }
    return {};
}

Status InsertQueue::Write(Transaction& transaction, std::span<const Value> params, std::size_t rows) {
    auto written = transaction.Execute(InsertOf(rows), params);
    return written ? Status{} : Failed(written.error(), rows);
}

Error InsertQueue::Failed(const Error& error, std::size_t rows) const {
    if (error.code == ErrorCode::kUnavailable) return error;
    return MakeError(ErrorCode::kInternal, "writing " + std::to_string(rows) + " queued rows of " + table_and_columns_ +
                                               " failed: " + error.message);
}

const std::string& InsertQueue::InsertOf(std::size_t rows) {
    auto& insert = inserts_[rows];
    if (insert.empty()) {
        std::string row = "(";
        for (std::size_t i = 0; i < columns_; ++i) row += i == 0 ? "?" : ", ?";
        row += ")";
        insert = "INSERT INTO " + table_and_columns_ + " VALUES " + row;
        for (std::size_t i = 1; i < rows; ++i) insert += ", " + row;
    }
    return insert;
}

}  // namespace rapport::store
