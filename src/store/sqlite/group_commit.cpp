#include "store/sqlite/group_commit.hpp"

#include "store/sqlite/sqlite_transaction.hpp"

#include <algorithm>

namespace rapport::store::sqlite {

Status GroupCommit::Run(const Work& work) {
    Pending pending{&work, {}};
    std::unique_lock lock(queue_mutex_);
    queue_.push_back(&pending);
    while (!pending.done) {
        if (leading_) {
            batch_done_.wait(lock);
            continue;
        }
        leading_ = true;
        auto batch = TakeBatch();
        lock.unlock();
        CommitBatch(batch);
        lock.lock();
        for (auto* each : batch) each->done = true;
        leading_ = false;
        batch_done_.notify_all();
    }
    return pending.status;
}

// The oldest kMaxBatch callers' work; called with queue_mutex_ held.
std::vector<GroupCommit::Pending*> GroupCommit::TakeBatch() {
    auto count = std::min(queue_.size(), kMaxBatch);
    std::vector<Pending*> batch(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(count));
    queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(count));
    return batch;
}

void GroupCommit::CommitBatch(const std::vector<Pending*>& batch) {
    std::lock_guard lock(writer_mutex_);
    auto fail_all = [&](const Error& error) {
        for (auto* each : batch) each->status = error;
    };
    if (auto begun = writer_.RunCached("BEGIN IMMEDIATE"); !begun) return fail_all(begun.error());

    SqliteTransaction transaction(writer_);
    if (batch.size() == 1) {
        // Alone, the work needs no savepoint, whose journal would grow with a long import.
        batch.front()->status = (*batch.front()->work)(transaction);
    } else {
        for (auto* each : batch) {
            auto kept = RunInSavepoint(transaction, *each);
            // An I/O error or a full disk can end the whole transaction, and the earlier work with it.
            if (!kept || sqlite3_get_autocommit(writer_.handle()) != 0) {
                (void)writer_.Run("ROLLBACK");
                return fail_all(
                    MakeError(ErrorCode::kUnavailable, "the database could not complete the write; try again"));
            }
        }
    }
    auto all_failed = std::ranges::none_of(batch, [](const Pending* each) { return bool(each->status); });
    if (all_failed) {
        (void)writer_.Run("ROLLBACK");
    } else if (auto committed = writer_.RunCached("COMMIT"); !committed) {
        // A failed COMMIT may already have rolled back; ignoring this error is then correct.
        (void)writer_.Run("ROLLBACK");
        fail_all(committed.error());
    }
}

Status GroupCommit::RunInSavepoint(Transaction& transaction, Pending& pending) {
    RAPPORT_CHECK(writer_.RunCached("SAVEPOINT write"));
    pending.status = (*pending.work)(transaction);
    if (!pending.status) RAPPORT_CHECK(writer_.Run("ROLLBACK TO write"));
    return writer_.RunCached("RELEASE write");
}

}  // namespace rapport::store::sqlite
