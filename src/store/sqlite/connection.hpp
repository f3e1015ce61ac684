#pragma once

#include "core/result.hpp"
#include "store/database.hpp"

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace rapport::store::sqlite {

/// One SQLite connection with its cache of prepared statements. Not thread-safe: the database
/// hands each connection to one transaction at a time.
class Connection {
public:
    /// Which connection of the pool this is: the one writer, or one of the readers.
    enum class Role { kWriter, kReader };

    /// The page caches, as PRAGMA cache_size takes them (negative: KiB). The writer's holds the index pages
    /// that writes keep coming back to. Readers keep small ones: there is one per thread that reads at
    /// once (sixteen on two cores), and the operating system caches the file for all of them. Together they
    /// stay under 100 MB, so that the server fits in 300 MB with a database of millions of records.
    static constexpr int kWriterCacheSize = -32768;
    static constexpr int kReaderCacheSize = -4096;

    static Result<std::unique_ptr<Connection>> Open(const std::string& path, Role role);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// A prepared statement for `sql`, reset and with no bindings, cached by its text.
    Result<sqlite3_stmt*> Prepare(std::string_view sql);

    /// Runs SQL with no parameters and no rows (pragmas, DDL, ROLLBACK), parsing it each time.
    Status Run(const std::string& sql);

    /// Runs one statement with no parameters and no rows through the statement cache: for BEGIN, COMMIT
    /// and savepoints, which every transaction runs (parsing them each time cost more than a read by id).
    Status RunCached(std::string_view sql);

    /// Maps the connection's last error to an Error the caller can act on; logs the details.
    Error LastError(std::string_view context) const;

    sqlite3* handle() const { return handle_; }

private:
    explicit Connection(sqlite3* handle) : handle_(handle) {}

    sqlite3* handle_;
    // Transparent hashing lets a lookup by string_view skip building a std::string per query.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> statements_;
};

}  // namespace rapport::store::sqlite
