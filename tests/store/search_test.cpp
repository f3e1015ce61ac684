#include "core/base64.hpp"
#include "store/list_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using namespace std::chrono_literals;
using domain::Absence;
using domain::Account;
using domain::Activity;
using domain::Contact;
using domain::Deal;
using domain::Team;

class SearchTest : public ListQueryTest {};

TEST_P(SearchTest, SubstringSearchIgnoresCaseAndTakesWildcardsLiterally) {
    auto account = Add(MakeAccount(owner_));
    auto berg = Add(MakeContact(account.id, "Berg"));
    auto bergmann = Add(MakeContact(account.id, "Bergmann"));
    auto lindberg = Add(MakeContact(account.id, "Lindberg"));
    Add(MakeContact(account.id, "Holm"));
    auto by_email = MakeContact(account.id, "Ek");
    by_email.email = "100%_sure@example.com";
    auto sure = Add(by_email);

    auto ids = [&](std::string query) {
        auto page = List<Contact>(Search(query));
        EXPECT_TRUE(page) << query;
        return page ? IdsOf(page->items) : std::vector<std::int64_t>{};
    };

    std::vector<std::int64_t> bergs{ToInt(berg.id), ToInt(bergmann.id), ToInt(lindberg.id)};
    EXPECT_EQ(ids("berg"), bergs);
    EXPECT_EQ(ids("BERG"), bergs);
    EXPECT_EQ(ids("%_"), (std::vector{ToInt(sure.id)}));
    EXPECT_EQ(ids("0%_s"), (std::vector{ToInt(sure.id)}));
    EXPECT_EQ(ids("_"), (std::vector{ToInt(sure.id)}));
    EXPECT_EQ(ids("b%g"), (std::vector<std::int64_t>{}));
}

TEST_P(SearchTest, TeamsAndUsersAreSearchableBySubstring) {
    auto north = Add(MakeTeam("North Sales"));
    Add(MakeTeam("South"));
    auto anna = AddUser("anna.berg@example.com");

    auto teams = List<Team>(Search("sales"));
    auto users = List<domain::User>(Search("ANNA"));

    ASSERT_TRUE(teams && users);
    EXPECT_EQ(IdsOf(teams->items), (std::vector{ToInt(north.id)}));
    EXPECT_EQ(IdsOf(users->items), (std::vector{ToInt(anna.id)}));
}

TEST_P(SearchTest, ACollectionWithoutSearchRefusesQ) {
    auto page = List<Absence>(Search("anything"));

    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(page.error().field, "q");
    EXPECT_EQ(page.error().message, "absences do not support text search");
}

TEST_P(SearchTest, FullTextSearchMatchesEveryWordAsAPrefix) {
    auto acme = ToInt(AddSearchable("Acme Corporation", "Acme Corporation info@acme.example +49 30 123").id);
    auto tools = ToInt(AddSearchable("Acme Tools", "Acme Tools").id);
    auto holdings = ToInt(AddSearchable("Corp Holdings", "Corp Holdings").id);

    EXPECT_EQ(Found("acme"), (std::vector{acme, tools}));
    EXPECT_EQ(Found("acm corp"), (std::vector{acme}));
    EXPECT_EQ(Found("corp"), (std::vector{acme, holdings}));
    EXPECT_EQ(Found("ACME tool"), (std::vector{tools}));
    EXPECT_EQ(Found("info@acme.example"), (std::vector{acme}));
    EXPECT_EQ(Found("+49"), (std::vector{acme}));
    EXPECT_EQ(Found("acme zzz"), (std::vector<std::int64_t>{}));
}

TEST_P(SearchTest, FullTextSearchIgnoresDiacritics) {
    auto mueller = ToInt(AddSearchable("Müller GmbH", "Müller GmbH").id);
    auto emile = ToInt(AddSearchable("Émile Zola SARL", "Émile Zola SARL").id);
    AddSearchable("Miller Ltd", "Miller Ltd");

    EXPECT_EQ(Found("muller"), (std::vector{mueller}));
    EXPECT_EQ(Found("Müller"), (std::vector{mueller}));
    EXPECT_EQ(Found("MÜLLER"), (std::vector{mueller}));
    EXPECT_EQ(Found("müll"), (std::vector{mueller}));
    EXPECT_EQ(Found("emile"), (std::vector{emile}));
    EXPECT_EQ(Found("ÉMILE"), (std::vector{emile}));
}

TEST_P(SearchTest, FullTextSearchIgnoresDiacriticsBeyondLatin1) {
    auto stefan = ToInt(AddSearchable("Ștefan Țurcanu SRL", "Ștefan Țurcanu SRL").id);
    auto hanoi = ToInt(AddSearchable("Công ty Hà Nội", "Công ty Hà Nội").id);

    EXPECT_EQ(Found("stefan"), (std::vector{stefan}));
    EXPECT_EQ(Found("turcanu"), (std::vector{stefan}));
    EXPECT_EQ(Found("ha noi"), (std::vector{hanoi}));
}

TEST_P(SearchTest, FullTextSearchIgnoresCaseBeyondAscii) {
    auto athens = ToInt(AddSearchable("ΑΘΗΝΑ Α.Ε.", "ΑΘΗΝΑ Α.Ε.").id);
    auto moscow = ToInt(AddSearchable("Москва ООО", "Москва ООО").id);

    EXPECT_EQ(Found("αθηνα"), (std::vector{athens}));
    EXPECT_EQ(Found("МОСКВА"), (std::vector{moscow}));
    EXPECT_EQ(Found("моск"), (std::vector{moscow}));
}

TEST_P(SearchTest, FullTextSearchNeverReadsQueryTextAsSyntax) {
    auto acme = ToInt(AddSearchable("Acme Corporation", "Acme Corporation").id);
    auto tools = ToInt(AddSearchable("Acme Tools", "Acme Tools").id);
    AddSearchable("Other", "Other things");

    for (const auto& query : std::vector<std::string>{"\"",
                                                      "\"\"",
                                                      "*",
                                                      "-",
                                                      "OR",
                                                      "AND",
                                                      "NOT",
                                                      "NEAR(",
                                                      "NEAR(acme tools)",
                                                      ")(",
                                                      "^",
                                                      ":",
                                                      "document:acme",
                                                      "{document}: x",
                                                      "'",
                                                      "a' OR '1'='1",
                                                      "\\",
                                                      "%",
                                                      "日本語",
                                                      "🙂",
                                                      "acme\" OR \"x",
                                                      "-- ;",
                                                      std::string(1, '\0') + "acme",
                                                      "a\tb\nc"}) {
        auto page = List<Account>(Search(query));

        EXPECT_TRUE(page) << "'" << query << "': " << (page ? "" : page.error().message);
    }
    for (const auto& query :
         std::vector<std::string>{"acme\"", "\"acme", "acme*", "-acme", "^acme", "(acme)", "acme:", "+acme+"}) {
        EXPECT_EQ(Found(query), (std::vector{acme, tools})) << query;
    }
}

TEST_P(SearchTest, BytesThatAreNotUtf8AreNeverAnInternalError) {
    // Query strings are percent-decoded into raw bytes: ?q=%FF reaches the store as is.
    auto account = Add(MakeAccount(owner_));
    Add(MakeContact(account.id));
    AddSearchable("Acme", "Acme");

    for (std::string text :
         {std::string("\xff"), std::string("acme \xff\xfe"), std::string("\xc3"), std::string("\xed\xa0\x80")}) {
        auto expect_no_internal_error = [](const auto& page, std::string_view what) {
            if (!page) {
                EXPECT_NE(page.error().code, ErrorCode::kInternal) << what << ": " << page.error().message;
            }
        };

        SCOPED_TRACE(EncodeBase64Url(text));
        expect_no_internal_error(List<Account>(Search(text)), "accounts ?q=");
        expect_no_internal_error(List<Contact>(Search(text)), "contacts ?q=");
        expect_no_internal_error(List<Account>(Filtered("industry", text)), "accounts ?industry=");
        expect_no_internal_error(List<Account>(Filtered("tags", text)), "accounts ?tags=");
    }
}

TEST_P(SearchTest, FullTextSearchOfOnlyPunctuationFindsNothing) {
    AddSearchable("Acme", "Acme");

    EXPECT_EQ(Found("--- !!! ..."), (std::vector<std::int64_t>{}));
}

TEST_P(SearchTest, ASearchOfEveryAccountPagesAlikeWhereverItsMatchesLie) {
    // More accounts than PostgreSQL tests in id order before it asks its GIN index (2,048): a word of every account
    // fills its pages from the first documents; a rare word has a match among them and two beyond.
    constexpr int kAccounts = 2100;
    std::vector<std::int64_t> all;
    std::vector<std::int64_t> rare;
    ASSERT_TRUE(Write([&](store::Transaction& transaction) -> Status {
        for (int i = 0; i < kAccounts; ++i) {
            auto name = "Firm " + std::to_string(i);
            auto added = RAPPORT_TRY(
                store::RecordStore<Account>::Insert(transaction, MakeAccount(owner_, name), kFixtureUser, FixtureNow()));
            bool is_rare = i == 3 || i == 2050 || i == kAccounts - 1;
            auto document = is_rare ? name + " Zephyr" : name;
            RAPPORT_CHECK(transaction.ReplaceSearchDocument({ToInt(added.id), ToInt(added.owner_id), document}));
            all.push_back(ToInt(added.id));
            if (is_rare) rare.push_back(ToInt(added.id));
        }
        return Status{};
    }));

    auto zephyr = Search("zeph");
    EXPECT_EQ(ListAllIds<Account>(zephyr), rare);
    zephyr.limit = 2;
    EXPECT_EQ(ListAllIds<Account>(zephyr), rare) << "pages that reach beyond the first documents";
    auto firms = Search("firm");
    firms.limit = 100;
    EXPECT_EQ(ListAllIds<Account>(firms), all);
    auto owners = List<Account>(Search("zephyr"), OwnersScope({ToInt(owner_)}));
    ASSERT_TRUE(owners);
    EXPECT_EQ(IdsOf(owners->items), rare) << "one owner's search finds the same";
}

TEST_P(SearchTest, FullTextSearchSkipsArchivedAndInvisibleAccounts) {
    auto other = AddUser("other@example.com").id;
    auto mine = AddSearchable("Acme Mine", "Acme Mine");
    auto archived = AddSearchable("Acme Archived", "Acme Archived");
    AddSearchable("Acme Theirs", "Acme Theirs", other);
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Archive(transaction, archived.id, 1, kFixtureUser, FixtureNow());
    }));

    auto page = List<Account>(Search("acme"), OwnersScope({ToInt(owner_)}));

    ASSERT_TRUE(page);
    EXPECT_EQ(IdsOf(page->items), (std::vector{ToInt(mine.id)}));
}

TEST_P(SearchTest, ARestrictedScopeFindsTheMatchesOfEachOfItsOwnersInIdOrder) {
    auto second = AddUser("second@example.com").id;
    auto stranger = AddUser("stranger@example.com").id;
    std::vector<std::int64_t> expected;
    for (int i = 0; i < 9; ++i) {
        auto owner = std::array{owner_, second, stranger}[static_cast<std::size_t>(i % 3)];
        auto account = AddSearchable("Marlin " + std::to_string(i), "Marlin " + std::to_string(i), owner);
        if (owner != stranger) expected.push_back(ToInt(account.id));
    }

    auto page = List<Account>(Search("mar"), OwnersScope({ToInt(owner_), ToInt(second)}));
    auto nobody = List<Account>(Search("mar"), OwnersScope({}));

    ASSERT_TRUE(page && nobody);
    EXPECT_EQ(IdsOf(page->items), expected);
    EXPECT_TRUE(nobody->items.empty());
}

TEST_P(SearchTest, AnOwnersIdIsNotSearchableText) {
    AddSearchable("Acme", "Acme");

    EXPECT_EQ(Found(std::to_string(ToInt(owner_))), (std::vector<std::int64_t>{}));
    EXPECT_EQ(Found("acme " + std::to_string(ToInt(owner_))), (std::vector<std::int64_t>{}));
}

// A database indexed before SQLite's owner column existed finds the same accounts once migrated, for a
// restricted scope too. (PostgreSQL's index is unchanged by the migration, which must keep it working.)
TEST_P(SearchTest, MigratingAnIndexWithoutOwnersKeepsEveryDocument) {
    auto other = AddUser("other@example.com").id;
    auto mine = AddSearchable("Kestrel One", "Kestrel One");
    auto theirs = AddSearchable("Kestrel Two", "Kestrel Two", other);
    ASSERT_TRUE(Write([&](store::Transaction& transaction) -> Status {
        if (transaction.engine() == store::Engine::kSqlite) {
            for (auto sql : {"CREATE VIRTUAL TABLE old_search USING fts5 (document, tokenize = 'unicode61 "
                             "remove_diacritics 2', prefix = '2 3')",
                             "INSERT INTO old_search (rowid, document) SELECT rowid, document FROM account_search",
                             "DROP TABLE account_search", "ALTER TABLE old_search RENAME TO account_search"}) {
                RAPPORT_CHECK(ToStatus(transaction.Execute(sql, {})));
            }
        }
        return ToStatus(transaction.Execute("DELETE FROM schema_migration WHERE name = '0003_account_search_owner'", {}));
    }));

    auto migrated = database().Migrate();

    ASSERT_TRUE(migrated) << migrated.error().message;
    EXPECT_EQ(Found("kestrel"), (std::vector{ToInt(mine.id), ToInt(theirs.id)}));
    auto restricted = List<Account>(Search("kestrel"), OwnersScope({ToInt(other)}));
    ASSERT_TRUE(restricted);
    EXPECT_EQ(IdsOf(restricted->items), (std::vector{ToInt(theirs.id)}));
}

TEST_P(SearchTest, ReplacingADocumentForgetsTheOldWords) {
    auto account = AddSearchable("Acme", "Acme Oldname");

    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return transaction.ReplaceSearchDocument({ToInt(account.id), ToInt(account.owner_id), "Acme Newname"});
    }));

    EXPECT_EQ(Found("oldname"), (std::vector<std::int64_t>{}));
    EXPECT_EQ(Found("newname"), (std::vector{ToInt(account.id)}));
}

// Both engines narrow a restricted scope's search by the owner kept in the index: an account handed to
// another owner must be found by the new owner's search alone (the account row moves with it too).
TEST_P(SearchTest, ADocumentReplacedWithANewOwnerIsFoundInTheNewOwnersScopeOnly) {
    auto heir = AddUser("heir@example.com").id;
    auto account = AddSearchable("Osprey", "Osprey");
    ASSERT_TRUE(Write([&](store::Transaction& transaction) -> Status {
        std::vector<store::Value> params{ToInt(heir), ToInt(account.id)};
        RAPPORT_CHECK(ToStatus(transaction.Execute("UPDATE account SET owner_id = ? WHERE id = ?", params)));
        return transaction.ReplaceSearchDocument({ToInt(account.id), ToInt(heir), "Osprey"});
    }));

    auto heirs = List<Account>(Search("osp"), OwnersScope({ToInt(heir)}));
    auto formers = List<Account>(Search("osp"), OwnersScope({ToInt(owner_)}));

    ASSERT_TRUE(heirs && formers);
    EXPECT_EQ(IdsOf(heirs->items), (std::vector{ToInt(account.id)}));
    EXPECT_TRUE(formers->items.empty());
}

TEST_P(SearchTest, SearchFiltersAndSortCombine) {
    auto b = MakeAccount(owner_, "Beta Acme");
    b.status = domain::AccountStatus::kActive;
    auto a = MakeAccount(owner_, "Alpha Acme");
    a.status = domain::AccountStatus::kActive;
    std::vector<std::int64_t> expected;
    for (auto account : {b, a}) {
        auto inserted = AddSearchable(account.name, account.name);
        inserted.status = account.status;
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            return store::RecordStore<Account>::Update(transaction, inserted, kFixtureUser, FixtureNow());
        }));
        expected.insert(expected.begin(), ToInt(inserted.id));
    }
    AddSearchable("Gamma Acme", "Gamma Acme");
    auto request = Search("acme");
    request.filters.emplace_back("status", "active");
    request.sort = "name";
    request.limit = 1;

    auto ids = ListAllIds<Account>(request);

    EXPECT_EQ(ids, expected);
}

// A search in the default order is listed from the index itself where the engine can (SQLite): pages
// must still hold exactly the visible matches, in id order, each once.
TEST_P(SearchTest, PagesOfASearchInIdOrderHoldEveryVisibleMatchOnce) {
    auto other = AddUser("other@example.com").id;
    std::vector<std::int64_t> expected;
    for (int i = 0; i < 12; ++i) {
        auto theirs = i % 3 == 0;
        auto account =
            AddSearchable("Nordwind " + std::to_string(i), "Nordwind " + std::to_string(i), theirs ? other : owner_);
        if (!theirs) expected.push_back(ToInt(account.id));
        AddSearchable("Sudwind " + std::to_string(i), "Sudwind " + std::to_string(i));
    }
    auto request = Search("nor");
    request.limit = 3;
    request.filters.emplace_back("kind", "company");

    auto ids = ListAllIds<Account>(request, OwnersScope({ToInt(owner_)}));

    EXPECT_EQ(ids, expected);
}

INSTANTIATE_TEST_SUITE_P(Engines, SearchTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
