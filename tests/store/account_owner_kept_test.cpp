#include "domain/offer/offer.hpp"
#include "domain/order/order.hpp"
#include "service/services.hpp"
#include "store/list_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Account;
using domain::Offer;
using domain::Order;
using domain::Role;

// Offers and orders keep their account's owner where it is not their own (account_owner_id, migrations 0012 and
// 0013), and a page of them for a caller
// who sees some owners is read as two walks in the page's order (store/list_query.hpp). Whatever was written and
// whoever took an account over since, a caller must page through exactly the documents that they own or that are
// on an account they own now: the scan through the accounts, kept here, says which.
//
// Ana, Ben and Cleo own accounts; documents are spread so that many have an owner other than their account's.
class AccountOwnerKeptTest : public ListQueryTest {
protected:
    void SetUp() override {
        ListQueryTest::SetUp();
        if (HasFatalFailure()) return;
        admin_ = service::SystemCaller(AddUser("admin@example.com", Role::kAdmin).id);
        ana_ = AddUser("ana@example.com").id;
        ben_ = AddUser("ben@example.com").id;
        cleo_ = AddUser("cleo@example.com").id;
        for (auto owner : {ana_, ben_, cleo_, ana_, ben_}) accounts_.push_back(Add(MakeAccount(owner)).id);
        const UserId owners[] = {ana_, ben_, cleo_};
        for (int i = 0; i < 40; ++i) {
            auto account = accounts_[static_cast<std::size_t>(i * 7 % 5)];
            auto owner = owners[i * 5 % 3];
            if (i % 4 == 3) {
                AddOrder(account, owner, i);
            } else {
                AddOffer(account, owner, i);
            }
        }
    }

    void AddOffer(AccountId account, UserId owner, int i) {
        Offer offer;
        offer.number = "OF-T-" + std::to_string(100 - i);  // Against the ids' order, for the sort by number.
        offer.account_id = account;
        offer.owner_id = owner;
        offer.currency = "EUR";
        Add(offer);
    }

    void AddOrder(AccountId account, UserId owner, int i) {
        Order order;
        order.number = "OR-T-" + std::to_string(100 - i);
        order.account_id = account;
        order.account_name = "Acme GmbH";
        order.owner_id = owner;
        order.currency = "EUR";
        Add(order);
    }

    void GiveAccount(AccountId id, UserId owner) {
        auto done = Write([&](store::Transaction& transaction) -> Status {
            service::Context context{transaction, admin_, Now()};
            return ToStatus(service::RecordService<Account>(database())
                                .UpdateIn(context, id, std::nullopt, [&](Account& account, service::FieldNames& given) {
                                    account.owner_id = owner;
                                    given.insert("owner_id");
                                    return Status{};
                                }));
        });
        ASSERT_TRUE(done) << done.error().message;
    }

    // The documents of `table` that `owners` see, in the order of `sort`: by their own owner or their account's.
    std::vector<std::int64_t> Scanned(const std::string& table, const std::vector<std::int64_t>& owners,
                                      const std::string& order) {
        if (owners.empty()) return {};  // "IN ()" is SQLite's alone.
        std::string in = "(";
        std::vector<store::Value> params;
        for (auto owner : owners) {
            in += params.empty() ? "?" : ", ?";
            params.emplace_back(owner);
        }
        in += ")";
        auto twice = params;
        params.insert(params.end(), twice.begin(), twice.end());
        std::vector<std::int64_t> ids;
        auto read = Read([&](store::Transaction& transaction) {
            return transaction.Query("SELECT d.id FROM " + table + " d JOIN account a ON a.id = d.account_id " +
                                         "WHERE d.archived_at IS NULL AND (d.owner_id IN " + in + " OR a.owner_id IN " +
                                         in + ") ORDER BY " + order,
                                     params, [&](const store::Row& row) -> Status {
                                         ids.push_back(row.Int(0));
                                         return {};
                                     });
        });
        EXPECT_TRUE(read) << read.error().message;
        return ids;
    }

    // One owner, each alone; two; all three; none; and a head's scope too wide to walk owner by owner
    // (store::list_detail::kMaxOwnerWalks), made of Ana, Cleo and ids of no one.
    std::vector<std::vector<std::int64_t>> Scopes() const {
        std::vector<std::int64_t> wide = {ToInt(ana_), ToInt(cleo_)};
        while (wide.size() <= store::list_detail::kMaxOwnerWalks) wide.push_back(1000 + std::ssize(wide));
        return {{ToInt(ana_)},
                {ToInt(ben_)},
                {ToInt(cleo_)},
                {ToInt(ana_), ToInt(cleo_)},
                {ToInt(ana_), ToInt(ben_), ToInt(cleo_)},
                {},
                std::move(wide)};
    }

    // Every scope and order the walks must agree with the scan in, two documents a page so that pages end in
    // either walk.
    void ExpectListsEqualTheScan(const std::string& when) {
        for (const auto& owners : Scopes()) {
            auto scope = OwnersScope(owners);
            auto label = when + ", " + std::to_string(owners.size()) + " owners from " +
                         (owners.empty() ? "none" : std::to_string(owners.front()));
            EXPECT_EQ(ListAllIds<Offer>(Request({}, 2), scope), Scanned("offer", owners, "d.id")) << label;
            EXPECT_EQ(ListAllIds<Offer>(Request("-number", 2), scope),
                      Scanned("offer", owners, "d.number DESC, d.id DESC"))
                << label;
            EXPECT_EQ(ListAllIds<Order>(Request({}, 2), scope), Scanned("client_order", owners, "d.id")) << label;
            EXPECT_EQ(ListAllIds<Order>(Request("number", 3), scope), Scanned("client_order", owners, "d.number, d.id"))
                << label;
        }
        for (const auto* table : {"offer", "client_order"}) {
            EXPECT_EQ(ReadInt(std::string("SELECT COUNT(*) FROM ") + table +
                              " d JOIN account a ON a.id = d.account_id WHERE d.account_owner_id = d.owner_id" +
                              " OR COALESCE(d.account_owner_id, d.owner_id) <> a.owner_id"),
                      0)
                << when << ": every " << table << " keeps its account's owner where it is not its own, and only there";
            EXPECT_GT(ReadInt(std::string("SELECT COUNT(*) FROM ") + table + " WHERE account_owner_id IS NULL"), 0)
                << when << ": some " << table << " is owned by its account's owner";
        }
    }

    service::Caller admin_;
    UserId ana_{}, ben_{}, cleo_{};
    std::vector<AccountId> accounts_;
};

TEST_P(AccountOwnerKeptTest, ACallerPagesThroughWhatTheyOwnAndWhatIsOnTheirAccounts) {
    ExpectListsEqualTheScan("as written");
}

TEST_P(AccountOwnerKeptTest, AnAccountTakenOverBringsItsDocumentsToTheNewOwnersLists) {
    GiveAccount(accounts_[0], cleo_);
    GiveAccount(accounts_[2], ben_);
    ExpectListsEqualTheScan("after two accounts changed hands");

    AddOffer(accounts_[2], ana_, 60);
    GiveAccount(accounts_[2], ana_);
    ExpectListsEqualTheScan("after a new offer and another change");
}

TEST_P(AccountOwnerKeptTest, AnArchivedDocumentFollowsItsAccountToo) {
    auto offer = Find<Offer>(OfferId{ReadInt("SELECT MIN(id) FROM offer")});
    ASSERT_TRUE(offer);
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return store::RecordStore<Offer>::Archive(transaction, offer->id, offer->meta.version, kFixtureUser,
                                                  FixtureNow());
    }));

    GiveAccount(offer->account_id, offer->owner_id == cleo_ ? ben_ : cleo_);
    auto new_owner = offer->owner_id == cleo_ ? ben_ : cleo_;

    EXPECT_EQ(ReadInt("SELECT account_owner_id FROM offer WHERE id = ?", {ToInt(offer->id)}), ToInt(new_owner))
        << "restored, it is seen through its account's owner of the day";
    GiveAccount(offer->account_id, offer->owner_id);
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM offer WHERE id = ? AND account_owner_id IS NULL", {ToInt(offer->id)}), 1)
        << "given to its own owner, its account's owner is no longer kept apart";
}

// A document handed to its account's owner leaves the walk through the accounts; handed on again, it comes back.
TEST_P(AccountOwnerKeptTest, ADocumentHandedOverIsWalkedByItsNewOwner) {
    auto account = Find<Account>(accounts_[2]);  // Cleo's.
    ASSERT_TRUE(account);
    auto offer = Find<Offer>(OfferId{ReadInt("SELECT MIN(id) FROM offer WHERE account_id = ? AND owner_id <> ?",
                                             {ToInt(account->id), ToInt(cleo_)})});
    ASSERT_TRUE(offer);
    for (auto owner : {cleo_, ana_, cleo_, ben_}) {
        offer->owner_id = owner;
        auto written = Write([&](store::Transaction& transaction) {
            return store::RecordStore<Offer>::Update(transaction, *offer, kFixtureUser, FixtureNow());
        });
        ASSERT_TRUE(written) << written.error().message;
        ExpectListsEqualTheScan("after the offer went to user " + std::to_string(ToInt(owner)));
    }
}

// Accounts are seen by their owner alone: a restricted scope's page walks its owners one by one as well.
TEST_P(AccountOwnerKeptTest, AccountsArePagedOwnerByOwnerToo) {
    for (auto owner : {cleo_, ben_, ana_}) accounts_.push_back(Add(MakeAccount(owner)).id);
    for (const auto& owners : Scopes()) {
        std::vector<std::int64_t> scanned;
        for (auto id : accounts_) {
            auto account = Find<Account>(id);
            ASSERT_TRUE(account);
            if (std::ranges::find(owners, ToInt(account->owner_id)) != owners.end()) scanned.push_back(ToInt(id));
        }
        std::ranges::sort(scanned);
        auto label = std::to_string(owners.size()) + " owners";
        EXPECT_EQ(ListAllIds<Account>(Request({}, 1), OwnersScope(owners)), scanned) << label;
        std::ranges::reverse(scanned);
        EXPECT_EQ(ListAllIds<Account>(Request("-created_at", 2), OwnersScope(owners)), scanned) << label;
    }
}

// Whoever sees every row and asks for one owner's (a director's `?owner_id=`) gets them from the same walk.
TEST_P(AccountOwnerKeptTest, OneOwnersRowsAskedForByWhoeverSeesEverythingAreWalkedToo) {
    auto owned = [&](const std::string& table, UserId owner, const std::string& order) {
        std::vector<std::int64_t> ids;
        std::vector<store::Value> params{ToInt(owner)};
        auto read = Read([&](store::Transaction& transaction) {
            return transaction.Query(
                "SELECT id FROM " + table + " WHERE archived_at IS NULL AND owner_id = ? ORDER BY " + order, params,
                [&](const store::Row& row) -> Status {
                    ids.push_back(row.Int(0));
                    return {};
                });
        });
        EXPECT_TRUE(read) << read.error().message;
        return ids;
    };
    for (auto owner : {ana_, ben_, cleo_}) {
        auto filtered = [&](std::string sort, int limit) {
            auto request = Request(std::move(sort), limit);
            request.filters.emplace_back("owner_id", std::to_string(ToInt(owner)));
            return request;
        };
        auto label = "owner " + std::to_string(ToInt(owner));
        EXPECT_EQ(ListAllIds<Offer>(filtered({}, 2), Everything()), owned("offer", owner, "id")) << label;
        EXPECT_EQ(ListAllIds<Offer>(filtered("-number", 2), Everything()),
                  owned("offer", owner, "number DESC, id DESC"))
            << label;
        EXPECT_EQ(ListAllIds<Order>(filtered({}, 1), Everything()), owned("client_order", owner, "id")) << label;
        EXPECT_EQ(ListAllIds<Account>(filtered({}, 1), Everything()), owned("account", owner, "id")) << label;
        auto with_both = filtered({}, 2);
        with_both.filters.emplace_back("owner_id", std::to_string(ToInt(owner == ana_ ? ben_ : ana_)));
        EXPECT_TRUE(ListAllIds<Offer>(with_both, Everything()).empty())
            << label << ": two owners at once match nothing";
    }
}

// A database made before 0012 lists the same once migrated: the migration gives every document its account's owner.
TEST_P(AccountOwnerKeptTest, MigratingADatabaseWithoutTheColumnFillsItFromTheAccounts) {
    GiveAccount(accounts_[1], cleo_);
    ASSERT_TRUE(Write([](store::Transaction& transaction) -> Status {
        for (auto sql :
             {"DROP INDEX offer_account_owner", "ALTER TABLE offer DROP COLUMN account_owner_id",
              "DROP INDEX client_order_account_owner", "ALTER TABLE client_order DROP COLUMN account_owner_id",
              "DELETE FROM schema_migration WHERE name IN ('0012_documents_keep_account_owner', "
              "'0013_account_owner_where_it_differs')"}) {
            RAPPORT_CHECK(ToStatus(transaction.Execute(sql, {})));
        }
        return {};
    }));

    auto migrated = database().Migrate();

    ASSERT_TRUE(migrated) << migrated.error().message;
    ExpectListsEqualTheScan("the migration");
}

INSTANTIATE_TEST_SUITE_P(Engines, AccountOwnerKeptTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
