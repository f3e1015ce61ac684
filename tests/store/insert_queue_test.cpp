#include "store/insert_queue.hpp"
#include "store/record_store.hpp"

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Account;
using domain::Deal;
using store::InsertQueue;

// Rows written many to a statement, with ids taken ahead of their INSERT: how a batch (an import) writes.
class InsertQueueTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        owner_ = AddUser("owner@example.com").id;
    }

    // Queues `count` accounts named "Queued <i>" and flushes the queue; the ids they were given.
    Result<std::vector<std::int64_t>> QueueAccounts(int count, std::size_t rows_per_statement) {
        std::vector<std::int64_t> ids;
        auto status = Write([&](store::Transaction& transaction) -> Status {
            auto queue = store::RecordStore<Account>::NewQueue(rows_per_statement);
            for (int i = 0; i < count; ++i) {
                auto account = RAPPORT_TRY(store::RecordStore<Account>::InsertQueued(
                    transaction, queue, MakeAccount(owner_, "Queued " + std::to_string(i)), owner_, FixtureNow()));
                ids.push_back(ToInt(account.id));
            }
            return queue.Flush(transaction);
        });
        if (!status) return status.error();
        return ids;
    }

    UserId owner_{};
};

TEST_P(InsertQueueTest, QueuedRecordsAreWrittenWithTheIdsTheyWereGivenWhateverTheirNumber) {
    auto before = Add(MakeAccount(owner_, "Before"));

    // 64 to a statement: one full statement, then 16, 4 and 1 for the remainder.
    auto ids = QueueAccounts(85, 64);

    ASSERT_TRUE(ids) << ids.error().message;
    ASSERT_EQ(ids->size(), 85u);
    for (std::size_t i = 0; i < ids->size(); ++i) {
        EXPECT_GT((*ids)[i], i == 0 ? ToInt(before.id) : (*ids)[i - 1]);
        auto found = Find<Account>(static_cast<AccountId>((*ids)[i]));
        ASSERT_TRUE(found) << i;
        EXPECT_EQ(found->name, "Queued " + std::to_string(i));
        EXPECT_EQ(found->meta.version, 1);
        EXPECT_EQ(found->meta.created_by, owner_);
    }
    EXPECT_EQ(CountRows("account"), 86);
}

TEST_P(InsertQueueTest, ARecordInsertedTheUsualWayAfterwardsGetsAnIdOfItsOwn) {
    auto first = QueueAccounts(20, 8);
    ASSERT_TRUE(first) << first.error().message;

    auto later = Add(MakeAccount(owner_, "Later"));
    auto second = QueueAccounts(3, 8);

    ASSERT_TRUE(second) << second.error().message;
    EXPECT_GT(ToInt(later.id), first->back());
    EXPECT_GT(second->front(), ToInt(later.id));
    EXPECT_EQ(CountRows("account"), 24);
}

TEST_P(InsertQueueTest, RowsThatReferToQueuedRecordsAreWrittenAfterThem) {
    auto account = Add(MakeAccount(owner_));
    auto status = Write([&](store::Transaction& transaction) -> Status {
        auto deals = store::RecordStore<Deal>::NewQueue(2);
        InsertQueue history("deal_stage_history (deal_id, stage, entered_at, entered_by)", 4, 2);
        history.Follow(deals);
        // The deals' queue writes itself, then the history, at the second deal; the third deal is still
        // queued when the history is flushed, and goes first.
        for (int i = 0; i < 3; ++i) {
            auto deal = RAPPORT_TRY(store::RecordStore<Deal>::InsertQueued(
                transaction, deals, MakeDeal(account.id, owner_), owner_, FixtureNow()));
            std::vector<store::Value> row{ToInt(deal.id), std::string("new"), std::int64_t{1}, ToInt(owner_)};
            RAPPORT_CHECK(history.Add(transaction, row));
        }
        return history.Flush(transaction);
    });

    ASSERT_TRUE(status) << status.error().message;
    EXPECT_EQ(CountRows("deal"), 3);
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM deal_stage_history JOIN deal ON deal.id = deal_stage_history.deal_id"), 3);
}

TEST_P(InsertQueueTest, ARowTheDatabaseRefusesFailsItsWholeGroupAsAnInternalError) {
    auto status = Write([&](store::Transaction& transaction) -> Status {
        InsertQueue history("deal_stage_history (deal_id, stage, entered_at, entered_by)", 4, 4);
        // No deal 999: the foreign key refuses the row, and with it the three written beside it.
        for (std::int64_t deal : {999, 999, 999, 999}) {
            std::vector<store::Value> row{deal, std::string("new"), std::int64_t{1}, ToInt(owner_)};
            RAPPORT_CHECK(history.Add(transaction, row));
        }
        return Status{};
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInternal);
    EXPECT_NE(status.error().message.find("deal_stage_history"), std::string::npos) << status.error().message;
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM deal_stage_history"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, InsertQueueTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
