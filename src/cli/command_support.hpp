#pragma once

#include "cli/commands.hpp"
#include "core/result.hpp"
#include "service/caller.hpp"
#include "service/services.hpp"
#include "store/database.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::cli {

/// An open, migrated database and the services over it: what every command but `serve` works with.
struct Workspace {
    explicit Workspace(std::unique_ptr<store::Database> opened) : database(std::move(opened)), services(*database) {}

    std::unique_ptr<store::Database> database;
    service::Services services;
};

/// Opens `db_url`, brings its schema up to date and initialises libsodium. kInvalidArgument (field "db") for a
/// URL of no known form; kUnavailable when the database cannot be opened or migrated.
Result<std::unique_ptr<Workspace>> OpenWorkspace(const std::string& db_url);

/// Prints why OpenWorkspace failed ("rapport: cannot open database …") and returns the exit code: kUsage for a
/// malformed URL, kUnavailable otherwise.
ExitCode FailToOpen(const std::string& db_url, const Error& error);

/// Prints "rapport: <message>" on stderr and returns the exit code that fits the error: kUnavailable for an
/// unreachable database, kFailed for everything else.
ExitCode Fail(const Error& error);

/// Prints "rapport: <message>" on stderr and returns `code`.
ExitCode Fail(std::string_view message, ExitCode code);

/// Tidies the database after a command committed `rows` new rows (store::Database::OptimizeAfterBulkWrite). The
/// rows are saved by then, so a failure only warns on stderr: the command still succeeded.
void OptimizeAfterBulkWrite(store::Database& database, std::int64_t rows);

/// The acting caller of the command line: an administrator acting as the first admin, or as user 0 (no one)
/// while there is no admin yet, so that the first admin can be made.
Result<service::Caller> AdminCaller(service::Services& services);

/// Prints rows as columns aligned on stdout, two spaces apart, counting UTF-8 code points as one column each.
void PrintTable(const std::vector<std::vector<std::string>>& rows);

/// 1234567 -> "1,234,567".
std::string GroupThousands(std::int64_t value);

/// "1 account", "99,998 accounts".
std::string Count(std::int64_t count, std::string_view singular, std::string_view plural);

/// "0.4 s", "12.3 s", "2 min 5 s".
std::string FormatDuration(std::chrono::steady_clock::duration elapsed);

/// Rows per second over `elapsed`, grouped ("8,130"); "-" when too little time passed to tell.
std::string FormatRate(std::int64_t rows, std::chrono::steady_clock::duration elapsed);

}  // namespace rapport::cli
