#include "store/migrate.hpp"
#include "store/migrations.hpp"
#include "store/search_text.hpp"
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace rapport::test {
namespace {

using store::Engine;
using Statements = std::vector<std::string>;

class MigrationTest : public StoreTest {
protected:
    std::int64_t CountAppliedMigrations() {
        std::int64_t count = -1;
        auto status = Read([&](store::Transaction& transaction) {
            return transaction.Query("SELECT COUNT(*) FROM schema_migration", {}, [&](const store::Row& row) -> Status {
                count = row.Int(0);
                return {};
            });
        });
        EXPECT_TRUE(status);
        return count;
    }
};

TEST_P(MigrationTest, CreatesEveryTable) {
    for (auto table : {"team", "app_user", "account", "contact", "deal", "deal_stage_history", "activity", "absence",
                       "audit", "session", "login_failure", "account_search"}) {
        auto status = Read([&](store::Transaction& transaction) {
            return transaction.Query("SELECT COUNT(*) FROM " + std::string(table), {},
                                     [](const store::Row&) -> Status { return {}; });
        });

        EXPECT_TRUE(status) << table;
    }
}

TEST_P(MigrationTest, RecordsEachMigrationOnce) {
    EXPECT_EQ(CountAppliedMigrations(), static_cast<std::int64_t>(store::Migrations().size()));
}

TEST_P(MigrationTest, MigratingAgainChangesNothing) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));

    auto again = database().Migrate();
    auto once_more = database().Migrate();

    ASSERT_TRUE(again) << again.error().message;
    ASSERT_TRUE(once_more) << once_more.error().message;
    EXPECT_EQ(CountAppliedMigrations(), static_cast<std::int64_t>(store::Migrations().size()));
    EXPECT_TRUE(Find<domain::Account>(account.id));
}

TEST(MigrationSqliteTest, TwoProcessesMigratingOneFileAtOnceBothSucceed) {
    TempDir directory;
    auto url = directory.SqliteUrl();
    auto first = store::Open(url);
    auto second = store::Open(url);
    ASSERT_TRUE(first && second);
    Status first_status, second_status;

    std::thread racing([&] { first_status = (*first)->Migrate(); });
    second_status = (*second)->Migrate();
    racing.join();

    EXPECT_TRUE(first_status) << first_status.error().message;
    EXPECT_TRUE(second_status) << second_status.error().message;
    std::int64_t applied = -1;
    ASSERT_TRUE((*first)->Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query("SELECT COUNT(*) FROM schema_migration", {}, [&](const store::Row& row) -> Status {
            applied = row.Int(0);
            return {};
        });
    }));
    EXPECT_EQ(applied, static_cast<std::int64_t>(store::Migrations().size()));
}

TEST(MigrationSqliteTest, AReopenedDatabaseKeepsItsData) {
    TempDir directory;
    AccountId id{};
    {
        auto database = store::Open(directory.SqliteUrl());
        ASSERT_TRUE(database);
        ASSERT_TRUE((*database)->Migrate());
        auto user = (*database)->TransactFor<domain::User>(store::Access::kWrite, [](store::Transaction& transaction) {
            return store::RecordStore<domain::User>::Insert(transaction, MakeUser("a@example.com"), kFixtureUser,
                                                            FixtureNow());
        });
        ASSERT_TRUE(user);
        auto account =
            (*database)->TransactFor<domain::Account>(store::Access::kWrite, [&](store::Transaction& transaction) {
                return store::RecordStore<domain::Account>::Insert(transaction, MakeAccount(user->id), kFixtureUser,
                                                                   FixtureNow());
            });
        ASSERT_TRUE(account);
        id = account->id;
    }

    auto database = store::Open(directory.SqliteUrl());
    ASSERT_TRUE(database);
    ASSERT_TRUE((*database)->Migrate());
    auto found = (*database)->TransactFor<std::optional<domain::Account>>(
        store::Access::kRead, [&](store::Transaction& transaction) {
            return store::RecordStore<domain::Account>::Find(transaction, id, Everything());
        });

    ASSERT_TRUE(found);
    EXPECT_TRUE(*found);
}

TEST(MigrationsTest, AreNumberedInOrderStartingWithInit) {
    const auto& migrations = store::Migrations();

    ASSERT_FALSE(migrations.empty());
    EXPECT_EQ(migrations.front().name, "0001_init");
    for (std::size_t i = 1; i < migrations.size(); ++i) {
        EXPECT_LT(migrations[i - 1].name, migrations[i].name);
    }
}

TEST(MigrationsTest, TheFirstKeepsEachEnginesSearchTableForThatEngine) {
    auto init = store::Migrations().front().sql;

    auto sqlite = store::SqlForEngine(init, Engine::kSqlite);
    auto postgres = store::SqlForEngine(init, Engine::kPostgres);

    EXPECT_NE(sqlite.find("USING fts5"), std::string::npos);
    EXPECT_EQ(sqlite.find("TSVECTOR"), std::string::npos);
    EXPECT_NE(postgres.find("TSVECTOR"), std::string::npos);
    EXPECT_EQ(postgres.find("fts5"), std::string::npos);
    EXPECT_NE(sqlite.find("CREATE TABLE deal ("), std::string::npos);
    EXPECT_NE(postgres.find("CREATE TABLE deal ("), std::string::npos);
}

TEST(SqlForEngineTest, KeepsLinesOutsideAnyBlockForEveryEngine) {
    auto sql = "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n";

    EXPECT_EQ(store::SqlForEngine(sql, Engine::kSqlite), sql);
    EXPECT_EQ(store::SqlForEngine(sql, Engine::kPostgres), sql);
}

TEST(SqlForEngineTest, KeepsABlockOnlyForItsEngineUntilAll) {
    auto sql =
        "common 1;\n"
        "-- @engine sqlite\n"
        "lite;\n"
        "-- @engine postgres\n"
        "pg 1;\n"
        "pg 2;\n"
        "-- @engine all\n"
        "common 2;\n";

    EXPECT_EQ(store::SqlForEngine(sql, Engine::kSqlite), "common 1;\nlite;\ncommon 2;\n");
    EXPECT_EQ(store::SqlForEngine(sql, Engine::kPostgres), "common 1;\npg 1;\npg 2;\ncommon 2;\n");
}

TEST(SqlForEngineTest, ToleratesTrailingSpacesAndCarriageReturnsAfterAMarker) {
    auto sql = "a;\r\n-- @engine postgres  \r\npg;\r\n-- @engine all\r\nb;\r\n";

    EXPECT_EQ(store::SqlForEngine(sql, Engine::kSqlite), "a;\r\nb;\r\n");
    EXPECT_EQ(store::SqlForEngine(sql, Engine::kPostgres), "a;\r\npg;\r\nb;\r\n");
}

TEST(SqlForEngineTest, DropsABlockForAnEngineItDoesNotKnow) {
    auto sql = "a;\n-- @engine mysql\nm;\n-- @engine all\nb;\n";

    EXPECT_EQ(store::SqlForEngine(sql, Engine::kSqlite), "a;\nb;\n");
    EXPECT_EQ(store::SqlForEngine(sql, Engine::kPostgres), "a;\nb;\n");
}

TEST(SqlForEngineTest, KeepsTheLastLineWithoutANewline) {
    EXPECT_EQ(store::SqlForEngine("-- @engine sqlite\nlast;", Engine::kSqlite), "last;");
    EXPECT_EQ(store::SqlForEngine("-- @engine sqlite\nlast;", Engine::kPostgres), "");
}

TEST(SqlForEngineTest, KeepsOrdinaryCommentsAndMarkersThatAreNotAtTheLineStart) {
    auto sql = "-- a comment\n  -- @engine postgres\nx;\n";

    EXPECT_EQ(store::SqlForEngine(sql, Engine::kSqlite), sql);
}

TEST(SplitStatementsTest, SplitsAtSemicolonsEndingALine) {
    auto statements = store::SplitStatements("CREATE TABLE a (\n  x INT\n);\nCREATE INDEX i ON a (x);\n");

    EXPECT_EQ(statements, (Statements{"CREATE TABLE a (\n  x INT\n);\n", "CREATE INDEX i ON a (x);\n"}));
}

TEST(SplitStatementsTest, KeepsASemicolonInsideALine) {
    auto statements = store::SplitStatements("INSERT INTO t VALUES ('a;b');\n");

    EXPECT_EQ(statements, (Statements{"INSERT INTO t VALUES ('a;b');\n"}));
}

TEST(SplitStatementsTest, DropsCommentLinesBetweenStatementsButNotInside) {
    auto statements = store::SplitStatements("-- header\n-- more\nCREATE TABLE a (\n-- inside\nx INT\n);\n-- tail\n");

    EXPECT_EQ(statements, (Statements{"CREATE TABLE a (\n-- inside\nx INT\n);\n"}));
}

TEST(SplitStatementsTest, ToleratesTrailingSpacesAndCarriageReturns) {
    auto statements = store::SplitStatements("a; \r\nb;\r\n");

    EXPECT_EQ(statements, (Statements{"a; \r\n", "b;\r\n"}));
}

TEST(SplitStatementsTest, KeepsAFinalStatementWithoutASemicolon) {
    auto statements = store::SplitStatements("a;\nb");

    EXPECT_EQ(statements, (Statements{"a;\n", "b"}));
}

TEST(SplitStatementsTest, DropsBlankTails) {
    EXPECT_EQ(store::SplitStatements("a;\n\n  \n"), (Statements{"a;\n"}));
    EXPECT_TRUE(store::SplitStatements("").empty());
    EXPECT_TRUE(store::SplitStatements("\n\n").empty());
}

TEST(SplitStatementsTest, SplitsTheFirstMigrationIntoWholeStatements) {
    auto statements = store::SplitStatements(store::SqlForEngine(store::Migrations().front().sql, Engine::kSqlite));

    ASSERT_FALSE(statements.empty());
    for (const auto& statement : statements) {
        // Blank lines and comments before a statement stay with it; the SQL itself comes next.
        std::string sql;
        for (std::size_t start = 0; start < statement.size();) {
            auto end = statement.find('\n', start);
            auto line = statement.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!line.starts_with("--") && line.find_first_not_of(" \r") != std::string::npos) sql += line + "\n";
            start = end == std::string::npos ? statement.size() : end + 1;
        }
        EXPECT_TRUE(sql.starts_with("CREATE ")) << statement;
        EXPECT_TRUE(sql.ends_with(";\n")) << statement;
    }
}

TEST(SearchWordsTest, SplitsOnAnythingButLettersAndDigitsAndLowerCases) {
    EXPECT_EQ(store::SearchWords("ACME-Corp, +33 1"), (Statements{"acme", "corp", "33", "1"}));
    EXPECT_EQ(store::SearchWords("info@acme.example"), (Statements{"info", "acme", "example"}));
    EXPECT_EQ(store::SearchWords("\"NEAR(a b)\" OR c*"), (Statements{"near", "a", "b", "or", "c"}));
}

TEST(SearchWordsTest, FoldsDiacriticsAndKeepsOtherUtf8WordsWhole) {
    EXPECT_EQ(store::SearchWords("Müller & Søn"), (Statements{"muller", "søn"}));
    EXPECT_EQ(store::SearchWords("日本 語"), (Statements{"日本", "語"}));
}

TEST(SearchWordsTest, GivesNothingForPunctuationOrEmptyText) {
    EXPECT_TRUE(store::SearchWords("").empty());
    EXPECT_TRUE(store::SearchWords(" -*\"'();:^").empty());
}

TEST(FoldForSearchTest, FoldsLatinLettersWithDiacriticsToTheirLowerCaseBase) {
    EXPECT_EQ(store::FoldForSearch("Müller"), "muller");
    EXPECT_EQ(store::FoldForSearch("ÉMILE Zoë"), "emile zoe");
    EXPECT_EQ(store::FoldForSearch("Ångström Čapek Łódź Œuvre"), "angstrom capek \xC5\x81odz \xC5\x92uvre");
    EXPECT_EQ(store::FoldForSearch("ÀÁÂÃÄÅ àáâãäå Ññ Ÿÿ Žž"), "aaaaaa aaaaaa nn yy zz");
}

TEST(FoldForSearchTest, KeepsLettersWithoutABaseAndEverythingElse) {
    EXPECT_EQ(store::FoldForSearch("Æ ß × ÷ Ø ø"), "Æ ß × ÷ Ø ø");
    EXPECT_EQ(store::FoldForSearch("日本語 Ω"), "日本語 Ω");
    EXPECT_EQ(store::FoldForSearch("a-b_c 1.2"), "a-b_c 1.2");
}

TEST(FoldForSearchTest, LeavesBrokenUtf8Alone) {
    EXPECT_EQ(store::FoldForSearch("\xC3"), "\xC3");
    EXPECT_EQ(store::FoldForSearch("\xC3(x"), "\xC3(x");
    EXPECT_EQ(store::FoldForSearch("\xff\xfe"), "\xff\xfe");
}

TEST(OpenTest, RefusesAnUnknownScheme) {
    auto database = store::Open("mysql://localhost/rapport");

    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(database.error().field, "db");
}

TEST(OpenTest, RefusesASqliteUrlWithoutAPath) {
    auto database = store::Open("sqlite:");

    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, ErrorCode::kInvalidArgument);
}

TEST(OpenTest, ReportsADatabaseThatCannotBeOpenedAsUnavailable) {
    TempDir directory;

    auto database = store::Open("sqlite:" + (directory.path() / "missing" / "dir" / "rapport.db").string());

    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, ErrorCode::kUnavailable);
}

TEST(DescribeTest, HidesAPasswordInAUrl) {
    EXPECT_EQ(store::Describe("postgresql://rapport:secret@db:5432/rapport"),
              "postgresql://rapport:***@db:5432/rapport");
    EXPECT_EQ(store::Describe("postgresql://rapport@db/rapport"), "postgresql://rapport@db/rapport");
    EXPECT_EQ(store::Describe("sqlite:./rapport.db"), "sqlite:./rapport.db");
}

INSTANTIATE_TEST_SUITE_P(Engines, MigrationTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
