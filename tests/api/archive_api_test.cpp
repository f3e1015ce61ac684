#include "support/api_fixture.hpp"

#include <string>
#include <vector>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

class ArchiveApiTest : public ApiTest {
protected:
    // An account of a manager in a team with a head, with one record of each kind that follows it.
    struct Book {
        TestUser head, manager;
        std::string account, contact, deal, activity, offer, order;

        std::vector<std::string> FollowerPaths() const {
            return {"/api/v1/contacts/" + contact, "/api/v1/deals/" + deal, "/api/v1/activities/" + activity,
                    "/api/v1/offers/" + offer, "/api/v1/orders/" + order};
        }
        std::string AccountPath() const { return "/api/v1/accounts/" + account; }
    };

    static Book MakeBook() {
        Book book;
        book.head = MakeUser("head");
        book.manager = MakeUser("manager", MakeTeam(book.head.id));
        book.account = Text(MakeAccount(book.manager, {{"name", Unique("Followed")}}), "id");
        book.contact = Text(
            Create(book.manager, "contacts", {{"account_id", book.account}, {"last_name", Unique("Follows")}}), "id");
        book.deal = Text(Create(book.manager, "deals",
                                {{"account_id", book.account},
                                 {"title", "Follows too"},
                                 {"amount", {{"amount", "10.00"}, {"currency", "EUR"}}}}),
                         "id");
        book.activity = Text(
            Create(book.manager, "activities", {{"account_id", book.account}, {"kind", "note"}, {"subject", "Also"}}),
            "id");
        // A document line priced by hand, so that no price list of another test applies.
        auto lines = boost::json::array{object{{"description", "Cutting to length"},
                                               {"quantity", "2"},
                                               {"unit_price", {{"amount", "40.00"}, {"currency", "EUR"}}}}};
        book.offer = Text(Create(book.manager, "offers", {{"account_id", book.account}, {"lines", lines}}), "id");
        book.order = Text(Create(book.manager, "orders", {{"account_id", book.account}, {"lines", lines}}), "id");
        return book;
    }

    static std::string LatestAction(const std::string& collection, const std::string& id) {
        auto audit = As(Admin())->Get("/api/v1/audit?collection=" + collection + "&record_id=" + id);
        EXPECT_EQ(audit.status, 200) << audit.body;
        return Text(audit.json.at("items").as_array().at(0), "action");
    }
};

TEST_F(ArchiveApiTest, ArchivingAnAccountArchivesEveryRecordThatFollowsIt) {
    auto book = MakeBook();

    auto archived = As(book.head)->Delete(book.AccountPath());

    ASSERT_EQ(archived.status, 204) << archived.body;
    for (const auto& path : book.FollowerPaths()) EXPECT_EQ(As(Admin())->Get(path).status, 404) << path;
    EXPECT_EQ(LatestAction("deals", book.deal), "archive");
    EXPECT_EQ(LatestAction("contacts", book.contact), "archive");
    EXPECT_EQ(LatestAction("offers", book.offer), "archive");
    EXPECT_EQ(LatestAction("orders", book.order), "archive");
}

TEST_F(ArchiveApiTest, OnlyTheOwnersHeadDirectorsAndAdminsArchiveAnAccount) {
    auto book = MakeBook();
    auto other_head = MakeUser("head");
    MakeTeam(other_head.id);

    auto by_owner = As(book.manager)->Delete(book.AccountPath());
    auto by_other_head = As(other_head)->Delete(book.AccountPath());

    EXPECT_EQ(by_owner.status, 403) << by_owner.body;
    EXPECT_EQ(by_other_head.status, 404) << "another team's account is not even visible";
    EXPECT_EQ(As(book.manager)->Get(book.AccountPath()).status, 200);
    for (const auto& path : book.FollowerPaths()) EXPECT_EQ(As(book.manager)->Get(path).status, 200) << path;
    EXPECT_EQ(As(MakeUser("director"))->Delete(book.AccountPath()).status, 204);
}

TEST_F(ArchiveApiTest, RestoringAnAccountBringsBackWhatWasArchivedWithItAndNothingElse) {
    auto book = MakeBook();
    auto earlier =
        Text(Create(book.manager, "contacts", {{"account_id", book.account}, {"last_name", "Gone before"}}), "id");
    ASSERT_EQ(As(book.manager)->Delete("/api/v1/contacts/" + earlier).status, 204);
    ASSERT_EQ(As(book.head)->Delete(book.AccountPath()).status, 204);

    auto by_owner = As(book.manager)->Post(book.AccountPath() + "/restore", "");
    auto restored = As(book.head)->Post(book.AccountPath() + "/restore", "", {{"If-Match", "\"2\""}});

    EXPECT_EQ(by_owner.status, 403) << by_owner.body;
    ASSERT_EQ(restored.status, 200) << restored.body;
    EXPECT_EQ(restored.json.at("version").as_int64(), 3);
    for (const auto& path : book.FollowerPaths()) EXPECT_EQ(As(book.manager)->Get(path).status, 200) << path;
    EXPECT_EQ(As(book.manager)->Get("/api/v1/contacts/" + earlier).status, 404)
        << "archived on its own, it stays archived";
    EXPECT_EQ(LatestAction("accounts", book.account), "restore");
    EXPECT_EQ(LatestAction("activities", book.activity), "restore");
    EXPECT_EQ(LatestAction("orders", book.order), "restore");
    auto name = Text(As(book.manager)->Get(book.AccountPath()).json, "name");
    auto found = As(book.manager)->Get("/api/v1/accounts?q=" + name);
    ASSERT_EQ(found.status, 200) << found.body;
    EXPECT_EQ(found.json.at("items").as_array().size(), 1u) << "search finds the account again";
}

TEST_F(ArchiveApiTest, RestoringAnAccountThatIsNotArchivedIsAConflict) {
    auto book = MakeBook();

    auto live = As(book.head)->Post(book.AccountPath() + "/restore", "");
    auto unknown = As(book.head)->Post("/api/v1/accounts/999999999/restore", "");
    auto stale = [&] {
        EXPECT_EQ(As(book.head)->Delete(book.AccountPath()).status, 204);
        return As(book.head)->Post(book.AccountPath() + "/restore", "", {{"If-Match", "\"1\""}});
    }();

    EXPECT_EQ(live.status, 409) << live.body;
    EXPECT_EQ(unknown.status, 404) << unknown.body;
    EXPECT_EQ(stale.status, 412) << stale.body;
    EXPECT_EQ(As(book.manager)->Get(book.AccountPath()).status, 404) << "a refused restore changes nothing";
}

TEST_F(ArchiveApiTest, APatchThatChangesNothingKeepsTheVersionAndWritesNoAuditRow) {
    auto manager = MakeUser("manager");
    auto account = MakeAccount(manager, {{"industry", "Retail"}});
    auto path = "/api/v1/accounts/" + Text(account, "id");

    auto same = As(manager)->Patch(path, serialize(object{{"industry", "Retail"}}), {{"If-Match", "\"1\""}});
    auto empty = As(manager)->Patch(path, "{}");

    ASSERT_EQ(same.status, 200) << same.body;
    EXPECT_EQ(same.json.at("version").as_int64(), 1);
    ASSERT_EQ(empty.status, 200) << empty.body;
    EXPECT_EQ(empty.json.at("version").as_int64(), 1);
    auto audit = As(Admin())->Get("/api/v1/audit?collection=accounts&record_id=" + Text(account, "id"));
    ASSERT_EQ(audit.status, 200) << audit.body;
    EXPECT_EQ(audit.json.at("items").as_array().size(), 1u) << "only the create";
}

}  // namespace
}  // namespace rapport::test
