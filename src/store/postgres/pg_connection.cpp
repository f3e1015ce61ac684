#include "store/postgres/pg_connection.hpp"

#include "store/postgres/pg_sql.hpp"

#include <spdlog/spdlog.h>

#include <cstring>

namespace rapport::store::postgres {

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
    PQsetNoticeProcessor(handle, [](void*, const char*) {}, nullptr);
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

Result<ResultPtr> Connection::Execute(std::string_view sql, std::span<const Value> params) {
    auto known = statement_names_.find(sql);
    if (known == statement_names_.end()) {
        auto name = "s" + std::to_string(statement_names_.size() + 1);
        auto numbered = NumberPlaceholders(sql);
        ResultPtr prepared(PQprepare(handle_, name.c_str(), numbered.c_str(), 0, nullptr));
        if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) return ErrorOf(prepared.get(), sql);
        known = statement_names_.emplace(std::string(sql), std::move(name)).first;
    }
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
    ResultPtr result(PQexecPrepared(handle_, known->second.c_str(), static_cast<int>(params.size()), values.data(),
                                    nullptr, nullptr, 0));
    auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return ErrorOf(result.get(), sql);
    return result;
}

Status Connection::Run(const std::string& sql) {
    ResultPtr result(PQexec(handle_, sql.c_str()));
    auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return ErrorOf(result.get(), sql);
    return {};
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
    if (code == "40001" || code == "40P01" || code == "55P03" || code == "25006" || PQstatus(handle_) != CONNECTION_OK) {
        return MakeError(ErrorCode::kUnavailable, "the database is busy or unreachable; try again");
    }
    spdlog::error("postgresql error {}: {} in: {}", code, PQerrorMessage(handle_), context);
    return MakeError(ErrorCode::kInternal, "database error");
}

}  // namespace rapport::store::postgres
