#include "store/sqlite/connection.hpp"

#include <spdlog/spdlog.h>

namespace rapport::store::sqlite {
namespace {

// SQLite counts every allocation under one process-wide mutex by default, for sqlite3_memory_used(),
// which Rapport never asks for: with a connection per thread, that mutex was the most contended
// lock of a read. The setting is taken only before SQLite first initialises; if something in the
// process used SQLite before, the counting stays on, which costs speed and nothing else.
void StopCountingMemory() {
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)once;
}

}  // namespace

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, Role role) {
    StopCountingMemory();
    sqlite3* handle = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &handle, flags, nullptr) != SQLITE_OK) {
        auto message = handle ? std::string(sqlite3_errmsg(handle)) : std::string("out of memory");
        sqlite3_close_v2(handle);
        return MakeError(ErrorCode::kUnavailable, "cannot open database " + path + ": " + message, "db");
    }
    sqlite3_extended_result_codes(handle, 1);
    std::unique_ptr<Connection> connection(new Connection(handle));
    // WAL lets readers run beside the writer; synchronous=FULL fsyncs the log at every commit,
    // so an acknowledged write survives kill -9 and power loss alike.
    auto cache_size =
        "PRAGMA cache_size = " + std::to_string(role == Role::kWriter ? kWriterCacheSize : kReaderCacheSize);
    for (const char* pragma : {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY", cache_size.c_str()}) {
        auto status = connection->Run(pragma);
        if (!status)
            return MakeError(ErrorCode::kUnavailable, "cannot open database " + path + ": " + status.error().message,
                             "db");
    }
    return connection;
}

Connection::~Connection() {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close_v2(handle_);
}

Result<sqlite3_stmt*> Connection::Prepare(std::string_view sql) {
    auto cached = statements_.find(sql);
    if (cached != statements_.end()) {
        sqlite3_reset(cached->second);
        sqlite3_clear_bindings(cached->second);
        return cached->second;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(handle_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        return LastError(sql);
    }
    statements_.emplace(std::string(sql), statement);
    return statement;
}

Status Connection::Run(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return LastError(sql);
    }
    return {};
}

Status Connection::RunCached(std::string_view sql) {
    auto statement = RAPPORT_TRY(Prepare(sql));
    if (sqlite3_step(statement) != SQLITE_DONE) {
        auto error = LastError(sql);
        sqlite3_reset(statement);
        return error;
    }
    sqlite3_reset(statement);
    return {};
}

Error Connection::LastError(std::string_view context) const {
    int code = sqlite3_extended_errcode(handle_);
    switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return MakeError(ErrorCode::kConflict, "a record with the same key already exists");
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return MakeError(ErrorCode::kInvalidArgument, "the record refers to a record that does not exist");
        default: break;
    }
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
        return MakeError(ErrorCode::kUnavailable, "the database is busy; try again");
    }
    spdlog::error("sqlite error {} ({}) in: {}", code, sqlite3_errmsg(handle_), context);
    return MakeError(ErrorCode::kInternal, "database error");
}

}  // namespace rapport::store::sqlite
