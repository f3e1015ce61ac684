#include "service/services.hpp"

#include "store/list_fixture.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Account;
using domain::Contact;
using domain::Deal;
using service::Caller;
using service::Context;

// Creates run as an import runs them: one write transaction, one batch, finished before the commit.
class BatchTest : public ListQueryTest {
protected:
    void SetUp() override {
        ListQueryTest::SetUp();
        if (HasFatalFailure()) return;
        admin_ = service::SystemCaller(AddUser("admin@example.com", domain::Role::kAdmin).id);
    }

    Status InBatch(const Caller& caller, const std::function<void(Context&)>& work) {
        return Write([&](store::Transaction& transaction) -> Status {
            service::Batch batch;
            Context context{transaction, caller, FixtureNow(), &batch};
            work(context);
            return service::FinishBatch(context);
        });
    }

    template <typename Record>
    Result<Record> Create(Context& context, Record draft, const service::FieldNames& given) {
        return service::RecordService<Record>(database()).CreateIn(context, std::move(draft), given);
    }

    Contact NamedContact(AccountId account, std::string first_name, std::string last_name) {
        auto contact = MakeContact(account, std::move(last_name));
        contact.first_name = std::move(first_name);
        return contact;
    }

    std::int64_t CountAuditRows(const std::string& collection) {
        return ReadInt("SELECT COUNT(*) FROM audit WHERE collection = ? AND action = 'create'", {collection});
    }

    Caller admin_;
};

TEST_P(BatchTest, ContactsCreatedInABatchMakeTheirAccountFoundByTheirNames) {
    std::vector<std::int64_t> ids;
    ASSERT_TRUE(InBatch(admin_, [&](Context& context) {
        for (auto name : {"Nordwind Logistik", "Alpen Bau"}) {
            auto account = Create(context, MakeAccount(owner_, name), {"name", "owner_id"});
            ASSERT_TRUE(account) << account.error().message;
            ids.push_back(ToInt(account->id));
        }
    }));
    auto nordwind = AccountId{ids[0]};
    auto alpen = AccountId{ids[1]};

    auto finished = InBatch(admin_, [&](Context& context) {
        EXPECT_TRUE(Create(context, NamedContact(nordwind, "Ada", "Lovelace"), {"account_id", "last_name"}));
        EXPECT_TRUE(Create(context, NamedContact(alpen, "Alan", "Turing"), {"account_id", "last_name"}));
        EXPECT_TRUE(Create(context, NamedContact(nordwind, "Grace", "Hopper"), {"account_id", "last_name"}));
    });

    ASSERT_TRUE(finished) << finished.error().message;
    EXPECT_EQ(Found("nordwind"), (std::vector{ids[0]}));
    EXPECT_EQ(Found("lovelace"), (std::vector{ids[0]}));
    EXPECT_EQ(Found("grace hopper nordwind"), (std::vector{ids[0]}));
    EXPECT_EQ(Found("turing alpen"), (std::vector{ids[1]}));
}

TEST_P(BatchTest, AnAccountCreatedAloneIsFoundByItsNameAtOnce) {
    service::RecordService<Account> accounts(database());

    auto account = accounts.Create(admin_, MakeAccount(owner_, "Meridian Pharma"), {"name", "owner_id"});

    ASSERT_TRUE(account) << account.error().message;
    EXPECT_EQ(Found("meridian"), (std::vector{ToInt(account->id)}));
}

TEST_P(BatchTest, EveryCreateOfABatchIsAuditedWhenItFinishes) {
    // More than one statement's worth of audit rows, and a remainder.
    constexpr int kAccounts = 75;

    auto finished = InBatch(admin_, [&](Context& context) {
        for (int i = 0; i < kAccounts; ++i) {
            EXPECT_TRUE(Create(context, MakeAccount(owner_, "Account " + std::to_string(i)), {"name", "owner_id"}));
        }
    });

    ASSERT_TRUE(finished) << finished.error().message;
    EXPECT_EQ(CountAuditRows("accounts"), kAccounts);
    EXPECT_EQ(Found("account").size(), 50u);  // A full first page.
}

TEST_P(BatchTest, WhatABatchRemembersNeverLetsThroughWhatItHasNotSeen) {
    auto manager = AddUser("manager@example.com");
    auto retired = MakeUser("retired@example.com");
    retired.active = false;
    auto retired_id = Add(retired).id;
    Caller caller;
    caller.id = manager.id;
    caller.scope = OwnersScope({ToInt(manager.id)}, ToInt(manager.id));
    auto mine = Add(MakeAccount(manager.id, "Mine"));
    auto theirs = Add(MakeAccount(owner_, "Theirs"));
    std::vector<Result<Deal>> deals;

    auto finished = InBatch(caller, [&](Context& context) {
        deals.push_back(Create(context, MakeDeal(mine.id, manager.id), {"account_id", "owner_id"}));
        deals.push_back(Create(context, MakeDeal(theirs.id, manager.id), {"account_id", "owner_id"}));
        deals.push_back(Create(context, MakeDeal(mine.id, retired_id), {"account_id", "owner_id"}));
        deals.push_back(Create(context, MakeDeal(mine.id, manager.id), {"account_id", "owner_id"}));
    });

    ASSERT_TRUE(finished) << finished.error().message;
    ASSERT_EQ(deals.size(), 4u);
    EXPECT_TRUE(deals[0]);
    ASSERT_FALSE(deals[1]);
    EXPECT_EQ(deals[1].error().field, "account_id");
    ASSERT_FALSE(deals[2]);
    EXPECT_EQ(deals[2].error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(deals[2].error().field, "owner_id");
    EXPECT_TRUE(deals[3]);
    EXPECT_EQ(CountAuditRows("deals"), 2);
}

TEST_P(BatchTest, DealsCreatedInABatchGetTheirWholeStageHistory) {
    // Five stages each: one full statement of stage history rows, and a remainder.
    constexpr std::size_t kDeals = 20;
    auto account = Add(MakeAccount(owner_, "Meridian"));
    std::vector<std::int64_t> ids;

    auto finished = InBatch(admin_, [&](Context& context) {
        for (std::size_t i = 0; i < kDeals; ++i) {
            auto draft = MakeDeal(account.id, owner_);
            draft.stage = domain::Stage::kWon;
            auto deal = Create(context, std::move(draft), {"account_id", "owner_id", "stage"});
            ASSERT_TRUE(deal) << deal.error().message;
            ids.push_back(ToInt(deal->id));
        }
    });

    ASSERT_TRUE(finished) << finished.error().message;
    std::vector<std::string> expected;
    for (auto id : ids) {
        for (std::string stage : {"new", "qualified", "proposal", "negotiation", "won"}) {
            expected.push_back(std::to_string(id) + " " + stage + " " + std::to_string(ToInt(admin_.id)));
        }
    }
    std::vector<std::string> history;
    EXPECT_TRUE(Read([&](store::Transaction& transaction) {
        return transaction.Query("SELECT deal_id, stage, entered_by FROM deal_stage_history ORDER BY id", {},
                                 [&](const store::Row& row) -> Status {
                                     history.push_back(std::to_string(row.Int(0)) + " " + std::string(row.Text(1)) +
                                                       " " + std::to_string(row.Int(2)));
                                     return {};
                                 });
    }));
    EXPECT_EQ(history, expected);
}

TEST_P(BatchTest, ABatchAuditedAsOneRowWritesOneImportRowWithItsCountAndIds) {
    std::vector<std::int64_t> ids;

    auto finished = Write([&](store::Transaction& transaction) -> Status {
        service::Batch batch;
        batch.AuditAsOneRow([] { return boost::json::object{{"file", "accounts.csv"}}; });
        Context context{transaction, admin_, FixtureNow(), &batch};
        for (auto name : {"Nordwind", "Alpen", "Ostsee"}) {
            auto account = Create(context, MakeAccount(owner_, name), {"name", "owner_id"});
            RAPPORT_CHECK(ToStatus(account));
            ids.push_back(ToInt(account->id));
        }
        return service::FinishBatch(context);
    });

    ASSERT_TRUE(finished) << finished.error().message;
    EXPECT_EQ(CountAuditRows("accounts"), 0);
    EXPECT_EQ(
        ReadInt("SELECT COUNT(*) FROM audit WHERE collection = 'accounts' AND action = 'import' AND record_id = ?",
                {ids.front()}),
        1);
    std::string changes;
    ASSERT_TRUE(Read([&](store::Transaction& transaction) {
        return transaction.Query("SELECT changes FROM audit WHERE action = 'import'", {},
                                 [&](const store::Row& row) -> Status {
                                     changes = row.Text(0);
                                     return {};
                                 });
    }));
    auto json = boost::json::parse(changes).as_object();
    EXPECT_EQ(json.at("file").as_string(), "accounts.csv");
    EXPECT_EQ(json.at("records").as_int64(), 3);
    EXPECT_EQ(json.at("ids").at("from").as_string(), std::to_string(ids.front()));
    EXPECT_EQ(json.at("ids").at("to").as_string(), std::to_string(ids.back()));
}

INSTANTIATE_TEST_SUITE_P(Engines, BatchTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
