#include "cli/command_support.hpp"
#include "cli/commands.hpp"
#include "store/migrations.hpp"

#include <iostream>
#include <set>

namespace rapport::cli {
namespace {

// The names of the migrations already applied. The driver interface does not tell what Migrate did, so the
// command looks at the bookkeeping table itself, before and after; it may not exist yet, which each engine's
// catalogue says without a failing query (and without an error in the log).
Result<std::set<std::string>> AppliedMigrations(store::Database& database) {
    std::set<std::string> applied;
    RAPPORT_CHECK(database.Transact(store::Access::kRead, [&](store::Transaction& transaction) -> Status {
        std::string_view exists = transaction.engine() == store::Engine::kSqlite
                                      ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'"
                                      : "SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_migration'";
        bool found = false;
        RAPPORT_CHECK(transaction.Query(exists, {}, [&](const store::Row&) -> Status {
            found = true;
            return {};
        }));
        if (!found) return {};
        return transaction.Query("SELECT name FROM schema_migration", {}, [&](const store::Row& row) -> Status {
            applied.emplace(row.Text(0));
            return {};
        });
    }));
    return applied;
}

}  // namespace

ExitCode RunMigrate(const std::string& db_url) {
    auto database = store::Open(db_url);
    if (!database) return FailToOpen(db_url, database.error());
    auto before = AppliedMigrations(**database);
    if (!before) return FailToOpen(db_url, before.error());
    if (auto migrated = (*database)->Migrate(); !migrated) {
        return FailToOpen(db_url, MakeError(ErrorCode::kUnavailable,
                                            "cannot bring its schema up to date: " + migrated.error().message));
    }
    auto after = AppliedMigrations(**database);
    if (!after) return FailToOpen(db_url, after.error());

    int newly_applied = 0;
    for (const auto& migration : store::Migrations()) {
        std::string name(migration.name);
        if (after->contains(name) && !before->contains(name)) {
            std::cout << "applied " << name << '\n';
            ++newly_applied;
        }
    }
    auto earlier = static_cast<std::int64_t>(after->size()) - newly_applied;
    if (newly_applied == 0) {
        std::cout << "schema is up to date (" << Count(earlier, "migration", "migrations") << " applied earlier)\n";
    } else {
        std::cout << "schema is up to date: applied " << Count(newly_applied, "migration", "migrations") << " to "
                  << store::Describe(db_url) << '\n';
    }
    return ExitCode::kOk;
}

}  // namespace rapport::cli
