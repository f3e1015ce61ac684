#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::cli {

/// What the process tells its caller; the numbers are part of the command line's contract (see `rapport --help`).
enum class ExitCode {
    kOk = 0,
    kFailed = 1,       // Refused: rows of an import, a duplicate user, a non-empty database for demo, …
    kUsage = 2,        // The command line itself is wrong: unknown option, missing argument, unreadable file.
    kUnavailable = 3,  // The database cannot be opened, migrated or reached.
};

struct UsersAddOptions {
    std::string email;
    std::string name;
    std::string role;
    std::string team;  // A team name; empty for none.
    std::int64_t level = 1;
    bool password_stdin = false;  // Must be given: it makes plain where the password comes from.
};

/// The collections `import` understands: those of service::Collections whose rules say kImportable, by name.
std::vector<std::string> ImportableCollections();

struct ImportOptions {
    std::string collection = "accounts";  // One of ImportableCollections().
    std::string file;
    std::string owner_email;  // --owner: who owns rows without an owner_email or owner_id cell.
    bool skip_invalid = false;
    bool dry_run = false;
};

/// The collections `export` writes: users and every one of service::Collections, by name.
std::vector<std::string> ExportableCollections();

struct ExportOptions {
    std::string collection = "accounts";  // One of ExportableCollections().
    std::string out;                      // Empty for standard output.
    bool escape_formulas = false;
};

struct DemoOptions {
    std::uint64_t seed = 1;
    bool if_empty = false;  // A database with accounts is left alone and that is success.
};

/// The password every user made by `rapport demo` signs in with. Fixed and public on purpose: the demo is for
/// trying Rapport out, and the README tells readers how to sign in.
inline constexpr const char* kDemoPassword = "rapport-demo-admin";

/// The e-mail of the demo company's administrator.
inline constexpr const char* kDemoAdminEmail = "admin@demo.rapport.test";

/// `rapport openapi`: writes the API's OpenAPI document (what GET /api/v1/openapi.json serves) to `out`, or to
/// standard output when it is empty; it needs no database.
ExitCode RunOpenApi(const std::string& out);

/// `rapport migrate`: creates or upgrades the schema and says what it applied.
ExitCode RunMigrate(const std::string& db_url);

/// `rapport users add`: creates a user, and their team by name if it does not exist yet, in one transaction.
/// The password is the first line of standard input (asked for without echo on a terminal).
ExitCode RunUsersAdd(const std::string& db_url, const UsersAddOptions& options);

/// `rapport users list`: a table of every user on standard output.
ExitCode RunUsersList(const std::string& db_url);

/// `rapport import`: creates one record per CSV row, all in one transaction (see the help text).
ExitCode RunImport(const std::string& db_url, const ImportOptions& options);

/// The columns each import collection understands, from the records' field tables: for `import --help`.
std::string ImportColumnsHelp();

/// `rapport export`: writes every record of a collection as CSV.
ExitCode RunExport(const std::string& db_url, const ExportOptions& options);

/// `rapport demo`: fills an empty database with a believable company, deterministically for a seed.
ExitCode RunDemo(const std::string& db_url, const DemoOptions& options);

}  // namespace rapport::cli
