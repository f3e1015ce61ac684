#include "store/postgres/pg_connection.hpp"

#include "store/postgres/pg_sql.hpp"

#include <spdlog/spdlog.h>

#include <cstring>

namespace rapport::store::postgres {
namespace {

constexpr std::size_t kMostUnanswered = 128;

// How many bytes of COPY data are handed to libpq at a time.
constexpr std::size_t kCopyPiece = 64 * 1024;

}  // namespace

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& url) {
    PGconn* handle = PQconnectdb(url.c_str());
    if (PQstatus(handle) != CONNECTION_OK) {
        std::string message = PQerrorMessage(handle);
        PQfinish(handle);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        return MakeError(ErrorCode::kUnavailable, "cannot connect to PostgreSQL: " + message, "db");
    }
    std::unique_ptr<Connection> connection(new Connection(handle));
    // Quiet NOTICEs (e.g. "relation already exists, skipping") so they do not reach stderr.
    PQsetNoticeProcessor(
        handle, [](void*, const char*) {}, nullptr);
    if (PQenterPipelineMode(handle) != 1) return connection->Broken();
    RAPPORT_CHECK(connection->Run("SET client_encoding = 'UTF8'"));
    // Rapport's queries are short, and many run at once. Split over parallel workers, a query first waits
    // for them to start (20 ms seen for a 3 ms typeahead search) and then takes the cores the other requests
    // need; compiled by JIT (a query estimated costlier than jit_above_cost: a manager's report at dataset L),
    // it spends 20 ms and more compiling. Neither pays back here.
    RAPPORT_CHECK(connection->Run("SET max_parallel_workers_per_gather = 0"));
    RAPPORT_CHECK(connection->Run("SET jit = off"));
    return connection;
}

Connection::~Connection() { PQfinish(handle_); }

void Connection::Begin(const char* begin) {
    pending_begin_ = begin;
    began_ = false;
}

Status Connection::StartSending() {
    RAPPORT_CHECK(FinishCopy());
    if (commit_unread_) {
        commit_unread_ = false;
        // A read-only transaction has nothing to lose; if its COMMIT failed, it may still be open on the
        // server, and is ended before the next one begins.
        if (auto status = ToStatus(ReadToSync()); !status) {
            spdlog::warn("postgresql: a read's commit failed");
            RAPPORT_CHECK(SendControl("ROLLBACK"));
            RAPPORT_CHECK(SyncAndWait());
        }
    }
    if (!pending_begin_) return {};
    auto begin = pending_begin_;
    pending_begin_ = nullptr;
    began_ = true;
    return SendControl(begin);
}

Status Connection::SendControl(const char* sql) {
    if (PQsendQueryParams(handle_, sql, 0, nullptr, nullptr, nullptr, nullptr, 0) != 1) return Broken();
    unanswered_.emplace_back(sql);
    return {};
}

Status Connection::Send(std::string_view sql, std::span<const Value> params) {
    RAPPORT_CHECK(StartSending());
    const auto* statement = RAPPORT_TRY(Prepared(sql));
    std::vector<const char*> values(params.size(), nullptr);
    std::vector<std::string> numbers;
    numbers.reserve(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (auto number = std::get_if<std::int64_t>(&params[i])) {
            values[i] = numbers.emplace_back(std::to_string(*number)).c_str();
        } else if (auto text = std::get_if<std::string>(&params[i])) {
            values[i] = text->c_str();
        }
    }
    if (PQsendQueryPrepared(handle_, statement->second.c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                            nullptr, 0) != 1) {
        return Broken();
    }
    unanswered_.emplace_back(statement->first);
    // The server answers each command as it goes; unread, the answers of a long run of commands (an import's
    // inserts) would fill the socket and stall both sides. Reading them now and then keeps the pipe open.
    if (unanswered_.size() >= kMostUnanswered) return SyncAndWait();
    return {};
}

Result<const Connection::PreparedStatement*> Connection::Prepared(std::string_view sql) {
    auto known = statement_names_.find(sql);
    if (known != statement_names_.end()) return &*known;
    auto name = "s" + std::to_string(++statements_prepared_);
    auto numbered = NumberPlaceholders(sql);
    known = statement_names_.emplace(std::string(sql), std::move(name)).first;
    if (PQsendPrepare(handle_, known->second.c_str(), numbered.c_str(), 0, nullptr) != 1) {
        statement_names_.erase(known);
        return Broken();
    }
    unanswered_.emplace_back(known->first);
    prepared_unconfirmed_.push_back(known->first);
    return &*known;
}

Result<ResultPtr> Connection::Execute(std::string_view sql, std::span<const Value> params) {
    RAPPORT_CHECK(Send(sql, params));
    return SyncAndWaitFor();
}

Status Connection::SyncAndWait() { return ToStatus(SyncAndWaitFor()); }

Result<ResultPtr> Connection::SyncAndWaitFor() {
    if (PQpipelineSync(handle_) != 1) return Broken();
    return ReadToSync();
}

Result<ResultPtr> Connection::ReadToSync() {
    // Each command answers with its results and then a null; the Sync with one result of its own. After a
    // failure the server skips the commands up to the Sync, and libpq answers each as aborted.
    ResultPtr last;
    std::optional<Error> failure;
    std::size_t command = 0;
    for (int stray_nulls = 0;;) {
        ResultPtr result(PQgetResult(handle_));
        if (!result) {
            if (command < unanswered_.size()) {
                ++command;
            } else if (!healthy() || ++stray_nulls > 1) {
                break;  // The connection broke: no Sync will come.
            }
            continue;
        }
        auto status = PQresultStatus(result.get());
        if (status == PGRES_PIPELINE_SYNC) break;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            last = std::move(result);
        } else if (status != PGRES_PIPELINE_ABORTED && !failure) {
            failure = ErrorOf(result.get(), command < unanswered_.size() ? unanswered_[command] : std::string_view{});
        }
    }
    unanswered_.clear();
    // A statement prepared in a pipeline that failed may not exist: it is prepared again, under a new name,
    // when next sent.
    if (failure || !healthy()) {
        for (const auto& sql : prepared_unconfirmed_) statement_names_.erase(sql);
    }
    prepared_unconfirmed_.clear();
    if (!healthy()) return Broken();
    if (failure) return *failure;
    return last;
}

Status Connection::Commit() {
    // A COPY that failed leaves the transaction to the caller's Rollback, as a failed COMMIT does.
    RAPPORT_CHECK(FinishCopy());
    if (!began_) {
        pending_begin_ = nullptr;
        return {};
    }
    RAPPORT_CHECK(SendControl("COMMIT"));
    // A COMMIT that failed, or that an earlier failure in its pipeline skipped, may leave the transaction
    // open on the server: began_ stays set so that the caller's Rollback ends it.
    RAPPORT_CHECK(SyncAndWait());
    began_ = false;
    return {};
}

Status Connection::CommitReadOnly() {
    RAPPORT_CHECK(FinishCopy());
    if (!began_) {
        pending_begin_ = nullptr;
        return {};
    }
    began_ = false;
    RAPPORT_CHECK(SendControl("COMMIT"));
    // Sent now; its answer is read by the next StartSending.
    if (PQpipelineSync(handle_) != 1) return Broken();
    commit_unread_ = true;
    return {};
}

Status Connection::Rollback() {
    pending_begin_ = nullptr;
    // What a COPY left unread is read first; its failure is what is being rolled back.
    if (auto copied = FinishCopy(); !copied && !healthy()) return copied;
    if (!began_) return {};
    began_ = false;
    // The answers of a failed transaction were all read when it failed; a transaction abandoned between
    // statements may still have some waiting, read here with the rollback's.
    RAPPORT_CHECK(SendControl("ROLLBACK"));
    return SyncAndWait();
}

Status Connection::Run(const std::string& sql) {
    RAPPORT_CHECK(StartSending());
    // The simple protocol is not allowed in pipeline mode.
    return OutsidePipeline([&]() -> Status {
        ResultPtr result(PQexec(handle_, sql.c_str()));
        auto status = PQresultStatus(result.get());
        return (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) ? Status{}
                                                                         : Status(ErrorOf(result.get(), sql));
    });
}

Status Connection::Copy(std::string_view table_and_columns, std::size_t columns, std::span<const Value> rows) {
    RAPPORT_CHECK(StartSending());
    if (!unanswered_.empty()) RAPPORT_CHECK(SyncAndWait());
    // COPY is not allowed in pipeline mode.
    if (PQexitPipelineMode(handle_) != 1) return Broken();
    auto copy = "COPY " + std::string(table_and_columns) + " FROM STDIN";
    if (PQsendQuery(handle_, copy.c_str()) != 1) return BackToPipeline(Broken());
    ResultPtr started(PQgetResult(handle_));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN) return BackToPipeline(ErrorOf(started.get(), copy));
    // The rows go in pieces, so that the server works on the first while the next are made. A row the server
    // refuses does not stop the sending: it ignores the rest, and says why at the end.
    std::string data;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        AppendCopyValue(data, rows[i]);
        data += (i + 1) % columns == 0 ? '\n' : '\t';
        if (data.size() >= kCopyPiece || i + 1 == rows.size()) {
            if (PQputCopyData(handle_, data.data(), static_cast<int>(data.size())) != 1) return Abandon();
            data.clear();
        }
    }
    if (PQputCopyEnd(handle_, nullptr) != 1) return Abandon();
    // The server's answer is read before the next command: meanwhile the caller makes the next rows.
    copy_unread_ = std::string(table_and_columns);
    return {};
}

Status Connection::FinishCopy() {
    if (copy_unread_.empty()) return {};
    auto table = std::exchange(copy_unread_, {});
    ResultPtr ended(PQgetResult(handle_));
    if (PQresultStatus(ended.get()) == PGRES_COMMAND_OK) return BackToPipeline({});
    auto error = ErrorOf(ended.get(), "COPY " + table);
    // Told later than the write that failed, the failure names the table (as a refused INSERT's does in
    // InsertQueue): the rules checked every row, so it is never the caller's.
    if (error.code != ErrorCode::kUnavailable) {
        error = MakeError(ErrorCode::kInternal, "writing rows of " + table + " failed: " + error.message);
    }
    return BackToPipeline(error);
}

Status Connection::BackToPipeline(Status outcome) {
    while (ResultPtr rest{PQgetResult(handle_)}) {
    }
    // A connection that cannot go back (still copying, its answers unread) is of no use to the next
    // transaction: the pool drops it.
    if (PQenterPipelineMode(handle_) != 1) return Abandon();
    return outcome;
}

Status Connection::Abandon() {
    broken_ = true;
    return Broken();
}

Status Connection::OutsidePipeline(const std::function<Status()>& run) {
    if (!unanswered_.empty()) RAPPORT_CHECK(SyncAndWait());
    if (PQexitPipelineMode(handle_) != 1) return Broken();
    return BackToPipeline(run());
}

Error Connection::Broken() const {
    spdlog::error("postgresql: {}", PQerrorMessage(handle_));
    return MakeError(ErrorCode::kUnavailable, "the database is busy or unreachable; try again");
}

Error Connection::ErrorOf(const PGresult* result, std::string_view context) const {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string_view code = state ? state : "";
    if (code == "23505") return MakeError(ErrorCode::kConflict, "a record with the same key already exists");
    if (code == "23503") {
        return MakeError(ErrorCode::kInvalidArgument, "the record refers to a record that does not exist");
    }
    // Bytes that are not UTF-8 come from the client (a percent-decoded query string, a CSV cell):
    // SQLite stores them as they are, PostgreSQL refuses them. Either way it is not our failure.
    if (code == "22021") return MakeError(ErrorCode::kInvalidArgument, "text must be valid UTF-8");
    // Serialisation failures, deadlocks, lock time-outs and writes sent to a read-only replica are
    // all "try again (elsewhere)" for the client.
    if (code == "40001" || code == "40P01" || code == "55P03" || code == "25006" ||
        PQstatus(handle_) != CONNECTION_OK) {
        return MakeError(ErrorCode::kUnavailable, "the database is busy or unreachable; try again");
    }
    spdlog::error("postgresql error {}: {} in: {}", code, result ? PQresultErrorMessage(result) : "", context);
    return MakeError(ErrorCode::kInternal, "database error");
}

}  // namespace rapport::store::postgres
