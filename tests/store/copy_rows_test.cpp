#include "store/insert_queue.hpp"
#include "store/record_store.hpp"

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Account;
using store::InsertQueue;

// Text that COPY's text format must escape or pass through untouched, each as an account's name.
const std::vector<std::string>& AwkwardTexts() {
    static const std::vector<std::string> texts{
        "Tab\there",
        "Line\nbreak",
        "Carriage\r\nreturn",
        "Back\\slash \\N \\t \\\\",
        "\\.",
        "\\N",
        "Quotes ' \" , ; | and a trailing backslash \\",
        "देवनागरी व्यापार प्रा. लि.",
        "חברת בדיקה בע״מ",
        "Ünïcödé — “typographic” ✓",
        "  spaces around  ",
    };
    return texts;
}

// How a queue writes a batch's rows on each engine: multi-row INSERTs on SQLite, COPY on PostgreSQL (which
// holds more rows once it has copied). Either way the rows read back exactly as they were queued.
class CopyRowsTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        owner_ = AddUser("owner@example.com").id;
    }

    // Queues `accounts` eight to a write, flushes, and returns the ids given.
    Result<std::vector<AccountId>> QueueAll(const std::vector<Account>& accounts) {
        std::vector<AccountId> ids;
        auto status = Write([&](store::Transaction& transaction) -> Status {
            auto queue = store::RecordStore<Account>::NewQueue(8);
            for (const auto& account : accounts) {
                auto queued = RAPPORT_TRY(
                    store::RecordStore<Account>::InsertQueued(transaction, queue, account, owner_, FixtureNow()));
                ids.push_back(queued.id);
            }
            return queue.Flush(transaction);
        });
        if (!status) return status.error();
        return ids;
    }

    UserId owner_{};
};

TEST_P(CopyRowsTest, SpecialCharactersAndNullsReadBackAsTheyWereQueued) {
    std::vector<Account> accounts;
    // More than one write: the first of eight rows, then the rest together where the engine copies.
    for (int round = 0; round < 4; ++round) {
        for (const auto& text : AwkwardTexts()) {
            auto account = MakeAccount(owner_, text + " #" + std::to_string(round));
            account.email = std::nullopt;
            account.phone = std::string();  // Empty text is not NULL.
            account.address = text;         // Text that ends the row (a newline) or the value (a tab) mid-row.
            accounts.push_back(std::move(account));
        }
    }

    auto ids = QueueAll(accounts);

    ASSERT_TRUE(ids) << ids.error().message;
    ASSERT_EQ(ids->size(), accounts.size());
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        auto found = Find<Account>((*ids)[i]);
        ASSERT_TRUE(found) << i;
        EXPECT_EQ(found->name, accounts[i].name);
        EXPECT_EQ(found->address, accounts[i].address);
        EXPECT_EQ(found->email, std::nullopt);
        EXPECT_EQ(found->phone, std::optional<std::string>(""));
        EXPECT_EQ(found->owner_id, owner_);
    }
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM account WHERE email IS NULL AND phone = ''"),
              static_cast<std::int64_t>(accounts.size()));
}

TEST_P(CopyRowsTest, ManyLongRowsAreAllWritten) {
    // Some megabytes: COPY hands them to the server in pieces, which split rows anywhere.
    std::vector<Account> accounts;
    for (int i = 0; i < 5000; ++i) {
        auto account = MakeAccount(owner_, "Long " + std::to_string(i) + " " + std::string(300 + i % 7, 'x') + "\t\\");
        accounts.push_back(std::move(account));
    }

    auto ids = QueueAll(accounts);

    ASSERT_TRUE(ids) << ids.error().message;
    EXPECT_EQ(CountRows("account"), 5000);
    for (std::size_t i : {std::size_t{0}, std::size_t{7}, std::size_t{2055}, std::size_t{4999}}) {
        auto found = Find<Account>((*ids)[i]);
        ASSERT_TRUE(found) << i;
        EXPECT_EQ(found->name, accounts[i].name);
    }
}

// Queues ("copy-<name>", 1) rows of schema_migration, whose name is its key, and flushes them.
Status QueueMigrationNames(store::Transaction& transaction, const std::vector<std::string>& names) {
    InsertQueue queue("schema_migration (name, applied_at)", 2, 8);
    for (const auto& name : names) {
        std::vector<store::Value> row{"copy-" + name, std::int64_t{1}};
        RAPPORT_CHECK(queue.Add(transaction, row));
    }
    return queue.Flush(transaction);
}

TEST_P(CopyRowsTest, ADuplicateKeyFailsTheWholeWriteAndLeavesTheDatabaseUsable) {
    // The second "b" is refused in the middle of its write: nothing of the transaction stays.
    auto status = Write([&](store::Transaction& transaction) -> Status {
        RAPPORT_CHECK(QueueMigrationNames(transaction, {"a"}));
        return QueueMigrationNames(transaction, {"b", "c", "b", "d"});
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInternal);
    EXPECT_NE(status.error().message.find("schema_migration"), std::string::npos) << status.error().message;
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM schema_migration WHERE name LIKE 'copy-%'"), 0);

    // The connection went back clean: the next transactions write, copy and read as usual.
    for (int i = 0; i < 3; ++i) {
        auto again = Write([&](store::Transaction& transaction) {
            return QueueMigrationNames(transaction, {"e" + std::to_string(i), "f" + std::to_string(i)});
        });
        ASSERT_TRUE(again) << again.error().message;
    }
    auto account = Add(MakeAccount(owner_, "After"));
    EXPECT_EQ(Find<Account>(account.id)->name, "After");
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM schema_migration WHERE name LIKE 'copy-%'"), 6);
}

TEST_P(CopyRowsTest, ADuplicateInTheMiddleOfALongWriteFailsItAndTheTransaction) {
    // Megabytes of rows after the refused one: the server ignores them, and the failure still names the table.
    std::vector<std::string> names;
    for (int i = 0; i < 6000; ++i) names.push_back(std::to_string(i) + std::string(300, 'n'));
    names[3000] = names[2990];

    auto status = Write([&](store::Transaction& transaction) { return QueueMigrationNames(transaction, names); });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInternal);
    EXPECT_NE(status.error().message.find("schema_migration"), std::string::npos) << status.error().message;
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM schema_migration WHERE name LIKE 'copy-%'"), 0);
    ASSERT_TRUE(Write([&](store::Transaction& transaction) { return QueueMigrationNames(transaction, {"x"}); }));
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM schema_migration WHERE name LIKE 'copy-%'"), 1);
}

TEST_P(CopyRowsTest, ARowThatDuplicatesAStoredOneFailsItsWrite) {
    ASSERT_TRUE(Write([&](store::Transaction& transaction) { return QueueMigrationNames(transaction, {"kept"}); }));

    auto status = Write([&](store::Transaction& transaction) {
        return QueueMigrationNames(transaction, {"new", "kept"});
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInternal);
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM schema_migration WHERE name LIKE 'copy-%'"), 1);
}

// How many accounts `query` finds through the engine's full-text index.
Result<std::int64_t> CountMatches(store::Transaction& transaction, std::string_view query) {
    auto filter = transaction.MatchAccounts(query, Everything());
    std::int64_t count = 0;
    RAPPORT_CHECK(transaction.Query("SELECT COUNT(*) FROM account WHERE " + filter.sql, filter.params,
                                    [&](const store::Row& row) -> Status {
                                        count = row.Int(0);
                                        return {};
                                    }));
    return count;
}

TEST_P(CopyRowsTest, ManySearchDocumentsAreAddedAndReplacedAtOnce) {
    // Enough documents at once for PostgreSQL to copy them (and their awkward text) rather than INSERT them.
    std::vector<Account> accounts;
    for (int i = 0; i < 600; ++i) accounts.push_back(MakeAccount(owner_, "Doc " + std::to_string(i)));
    auto ids = QueueAll(accounts);
    ASSERT_TRUE(ids) << ids.error().message;
    auto documents = [&](std::string_view words) {
        std::vector<store::SearchDocument> all;
        for (std::size_t i = 0; i < ids->size(); ++i) {
            const auto& awkward = AwkwardTexts()[i % AwkwardTexts().size()];
            all.push_back({ToInt((*ids)[i]), ToInt(owner_), std::string(words) + " " + awkward});
        }
        all[5].text.clear();  // No document.
        return all;
    };

    auto added = Write(
        [&](store::Transaction& transaction) { return transaction.AddSearchDocuments(documents("Kestrel देवनागरी")); });
    ASSERT_TRUE(added) << added.error().message;
    auto replaced = Write(
        [&](store::Transaction& transaction) { return transaction.ReplaceSearchDocuments(documents("Osprey בדיקה")); });
    ASSERT_TRUE(replaced) << replaced.error().message;

    std::int64_t kestrel = -1, osprey = -1, hebrew = -1, backslash = -1;
    ASSERT_TRUE(Read([&](store::Transaction& transaction) -> Status {
        kestrel = RAPPORT_TRY(CountMatches(transaction, "kestrel"));
        osprey = RAPPORT_TRY(CountMatches(transaction, "osprey"));
        hebrew = RAPPORT_TRY(CountMatches(transaction, "בדיקה"));
        backslash = RAPPORT_TRY(CountMatches(transaction, "osprey slash"));
        return {};
    }));
    EXPECT_EQ(kestrel, 0);
    EXPECT_EQ(osprey, 599);
    EXPECT_EQ(hebrew, 599);
    // "Back\\slash …" is the fourth awkward text: every eleventh account.
    EXPECT_EQ(backslash, 600 / 11 + (600 % 11 > 3 ? 1 : 0));
}

INSTANTIATE_TEST_SUITE_P(Engines, CopyRowsTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
