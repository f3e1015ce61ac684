#include "store/postgres/pg_database.hpp"

#include "store/migrate.hpp"
#include "store/migrations.hpp"
#include "store/postgres/pg_connection.hpp"
#include "store/postgres/pg_sql.hpp"
#include "store/postgres/pg_transaction.hpp"

#include <mutex>
#include <vector>

namespace rapport::store::postgres {
namespace {

// Any fixed number: every Rapport process takes this advisory lock while migrating.
constexpr std::int64_t kMigrationLock = 0x52617070'6f727431;

class PgDatabase final : public Database {
public:
    explicit PgDatabase(std::string url) : url_(std::move(url)) {}

    Status Transact(Access access, const std::function<Status(Transaction&)>& work) override {
        auto connection = RAPPORT_TRY(Acquire());
        auto status = RunIn(*connection, access, work, [this](auto sql, auto params, const auto& on_row) {
            return QueryApart(sql, params, on_row);
        });
        Release(std::move(connection));
        return status;
    }

    Status Migrate() override;

    Status OptimizeAfterBulkWrite(std::int64_t rows) override;

    Engine engine() const override { return Engine::kPostgres; }

private:
    static Status RunIn(Connection& connection, Access access, const std::function<Status(Transaction&)>& work,
                        PgTransaction::Apart apart = nullptr) {
        // A read sees one snapshot for all its statements, as on SQLite: under the default READ
        // COMMITTED, two queries of one read could straddle another transaction's commit.
        // Read-only transactions never fail to serialise, so REPEATABLE READ costs no retries.
        connection.Begin(access == Access::kRead ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
        PgTransaction transaction(connection, std::move(apart));
        auto status = work(transaction);
        if (status) status = access == Access::kRead ? connection.CommitReadOnly() : connection.Commit();
        if (!status) (void)connection.Rollback();
        return status;
    }

    // Transaction::QueryApart's statement, on a connection of the pool (which grows by one for each caller that
    // waits here), without BEGIN: in pipeline mode what is sent up to the wait for its answer is one implicit
    // transaction, which the server commits as it answers. One round trip, and the rows it locks are held for
    // no longer than the statement runs. The commit does not wait for the disk: the transaction that asked for
    // the statement commits after it, and PostgreSQL's log is written in order, so that commit makes this one
    // durable too.
    Status QueryApart(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) {
        auto connection = RAPPORT_TRY(Acquire());
        auto status = [&]() -> Status {
            PgTransaction transaction(*connection);
            RAPPORT_CHECK(transaction.ExecuteLater("SELECT set_config('synchronous_commit', 'off', true)", {}));
            return transaction.Query(sql, params, on_row);
        }();
        Release(std::move(connection));
        return status;
    }

    Result<std::unique_ptr<Connection>> Acquire() {
        {
            std::lock_guard lock(mutex_);
            while (!idle_.empty()) {
                auto connection = std::move(idle_.back());
                idle_.pop_back();
                if (connection->healthy()) return connection;
            }
        }
        // The pool grows to the number of threads that call at once and keeps what it opened.
        return Connection::Open(url_);
    }

    void Release(std::unique_ptr<Connection> connection) {
        if (!connection->healthy()) return;
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(connection));
    }

    std::string url_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Connection>> idle_;
};

Status PgDatabase::Migrate() {
    auto connection = RAPPORT_TRY(Acquire());
    auto status = RunIn(*connection, Access::kWrite, [&](Transaction& transaction) -> Status {
        // The advisory lock serialises concurrent migrators; the second one finds the work done.
        Value lock{kMigrationLock};
        RAPPORT_CHECK(transaction.Query("SELECT pg_advisory_xact_lock(?)", std::span(&lock, 1),
                                        [](const Row&) -> Status { return {}; }));
        RAPPORT_CHECK(connection->Run(
            "CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        for (const auto& migration : Migrations()) {
            RAPPORT_CHECK(ApplyIfPending(transaction, migration.name,
                                         AdaptDdl(SqlForEngine(migration.sql, Engine::kPostgres)),
                                         [&](const std::string& statement) { return connection->Run(statement); }));
        }
        return {};
    });
    Release(std::move(connection));
    return status;
}

Status PgDatabase::OptimizeAfterBulkWrite(std::int64_t rows) {
    if (rows == 0) return {};
    // Only the schema's tables that hold rows. Analysing an empty table records it as empty, and the next
    // import into it (deals after accounts) then runs with cached plans made for an empty table: scans, each
    // longer than the last (eight times slower at dataset S). A table never analysed is planned as holding a
    // few pages, which suits its indexes. The names come from the catalog, quoted by format('%I').
    //
    // And of those only the ones never analysed, or grown by more than a tenth since (by their pages, which
    // ANALYZE records): the import's own table was analysed as it finished (RefreshStatistics), and analysing
    // every table after every import took a second at dataset S, most of it on tables the import never touched.
    // The planner scales what it knows of a table to its size now; a table a tenth larger plans much the same.
    constexpr auto kTablesWithRows =
        "SELECT format('%I', relname) FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
        "AND relkind = 'r' AND pg_relation_size(oid) > 0 AND (reltuples < 0 OR "
        "pg_relation_size(oid) / current_setting('block_size')::bigint > relpages + relpages / 10) ORDER BY relname";
    std::string tables;
    RAPPORT_CHECK(Transact(Access::kRead, [&](Transaction& transaction) {
        return transaction.Query(kTablesWithRows, {}, [&](const Row& row) -> Status {
            if (!tables.empty()) tables += ", ";
            tables += row.Text(0);
            return {};
        });
    }));
    if (tables.empty()) return {};
    // Outside a transaction block, ANALYZE takes each table in a transaction of its own, so it holds no
    // table's lock for the whole run.
    auto connection = RAPPORT_TRY(Acquire());
    auto status = connection->Run("ANALYZE " + tables);
    Release(std::move(connection));
    return status;
}

}  // namespace

Result<std::unique_ptr<Database>> OpenPostgres(const std::string& url) {
    auto database = std::make_unique<PgDatabase>(url);
    // Connect once now, so that a wrong URL fails at start and not at the first request.
    RAPPORT_CHECK(database->Transact(Access::kRead, [](Transaction&) -> Status { return {}; }));
    return std::unique_ptr<Database>(std::move(database));
}

}  // namespace rapport::store::postgres
