#include "service/scope.hpp"

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace rapport::test {
namespace {

using domain::Role;
using service::Caller;

Date March(unsigned d) { return Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{d}}; }

const Date kToday = March(4);

template <typename... Ids>
std::vector<std::int64_t> Owners(Ids... ids) {
    std::vector<std::int64_t> owners{ToInt(ids)...};
    std::sort(owners.begin(), owners.end());
    return owners;
}

// Two teams headed by `head_`, who sits in North and also heads East; South has its own head.
class ScopeTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        north_ = Add(MakeTeam("North")).id;
        east_ = Add(MakeTeam("East")).id;
        south_ = Add(MakeTeam("South")).id;
        head_ = AddUser("head@example.com", Role::kHead, north_).id;
        north_member_ = AddUser("north@example.com", Role::kManager, north_).id;
        east_member_ = AddUser("east@example.com", Role::kManager, east_).id;
        south_head_ = AddUser("southhead@example.com", Role::kHead, south_).id;
        south_member_ = AddUser("south@example.com", Role::kManager, south_).id;
        loner_ = AddUser("loner@example.com").id;
        SetHead(north_, head_);
        SetHead(east_, head_);
        SetHead(south_, south_head_);
    }

    void SetHead(TeamId team_id, UserId head) {
        auto team = Find<domain::Team>(team_id);
        ASSERT_TRUE(team);
        team->head_id = head;
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            return store::RecordStore<domain::Team>::Update(transaction, *team, kFixtureUser, FixtureNow());
        }));
    }

    template <typename Record>
    void Archive(typename store::Traits<Record>::Id id) {
        auto record = Find<Record>(id);
        ASSERT_TRUE(record);
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            return store::RecordStore<Record>::Archive(transaction, id, record->meta.version, kFixtureUser,
                                                       FixtureNow());
        }));
    }

    Result<Caller> Resolve(UserId id, Date today = kToday) {
        return database().TransactFor<Caller>(store::Access::kRead, [&](store::Transaction& transaction) {
            return service::ResolveCaller(transaction, id, today);
        });
    }

    Caller Resolved(UserId id, Date today = kToday) {
        auto caller = Resolve(id, today);
        EXPECT_TRUE(caller) << (caller ? "" : caller.error().message);
        return caller ? *caller : Caller{};
    }

    TeamId north_{}, east_{}, south_{};
    UserId head_{}, north_member_{}, east_member_{}, south_head_{}, south_member_{}, loner_{};
};

TEST_P(ScopeTest, AManagerSeesOnlyTheirOwnRecords) {
    auto caller = Resolved(north_member_);

    EXPECT_EQ(caller.id, north_member_);
    EXPECT_EQ(caller.name, "north");
    EXPECT_EQ(caller.role, Role::kManager);
    EXPECT_EQ(caller.team_id, north_);
    EXPECT_FALSE(caller.scope.everything);
    EXPECT_EQ(caller.scope.owners, Owners(north_member_));
    EXPECT_EQ(caller.scope.self, ToInt(north_member_));
    EXPECT_TRUE(caller.deputy_for.empty());
}

TEST_P(ScopeTest, AManagerWithoutATeamSeesOnlyTheirOwnRecords) {
    auto caller = Resolved(loner_);

    EXPECT_FALSE(caller.team_id);
    EXPECT_EQ(caller.scope.owners, Owners(loner_));
}

TEST_P(ScopeTest, AHeadSeesTheirOwnTeamAndEveryTeamTheyHead) {
    auto caller = Resolved(head_);

    EXPECT_FALSE(caller.scope.everything);
    EXPECT_EQ(caller.scope.owners, Owners(head_, north_member_, east_member_));
}

TEST_P(ScopeTest, AHeadSeesTheTeamTheySitInEvenWhenSomeoneElseHeadsIt) {
    auto deputy_head = AddUser("deputyhead@example.com", Role::kHead, south_).id;

    auto caller = Resolved(deputy_head);

    EXPECT_EQ(caller.scope.owners, Owners(deputy_head, south_head_, south_member_));
}

TEST_P(ScopeTest, AHeadWithoutATeamSeesTheTeamsTheyHead) {
    auto west = Add(MakeTeam("West")).id;
    auto free_head = AddUser("freehead@example.com", Role::kHead).id;
    auto west_member = AddUser("west@example.com", Role::kManager, west).id;
    SetHead(west, free_head);

    auto caller = Resolved(free_head);

    EXPECT_EQ(caller.scope.owners, Owners(free_head, west_member));
}

TEST_P(ScopeTest, AHeadNoLongerSeesArchivedTeams) {
    Archive<domain::Team>(east_);

    auto caller = Resolved(head_);

    EXPECT_EQ(caller.scope.owners, Owners(head_, north_member_));
}

TEST_P(ScopeTest, AHeadKeepsSeeingTheRecordsOfAMemberWhoLeftUntilTheyAreGivenAway) {
    auto account = Add(MakeAccount(north_member_, "left behind"));
    Archive<domain::User>(north_member_);

    auto caller = Resolved(head_);
    auto ids = ListAllIds<domain::Account>(store::ListRequest{}, caller.scope);

    EXPECT_EQ(caller.scope.owners, Owners(head_, north_member_, east_member_));
    EXPECT_EQ(ids, (std::vector{ToInt(account.id)}));
    EXPECT_TRUE(caller.MayMove(north_member_, east_member_));
}

TEST_P(ScopeTest, AHeadMovesRecordsWithinTheirTeamsOnly) {
    auto caller = Resolved(head_);

    EXPECT_TRUE(caller.MayMove(north_member_, east_member_));
    EXPECT_TRUE(caller.MayMove(east_member_, head_));
    EXPECT_FALSE(caller.MayMove(north_member_, south_member_));
    EXPECT_FALSE(caller.MayMove(south_member_, north_member_));
    EXPECT_TRUE(caller.MayCreateFor(east_member_));
    EXPECT_FALSE(caller.MayCreateFor(south_member_));
}

TEST_P(ScopeTest, AManagerCreatesForThemselvesAndMovesNothing) {
    auto caller = Resolved(north_member_);

    EXPECT_TRUE(caller.MayCreateFor(north_member_));
    EXPECT_FALSE(caller.MayCreateFor(east_member_));
    EXPECT_FALSE(caller.MayMove(north_member_, east_member_));
    EXPECT_FALSE(caller.MayMove(north_member_, north_member_));
}

TEST_P(ScopeTest, ADeputyActsForTheAbsentColleagueButNeverTakesTheirRecords) {
    Add(MakeAbsence(north_member_, loner_, March(3), March(5)));
    Add(MakeAbsence(south_member_, head_, March(3), March(5)));

    auto deputy = Resolved(loner_);
    auto deputising_head = Resolved(head_);

    EXPECT_TRUE(deputy.MayCreateFor(north_member_));
    EXPECT_FALSE(deputy.MayMove(north_member_, loner_));
    EXPECT_TRUE(deputising_head.CanManage(south_member_));
    EXPECT_FALSE(deputising_head.MayMove(south_member_, head_));
    EXPECT_FALSE(deputising_head.IsHeadOf(south_member_));
}

TEST_P(ScopeTest, DirectorsMoveAnyRecord) {
    auto director = AddUser("director@example.com", Role::kDirector).id;

    auto caller = Resolved(director);

    EXPECT_TRUE(caller.MayMove(north_member_, south_member_));
    EXPECT_TRUE(caller.MayCreateFor(south_member_));
}

TEST_P(ScopeTest, AManagerRoleDoesNotSeeTheTeamEvenWhenNamedItsHead) {
    SetHead(south_, south_member_);

    auto caller = Resolved(south_member_);

    EXPECT_EQ(caller.scope.owners, Owners(south_member_));
}

TEST_P(ScopeTest, DirectorsAndAdminsSeeEverything) {
    auto director = AddUser("director@example.com", Role::kDirector).id;
    auto admin = AddUser("admin@example.com", Role::kAdmin).id;

    for (auto id : {director, admin}) {
        auto caller = Resolved(id);

        EXPECT_TRUE(caller.scope.everything);
        EXPECT_TRUE(caller.SeesEverything());
        EXPECT_TRUE(caller.scope.owners.empty());
        EXPECT_EQ(caller.scope.self, ToInt(id));
    }
}

TEST_P(ScopeTest, ADeputySeesTheAbsentColleaguesRecordsWhileTheAbsenceIsInForce) {
    Add(MakeAbsence(north_member_, loner_, March(3), March(5)));

    auto caller = Resolved(loner_);

    EXPECT_EQ(caller.scope.owners, Owners(loner_, north_member_));
    EXPECT_EQ(caller.deputy_for, (std::vector{north_member_}));
}

TEST_P(ScopeTest, AnAbsenceCountsOnItsFirstAndLastDayOnly) {
    Add(MakeAbsence(north_member_, loner_, March(4), March(4)));
    Add(MakeAbsence(east_member_, loner_, March(1), March(3)));
    Add(MakeAbsence(south_member_, loner_, March(5), March(9)));

    auto today = Resolved(loner_, March(4));
    auto yesterday = Resolved(loner_, March(3));
    auto tomorrow = Resolved(loner_, March(5));

    EXPECT_EQ(today.scope.owners, Owners(loner_, north_member_));
    EXPECT_EQ(yesterday.scope.owners, Owners(loner_, east_member_));
    EXPECT_EQ(tomorrow.scope.owners, Owners(loner_, south_member_));
}

TEST_P(ScopeTest, AnArchivedAbsenceGivesNoRights) {
    auto absence = Add(MakeAbsence(north_member_, loner_, March(3), March(5)));
    Archive<domain::Absence>(absence.id);

    auto caller = Resolved(loner_);

    EXPECT_EQ(caller.scope.owners, Owners(loner_));
    EXPECT_TRUE(caller.deputy_for.empty());
}

TEST_P(ScopeTest, TheAbsentUserGivesNoRightsToAnyoneButTheDeputy) {
    Add(MakeAbsence(north_member_, loner_, March(3), March(5)));

    auto absent = Resolved(north_member_);
    auto bystander = Resolved(south_member_);

    EXPECT_EQ(absent.scope.owners, Owners(north_member_));
    EXPECT_EQ(bystander.scope.owners, Owners(south_member_));
}

TEST_P(ScopeTest, ADeputyForSeveralColleaguesSeesThemAll) {
    Add(MakeAbsence(north_member_, loner_, March(1), March(9)));
    Add(MakeAbsence(south_member_, loner_, March(4), March(4)));

    auto caller = Resolved(loner_);

    EXPECT_EQ(caller.scope.owners, Owners(loner_, north_member_, south_member_));
    EXPECT_EQ(caller.deputy_for.size(), 2u);
}

TEST_P(ScopeTest, ADeputyForAHeadGetsTheHeadsOwnRecordsNotTheTeams) {
    Add(MakeAbsence(head_, loner_, March(3), March(5)));

    auto caller = Resolved(loner_);

    EXPECT_EQ(caller.scope.owners, Owners(loner_, head_));
}

TEST_P(ScopeTest, AHeadDeputisingKeepsTheirTeamsAndAddsTheColleague) {
    Add(MakeAbsence(south_member_, head_, March(3), March(5)));

    auto caller = Resolved(head_);

    EXPECT_EQ(caller.scope.owners, Owners(head_, north_member_, east_member_, south_member_));
}

TEST_P(ScopeTest, ADirectorDeputisingStillSeesEverythingAndKnowsWhomTheyServe) {
    auto director = AddUser("director@example.com", Role::kDirector).id;
    Add(MakeAbsence(north_member_, director, March(3), March(5)));

    auto caller = Resolved(director);

    EXPECT_TRUE(caller.scope.everything);
    EXPECT_EQ(caller.deputy_for, (std::vector{north_member_}));
    EXPECT_EQ(caller.OnBehalfOf(north_member_), north_member_);
}

TEST_P(ScopeTest, ADeputyActsOnBehalfOfTheAbsentOwnerOnly) {
    Add(MakeAbsence(north_member_, loner_, March(3), March(5)));

    auto caller = Resolved(loner_);

    EXPECT_EQ(caller.OnBehalfOf(north_member_), north_member_);
    EXPECT_FALSE(caller.OnBehalfOf(loner_).has_value());
    EXPECT_FALSE(caller.OnBehalfOf(south_member_).has_value());
    EXPECT_TRUE(caller.CanManage(north_member_));
    EXPECT_TRUE(caller.CanManage(loner_));
    EXPECT_FALSE(caller.CanManage(south_member_));
}

TEST_P(ScopeTest, AnInactiveUserIsUnauthenticated) {
    auto user = MakeUser("gone@example.com");
    user.active = false;
    auto inactive = Add(user).id;

    auto caller = Resolve(inactive);

    ASSERT_FALSE(caller);
    EXPECT_EQ(caller.error().code, ErrorCode::kUnauthenticated);
}

TEST_P(ScopeTest, AnArchivedOrUnknownUserIsUnauthenticated) {
    Archive<domain::User>(south_member_);

    auto archived = Resolve(south_member_);
    auto unknown = Resolve(UserId{4242});

    ASSERT_FALSE(archived);
    EXPECT_EQ(archived.error().code, ErrorCode::kUnauthenticated);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kUnauthenticated);
}

TEST_P(ScopeTest, AHeadsScopeShowsTheTeamsAccountsAndNoOthers) {
    auto own = Add(MakeAccount(head_, "own"));
    auto team = Add(MakeAccount(east_member_, "team"));
    Add(MakeAccount(south_member_, "other"));
    auto caller = Resolved(head_);

    auto ids = ListAllIds<domain::Account>(store::ListRequest{}, caller.scope);

    EXPECT_EQ(ids, (std::vector{ToInt(own.id), ToInt(team.id)}));
}

TEST(CallerTest, TheSystemCallerIsAnAdminWhoSeesEverything) {
    auto caller = service::SystemCaller(UserId{5});

    EXPECT_EQ(caller.id, UserId{5});
    EXPECT_TRUE(caller.IsAdmin());
    EXPECT_TRUE(caller.SeesEverything());
    EXPECT_TRUE(caller.CanManage(UserId{77}));
    EXPECT_FALSE(caller.OnBehalfOf(UserId{77}).has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, ScopeTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
