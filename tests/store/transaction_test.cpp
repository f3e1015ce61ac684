#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace rapport::test {
namespace {

using namespace std::chrono_literals;
using domain::Account;
using domain::Deal;
using domain::Team;
using domain::User;

class TransactionTest : public StoreTest {};

TEST_P(TransactionTest, WorkThatFailsRollsBackEverythingItWrote) {
    auto owner = AddUser("owner@example.com");

    auto status = Write([&](store::Transaction& transaction) -> Status {
        RAPPORT_TRY(store::RecordStore<Account>::Insert(transaction, MakeAccount(owner.id), owner.id, FixtureNow()));
        RAPPORT_TRY(store::RecordStore<Team>::Insert(transaction, MakeTeam("North"), owner.id, FixtureNow()));
        return MakeError(ErrorCode::kForbidden, "changed my mind");
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(status.error().message, "changed my mind");
    EXPECT_EQ(CountRows("account"), 0);
    EXPECT_EQ(CountRows("team"), 0);
    auto page = List<Account>({});
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->items.empty());
}

TEST_P(TransactionTest, AFailingStatementRollsBackTheEarlierWritesOfItsTransaction) {
    AddUser("anna@example.com");

    auto status = Write([&](store::Transaction& transaction) -> Status {
        RAPPORT_TRY(store::RecordStore<Team>::Insert(transaction, MakeTeam("North"), kFixtureUser, FixtureNow()));
        RAPPORT_TRY(
            store::RecordStore<User>::Insert(transaction, MakeUser("anna@example.com"), kFixtureUser, FixtureNow()));
        return {};
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kConflict);
    EXPECT_EQ(CountRows("team"), 0);
    EXPECT_EQ(CountRows("app_user"), 1);
}

// After an import, PostgreSQL's statistics count the new rows at once instead of when autovacuum gets to
// them, and leave empty tables unanalysed; SQLite's full-text index finds the same accounts from one segment
// as from many.
TEST_P(TransactionTest, OptimizingAfterABulkWriteKeepsSearchesAndCountsTheRows) {
    auto owner = AddUser("owner@example.com");
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 3; ++i) {
        auto added = Add(MakeAccount(owner.id, "Heron " + std::to_string(i)));
        ids.push_back(ToInt(added.id));
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            return transaction.AddSearchDocument({ToInt(added.id), ToInt(owner.id), added.name});
        }));
    }

    auto optimized = database().OptimizeAfterBulkWrite(1'000'000);

    ASSERT_TRUE(optimized) << optimized.error().message;
    store::ListRequest search;
    search.search = "her";
    auto found = List<Account>(search);
    ASSERT_TRUE(found);
    std::vector<std::int64_t> found_ids;
    for (const auto& account : found->items) found_ids.push_back(ToInt(account.id));
    EXPECT_EQ(found_ids, ids);
    if (database().engine() != store::Engine::kPostgres) return;
    EXPECT_EQ(ReadInt("SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE oid = 'account'::regclass"), 3);
    // reltuples is negative for a table never analysed; an empty table is left so (see OptimizeAfterBulkWrite).
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM pg_class WHERE oid = 'deal'::regclass AND reltuples < 0"), 1);
}

TEST_P(TransactionTest, TheDatabaseIsUsableAfterARollback) {
    auto owner = AddUser("owner@example.com");
    (void)Write([&](store::Transaction&) -> Status { return MakeError(ErrorCode::kInternal, "boom"); });

    auto account = Add(MakeAccount(owner.id));

    EXPECT_TRUE(Find<Account>(account.id));
}

TEST_P(TransactionTest, AWriteIsVisibleToLaterReadTransactions) {
    auto owner = AddUser("owner@example.com");
    ASSERT_TRUE(Find<User>(owner.id));  // Opens a reader before the write.

    auto account = Add(MakeAccount(owner.id));

    EXPECT_TRUE(Find<Account>(account.id));
}

TEST_P(TransactionTest, ReadersInParallelWithAWriterSeeOnlyWholeTransactions) {
    // The writer keeps two deals' probabilities summing to 100 and their versions equal; a reader
    // seeing half of a transaction would see another sum or unequal versions.
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));
    auto left_deal = MakeDeal(account.id, owner.id, "left");
    left_deal.probability = 100;
    auto right_deal = MakeDeal(account.id, owner.id, "right");
    right_deal.probability = 0;
    auto left = Add(left_deal);
    auto right = Add(right_deal);
    const auto left_id = left.id;
    const auto right_id = right.id;
    constexpr int kWrites = 150;
    constexpr int kReaders = 3;
    std::atomic<bool> writing{true};
    std::atomic<int> reads{0};
    std::atomic<int> torn{0};
    std::atomic<int> failures{0};

    std::vector<std::thread> readers;
    for (int i = 0; i < kReaders; ++i) {
        readers.emplace_back([&] {
            while (writing.load()) {
                auto status = Read([&](store::Transaction& transaction) -> Status {
                    auto a = RAPPORT_TRY(store::RecordStore<Deal>::Find(transaction, left_id, Everything()));
                    auto b = RAPPORT_TRY(store::RecordStore<Deal>::Find(transaction, right_id, Everything()));
                    if (!a || !b || a->probability + b->probability != 100 || a->meta.version != b->meta.version) {
                        ++torn;
                    }
                    return {};
                });
                if (!status) ++failures;
                ++reads;
            }
        });
    }
    while (reads.load() == 0) std::this_thread::yield();
    int written = 0;
    for (int i = 1; i <= kWrites; ++i) {
        auto status = Write([&](store::Transaction& transaction) -> Status {
            auto a = left;
            auto b = right;
            a.probability = i % 101;
            b.probability = 100 - i % 101;
            RAPPORT_CHECK(store::RecordStore<Deal>::Update(transaction, a, owner.id, FixtureNow()));
            RAPPORT_CHECK(store::RecordStore<Deal>::Update(transaction, b, owner.id, FixtureNow()));
            left = a;
            right = b;
            return {};
        });
        EXPECT_TRUE(status) << status.error().message;
        if (!status) break;
        ++written;
    }
    writing = false;
    for (auto& reader : readers) reader.join();

    EXPECT_EQ(written, kWrites);
    EXPECT_EQ(torn.load(), 0);
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(Find<Deal>(left_id)->meta.version, kWrites + 1);
    EXPECT_EQ(Find<Deal>(right_id)->meta.version, kWrites + 1);
}

TEST_P(TransactionTest, WritersOnSeveralThreadsAllCommit) {
    auto owner = AddUser("owner@example.com");
    constexpr int kThreads = 4;
    constexpr int kEach = 25;
    std::vector<std::vector<std::int64_t>> ids(kThreads);

    std::vector<std::thread> writers;
    for (int t = 0; t < kThreads; ++t) {
        writers.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                auto account =
                    database().TransactFor<Account>(store::Access::kWrite, [&](store::Transaction& transaction) {
                        return store::RecordStore<Account>::Insert(
                            transaction, MakeAccount(owner.id, "t" + std::to_string(t) + "-" + std::to_string(i)),
                            owner.id, FixtureNow());
                    });
                EXPECT_TRUE(account) << (account ? "" : account.error().message);
                if (account) ids[static_cast<std::size_t>(t)].push_back(ToInt(account->id));
            }
        });
    }
    for (auto& writer : writers) writer.join();

    std::set<std::int64_t> distinct;
    for (const auto& some : ids) distinct.insert(some.begin(), some.end());
    EXPECT_EQ(distinct.size(), static_cast<std::size_t>(kThreads * kEach));
    EXPECT_EQ(CountRows("account"), kThreads * kEach);
}

// Writes that arrive together may be committed together (SQLite's group commit): the ones that fail,
// by their own choice or at a constraint, must leave nothing behind and take nothing of the others.
TEST_P(TransactionTest, ConcurrentWritersThatFailLeaveTheOthersCommitted) {
    auto owner = AddUser("owner@example.com");
    constexpr int kThreads = 8;
    constexpr int kEach = 30;
    std::atomic<int> committed = 0;

    std::vector<std::thread> writers;
    for (int t = 0; t < kThreads; ++t) {
        writers.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                auto name = "t" + std::to_string(t) + "-" + std::to_string(i);
                auto status = Write([&](store::Transaction& transaction) -> Status {
                    RAPPORT_TRY(store::RecordStore<Account>::Insert(transaction, MakeAccount(owner.id, name),
                                                                    owner.id, FixtureNow()));
                    if (i % 3 == 1) return MakeError(ErrorCode::kForbidden, "changed my mind");
                    // Every thread's first team is "Shared": all but one of them hit the unique name.
                    auto team = i % 3 == 2 && i == 2 ? std::string("Shared") : name;
                    RAPPORT_TRY(store::RecordStore<Team>::Insert(transaction, MakeTeam(team), owner.id, FixtureNow()));
                    return {};
                });
                if (status) ++committed;
            }
        });
    }
    for (auto& writer : writers) writer.join();

    // Per thread: 10 give up, and of the 20 others the "Shared" team commits for one thread only.
    EXPECT_EQ(committed.load(), kThreads * 20 - (kThreads - 1));
    EXPECT_EQ(CountRows("account"), committed.load());
    EXPECT_EQ(CountRows("team"), committed.load());
}

TEST_P(TransactionTest, TransactForReturnsTheValueOfItsWork) {
    AddUser("owner@example.com");

    auto count = database().TransactFor<std::int64_t>(store::Access::kRead, [&](store::Transaction& transaction) {
        std::int64_t rows = 0;
        auto status = transaction.Query("SELECT COUNT(*) FROM app_user", {}, [&](const store::Row& row) -> Status {
            rows = row.Int(0);
            return {};
        });
        if (!status) return Result<std::int64_t>(status.error());
        return Result<std::int64_t>(rows);
    });

    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 1);
}

TEST_P(TransactionTest, AnErrorFromARowCallbackStopsTheQueryAndIsReturned) {
    AddUser("a@example.com");
    AddUser("b@example.com");
    int rows = 0;

    auto status = Read([&](store::Transaction& transaction) {
        return transaction.Query("SELECT id FROM app_user", {}, [&](const store::Row&) -> Status {
            ++rows;
            return MakeError(ErrorCode::kNotFound, "stop");
        });
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(rows, 1);
}

TEST_P(TransactionTest, BadSqlIsAnInternalErrorWithoutTheSqlInItsMessage) {
    auto status = Read([&](store::Transaction& transaction) {
        return transaction.Query("SELECT nothing FROM nowhere", {}, [](const store::Row&) -> Status { return {}; });
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInternal);
    EXPECT_EQ(status.error().message, "database error");
}

INSTANTIATE_TEST_SUITE_P(Engines, TransactionTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
