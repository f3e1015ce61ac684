#include "support/api_fixture.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

class VisibilityApiTest : public ApiTest {
protected:
    // An account with one contact, one deal and one activity, all made by `owner`.
    struct Book {
        object account, contact, deal, activity;

        std::vector<std::pair<std::string, std::string>> Paths() const {
            return {{"accounts", Text(account, "id")},
                    {"contacts", Text(contact, "id")},
                    {"deals", Text(deal, "id")},
                    {"activities", Text(activity, "id")}};
        }
    };

    static Book MakeBook(const TestUser& owner) {
        Book book;
        book.account = MakeAccount(owner, {{"name", Unique("Secretive")}});
        auto account_id = Text(book.account, "id");
        book.contact = Create(owner, "contacts", {{"account_id", account_id}, {"last_name", Unique("Hidden")}});
        book.deal = Create(owner, "deals",
                           {{"account_id", account_id},
                            {"title", "Quiet deal"},
                            {"amount", {{"amount", "500.00"}, {"currency", "EUR"}}}});
        book.activity =
            Create(owner, "activities", {{"account_id", account_id}, {"kind", "note"}, {"subject", "Private"}});
        return book;
    }

    // A valid change for a record of `collection`, so that only visibility can refuse it.
    static std::string Rename(const std::string& collection) {
        if (collection == "accounts") return R"({"name":"Mine now"})";
        if (collection == "contacts") return R"({"last_name":"Mine now"})";
        if (collection == "deals") return R"({"title":"Mine now"})";
        return R"({"subject":"Mine now"})";
    }

    static std::string AccountPath(const Book& book) { return "/api/v1/accounts/" + Text(book.account, "id"); }

    static std::vector<std::string> ListedIds(const TestUser& user, const std::string& target) {
        auto reply = As(user)->Get(target);
        EXPECT_EQ(reply.status, 200) << target << ": " << reply.body;
        std::vector<std::string> ids;
        if (reply.status != 200) return ids;
        for (const auto& item : reply.json.at("items").as_array()) ids.push_back(Text(item, "id"));
        return ids;
    }

    static bool Lists(const TestUser& user, const std::string& collection, const std::string& id) {
        auto ids = ListedIds(user, "/api/v1/" + collection + "?limit=500");
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    }

    static object Absence(const TestUser& absent, const TestUser& deputy, int from, int to) {
        return {{"user_id", absent.id},
                {"deputy_id", deputy.id},
                {"starts_on", DateFromToday(from)},
                {"ends_on", DateFromToday(to)},
                {"reason", "leave"}};
    }
};

TEST_F(VisibilityApiTest, AManagerGets404OnAnotherManagersRecords) {
    auto owner = MakeUser("manager");
    auto stranger = MakeUser("manager");
    auto book = MakeBook(owner);

    for (const auto& [collection, id] : book.Paths()) {
        auto reply = As(stranger)->Get("/api/v1/" + collection + "/" + id);

        EXPECT_EQ(reply.status, 404) << collection << ": " << reply.body;
        EXPECT_EQ(ErrorCode(reply), "not_found");
        EXPECT_EQ(As(owner)->Get("/api/v1/" + collection + "/" + id).status, 200) << collection;
    }
}

TEST_F(VisibilityApiTest, AnotherManagersRecordsAreMissingFromListsFiltersAndSearch) {
    auto owner = MakeUser("manager");
    auto stranger = MakeUser("manager");
    auto book = MakeBook(owner);
    auto account_id = Text(book.account, "id");

    for (const auto& [collection, id] : book.Paths()) EXPECT_FALSE(Lists(stranger, collection, id)) << collection;
    EXPECT_TRUE(ListedIds(stranger, "/api/v1/contacts?account_id=" + account_id).empty());
    EXPECT_TRUE(ListedIds(stranger, "/api/v1/deals?owner_id=" + owner.id).empty());
    EXPECT_TRUE(ListedIds(stranger, "/api/v1/accounts?q=" + Text(book.account, "name")).empty());
    EXPECT_EQ(ListedIds(owner, "/api/v1/accounts?q=" + Text(book.account, "name")), std::vector{account_id});
}

TEST_F(VisibilityApiTest, AManagerCannotAttachRecordsToAnotherManagersAccount) {
    auto owner = MakeUser("manager");
    auto stranger = MakeUser("manager");
    auto account_id = Text(MakeAccount(owner), "id");

    auto contact =
        As(stranger)->Post("/api/v1/contacts", serialize(object{{"account_id", account_id}, {"last_name", "Spy"}}));
    auto deal = As(stranger)->Post(
        "/api/v1/deals",
        serialize(object{
            {"account_id", account_id}, {"title", "Poach"}, {"amount", {{"amount", "1.00"}, {"currency", "EUR"}}}}));
    auto activity = As(stranger)->Post(
        "/api/v1/activities", serialize(object{{"account_id", account_id}, {"kind", "note"}, {"subject", "Peek"}}));

    for (const auto* reply : {&contact, &deal, &activity}) {
        EXPECT_EQ(reply->status, 422) << reply->body;
        EXPECT_EQ(ErrorField(*reply), "account_id");
    }
    EXPECT_TRUE(ListedIds(owner, "/api/v1/contacts?account_id=" + account_id).empty());
    EXPECT_TRUE(ListedIds(owner, "/api/v1/deals?account_id=" + account_id).empty());
}

TEST_F(VisibilityApiTest, AManagerCannotChangeOrDeleteAnotherManagersRecords) {
    auto owner = MakeUser("manager");
    auto stranger = MakeUser("manager");
    auto book = MakeBook(owner);

    for (const auto& [collection, id] : book.Paths()) {
        auto path = "/api/v1/" + collection + "/" + id;
        auto patch = As(stranger)->Patch(path, Rename(collection));
        auto remove = As(stranger)->Delete(path);

        EXPECT_EQ(patch.status, 404) << collection << ": " << patch.body;
        EXPECT_EQ(remove.status, 404) << collection << ": " << remove.body;
        auto read = As(owner)->Get(path);
        EXPECT_EQ(read.status, 200) << collection;
        EXPECT_EQ(read.json.at("version"), 1) << collection;
    }
}

TEST_F(VisibilityApiTest, AManagerCannotGiveRecordsToSomeoneOutsideTheirScope) {
    auto owner = MakeUser("manager");
    auto stranger = MakeUser("manager");
    auto account = MakeAccount(owner);

    auto create =
        As(owner)->Post("/api/v1/accounts", serialize(object{{"name", Unique("Gift")}, {"owner_id", stranger.id}}));
    auto hand_over =
        As(owner)->Patch("/api/v1/accounts/" + Text(account, "id"), serialize(object{{"owner_id", stranger.id}}));

    EXPECT_EQ(create.status, 403) << create.body;
    EXPECT_EQ(ErrorField(create), "owner_id");
    EXPECT_EQ(hand_over.status, 403) << hand_over.body;
    EXPECT_EQ(Text(As(owner)->Get("/api/v1/accounts/" + Text(account, "id")).json, "owner_id"), owner.id);
}

TEST_F(VisibilityApiTest, AHeadSeesAndEditsTheirTeamsRecordsButNotAnotherTeams) {
    auto head = MakeUser("head");
    auto team = MakeTeam(head.id);
    auto member = MakeUser("manager", team);
    auto outsider = MakeUser("manager", MakeTeam());
    auto members_book = MakeBook(member);
    auto outsiders_account = MakeAccount(outsider);

    auto edit = As(head)->Patch(AccountPath(members_book), R"({"status":"active"})", {{"If-Match", "\"1\""}});

    EXPECT_EQ(edit.status, 200) << edit.body;
    for (const auto& [collection, id] : members_book.Paths()) {
        EXPECT_EQ(As(head)->Get("/api/v1/" + collection + "/" + id).status, 200) << collection;
        EXPECT_TRUE(Lists(head, collection, id)) << collection;
    }
    auto outside_path = "/api/v1/accounts/" + Text(outsiders_account, "id");
    EXPECT_EQ(As(head)->Get(outside_path).status, 404);
    EXPECT_EQ(As(head)->Patch(outside_path, R"({"status":"active"})").status, 404);
    EXPECT_FALSE(Lists(head, "accounts", Text(outsiders_account, "id")));
}

TEST_F(VisibilityApiTest, AHeadAlsoSeesTheMembersOfTheTeamTheyBelongTo) {
    auto team = MakeTeam();
    auto head = MakeUser("head", team);
    auto member = MakeUser("manager", team);
    auto account = MakeAccount(member);

    auto reply = As(head)->Get("/api/v1/accounts/" + Text(account, "id"));

    EXPECT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(As(member)->Get("/api/v1/accounts/" + Text(MakeAccount(head), "id")).status, 404)
        << "a manager does not see their head's records";
}

TEST_F(VisibilityApiTest, ADirectorSeesAndEditsEverythingButIsNoAdmin) {
    auto owner = MakeUser("manager");
    auto director = MakeUser("director");
    auto book = MakeBook(owner);

    auto edit = As(director)->Patch(AccountPath(book), R"({"industry":"Energy"})");
    auto new_user = As(director)->Post(
        "/api/v1/users",
        serialize(object{
            {"email", Unique("d") + "@test.example"}, {"name", "Nope"}, {"role", "manager"}, {"password", kPassword}}));
    auto new_team = As(director)->Post("/api/v1/teams", serialize(object{{"name", Unique("Nope")}}));

    EXPECT_EQ(edit.status, 200) << edit.body;
    for (const auto& [collection, id] : book.Paths()) {
        EXPECT_EQ(As(director)->Get("/api/v1/" + collection + "/" + id).status, 200) << collection;
    }
    EXPECT_EQ(new_user.status, 403) << new_user.body;
    EXPECT_EQ(ErrorCode(new_user), "forbidden");
    EXPECT_EQ(new_team.status, 403) << new_team.body;
}

TEST_F(VisibilityApiTest, AnAdminSeesEverything) {
    auto owner = MakeUser("manager");
    auto book = MakeBook(owner);

    for (const auto& [collection, id] : book.Paths()) {
        EXPECT_EQ(As(Admin())->Get("/api/v1/" + collection + "/" + id).status, 200) << collection;
    }
}

TEST_F(VisibilityApiTest, ADeputySeesAndEditsTheAbsentsRecordsOnTheirBehalf) {
    auto absent = MakeUser("manager");
    auto deputy = MakeUser("manager");
    auto book = MakeBook(absent);
    ASSERT_EQ(As(deputy)->Get(AccountPath(book)).status, 404);
    Create(absent, "absences", Absence(absent, deputy, 0, 2));

    auto edit = As(deputy)->Patch(AccountPath(book), R"({"status":"active"})", {{"If-Match", "\"1\""}});

    ASSERT_EQ(edit.status, 200) << edit.body;
    EXPECT_EQ(As(deputy)->Patch("/api/v1/deals/" + Text(book.deal, "id"), Rename("deals")).status, 200);
    EXPECT_EQ(Text(edit.json, "owner_id"), absent.id) << "the owner stays the absent manager";
    EXPECT_EQ(Text(edit.json, "updated_by"), deputy.id);
    for (const auto& [collection, id] : book.Paths()) {
        EXPECT_EQ(As(deputy)->Get("/api/v1/" + collection + "/" + id).status, 200) << collection;
    }
    EXPECT_TRUE(Lists(deputy, "accounts", Text(book.account, "id")));
    auto audit = As(Admin())->Get("/api/v1/audit?collection=accounts&record_id=" + Text(book.account, "id"));
    ASSERT_EQ(audit.status, 200) << audit.body;
    const auto& entries = audit.json.at("items").as_array();
    ASSERT_EQ(entries.size(), 2u) << audit.body;
    const auto& update = entries.front();  // Newest first.
    EXPECT_EQ(Text(update, "action"), "update");
    EXPECT_EQ(Text(update, "user_id"), deputy.id);
    EXPECT_EQ(Text(update, "on_behalf_of"), absent.id);
    EXPECT_EQ(Text(update.at("changes").at("status"), "to"), "active");
    EXPECT_TRUE(entries.back().at("on_behalf_of").is_null()) << "the owner's own create is on nobody's behalf";
}

TEST_F(VisibilityApiTest, ARoleChangeTakesEffectAtTheUsersNextRequest) {
    auto owner = MakeUser("manager");
    auto promoted = MakeUser("manager");
    auto book = MakeBook(owner);
    ASSERT_EQ(As(promoted)->Get(AccountPath(book)).status, 404);

    auto change = As(Admin())->Patch("/api/v1/users/" + promoted.id, R"({"role":"director"})");

    ASSERT_EQ(change.status, 200) << change.body;
    EXPECT_EQ(As(promoted)->Get(AccountPath(book)).status, 200);
}

TEST_F(VisibilityApiTest, AnAbsenceThatHasNotBegunOrHasEndedGivesNoAccess) {
    auto absent = MakeUser("manager");
    auto deputy = MakeUser("manager");
    auto book = MakeBook(absent);

    Create(absent, "absences", Absence(absent, deputy, 1, 5));
    Create(absent, "absences", Absence(absent, deputy, -5, -1));

    EXPECT_EQ(As(deputy)->Get(AccountPath(book)).status, 404);
    EXPECT_EQ(As(deputy)->Patch(AccountPath(book), R"({"status":"active"})").status, 404);
    EXPECT_FALSE(Lists(deputy, "accounts", Text(book.account, "id")));
}

TEST_F(VisibilityApiTest, CancellingAnAbsenceEndsTheDeputysAccessAtOnce) {
    auto absent = MakeUser("manager");
    auto deputy = MakeUser("manager");
    auto book = MakeBook(absent);
    auto absence = Create(absent, "absences", Absence(absent, deputy, -1, 1));
    ASSERT_EQ(As(deputy)->Get(AccountPath(book)).status, 200);

    auto cancel = As(absent)->Delete("/api/v1/absences/" + Text(absence, "id"));

    EXPECT_EQ(cancel.status, 204) << cancel.body;
    EXPECT_EQ(As(deputy)->Get(AccountPath(book)).status, 404);
    EXPECT_FALSE(Lists(deputy, "deals", Text(book.deal, "id")));
    EXPECT_TRUE(As(deputy)->Get("/api/v1/auth/me").json.at("deputy_for").as_array().empty());
}

TEST_F(VisibilityApiTest, AnAbsenceNeedsAnotherUserAsDeputyAndAnEndAfterItsStart) {
    auto manager = MakeUser("manager");
    auto deputy = MakeUser("manager");

    auto self = As(manager)->Post("/api/v1/absences", serialize(Absence(manager, manager, 0, 1)));
    auto inverted = As(manager)->Post("/api/v1/absences", serialize(Absence(manager, deputy, 3, 1)));

    EXPECT_EQ(self.status, 422) << self.body;
    EXPECT_EQ(ErrorField(self), "deputy_id");
    EXPECT_EQ(inverted.status, 422) << inverted.body;
    EXPECT_EQ(ErrorField(inverted), "ends_on");
    EXPECT_TRUE(ListedIds(manager, "/api/v1/absences").empty());
}

TEST_F(VisibilityApiTest, ADeputyCannotCancelTheAbsenceThatNamesThem) {
    auto absent = MakeUser("manager");
    auto deputy = MakeUser("manager");
    auto absence = Create(absent, "absences", Absence(absent, deputy, 0, 1));

    auto reply = As(deputy)->Delete("/api/v1/absences/" + Text(absence, "id"));

    EXPECT_EQ(reply.status, 403) << reply.body;
    EXPECT_EQ(As(absent)->Get("/api/v1/absences/" + Text(absence, "id")).status, 200);
}

TEST_F(VisibilityApiTest, AManagerRecordsOnlyTheirOwnAbsences) {
    auto manager = MakeUser("manager");
    auto colleague = MakeUser("manager");

    auto reply = As(manager)->Post("/api/v1/absences", serialize(Absence(colleague, manager, 0, 3)));

    EXPECT_EQ(reply.status, 403) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "forbidden");
    EXPECT_TRUE(ListedIds(Admin(), "/api/v1/absences?user_id=" + colleague.id).empty());
}

TEST_F(VisibilityApiTest, AHeadRecordsAbsencesForTheirTeamOnly) {
    auto head = MakeUser("head");
    auto team = MakeTeam(head.id);
    auto member = MakeUser("manager", team);
    auto deputy = MakeUser("manager", team);
    auto outsider = MakeUser("manager", MakeTeam());
    auto book = MakeBook(member);

    auto for_member = As(head)->Post("/api/v1/absences", serialize(Absence(member, deputy, 0, 1)));
    auto for_outsider = As(head)->Post("/api/v1/absences", serialize(Absence(outsider, deputy, 0, 1)));

    EXPECT_EQ(for_member.status, 201) << for_member.body;
    EXPECT_EQ(As(deputy)->Get(AccountPath(book)).status, 200);
    EXPECT_EQ(for_outsider.status, 403) << for_outsider.body;
}

TEST_F(VisibilityApiTest, OnlyDirectorsAndAdminsReadTheAuditTrail) {
    auto manager = MakeUser("manager");
    auto head = MakeUser("head");
    auto director = MakeUser("director");

    auto as_manager = As(manager)->Get("/api/v1/audit");
    auto as_head = As(head)->Get("/api/v1/audit");
    auto as_director = As(director)->Get("/api/v1/audit?limit=5");

    EXPECT_EQ(as_manager.status, 403) << as_manager.body;
    EXPECT_EQ(ErrorCode(as_manager), "forbidden");
    EXPECT_EQ(as_head.status, 403) << as_head.body;
    EXPECT_EQ(as_director.status, 200) << as_director.body;
}

}  // namespace
}  // namespace rapport::test
