#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Activity;

// The threshold below which SQLite keeps a table's indexes whatever its size (sqlite_transaction.cpp).
constexpr std::int64_t kManyRows = 100'000;

class DeferredIndexTest : public StoreTest {
protected:
    // The names and definitions of the indexes of `table` other than its key, as `transaction` sees them.
    static std::vector<std::string> IndexesOf(store::Transaction& transaction, const std::string& table) {
        auto sql = transaction.engine() == store::Engine::kSqlite
                       ? "SELECT name || ': ' || sql FROM sqlite_schema "
                         "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"
                       : "SELECT indexname || ': ' || indexdef FROM pg_indexes "
                         "WHERE tablename = ? AND schemaname = current_schema() AND indexname NOT LIKE '%_pkey' "
                         "ORDER BY indexname";
        std::vector<std::string> indexes;
        EXPECT_TRUE(transaction.Query(sql, std::vector<store::Value>{table}, [&](const store::Row& row) {
            indexes.emplace_back(row.Text(0));
            return Status{};
        }));
        return indexes;
    }

    std::vector<std::string> IndexesOf(const std::string& table) {
        std::vector<std::string> indexes;
        EXPECT_TRUE(Read([&](store::Transaction& transaction) {
            indexes = IndexesOf(transaction, table);
            return Status{};
        }));
        return indexes;
    }

    // Runs a bulk write that says it has written `rows` activities and adds one, returning the activity
    // indexes it saw after saying so; `outcome` is what the work returns (an error rolls it back).
    std::vector<std::string> BulkWrite(std::int64_t rows, UserId owner, Status outcome = {}) {
        std::vector<std::string> seen;
        auto status = database().Transact(store::Access::kBulkWrite, [&](store::Transaction& transaction) -> Status {
            RAPPORT_CHECK(transaction.DeferIndexes("activity", 0));
            RAPPORT_TRY(store::RecordStore<Activity>::Insert(transaction, MakeActivity(owner), owner, FixtureNow()));
            RAPPORT_CHECK(transaction.DeferIndexes("activity", rows));
            seen = IndexesOf(transaction, "activity");
            return outcome;
        });
        EXPECT_EQ(static_cast<bool>(status), static_cast<bool>(outcome));
        return seen;
    }
};

TEST_P(DeferredIndexTest, AManyRowWriteBuildsTheIndexesItDroppedBeforeItCommits) {
    auto owner = AddUser("owner@example.com");
    auto before = IndexesOf("activity");
    ASSERT_EQ(before.size(), 3u);

    auto during = BulkWrite(kManyRows, owner.id);

    // SQLite drops them for the write; PostgreSQL keeps them, so that readers are not locked out.
    if (GetParam() == "sqlite") {
        EXPECT_TRUE(during.empty());
    } else {
        EXPECT_EQ(during, before);
    }
    EXPECT_EQ(IndexesOf("activity"), before);
    auto mine = List<Activity>({}, OwnersScope({ToInt(owner.id)}));
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->items.size(), 1u);
}

TEST_P(DeferredIndexTest, TheIndexesCanBeBuiltBeforeTheReadsThatNeedThem) {
    auto owner = AddUser("owner@example.com");
    auto before = IndexesOf("activity");

    std::vector<std::string> rebuilt;
    ASSERT_TRUE(database().Transact(store::Access::kBulkWrite, [&](store::Transaction& transaction) -> Status {
        RAPPORT_CHECK(transaction.DeferIndexes("activity", 0));
        RAPPORT_CHECK(transaction.DeferIndexes("activity", kManyRows));
        RAPPORT_CHECK(transaction.BuildDeferredIndexes());
        rebuilt = IndexesOf(transaction, "activity");
        return Status{};
    }));

    EXPECT_EQ(rebuilt, before);
    EXPECT_EQ(IndexesOf("activity"), before);
}

TEST_P(DeferredIndexTest, AWriteOfFewerRowsKeepsTheIndexes) {
    auto owner = AddUser("owner@example.com");
    auto before = IndexesOf("activity");

    EXPECT_EQ(BulkWrite(kManyRows - 1, owner.id), before);
}

TEST_P(DeferredIndexTest, AWriteOfFewerRowsThanTheTableHadKeepsTheIndexes) {
    auto owner = AddUser("owner@example.com");
    // The table's size counts as its largest id: one activity numbered far up stands for many.
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return ToStatus(transaction.Execute(
            "INSERT INTO activity (id, version, created_at, created_by, updated_at, updated_by, kind, subject, "
            "owner_id) "
            "VALUES (?, 1, 0, ?, 0, ?, 'task', 'Far up', ?)",
            std::vector<store::Value>{3 * kManyRows, ToInt(owner.id), ToInt(owner.id), ToInt(owner.id)}));
    }));
    auto before = IndexesOf("activity");

    EXPECT_EQ(BulkWrite(2 * kManyRows, owner.id), before);
    if (GetParam() == "sqlite") {
        EXPECT_TRUE(BulkWrite(3 * kManyRows + 1, owner.id).empty());
    }
    EXPECT_EQ(IndexesOf("activity"), before);
}

TEST_P(DeferredIndexTest, AUniqueIndexStaysToRefuseDuplicatesAsTheyAreWritten) {
    ASSERT_EQ(IndexesOf("team").size(), 1u);  // team_name, unique among teams not archived.

    std::vector<std::string> during;
    auto status = database().Transact(store::Access::kBulkWrite, [&](store::Transaction& transaction) -> Status {
        RAPPORT_CHECK(transaction.DeferIndexes("team", 0));
        RAPPORT_CHECK(transaction.DeferIndexes("team", kManyRows));
        during = IndexesOf(transaction, "team");
        RAPPORT_TRY(
            store::RecordStore<domain::Team>::Insert(transaction, MakeTeam("North"), kFixtureUser, FixtureNow()));
        RAPPORT_TRY(
            store::RecordStore<domain::Team>::Insert(transaction, MakeTeam("North"), kFixtureUser, FixtureNow()));
        return Status{};
    });

    EXPECT_EQ(during.size(), 1u);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kConflict);
    EXPECT_EQ(CountRows("team"), 0);
}

TEST_P(DeferredIndexTest, AFailedWriteLeavesTheIndexesAndRowsAsTheyWere) {
    auto owner = AddUser("owner@example.com");
    auto before = IndexesOf("activity");

    BulkWrite(kManyRows, owner.id, MakeError(ErrorCode::kConflict, "rolled back on purpose"));

    EXPECT_EQ(IndexesOf("activity"), before);
    EXPECT_EQ(CountRows("activity"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, DeferredIndexTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
