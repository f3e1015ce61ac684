#pragma once

#include "core/result.hpp"
#include "store/database.hpp"

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rapport::store::postgres {

/// Frees a PGresult when it goes out of scope.
struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

/// One server connection with its prepared statements, named s1, s2, … by first use. Not
/// thread-safe: the pool hands it to one transaction at a time.
class Connection {
public:
    static Result<std::unique_ptr<Connection>> Open(const std::string& url);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Runs `sql` (with ? placeholders) as a prepared statement with text parameters.
    Result<ResultPtr> Execute(std::string_view sql, std::span<const Value> params);

    /// Runs SQL with no parameters through the simple protocol (BEGIN, COMMIT, DDL).
    Status Run(const std::string& sql);

    /// Whether the connection is still usable; a broken one is dropped by the pool.
    bool healthy() const { return PQstatus(handle_) == CONNECTION_OK; }

private:
    explicit Connection(PGconn* handle) : handle_(handle) {}
    Error ErrorOf(const PGresult* result, std::string_view context) const;

    PGconn* handle_;
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> statement_names_;
};

}  // namespace rapport::store::postgres
