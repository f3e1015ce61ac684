#include "service/rule_helpers.hpp"
#include "service/services.hpp"

#include "store/list_fixture.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Account;
using domain::Contact;
using service::Context;

// The search documents a batch rewrites when it finishes, against those RefreshSearchDocument builds for one
// account alone.
class SearchRefreshTest : public ListQueryTest {
protected:
    void SetUp() override {
        ListQueryTest::SetUp();
        if (HasFatalFailure()) return;
        admin_ = service::SystemCaller(AddUser("admin@example.com", domain::Role::kAdmin).id);
    }

    // Runs `work` as an import runs its rows: one write transaction, one batch, finished before the commit.
    Status InBatch(const std::function<void(Context&)>& work) {
        return Write([&](store::Transaction& transaction) -> Status {
            service::Batch batch;
            Context context{transaction, admin_, FixtureNow(), &batch};
            work(context);
            return service::FinishBatch(context);
        });
    }

    // Accounts named "Account <i>" for i in [0, count), created in one batch; their ids ascend.
    std::vector<AccountId> CreateAccounts(int count) {
        std::vector<AccountId> ids;
        auto finished = InBatch([&](Context& context) {
            for (int i = 0; i < count; ++i) {
                auto account =
                    service::RecordService<Account>(database())
                        .CreateIn(context, MakeAccount(owner_, "Account " + std::to_string(i)), {"name", "owner_id"});
                ASSERT_TRUE(account) << account.error().message;
                ids.push_back(account->id);
            }
        });
        EXPECT_TRUE(finished) << finished.error().message;
        return ids;
    }

    static Contact NamedContact(AccountId account, std::string first_name, std::string last_name,
                                std::optional<std::string> email = std::nullopt) {
        auto contact = MakeContact(account, std::move(last_name));
        contact.first_name = std::move(first_name);
        contact.email = std::move(email);
        return contact;
    }

    static void CreateIn(Context& context, service::RecordService<Contact>& contacts, Contact contact) {
        auto created =
            contacts.CreateIn(context, std::move(contact), {"account_id", "first_name", "last_name", "email"});
        ASSERT_TRUE(created) << created.error().message;
    }

    // Every stored search document by account id.
    std::map<std::int64_t, std::string> Documents() {
        std::map<std::int64_t, std::string> documents;
        EXPECT_TRUE(Read([&](store::Transaction& transaction) {
            auto sql = transaction.engine() == store::Engine::kSqlite
                           ? "SELECT rowid, document FROM account_search"
                           : "SELECT account_id, document FROM account_search";
            return transaction.Query(sql, {}, [&](const store::Row& row) -> Status {
                documents.emplace(row.Int(0), std::string(row.Text(1)));
                return {};
            });
        }));
        return documents;
    }

    // Rewrites the documents of `ids` one account at a time, outside any batch.
    void RefreshOneByOne(const std::vector<AccountId>& ids) {
        auto status = Write([&](store::Transaction& transaction) -> Status {
            Context context{transaction, admin_, FixtureNow(), nullptr};
            for (auto id : ids) RAPPORT_CHECK(service::RefreshSearchDocument(context, id));
            return {};
        });
        ASSERT_TRUE(status) << status.error().message;
    }

    service::Caller admin_;
};

TEST_P(SearchRefreshTest, ABatchOfContactsLeavesEachDocumentAsRefreshingItsAccountAloneWould) {
    // Many touched accounts, most of them close together and some far apart (every fiftieth of the last
    // ones), each with one to three contacts, and one contact archived before the batch.
    constexpr int kAccounts = 2600;
    auto ids = CreateAccounts(kAccounts);
    ASSERT_EQ(ids.size(), static_cast<std::size_t>(kAccounts));
    service::RecordService<Contact> contacts(database());
    auto archived = contacts.Create(admin_, NamedContact(ids[5], "Zeno", "Archivist"), {"account_id", "last_name"});
    ASSERT_TRUE(archived) << archived.error().message;
    ASSERT_TRUE(contacts.Archive(admin_, archived->id, std::nullopt));
    auto touched = [](int i) { return i < 2000 ? i % 7 != 3 : i % 50 == 0; };

    auto finished = InBatch([&](Context& context) {
        for (int i = 0; i < kAccounts; ++i) {
            if (!touched(i)) continue;
            auto tag = std::to_string(i);
            for (int k = 0; k <= i % 3; ++k) {
                auto email = k == 1 ? std::optional<std::string>("mail" + tag + "@example.com") : std::nullopt;
                CreateIn(context, contacts,
                         NamedContact(ids[i], "Fn" + tag, "Ln" + tag + "x" + std::to_string(k), email));
            }
        }
    });

    ASSERT_TRUE(finished) << finished.error().message;
    auto after_batch = Documents();
    EXPECT_EQ(after_batch.size(), static_cast<std::size_t>(kAccounts));
    EXPECT_EQ(after_batch[ToInt(ids[5])], "Account 5 Fn5 Ln5x0 Fn5 Ln5x1 mail5@example.com Fn5 Ln5x2");
    EXPECT_EQ(after_batch[ToInt(ids[3])], "Account 3");
    EXPECT_EQ(after_batch[ToInt(ids[2050])], "Account 2050 Fn2050 Ln2050x0 Fn2050 Ln2050x1 mail2050@example.com");
    RefreshOneByOne(ids);
    EXPECT_EQ(Documents(), after_batch);
    for (int i : {0, 1, 1023, 1024, 1026, 1999, 2000, 2550}) {
        auto tag = std::to_string(i);
        EXPECT_EQ(Found("ln" + tag + "x0"), (std::vector{ToInt(ids[i])})) << tag;
    }
    EXPECT_TRUE(Found("archivist").empty());
}

TEST_P(SearchRefreshTest, AnAccountWhoseContactsCameInSeveralBatchesIsFoundByEachOfThem) {
    auto ids = CreateAccounts(40);
    service::RecordService<Contact> contacts(database());
    auto add = [&](int account, std::string first_name, std::string last_name) {
        return InBatch([&](Context& context) {
            CreateIn(context, contacts, NamedContact(ids[0], "Filler", "Filler"));
            CreateIn(context, contacts, NamedContact(ids[account], std::move(first_name), std::move(last_name)));
            CreateIn(context, contacts, NamedContact(ids[39], "Filler", "Filler"));
        });
    };

    ASSERT_TRUE(add(20, "Ada", "Lovelace"));
    ASSERT_TRUE(add(20, "Grace", "Hopper"));
    ASSERT_TRUE(add(21, "Alan", "Turing"));

    auto expected = std::vector{ToInt(ids[20])};
    EXPECT_EQ(Found("lovelace"), expected);
    EXPECT_EQ(Found("hopper"), expected);
    EXPECT_EQ(Found("ada grace account"), expected);
    EXPECT_EQ(Found("turing"), (std::vector{ToInt(ids[21])}));
    EXPECT_EQ(Documents()[ToInt(ids[20])], "Account 20 Ada Lovelace Grace Hopper");
}

INSTANTIATE_TEST_SUITE_P(Engines, SearchRefreshTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
