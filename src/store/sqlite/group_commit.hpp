#pragma once

#include "store/database.hpp"
#include "store/sqlite/connection.hpp"

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <vector>

namespace rapport::store::sqlite {

/// Runs write transactions on the one writer connection, committing together the ones that arrive
/// while a commit is under way, so that one fsync of the log serves many writers.
///
/// Each caller's work runs in a savepoint of its own: work that fails is rolled back alone and the
/// others of its batch still commit. Every caller returns only once the commit that holds its work
/// is on disk, so what a write acknowledges is as durable as with one commit per write.
///
/// No thread of its own: the first caller to find no commit under way leads the batch of everything
/// queued by then (its own work included); the others wait for their work to be done.
class GroupCommit {
public:
    using Work = std::function<Status(Transaction&)>;

    explicit GroupCommit(Connection& writer) : writer_(writer) {}

    /// Runs `work` in a write transaction; success means it is committed and durable.
    Status Run(const Work& work);

    /// Runs `task` with the writer connection to itself, between batches (migrations).
    template <typename Task>
    Status Exclusive(Task&& task) {
        std::lock_guard lock(writer_mutex_);
        return task(writer_);
    }

private:
    struct Pending {
        const Work* work;
        Status status;
        bool done = false;
    };

    // The largest batch: it bounds how long one caller can wait behind the others' work.
    static constexpr std::size_t kMaxBatch = 256;

    void CommitBatch(const std::vector<Pending*>& batch);
    // Runs one caller's work, keeping or undoing it; fails only when the savepoint itself fails.
    Status RunInSavepoint(Transaction& transaction, Pending& pending);
    std::vector<Pending*> TakeBatch();

    Connection& writer_;
    std::mutex writer_mutex_;  // Held by the leader of a batch, and by Exclusive.
    std::mutex queue_mutex_;
    std::condition_variable batch_done_;
    std::vector<Pending*> queue_;
    bool leading_ = false;  // Whether a caller is committing a batch now.
};

}  // namespace rapport::store::sqlite
