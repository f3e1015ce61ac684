#pragma once

#include "core/result.hpp"
#include "store/database.hpp"

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::store::postgres {

/// Frees a PGresult when it goes out of scope.
struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

/// One server connection with its prepared statements, named s1, s2, … by first use. Not
/// thread-safe: the pool hands it to one transaction at a time.
///
/// The connection stays in libpq's pipeline mode: a statement is sent without waiting for the answers of
/// those before it, and the client waits only where it needs an answer. A transaction's BEGIN travels
/// with its first statement, statements whose answer nobody reads (an audit row) travel with the next
/// one, and a read's COMMIT is not waited for at all: on a 2-core machine shared by the server, the
/// database and the clients, each wait is a round trip of context switches that costs as much as the
/// statement itself.
class Connection {
public:
    static Result<std::unique_ptr<Connection>> Open(const std::string& url);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Starts a transaction with `begin` (a literal: BEGIN …), sent with the first statement.
    void Begin(const char* begin);

    /// Runs `sql` (with ? placeholders) as a prepared statement with text parameters, and waits for its
    /// result. A failure of a statement sent before it without waiting is returned instead.
    Result<ResultPtr> Execute(std::string_view sql, std::span<const Value> params);

    /// Sends `sql` like Execute without waiting: its failure is returned by the next Execute or Commit.
    Status Send(std::string_view sql, std::span<const Value> params);

    /// Writes `rows` (`columns` values a row, row after row) into `table_and_columns` ("table (column, …)") with
    /// COPY, after what was sent before it, without waiting for the server to take them: a row it refuses fails
    /// the next command, or the commit, as kInternal naming the table. A failure of a statement sent before it
    /// is returned instead.
    Status Copy(std::string_view table_and_columns, std::size_t columns, std::span<const Value> rows);

    /// Commits and waits for the server to say so: a write is durable when this succeeds.
    Status Commit();

    /// Commits a read-only transaction without waiting; the answer is read before the next transaction.
    Status CommitReadOnly();

    /// Rolls back, waiting. Nothing was sent since Begin: nothing to roll back.
    Status Rollback();

    /// Runs SQL with no parameters through the simple protocol (SET, DDL, ANALYZE of several tables), in
    /// the transaction begun if any, after what was sent before it.
    Status Run(const std::string& sql);

    /// Whether the connection is still usable; a broken one is dropped by the pool.
    bool healthy() const { return !broken_ && PQstatus(handle_) == CONNECTION_OK; }

private:
    explicit Connection(PGconn* handle) : handle_(handle) {}

    using PreparedStatement = std::pair<const std::string, std::string>;  // Its SQL, and its name.
    // `sql` prepared, its preparation sent first if it is new.
    Result<const PreparedStatement*> Prepared(std::string_view sql);
    // Sends a statement that takes no parameters and is not kept prepared (BEGIN, COMMIT).
    Status SendControl(const char* sql);
    // Sends the pending BEGIN, if any, and first reads what the previous transaction left unread.
    Status StartSending();
    // Leaves pipeline mode, once every answer sent for has been read, to run what it does not allow (the
    // simple protocol, COPY), and enters it again.
    Status OutsidePipeline(const std::function<Status()>& run);
    // Reads the answer of the COPY sent last, if any is unread, and goes back to pipeline mode.
    Status FinishCopy();
    // Reads what is left of the answers of a command sent outside pipeline mode and enters it again; `outcome`.
    Status BackToPipeline(Status outcome);
    // Marks the connection unusable (the pool drops it); kUnavailable.
    Status Abandon();
    // Ends the pipeline here and reads every answer sent for; the first failure, if any.
    Status SyncAndWait();
    Result<ResultPtr> SyncAndWaitFor();
    // Reads the answers up to the next Sync's: the last result, or the first failure.
    Result<ResultPtr> ReadToSync();
    Error ErrorOf(const PGresult* result, std::string_view context) const;
    Error Broken() const;

    PGconn* handle_;
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> statement_names_;
    std::uint64_t statements_prepared_ = 0;
    const char* pending_begin_ = nullptr;
    bool began_ = false;
    // What the answers waited for belong to, in order: the SQL of each command sent, for errors.
    std::vector<std::string_view> unanswered_;
    std::vector<std::string> prepared_unconfirmed_;  // Statements prepared since the last Sync.
    bool commit_unread_ = false;                     // A read's COMMIT and its Sync, sent without waiting.
    bool broken_ = false;                            // Left in a state no transaction can use.
    std::string copy_unread_;                        // The table of a COPY whose answer is unread.
};

}  // namespace rapport::store::postgres
