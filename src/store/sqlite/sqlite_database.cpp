#include "store/sqlite/sqlite_database.hpp"

#include "store/migrate.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/group_commit.hpp"
#include "store/sqlite/sqlite_transaction.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace rapport::store::sqlite {
namespace {

class SqliteDatabase final : public Database {
public:
    SqliteDatabase(std::string path, std::unique_ptr<Connection> writer)
        : path_(std::move(path)), writer_(std::move(writer)), group_commit_(*writer_) {}

    Status Transact(Access access, const std::function<Status(Transaction&)>& work) override {
        if (access == Access::kWrite) return group_commit_.Run(work);
        if (access == Access::kBulkWrite) {
            return group_commit_.Exclusive([&](Connection& writer) { return RunBulk(writer, work); });
        }
        auto reader = RAPPORT_TRY(AcquireReader());
        auto status = RunIn(*reader, "BEGIN", work);
        ReleaseReader(std::move(reader));
        return status;
    }

    Status Migrate() override;

    Status OptimizeAfterBulkWrite(std::int64_t rows) override {
        // Below this, merging the whole index would cost more than the write itself at a million accounts,
        // and FTS5's own automatic merging keeps up.
        constexpr std::int64_t kRowsWorthMerging = 10'000;
        if (rows < kRowsWorthMerging) return {};
        return Transact(Access::kBulkWrite, [](Transaction& transaction) {
            return ToStatus(transaction.Execute("INSERT INTO account_search (account_search) VALUES ('optimize')", {}));
        });
    }

    Engine engine() const override { return Engine::kSqlite; }

private:
    static Status RunIn(Connection& connection, const std::string& begin,
                        const std::function<Status(Transaction&)>& work) {
        RAPPORT_CHECK(connection.RunCached(begin));
        SqliteTransaction transaction(connection);
        auto status = work(transaction);
        if (status) status = transaction.BuildDeferredIndexes();
        if (status) status = connection.RunCached("COMMIT");
        if (!status) {
            // A failed COMMIT may already have rolled back; ignoring this error is then correct.
            (void)connection.Run("ROLLBACK");
        }
        return status;
    }

    // A bulk write dirties far more pages than the writer's cache holds: spilling them to the log mid-way
    // writes many twice and reads them back. Its own cache keeps them in memory until the commit, which
    // writes and syncs them as any commit does (synchronous stays FULL).
    static Status RunBulk(Connection& writer, const std::function<Status(Transaction&)>& work) {
        RAPPORT_CHECK(writer.Run("PRAGMA cache_size = -1048576"));
        auto status = RunIn(writer, "BEGIN IMMEDIATE", work);
        // Back to the writer's usual cache, which frees the bulk one's pages.
        auto restored = writer.Run("PRAGMA cache_size = " + std::to_string(Connection::kWriterCacheSize));
        if (!status) return status;
        return restored;
    }

    Result<std::unique_ptr<Connection>> AcquireReader() {
        {
            std::lock_guard lock(readers_mutex_);
            if (!idle_readers_.empty()) {
                auto reader = std::move(idle_readers_.back());
                idle_readers_.pop_back();
                return reader;
            }
        }
        // More readers than idle ones are opened on demand and kept: their number is bounded by
        // the number of threads that call in at once.
        return Connection::Open(path_, Connection::Role::kReader);
    }

    void ReleaseReader(std::unique_ptr<Connection> reader) {
        std::lock_guard lock(readers_mutex_);
        idle_readers_.push_back(std::move(reader));
    }

    std::string path_;
    std::unique_ptr<Connection> writer_;
    GroupCommit group_commit_;
    std::mutex readers_mutex_;
    std::vector<std::unique_ptr<Connection>> idle_readers_;
};

Status SqliteDatabase::Migrate() {
    return group_commit_.Exclusive([](Connection& writer) -> Status {
        RAPPORT_CHECK(writer.Run(
            "CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        for (const auto& migration : Migrations()) {
            // Each migration is checked and applied inside one immediate transaction, so that two
            // processes migrating at once apply it exactly once.
            auto status = RunIn(writer, "BEGIN IMMEDIATE", [&](Transaction& transaction) {
                return ApplyIfPending(transaction, migration.name, SqlForEngine(migration.sql, Engine::kSqlite),
                                      [&](const std::string& statement) { return writer.Run(statement); });
            });
            RAPPORT_CHECK(status);
        }
        return {};
    });
}

}  // namespace

Result<std::unique_ptr<Database>> OpenSqlite(const std::string& path) {
    auto writer = RAPPORT_TRY(Connection::Open(path, Connection::Role::kWriter));
    return std::unique_ptr<Database>(new SqliteDatabase(path, std::move(writer)));
}

}  // namespace rapport::store::sqlite
