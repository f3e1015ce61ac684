// Statements run with ExecuteLater: PostgreSQL sends them with the statements that follow and reads their
// answers later; SQLite runs them at once. Either way a transaction commits all of them or none.
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rapport::test {
namespace {

constexpr std::string_view kInsertTeam =
    "INSERT INTO team (name, version, created_at, created_by, updated_at, updated_by) VALUES (?, 1, 0, 1, 0, 1)";
constexpr std::string_view kInsertTwoTeams =
    "INSERT INTO team (name, version, created_at, created_by, updated_at, updated_by) "
    "VALUES (?, 1, 0, 1, 0, 1), (?, 1, 0, 1, 0, 1)";

class DeferredStatementTest : public StoreTest {
protected:
    static Status AddTeam(store::Transaction& transaction, const std::string& name) {
        std::vector<store::Value> params{name};
        return transaction.ExecuteLater(kInsertTeam, params);
    }

    std::int64_t CountIn(store::Transaction& transaction, std::string_view table_count_sql) {
        std::int64_t count = -1;
        auto status = transaction.Query(table_count_sql, {}, [&](const store::Row& row) -> Status {
            count = row.Int(0);
            return {};
        });
        EXPECT_TRUE(status) << status.error().message;
        return count;
    }
};

TEST_P(DeferredStatementTest, TheNextQueryOfTheTransactionSeesWhatWasSentBeforeIt) {
    std::int64_t seen = -1;
    auto status = Write([&](store::Transaction& transaction) -> Status {
        RAPPORT_CHECK(AddTeam(transaction, "North"));
        RAPPORT_CHECK(AddTeam(transaction, "South"));
        seen = CountIn(transaction, "SELECT COUNT(*) FROM team");
        return {};
    });

    ASSERT_TRUE(status) << status.error().message;
    EXPECT_EQ(seen, 2);
    EXPECT_EQ(CountRows("team"), 2);
}

TEST_P(DeferredStatementTest, AFailureReportedLaterStillFailsTheTransactionAndKeepsNothing) {
    ASSERT_TRUE(Write([&](store::Transaction& transaction) { return AddTeam(transaction, "Existing"); }));

    // The duplicate is refused either at once (SQLite) or with the commit (PostgreSQL): the transaction fails
    // in both cases, and the team sent before it is not kept.
    auto status = Write([&](store::Transaction& transaction) -> Status {
        RAPPORT_CHECK(AddTeam(transaction, "North"));
        RAPPORT_CHECK(AddTeam(transaction, "Existing"));
        return {};
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kConflict);
    EXPECT_EQ(CountRows("team"), 1);
}

TEST_P(DeferredStatementTest, AFailureIsReportedByTheNextQueryWhichThenReadsNothing) {
    ASSERT_TRUE(Write([&](store::Transaction& transaction) { return AddTeam(transaction, "Existing"); }));
    bool called = false;

    auto status = Write([&](store::Transaction& transaction) -> Status {
        auto sent = AddTeam(transaction, "Existing");
        if (!sent) return sent;  // SQLite: refused at once.
        return transaction.Query("SELECT COUNT(*) FROM team", {}, [&](const store::Row&) -> Status {
            called = true;
            return {};
        });
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kConflict);
    EXPECT_FALSE(called);
}

TEST_P(DeferredStatementTest, TheConnectionServesTheNextTransactionsAfterAFailure) {
    ASSERT_TRUE(Write([&](store::Transaction& transaction) { return AddTeam(transaction, "Existing"); }));
    // The failing pipeline is the first to prepare this statement: it must be prepared again afterwards.
    auto failed = Write([&](store::Transaction& transaction) -> Status {
        std::vector<store::Value> params{std::string("Existing"), std::string("North")};
        RAPPORT_CHECK(transaction.ExecuteLater(kInsertTwoTeams, params));
        return transaction.Query("SELECT 1", {}, [](const store::Row&) -> Status { return {}; });
    });
    ASSERT_FALSE(failed);

    for (int round = 0; round < 4; ++round) {
        auto status = Write([&](store::Transaction& transaction) -> Status {
            std::vector<store::Value> params{"East " + std::to_string(round), "West " + std::to_string(round)};
            return transaction.ExecuteLater(kInsertTwoTeams, params);
        });
        ASSERT_TRUE(status) << status.error().message;
        auto read = Read([&](store::Transaction& transaction) -> Status {
            EXPECT_EQ(CountIn(transaction, "SELECT COUNT(*) FROM team"), 3 + 2 * round);
            return {};
        });
        ASSERT_TRUE(read) << read.error().message;
    }
}

TEST_P(DeferredStatementTest, AThousandStatementsSentWithoutWaitingAllCommit) {
    constexpr int kTeams = 1000;

    auto status = Write([&](store::Transaction& transaction) -> Status {
        for (int i = 0; i < kTeams; ++i) RAPPORT_CHECK(AddTeam(transaction, "Team " + std::to_string(i)));
        return {};
    });

    ASSERT_TRUE(status) << status.error().message;
    EXPECT_EQ(CountRows("team"), kTeams);
}

TEST_P(DeferredStatementTest, ReadsOneAfterAnotherEachSeeTheWritesCommittedBeforeThem) {
    // A read's commit is not waited for on PostgreSQL; the next transaction on that connection must still
    // start after it, with a snapshot of its own.
    for (int i = 0; i < 20; ++i) {
        ASSERT_TRUE(
            Write([&](store::Transaction& transaction) { return AddTeam(transaction, "T" + std::to_string(i)); }));
        auto read = Read([&](store::Transaction& transaction) -> Status {
            EXPECT_EQ(CountIn(transaction, "SELECT COUNT(*) FROM team"), i + 1);
            return {};
        });
        ASSERT_TRUE(read) << read.error().message;
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, DeferredStatementTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
