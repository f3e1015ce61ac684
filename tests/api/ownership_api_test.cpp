#include "support/api_fixture.hpp"

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

// Who may give records to another owner (API.md, "Visibility", second release): heads within their
// teams, directors and admins; a manager creates for themselves only; a deputy acts but never takes.
class OwnershipApiTest : public ApiTest {
protected:
    // A head with two managers in their team.
    struct Team {
        TestUser head, first, second;
        std::string id;
    };

    static Team MakeHeadedTeam() {
        Team team;
        team.head = MakeUser("head");
        team.id = MakeTeam(team.head.id);
        team.first = MakeUser("manager", team.id);
        team.second = MakeUser("manager", team.id);
        return team;
    }

    static object Deal(const std::string& account_id, boost::json::object extra = {}) {
        object body{{"account_id", account_id},
                    {"title", Unique("Deal")},
                    {"amount", {{"amount", "100.00"}, {"currency", "EUR"}}}};
        for (auto& [key, value] : extra) body[key] = value;
        return body;
    }

    static HttpClient::Reply GiveTo(const TestUser& as, const std::string& path, const std::string& owner_id) {
        return As(as)->Patch(path, serialize(object{{"owner_id", owner_id}}));
    }

    static std::string OwnerOf(const std::string& path) { return Text(As(Admin())->Get(path).json, "owner_id"); }
};

TEST_F(OwnershipApiTest, ADeputyCannotTakeTheAbsentColleaguesAccount) {
    auto team = MakeHeadedTeam();
    auto path = "/api/v1/accounts/" + Text(MakeAccount(team.first), "id");
    Create(team.first, "absences",
           {{"user_id", team.first.id},
            {"deputy_id", team.second.id},
            {"starts_on", DateFromToday()},
            {"ends_on", DateFromToday(3)}});

    auto acts = As(team.second)->Patch(path, serialize(object{{"industry", "Steel"}}));
    auto takes = GiveTo(team.second, path, team.second.id);

    EXPECT_EQ(acts.status, 200) << acts.body;
    EXPECT_EQ(takes.status, 403) << takes.body;
    EXPECT_EQ(ErrorField(takes), "owner_id");
    EXPECT_EQ(OwnerOf(path), team.first.id);
}

TEST_F(OwnershipApiTest, AManagerCannotTakeAColleaguesDealOnTheirOwnAccount) {
    auto team = MakeHeadedTeam();
    auto account_id = Text(MakeAccount(team.first), "id");
    auto deal = Create(team.head, "deals", Deal(account_id, {{"owner_id", team.second.id}}));
    auto path = "/api/v1/deals/" + Text(deal, "id");

    auto takes = GiveTo(team.first, path, team.first.id);

    EXPECT_EQ(takes.status, 403) << takes.body;
    EXPECT_EQ(OwnerOf(path), team.second.id);
}

TEST_F(OwnershipApiTest, AManagerCannotGiveTheirRecordsAwayNorCreateForSomeoneElse) {
    auto team = MakeHeadedTeam();
    auto account = MakeAccount(team.first);
    auto path = "/api/v1/accounts/" + Text(account, "id");

    auto gives = GiveTo(team.first, path, team.second.id);
    auto creates =
        As(team.first)
            ->Post("/api/v1/accounts", serialize(object{{"name", Unique("For you")}, {"owner_id", team.second.id}}));
    auto activity = As(team.first)
                        ->Post("/api/v1/activities", serialize(object{{"account_id", Text(account, "id")},
                                                                      {"kind", "call"},
                                                                      {"subject", "For you"},
                                                                      {"owner_id", team.second.id}}));

    EXPECT_EQ(gives.status, 403) << gives.body;
    EXPECT_EQ(creates.status, 403) << creates.body;
    EXPECT_EQ(activity.status, 403) << activity.body;
    EXPECT_EQ(OwnerOf(path), team.first.id);
}

TEST_F(OwnershipApiTest, AHeadMovesRecordsWithinTheirTeamsButNotOutOfThem) {
    auto team = MakeHeadedTeam();
    auto other = MakeHeadedTeam();
    auto account_id = Text(MakeAccount(team.first), "id");
    auto deal_path = "/api/v1/deals/" + Text(Create(team.first, "deals", Deal(account_id)), "id");
    auto account_path = "/api/v1/accounts/" + account_id;

    auto within = GiveTo(team.head, account_path, team.second.id);
    auto deal_within = GiveTo(team.head, deal_path, team.head.id);
    auto outside = GiveTo(team.head, account_path, other.first.id);

    EXPECT_EQ(within.status, 200) << within.body;
    EXPECT_EQ(deal_within.status, 200) << deal_within.body;
    EXPECT_EQ(outside.status, 403) << outside.body;
    EXPECT_EQ(OwnerOf(account_path), team.second.id);
}

TEST_F(OwnershipApiTest, ADirectorMovesAnyRecordAndTheAuditNamesTheMove) {
    auto team = MakeHeadedTeam();
    auto other = MakeHeadedTeam();
    auto director = MakeUser("director");
    auto account_id = Text(MakeAccount(team.first), "id");

    auto moved = GiveTo(director, "/api/v1/accounts/" + account_id, other.second.id);

    ASSERT_EQ(moved.status, 200) << moved.body;
    auto audit = As(Admin())->Get("/api/v1/audit?collection=accounts&record_id=" + account_id);
    auto latest = audit.json.at("items").as_array().at(0);
    EXPECT_EQ(Text(latest, "user_id"), director.id);
    EXPECT_EQ(Text(latest.at("changes").at("owner_id"), "to"), other.second.id);
}

TEST_F(OwnershipApiTest, AHeadKeepsALeavingManagersAccountsUntilGivingThemAway) {
    auto team = MakeHeadedTeam();
    auto account = MakeAccount(team.first);
    auto path = "/api/v1/accounts/" + Text(account, "id");

    ASSERT_EQ(As(Admin())->Delete("/api/v1/users/" + team.first.id).status, 204);

    EXPECT_EQ(As(team.head)->Get(path).status, 200);
    auto listed = As(team.head)->Get("/api/v1/accounts?owner_id=" + team.first.id);
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_EQ(listed.json.at("items").as_array().size(), 1u);
    auto given = GiveTo(team.head, path, team.second.id);
    EXPECT_EQ(given.status, 200) << given.body;
    EXPECT_EQ(As(team.second)->Get(path).status, 200);
}

class ClosedDealApiTest : public OwnershipApiTest {
protected:
    // A deal of `owner`'s, won.
    static std::string WonDeal(const TestUser& owner) {
        auto account_id = Text(MakeAccount(owner), "id");
        auto path = "/api/v1/deals/" + Text(Create(owner, "deals", Deal(account_id, {{"stage", "negotiation"}})), "id");
        auto won = As(owner)->Patch(path, serialize(object{{"stage", "won"}}));
        EXPECT_EQ(won.status, 200) << won.body;
        return path;
    }
};

TEST_F(ClosedDealApiTest, AWonDealsAmountOwnerAndProbabilityNoLongerChange) {
    auto team = MakeHeadedTeam();
    auto path = WonDeal(team.first);

    auto amount =
        As(team.first)->Patch(path, serialize(object{{"amount", {{"amount", "999.00"}, {"currency", "EUR"}}}}));
    auto probability = As(team.first)->Patch(path, serialize(object{{"probability", 50}}));
    auto owner = GiveTo(team.head, path, team.second.id);
    auto close_date = As(team.head)->Patch(path, serialize(object{{"expected_close", DateFromToday(30)}}));
    auto title = As(team.first)->Patch(path, serialize(object{{"title", "Renamed after the win"}}));

    EXPECT_EQ(amount.status, 409) << amount.body;
    EXPECT_EQ(ErrorField(amount), "amount");
    EXPECT_EQ(probability.status, 409) << probability.body;
    EXPECT_EQ(owner.status, 409) << owner.body;
    EXPECT_EQ(close_date.status, 409) << close_date.body;
    EXPECT_EQ(title.status, 200) << title.body;
    auto deal = As(Admin())->Get(path).json;
    EXPECT_EQ(Text(deal.at("amount"), "amount"), "100.00");
    EXPECT_EQ(Text(deal, "owner_id"), team.first.id);
}

TEST_F(ClosedDealApiTest, ADirectorCorrectsAClosedDealAndTheAuditKeepsTheCorrection) {
    auto team = MakeHeadedTeam();
    auto director = MakeUser("director");
    auto path = WonDeal(team.first);

    auto corrected =
        As(director)->Patch(path, serialize(object{{"amount", {{"amount", "90.00"}, {"currency", "EUR"}}}}));

    ASSERT_EQ(corrected.status, 200) << corrected.body;
    auto id = path.substr(path.rfind('/') + 1);
    auto audit = As(Admin())->Get("/api/v1/audit?collection=deals&record_id=" + id);
    auto latest = audit.json.at("items").as_array().at(0);
    EXPECT_EQ(Text(latest, "user_id"), director.id);
    EXPECT_EQ(Text(latest.at("changes").at("amount").at("to"), "amount"), "90.00");
}

}  // namespace
}  // namespace rapport::test
