#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/serve.hpp"
#include "core/assert.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace rapport::cli {
namespace {

// What every subcommand shares, and the one chosen: its callback sets `run` while parsing, and Main calls it
// once the whole command line has been read.
struct Wiring {
    std::string db_url = "sqlite:./rapport.db";
    std::string log_level = "info";
    std::function<int()> run;
};

int ToExit(ExitCode code) { return static_cast<int>(code); }

constexpr const char* kExitCodes = R"(Exit codes:
  0  success
  1  refused: rows of an import, a user that exists, a database that is not empty for demo, …
  2  usage: an unknown option, a missing argument, a file that cannot be read
  3  the database cannot be opened, migrated or reached)";

void AddServe(CLI::App& app, Wiring& wiring) {
    auto options = std::make_shared<ServeOptions>();
    auto* serve = app.add_subcommand("serve", "Serve the HTTP API and the web UI");
    serve->add_option("--listen", options->listen, "ADDRESS:PORT to listen on; port 0 picks a free one")
        ->capture_default_str();
    serve->add_option("--threads", options->threads, "threads serving requests; 0 means eight per core")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    serve->add_option("--body-limit", options->body_limit, "largest request body in bytes; larger ones get 413")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    serve->add_option("--trusted-proxy", options->trusted_proxies,
                      "IP address of a load balancer or proxy in front of the server (repeatable): only from these "
                      "is X-Forwarded-For believed, so that wrong-password limits count each client's address");
    serve->add_option("--public-url", options->public_url,
                      "the URL users reach the server at, e.g. https://crm.example.com; https makes the session "
                      "cookie Secure");
    serve->footer(R"(Serves until SIGINT or SIGTERM. Brings the schema up to date first, and prints
"listening on http://ADDRESS:PORT" on standard output once bound.

Examples:
  rapport serve
  rapport --db sqlite:/var/lib/rapport/rapport.db serve --listen 0.0.0.0:8080 --threads 4
  rapport --db postgresql://rapport@db/rapport serve --listen 10.0.0.5:8080 \
      --trusted-proxy 10.0.0.2 --trusted-proxy 10.0.0.3 --public-url https://crm.example.com)");
    serve->callback([options, &wiring] {
        wiring.run = [options, &wiring] {
            options->db_url = wiring.db_url;
            return RunServe(*options);
        };
    });
}

void AddMigrate(CLI::App& app, Wiring& wiring) {
    auto* migrate = app.add_subcommand("migrate", "Create or upgrade the database schema");
    migrate->footer(R"(Safe to run again, and from two processes at once; serve and every other command do it too.
Prints the migrations it applied, or "schema is up to date".

Examples:
  rapport migrate
  rapport --db sqlite:/var/lib/rapport/rapport.db migrate)");
    migrate->callback([&wiring] { wiring.run = [&wiring] { return ToExit(RunMigrate(wiring.db_url)); }; });
}

void AddOpenApi(CLI::App& app, Wiring& wiring) {
    auto out = std::make_shared<std::string>();
    auto* openapi = app.add_subcommand("openapi", "Print the API's OpenAPI 3 document, as the server serves it");
    openapi->add_option("--out", *out, "write it to this file instead of standard output");
    openapi->footer(R"(Needs no database and no server: for generating clients, linting, and the web UI's types.

Examples:
  rapport openapi > openapi.json
  rapport openapi --out web/openapi.json)");
    openapi->callback([out, &wiring] { wiring.run = [out] { return ToExit(RunOpenApi(*out)); }; });
}

void AddUsers(CLI::App& app, Wiring& wiring) {
    auto* users = app.add_subcommand("users", "Add and list users");
    users->require_subcommand(1);
    users->footer(R"(Examples:
  printf '%s\n' "$PASSWORD" |
    rapport users add --email ada@example.com --name "Ada Lovelace" --role admin --password-stdin
  rapport users list)");

    auto options = std::make_shared<UsersAddOptions>();
    auto* add = users->add_subcommand("add", "Add a user (the first admin too), creating their team if needed");
    add->add_option("--email", options->email, "sign-in e-mail, unique")->required();
    add->add_option("--name", options->name, "full name")->required();
    add->add_option("--role", options->role, "what the user may see and do")
        ->required()
        ->check(CLI::IsMember({"manager", "head", "director", "admin"}));
    add->add_option("--team", options->team, "team name; created when no team has it");
    add->add_option("--level", options->level, "seniority: 1 newcomer, 2 one year, 3 two years, 4 lead")
        ->check(CLI::Range(1, 4))
        ->capture_default_str();
    add->add_flag("--password-stdin", options->password_stdin,
                  "read the password (10 to 200 characters) from the first line of standard "
                  "input; asked for without echo on a terminal")
        ->required();
    add->footer(R"(The password is never an argument: `ps` and the shell's history would show it.

Examples:
  printf '%s\n' "$PASSWORD" |
    rapport users add --email ada@example.com --name "Ada Lovelace" --role admin --password-stdin
  rapport users add --email anna@example.com --name "Anna Berg" --role manager --team North --level 2 \
    --password-stdin)");
    add->callback([options, &wiring] {
        wiring.run = [options, &wiring] { return ToExit(RunUsersAdd(wiring.db_url, *options)); };
    });

    auto* list = users->add_subcommand("list", "Print every user as a table");
    list->footer("Example:\n  rapport users list");
    list->callback([&wiring] { wiring.run = [&wiring] { return ToExit(RunUsersList(wiring.db_url)); }; });
}

std::string ImportFooter() {
    return std::string("The first line names the columns, after the API fields (* = required):\n") +
           ImportColumnsHelp() +
           R"(Unknown or repeated columns refuse the whole file; "id" and fields that Rapport sets (closed_at)
are ignored, so that an export imports again. An empty cell leaves the field at its default.
Values: money "1250.00 EUR", tags "vip;key", dates 2026-11-22, times 2026-11-22T09:30:00Z,
custom and consent as JSON objects, ids as numbers.
Owners: an owner_email cell, else --owner, else the first admin for accounts and activities and the
account's owner for deals.
Nothing half-imported: when a row is refused, nothing is imported, unless --skip-invalid is given.
Refused rows are listed with their line numbers and reasons on stderr, with a summary.
The import holds the database's write lock while it runs: other writers, a running server's
included, wait for it (on SQLite, up to 10 s before they give up), so import large files off-hours.

)" + kExitCodes +
           R"(

Examples:
  rapport import accounts clients.csv --owner anna@example.com
  rapport import contacts people.csv --dry-run
  rapport import deals pipeline.csv --skip-invalid)";
}

void AddImport(CLI::App& app, Wiring& wiring) {
    auto options = std::make_shared<ImportOptions>();
    auto* import_command =
        app.add_subcommand("import", "Import accounts, contacts, deals or activities from a CSV file, all or nothing");
    auto collection = std::make_shared<std::string>();
    import_command->add_option("collection", *collection, "what the rows are")
        ->required()
        ->check(CLI::IsMember(ImportableCollections()));
    import_command->add_option("file", options->file, "the CSV file; - for standard input")->required();
    import_command->add_option("--owner", options->owner_email,
                               "e-mail of the user who owns rows without owner_email or owner_id (not contacts)");
    import_command->add_flag("--skip-invalid", options->skip_invalid,
                             "import the valid rows even when others are refused");
    import_command->add_flag("--dry-run", options->dry_run, "check every row, report, and write nothing");
    import_command->footer(ImportFooter());
    import_command->callback([options, collection, &wiring] {
        options->collection = *collection;
        wiring.run = [options, &wiring] { return ToExit(RunImport(wiring.db_url, *options)); };
    });
}

void AddExport(CLI::App& app, Wiring& wiring) {
    auto options = std::make_shared<ExportOptions>();
    auto* exporter = app.add_subcommand("export", "Export a collection as CSV");
    exporter->add_option("collection", options->collection, "what to export")
        ->required()
        ->check(CLI::IsMember(ExportableCollections()));
    exporter->add_option("--out", options->out, "file to write (readable by you alone); standard output if absent");
    exporter->add_flag("--escape-formulas", options->escape_formulas,
                       "prefix cells that start with = + - @ with an apostrophe, for spreadsheet programs");
    exporter->footer(R"(Columns: id, then the record's API fields. A file appears only once complete.
Cells are written exactly as stored, so that the file imports again unchanged. A spreadsheet
program may run a cell that starts with = + - or @ as a formula: when the data came from
people you do not trust, pass --escape-formulas (the file then no longer round-trips exactly).

Examples:
  rapport export accounts --out accounts.csv
  rapport export deals > deals.csv)");
    exporter->callback(
        [options, &wiring] { wiring.run = [options, &wiring] { return ToExit(RunExport(wiring.db_url, *options)); }; });
}

void AddDemo(CLI::App& app, Wiring& wiring) {
    auto options = std::make_shared<DemoOptions>();
    auto* demo = app.add_subcommand("demo", "Fill an empty database with a believable demo company");
    demo->add_option("--seed", options->seed, "the same seed gives the same company (dates follow today)")
        ->capture_default_str();
    demo->add_flag("--if-empty", options->if_empty,
                   "succeed without loading anything when the database has accounts already (scripts/run uses it)");
    demo->footer(std::string(R"(Makes teams with heads, a director, an admin, managers of all four levels, a few hundred
accounts with contacts, deals in every stage, a month of activities and an absence in force today.
Refuses a database that has accounts already.
Every demo user signs in with the password ")") +
                 kDemoPassword + R"(", the admin as )" + kDemoAdminEmail +
                 R"(.

Examples:
  rapport --db sqlite:demo.db demo && rapport --db sqlite:demo.db serve
  rapport demo --seed 7)");
    demo->callback(
        [options, &wiring] { wiring.run = [options, &wiring] { return ToExit(RunDemo(wiring.db_url, *options)); }; });
}

// Logs go to stderr, so that standard output carries only what a command produces (an export, a table).
void SetUpLogging(const std::string& level) {
    auto logger = std::make_shared<spdlog::logger>("rapport", std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %^%l%$ %v", spdlog::pattern_time_type::utc);
    logger->set_level(spdlog::level::from_str(level));
    spdlog::set_default_logger(std::move(logger));
}

}  // namespace

int Main(int argc, char** argv) {
    Wiring wiring;
    CLI::App app{"Rapport, a CRM for account managers: the server, the schema, users, imports, exports and a demo.",
                 "rapport"};
    // Global options may come after the subcommand too ("rapport import … --db URL").
    app.fallthrough();
    app.require_subcommand(1);
    app.set_version_flag("--version", RAPPORT_VERSION);
    app.add_option("--db", wiring.db_url, "database URL: sqlite:PATH or postgresql://…")
        ->envname("RAPPORT_DB")
        ->capture_default_str();
    app.add_option("--log-level", wiring.log_level, "log detail on stderr")
        ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}))
        ->capture_default_str();
    app.footer(std::string(kExitCodes) + "\n\nRun `rapport COMMAND --help` for a command's options and examples.");
    AddServe(app, wiring);
    AddMigrate(app, wiring);
    AddOpenApi(app, wiring);
    AddUsers(app, wiring);
    AddImport(app, wiring);
    AddExport(app, wiring);
    AddDemo(app, wiring);

    // CLI11 reports parse errors and help requests by throwing; this is the edge where they become exit codes.
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error) == 0 ? ToExit(ExitCode::kOk) : ToExit(ExitCode::kUsage);
    }
    SetUpLogging(wiring.log_level);
    return wiring.run();
}

}  // namespace rapport::cli
