#include "store/visibility.hpp"

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <vector>

namespace rapport::test {
namespace {

using domain::Absence;
using domain::Account;
using domain::Activity;
using domain::Contact;
using domain::Deal;
using domain::Team;
using domain::User;
using domain::VisibleBy;

Date On(unsigned d) { return Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{d}}; }

std::vector<store::Value> Ints(std::initializer_list<std::int64_t> values) {
    return std::vector<store::Value>(values.begin(), values.end());
}

TEST(VisibilityConditionTest, SeeingEverythingAddsNoCondition) {
    for (auto by : {VisibleBy::kEveryone, VisibleBy::kOwner, VisibleBy::kAccount, VisibleBy::kOwnerOrAccount,
                    VisibleBy::kAbsence}) {
        auto condition = store::VisibilityCondition(by, "t", Everything());

        EXPECT_TRUE(condition.sql.empty());
        EXPECT_TRUE(condition.params.empty());
    }
}

TEST(VisibilityConditionTest, CollectionsVisibleToEveryoneAddNoConditionWhateverTheScope) {
    for (const auto& scope : {OwnersScope({}), OwnersScope({1}), OwnersScope({1, 2, 3})}) {
        auto condition = store::VisibilityCondition(VisibleBy::kEveryone, "app_user", scope);

        EXPECT_TRUE(condition.sql.empty());
        EXPECT_TRUE(condition.params.empty());
    }
}

TEST(VisibilityConditionTest, NoOwnersMatchNoRow) {
    auto condition = store::VisibilityCondition(VisibleBy::kOwner, "account", OwnersScope({}));

    EXPECT_EQ(condition.sql, "0 = 1");
    EXPECT_TRUE(condition.params.empty());
}

TEST(VisibilityConditionTest, OwnersAreBoundOnePlaceholderEach) {
    auto one = store::VisibilityCondition(VisibleBy::kOwner, "account", OwnersScope({7}));
    auto many = store::VisibilityCondition(VisibleBy::kOwner, "account", OwnersScope({7, 8, 9}));

    EXPECT_EQ(one.sql, "account.owner_id IN (?)");
    EXPECT_EQ(one.params, Ints({7}));
    EXPECT_EQ(many.sql, "account.owner_id IN (?, ?, ?)");
    EXPECT_EQ(many.params, Ints({7, 8, 9}));
}

TEST(VisibilityConditionTest, AccountVisibilityGoesThroughTheAccountsOwner) {
    auto condition = store::VisibilityCondition(VisibleBy::kAccount, "contact", OwnersScope({7, 8}));

    EXPECT_EQ(condition.sql, "contact.account_id IN (SELECT id FROM account WHERE owner_id IN (?, ?))");
    EXPECT_EQ(condition.params, Ints({7, 8}));
}

TEST(VisibilityConditionTest, OwnerOrAccountBindsTheOwnersTwice) {
    auto condition = store::VisibilityCondition(VisibleBy::kOwnerOrAccount, "deal", OwnersScope({7, 8}));

    EXPECT_EQ(condition.sql,
              "(deal.owner_id IN (?, ?) OR deal.account_id IN (SELECT id FROM account WHERE owner_id IN (?, ?)))");
    EXPECT_EQ(condition.params, Ints({7, 8, 7, 8}));
}

TEST(VisibilityConditionTest, ForEveryRowPostgresqlGetsTheAccountsAsAnArray) {
    auto postgres = store::VisibilityConditionForEveryRow(VisibleBy::kOwnerOrAccount, "deal", OwnersScope({7, 8}),
                                                          store::Engine::kPostgres);
    auto sqlite = store::VisibilityConditionForEveryRow(VisibleBy::kOwnerOrAccount, "deal", OwnersScope({7, 8}),
                                                        store::Engine::kSqlite);

    EXPECT_EQ(postgres.sql,
              "(deal.owner_id IN (?, ?) OR deal.account_id = ANY(ARRAY(SELECT id FROM account WHERE owner_id IN (?, ?))))");
    EXPECT_EQ(postgres.params, Ints({7, 8, 7, 8}));
    EXPECT_EQ(sqlite.sql, store::VisibilityCondition(VisibleBy::kOwnerOrAccount, "deal", OwnersScope({7, 8})).sql);
}

TEST(VisibilityConditionTest, AbsencesAreVisibleToTheirUsersOwnersAndToTheDeputy) {
    auto condition = store::VisibilityCondition(VisibleBy::kAbsence, "absence", OwnersScope({7, 8}, 7));
    auto no_owners = store::VisibilityCondition(VisibleBy::kAbsence, "absence", OwnersScope({}, 7));

    EXPECT_EQ(condition.sql, "(absence.user_id IN (?, ?) OR absence.deputy_id = ?)");
    EXPECT_EQ(condition.params, Ints({7, 8, 7}));
    EXPECT_EQ(no_owners.sql, "(0 = 1 OR absence.deputy_id = ?)");
    EXPECT_EQ(no_owners.params, Ints({7}));
}

// Three managers and their clients, crossing ownership on purpose: B owns a deal on A's account,
// C an activity on A's account; A is absent with B as deputy, C is absent with A as deputy.
class VisibilityTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        a_ = AddUser("a@example.com").id;
        b_ = AddUser("b@example.com").id;
        c_ = AddUser("c@example.com").id;
        account_a_ = Add(MakeAccount(a_, "A's account")).id;
        account_b_ = Add(MakeAccount(b_, "B's account")).id;
        contact_a_ = Add(MakeContact(account_a_)).id;
        contact_b_ = Add(MakeContact(account_b_)).id;
        deal_a_ = Add(MakeDeal(account_a_, a_)).id;
        deal_b_on_a_ = Add(MakeDeal(account_a_, b_)).id;
        deal_c_on_b_ = Add(MakeDeal(account_b_, c_)).id;
        activity_a_ = Add(MakeActivity(a_)).id;
        activity_c_on_a_ = Add(MakeActivity(c_, account_a_)).id;
        absence_a_ = Add(MakeAbsence(a_, b_, On(2), On(6))).id;
        absence_c_ = Add(MakeAbsence(c_, a_, On(2), On(6))).id;
    }

    // The ids `scope` sees in a list of Record; checks that Find agrees for each of `all`, and that the
    // condition for reading every row (a report's) selects the same rows.
    template <typename Record>
    std::vector<std::int64_t> Visible(const store::Scope& scope, std::vector<typename store::Traits<Record>::Id> all) {
        auto ids = ListAllIds<Record>(store::ListRequest{.limit = 2}, scope);
        for (auto id : all) {
            bool listed = std::find(ids.begin(), ids.end(), ToInt(id)) != ids.end();
            EXPECT_EQ(Find<Record>(id, scope).has_value(), listed)
                << store::Traits<Record>::kSingular << " " << ToInt(id) << ": Find and List disagree";
        }
        std::sort(ids.begin(), ids.end());
        EXPECT_EQ(EveryVisibleRow<Record>(scope), ids) << store::Traits<Record>::kTable << ": a report and List disagree";
        return ids;
    }

    // The ids of the unarchived rows of Record that VisibilityConditionForEveryRow selects, in order.
    template <typename Record>
    std::vector<std::int64_t> EveryVisibleRow(const store::Scope& scope) {
        std::string table(store::Traits<Record>::kTable);
        auto condition =
            store::VisibilityConditionForEveryRow(store::Traits<Record>::kVisibleBy, table, scope, database().engine());
        auto sql = "SELECT " + table + ".id FROM " + table + " WHERE " + table + ".archived_at IS NULL" +
                   (condition.sql.empty() ? "" : " AND " + condition.sql) + " ORDER BY " + table + ".id";
        std::vector<std::int64_t> ids;
        auto status = Read([&](store::Transaction& transaction) {
            return transaction.Query(sql, condition.params, [&](const store::Row& row) -> Status {
                ids.push_back(row.Int(0));
                return {};
            });
        });
        EXPECT_TRUE(status) << sql << ": " << (status ? "" : status.error().message);
        return ids;
    }

    std::vector<std::int64_t> Accounts(const store::Scope& scope) {
        return Visible<Account>(scope, {account_a_, account_b_});
    }
    std::vector<std::int64_t> Contacts(const store::Scope& scope) {
        return Visible<Contact>(scope, {contact_a_, contact_b_});
    }
    std::vector<std::int64_t> Deals(const store::Scope& scope) {
        return Visible<Deal>(scope, {deal_a_, deal_b_on_a_, deal_c_on_b_});
    }
    std::vector<std::int64_t> Activities(const store::Scope& scope) {
        return Visible<Activity>(scope, {activity_a_, activity_c_on_a_});
    }
    std::vector<std::int64_t> Absences(const store::Scope& scope) {
        return Visible<Absence>(scope, {absence_a_, absence_c_});
    }

    template <typename... Ids>
    static std::vector<std::int64_t> Sorted(Ids... ids) {
        std::vector<std::int64_t> sorted{ToInt(ids)...};
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }

    UserId a_{}, b_{}, c_{};
    AccountId account_a_{}, account_b_{};
    ContactId contact_a_{}, contact_b_{};
    DealId deal_a_{}, deal_b_on_a_{}, deal_c_on_b_{};
    ActivityId activity_a_{}, activity_c_on_a_{};
    AbsenceId absence_a_{}, absence_c_{};
};

TEST_P(VisibilityTest, NoOwnersSeeNoClientRecords) {
    auto scope = OwnersScope({}, 0);

    EXPECT_TRUE(Accounts(scope).empty());
    EXPECT_TRUE(Contacts(scope).empty());
    EXPECT_TRUE(Deals(scope).empty());
    EXPECT_TRUE(Activities(scope).empty());
    EXPECT_TRUE(Absences(scope).empty());
}

TEST_P(VisibilityTest, WithNoOwnersTheCallerStillSeesTheAbsencesNamingThemDeputy) {
    auto scope = OwnersScope({}, ToInt(a_));

    EXPECT_TRUE(Accounts(scope).empty());
    EXPECT_EQ(Absences(scope), Sorted(absence_c_));
}

TEST_P(VisibilityTest, OneOwnerSeesTheirAccountsAndEverythingOnThem) {
    auto scope = OwnersScope({ToInt(a_)}, ToInt(a_));

    EXPECT_EQ(Accounts(scope), Sorted(account_a_));
    EXPECT_EQ(Contacts(scope), Sorted(contact_a_));
    EXPECT_EQ(Deals(scope), Sorted(deal_a_, deal_b_on_a_));
    EXPECT_EQ(Activities(scope), Sorted(activity_a_, activity_c_on_a_));
    EXPECT_EQ(Absences(scope), Sorted(absence_a_, absence_c_));
}

TEST_P(VisibilityTest, AnOwnerSeesTheirOwnDealsOnOthersAccounts) {
    auto scope = OwnersScope({ToInt(b_)}, ToInt(b_));

    EXPECT_EQ(Accounts(scope), Sorted(account_b_));
    EXPECT_EQ(Contacts(scope), Sorted(contact_b_));
    EXPECT_EQ(Deals(scope), Sorted(deal_b_on_a_, deal_c_on_b_));
    EXPECT_TRUE(Activities(scope).empty());
    EXPECT_EQ(Absences(scope), Sorted(absence_a_));
}

TEST_P(VisibilityTest, AnOwnerWithoutAccountsSeesOnlyWhatTheyOwn) {
    auto scope = OwnersScope({ToInt(c_)}, ToInt(c_));

    EXPECT_TRUE(Accounts(scope).empty());
    EXPECT_TRUE(Contacts(scope).empty());
    EXPECT_EQ(Deals(scope), Sorted(deal_c_on_b_));
    EXPECT_EQ(Activities(scope), Sorted(activity_c_on_a_));
    EXPECT_EQ(Absences(scope), Sorted(absence_c_));
}

TEST_P(VisibilityTest, ManyOwnersSeeTheUnionOfWhatEachSees) {
    auto scope = OwnersScope({ToInt(a_), ToInt(b_), ToInt(c_)}, ToInt(a_));

    EXPECT_EQ(Accounts(scope), Sorted(account_a_, account_b_));
    EXPECT_EQ(Contacts(scope), Sorted(contact_a_, contact_b_));
    EXPECT_EQ(Deals(scope), Sorted(deal_a_, deal_b_on_a_, deal_c_on_b_));
    EXPECT_EQ(Activities(scope), Sorted(activity_a_, activity_c_on_a_));
    EXPECT_EQ(Absences(scope), Sorted(absence_a_, absence_c_));
}

TEST_P(VisibilityTest, OwnersOfNothingAddNothing) {
    auto scope = OwnersScope({ToInt(a_), 4242}, ToInt(a_));

    EXPECT_EQ(Accounts(scope), Sorted(account_a_));
}

TEST_P(VisibilityTest, EverythingSeesEveryRecord) {
    auto scope = Everything();

    EXPECT_EQ(Accounts(scope), Sorted(account_a_, account_b_));
    EXPECT_EQ(Deals(scope), Sorted(deal_a_, deal_b_on_a_, deal_c_on_b_));
    EXPECT_EQ(Absences(scope), Sorted(absence_a_, absence_c_));
}

TEST_P(VisibilityTest, UsersAndTeamsAreVisibleToEveryone) {
    auto team = Add(MakeTeam("North"));
    auto scope = OwnersScope({}, 0);

    auto users = Visible<User>(scope, {a_, b_, c_});
    auto teams = Visible<Team>(scope, {team.id});

    EXPECT_EQ(users, Sorted(a_, b_, c_));
    EXPECT_EQ(teams, Sorted(team.id));
}

TEST_P(VisibilityTest, AFilterCannotWidenTheScope) {
    auto request = store::ListRequest{};
    request.filters.emplace_back("owner_id", std::to_string(ToInt(b_)));

    auto page = List<Account>(request, OwnersScope({ToInt(a_)}, ToInt(a_)));

    ASSERT_TRUE(page);
    EXPECT_TRUE(page->items.empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, VisibilityTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
