#include "support/api_fixture.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

// Each test lists as a fresh manager, who sees only the accounts the test made, so that lists are exact.
class ListApiTest : public ApiTest {
protected:
    struct Page {
        std::vector<std::string> ids;
        std::string next_cursor;  // "" when null.
    };

    static Page GetPage(const TestUser& user, const std::string& target) {
        auto reply = As(user)->Get(target);
        EXPECT_EQ(reply.status, 200) << target << ": " << reply.body;
        Page page;
        if (reply.status != 200) return page;
        for (const auto& item : reply.json.at("items").as_array()) page.ids.push_back(Text(item, "id"));
        EXPECT_TRUE(reply.json.at("next_cursor").is_null() || reply.json.at("next_cursor").is_string());
        page.next_cursor = Text(reply.json, "next_cursor");
        return page;
    }

    // Follows next_cursor from `target` (which already has a query), starting at `cursor` when given,
    // to the end; returns every id in order.
    static std::vector<std::string> AllPages(const TestUser& user, const std::string& target, int* pages = nullptr,
                                             std::string cursor = {}) {
        std::vector<std::string> ids;
        int count = 0;
        do {
            auto page = GetPage(user, target + (cursor.empty() ? "" : "&cursor=" + cursor));
            if (page.ids.empty() && !page.next_cursor.empty()) ADD_FAILURE() << "an empty page with a next cursor";
            ids.insert(ids.end(), page.ids.begin(), page.ids.end());
            cursor = page.next_cursor;
            if (++count > 100) break;  // A cursor that never ends is a failure, not a hang.
        } while (!cursor.empty());
        if (pages) *pages = count;
        return ids;
    }

    static std::string Id(const object& record) { return Text(record, "id"); }
};

TEST_F(ListApiTest, CursorPagingVisitsEveryRecordExactlyOnceInIdOrder) {
    auto user = MakeUser("manager");
    std::vector<std::string> created;
    for (int i = 0; i < 25; ++i) created.push_back(Id(MakeAccount(user)));

    int pages = 0;
    auto listed = AllPages(user, "/api/v1/accounts?limit=7", &pages);

    EXPECT_EQ(pages, 4);
    EXPECT_EQ(listed, created);
}

TEST_F(ListApiTest, TheLastPageHasANullCursor) {
    auto user = MakeUser("manager");
    for (int i = 0; i < 3; ++i) MakeAccount(user);

    auto exact = As(user)->Get("/api/v1/accounts?limit=3");

    ASSERT_EQ(exact.status, 200) << exact.body;
    EXPECT_EQ(exact.json.at("items").as_array().size(), 3u);
    EXPECT_TRUE(exact.json.at("next_cursor").is_null()) << exact.body;
}

TEST_F(ListApiTest, PagingStaysStableWhenRecordsAreInsertedBetweenPages) {
    auto user = MakeUser("manager");
    std::vector<std::string> expected;
    for (int i = 0; i < 10; ++i) expected.push_back(Id(MakeAccount(user)));

    auto first = GetPage(user, "/api/v1/accounts?limit=4");
    for (int i = 0; i < 3; ++i) expected.push_back(Id(MakeAccount(user)));
    auto rest = AllPages(user, "/api/v1/accounts?limit=4", nullptr, first.next_cursor);

    ASSERT_FALSE(first.next_cursor.empty());
    std::vector<std::string> listed = first.ids;
    listed.insert(listed.end(), rest.begin(), rest.end());
    EXPECT_EQ(listed, expected) << "nothing repeated or skipped, and the new records come last";
}

TEST_F(ListApiTest, ALimitOutsideOneTo500Is400) {
    auto user = MakeUser("manager");

    for (const auto* limit : {"0", "501", "-1", "ten"}) {
        auto reply = As(user)->Get(std::string("/api/v1/accounts?limit=") + limit);

        EXPECT_EQ(reply.status, 400) << "limit=" << limit << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), "limit");
    }
    EXPECT_EQ(As(user)->Get("/api/v1/accounts?limit=500").status, 200);
    EXPECT_EQ(As(user)->Get("/api/v1/accounts?limit=1").status, 200);
}

TEST_F(ListApiTest, FiltersSelectByStatusTagAndIndustry) {
    auto user = MakeUser("manager");
    auto active_vip =
        MakeAccount(user, {{"status", "active"}, {"tags", boost::json::array{"vip", "north"}}, {"industry", "Retail"}});
    auto active =
        MakeAccount(user, {{"status", "active"}, {"tags", boost::json::array{"vipx"}}, {"industry", "Banking"}});
    auto prospect_vip = MakeAccount(user, {{"tags", boost::json::array{"north", "vip"}}});

    auto by_status = GetPage(user, "/api/v1/accounts?status=active");
    auto by_tag = GetPage(user, "/api/v1/accounts?tags=vip");
    auto by_industry = GetPage(user, "/api/v1/accounts?industry=Retail");
    auto without_industry = GetPage(user, "/api/v1/accounts?industry=");
    auto combined = GetPage(user, "/api/v1/accounts?tags=vip&status=active");

    EXPECT_EQ(by_status.ids, (std::vector{Id(active_vip), Id(active)}));
    EXPECT_EQ(by_tag.ids, (std::vector{Id(active_vip), Id(prospect_vip)})) << "a tag matches whole, not as a prefix";
    EXPECT_EQ(by_industry.ids, std::vector{Id(active_vip)});
    EXPECT_EQ(without_industry.ids, std::vector{Id(prospect_vip)}) << "an empty value matches null";
    EXPECT_EQ(combined.ids, std::vector{Id(active_vip)});
}

TEST_F(ListApiTest, FilteringByOwnerShowsThatOwnersRecordsOnly) {
    auto owner = MakeUser("manager");
    auto other = MakeUser("manager");
    auto first = MakeAccount(owner);
    MakeAccount(other);
    auto second = MakeAccount(owner);

    auto page = GetPage(Admin(), "/api/v1/accounts?limit=500&owner_id=" + owner.id);

    EXPECT_EQ(page.ids, (std::vector{Id(first), Id(second)}));
}

TEST_F(ListApiTest, AnUnknownOrNonFilterableParameterIs400NamingIt) {
    auto user = MakeUser("manager");

    auto unknown = As(user)->Get("/api/v1/accounts?colour=red");
    auto not_a_filter = As(user)->Get("/api/v1/accounts?phone=123");
    auto bad_value = As(user)->Get("/api/v1/accounts?status=sleeping");

    EXPECT_EQ(unknown.status, 400) << unknown.body;
    EXPECT_EQ(ErrorCode(unknown), "malformed_request");
    EXPECT_EQ(ErrorField(unknown), "colour");
    EXPECT_EQ(not_a_filter.status, 400) << not_a_filter.body;
    EXPECT_EQ(ErrorField(not_a_filter), "phone");
    EXPECT_EQ(bad_value.status, 400) << "a filter value is a parameter: " << bad_value.body;
    EXPECT_EQ(ErrorField(bad_value), "status");
}

TEST_F(ListApiTest, SortByNameAscendingAndDescending) {
    auto user = MakeUser("manager");
    auto suffix = Unique("");
    auto charlie = MakeAccount(user, {{"name", "Charlie" + suffix}});
    auto alpha = MakeAccount(user, {{"name", "Alpha" + suffix}});
    auto bravo = MakeAccount(user, {{"name", "Bravo" + suffix}});

    auto ascending = GetPage(user, "/api/v1/accounts?sort=name");
    auto descending = GetPage(user, "/api/v1/accounts?sort=-name");

    EXPECT_EQ(ascending.ids, (std::vector{Id(alpha), Id(bravo), Id(charlie)}));
    EXPECT_EQ(descending.ids, (std::vector{Id(charlie), Id(bravo), Id(alpha)}));
}

TEST_F(ListApiTest, PagingThroughASortedListKeepsTheSortAcrossPages) {
    auto user = MakeUser("manager");
    std::vector<std::pair<std::string, std::string>> named;
    for (const auto* name : {"Kilo", "Echo", "Golf", "Alpha", "India", "Charlie", "Bravo"}) {
        named.emplace_back(name, Id(MakeAccount(user, {{"name", name + Unique("")}})));
    }
    std::sort(named.begin(), named.end());
    std::vector<std::string> expected;
    for (const auto& [name, id] : named) expected.push_back(id);

    auto ascending = AllPages(user, "/api/v1/accounts?sort=name&limit=2");
    auto descending = AllPages(user, "/api/v1/accounts?sort=-name&limit=3");

    EXPECT_EQ(ascending, expected);
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(descending, expected);
}

TEST_F(ListApiTest, PagingByANullableFieldWithTiesPutsNullsLastAndSkipsNothing) {
    auto user = MakeUser("manager");
    auto none_first = MakeAccount(user);
    auto mining_first = MakeAccount(user, {{"industry", "Mining"}});
    auto banking = MakeAccount(user, {{"industry", "Banking"}});
    auto none_second = MakeAccount(user);
    auto mining_second = MakeAccount(user, {{"industry", "Mining"}});

    auto listed = AllPages(user, "/api/v1/accounts?sort=industry&limit=2");

    EXPECT_EQ(listed, (std::vector{Id(banking), Id(mining_first), Id(mining_second), Id(none_first), Id(none_second)}));
}

TEST_F(ListApiTest, ACursorIsRefusedWithAnotherSortOrWhenGarbled) {
    auto user = MakeUser("manager");
    for (int i = 0; i < 3; ++i) MakeAccount(user);
    auto by_name = GetPage(user, "/api/v1/accounts?sort=name&limit=1");
    auto by_id = GetPage(user, "/api/v1/accounts?limit=1");
    ASSERT_FALSE(by_name.next_cursor.empty());
    ASSERT_FALSE(by_id.next_cursor.empty());

    auto reversed = As(user)->Get("/api/v1/accounts?sort=-name&limit=1&cursor=" + by_name.next_cursor);
    auto unsorted = As(user)->Get("/api/v1/accounts?limit=1&cursor=" + by_name.next_cursor);
    auto sorted = As(user)->Get("/api/v1/accounts?sort=name&limit=1&cursor=" + by_id.next_cursor);
    auto garbled = As(user)->Get("/api/v1/accounts?limit=1&cursor=not-a-cursor");

    for (const auto* reply : {&reversed, &unsorted, &sorted, &garbled}) {
        EXPECT_EQ(reply->status, 400) << reply->body;
        EXPECT_EQ(ErrorField(*reply), "cursor");
    }
}

TEST_F(ListApiTest, SortingByAFieldThatDoesNotSortIs400) {
    auto user = MakeUser("manager");

    auto reply = As(user)->Get("/api/v1/accounts?sort=phone");

    EXPECT_EQ(reply.status, 400) << reply.body;
    EXPECT_EQ(ErrorField(reply), "sort");
}

TEST_F(ListApiTest, SearchMatchesAccountNamesByPrefixWithoutCase) {
    auto user = MakeUser("manager");
    auto acme = MakeAccount(user, {{"name", "ACME Rocket Supplies"}});
    MakeAccount(user, {{"name", "Globex Corporation"}});

    auto prefix = GetPage(user, "/api/v1/accounts?q=acm");
    auto two_words = GetPage(user, "/api/v1/accounts?q=rocket%20acme");
    auto inside_a_word = GetPage(user, "/api/v1/accounts?q=cme");

    EXPECT_EQ(prefix.ids, std::vector{Id(acme)});
    EXPECT_EQ(two_words.ids, std::vector{Id(acme)});
    EXPECT_TRUE(inside_a_word.ids.empty()) << "words match from their start";
}

TEST_F(ListApiTest, SearchIgnoresDiacriticsBothWays) {
    auto user = MakeUser("manager");
    auto muller = MakeAccount(user, {{"name", "M\u00fcller B\u00e4ckerei"}});

    auto plain = GetPage(user, "/api/v1/accounts?q=muller");
    auto accented = GetPage(user, "/api/v1/accounts?q=B%C3%A4ck");

    EXPECT_EQ(plain.ids, std::vector{Id(muller)});
    EXPECT_EQ(accented.ids, std::vector{Id(muller)});
}

TEST_F(ListApiTest, SearchMatchesAnAccountsEmailPhoneAndWebsite) {
    auto user = MakeUser("manager");
    auto by_email = MakeAccount(user, {{"email", "sales@initech.example"}});
    auto by_phone = MakeAccount(user, {{"phone", "+49 30 5550199"}});
    auto by_website = MakeAccount(user, {{"website", "https://www.hooli.example"}});

    auto email = GetPage(user, "/api/v1/accounts?q=sales@initech.example");
    auto email_domain = GetPage(user, "/api/v1/accounts?q=initech");
    auto phone = GetPage(user, "/api/v1/accounts?q=5550199");
    auto website = GetPage(user, "/api/v1/accounts?q=hooli");

    EXPECT_EQ(email.ids, std::vector{Id(by_email)});
    EXPECT_EQ(email_domain.ids, std::vector{Id(by_email)});
    EXPECT_EQ(phone.ids, std::vector{Id(by_phone)});
    EXPECT_EQ(website.ids, std::vector{Id(by_website)});
}

TEST_F(ListApiTest, SearchFindsAnAccountByItsContactsLastNameAndEmail) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);
    MakeAccount(user);
    auto contact = Create(user, "contacts",
                          {{"account_id", Id(account)},
                           {"first_name", "Jeffrey"},
                           {"last_name", "Lebowski"},
                           {"email", "dude@bowling.example"}});

    auto last_name = GetPage(user, "/api/v1/accounts?q=lebowski");
    auto email = GetPage(user, "/api/v1/accounts?q=dude@bowling.example");
    ASSERT_EQ(As(user)->Delete("/api/v1/contacts/" + Id(contact)).status, 204);
    auto after_delete = GetPage(user, "/api/v1/accounts?q=lebowski");

    EXPECT_EQ(last_name.ids, std::vector{Id(account)});
    EXPECT_EQ(email.ids, std::vector{Id(account)});
    EXPECT_TRUE(after_delete.ids.empty()) << "a deleted contact no longer finds its account";
}

TEST_F(ListApiTest, AContactMovedToAnotherAccountIsFoundThroughTheNewOneOnly) {
    auto user = MakeUser("manager");
    auto before = MakeAccount(user);
    auto after = MakeAccount(user);
    auto contact = Create(user, "contacts", {{"account_id", Id(before)}, {"last_name", "Wanderley"}});

    auto moved = As(user)->Patch("/api/v1/contacts/" + Id(contact), serialize(object{{"account_id", Id(after)}}));

    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(GetPage(user, "/api/v1/accounts?q=wanderley").ids, std::vector{Id(after)});
}

TEST_F(ListApiTest, SearchFollowsChangesToTheAccount) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user, {{"name", "Umbrella Holdings"}});

    ASSERT_EQ(As(user)->Patch("/api/v1/accounts/" + Id(account), R"({"name":"Tyrell Holdings"})").status, 200);

    EXPECT_TRUE(GetPage(user, "/api/v1/accounts?q=umbrella").ids.empty());
    EXPECT_EQ(GetPage(user, "/api/v1/accounts?q=tyrell").ids, std::vector{Id(account)});
}

TEST_F(ListApiTest, SearchFindsNothingOutsideTheCallersVisibility) {
    auto owner = MakeUser("manager");
    auto outsider = MakeUser("manager");
    auto word = "Zorblax" + Unique("");
    auto hidden = MakeAccount(owner, {{"name", word + " Industries"}});
    Create(owner, "contacts", {{"account_id", Id(hidden)}, {"last_name", "Quuxington"}});

    auto by_name = GetPage(outsider, "/api/v1/accounts?q=" + word);
    auto by_contact = GetPage(outsider, "/api/v1/accounts?q=quuxington");
    auto contacts = GetPage(outsider, "/api/v1/contacts?q=quuxington");
    auto as_owner = GetPage(owner, "/api/v1/accounts?q=" + word);

    EXPECT_TRUE(by_name.ids.empty());
    EXPECT_TRUE(by_contact.ids.empty());
    EXPECT_TRUE(contacts.ids.empty());
    EXPECT_EQ(as_owner.ids, std::vector{Id(hidden)});
}

TEST_F(ListApiTest, SearchFollowsAnAccountHandedToAnotherOwner) {
    auto head = MakeUser("head");
    auto team = MakeTeam(head.id);
    auto giver = MakeUser("manager", team);
    auto taker = MakeUser("manager", team);
    auto word = "Quillfeather" + Unique("");
    auto account = MakeAccount(giver, {{"name", word + " Mills"}});

    auto handover = As(head)->Patch("/api/v1/accounts/" + Id(account), serialize(object{{"owner_id", taker.id}}));

    ASSERT_EQ(handover.status, 200) << handover.body;
    EXPECT_TRUE(GetPage(giver, "/api/v1/accounts?q=" + word).ids.empty()) << "the former owner no longer finds it";
    EXPECT_EQ(GetPage(taker, "/api/v1/accounts?q=" + word).ids, std::vector{Id(account)});
    EXPECT_EQ(GetPage(head, "/api/v1/accounts?q=" + word).ids, std::vector{Id(account)});
}

TEST_F(ListApiTest, SearchOnContactsMatchesPartOfANameOrEmail) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);
    auto ada =
        Create(user, "contacts", {{"account_id", Id(account)}, {"first_name", "Ada"}, {"last_name", "Lovelace"}});
    Create(user, "contacts", {{"account_id", Id(account)}, {"first_name", "Alan"}, {"last_name", "Turing"}});

    auto page = GetPage(user, "/api/v1/contacts?q=LOVEL");

    EXPECT_EQ(page.ids, std::vector{Id(ada)});
}

}  // namespace
}  // namespace rapport::test

namespace rapport::test {
namespace {

class PlannedActivitiesApiTest : public ApiTest {};

// "My day" asks for what is planned and not yet done, due before tomorrow.
TEST_F(PlannedActivitiesApiTest, AnEmptyDoneAtListsThePlannedOnesAndDueBeforeBoundsThem) {
    auto manager = MakeUser("manager");
    auto planned = Create(manager, "activities",
                          {{"kind", "call"}, {"subject", "Planned"}, {"due_at", "2030-01-01T09:00:00Z"}});
    Create(manager, "activities", {{"kind", "call"}, {"subject", "Done"}, {"due_at", "2030-01-01T10:00:00Z"},
                                   {"done_at", "2030-01-01T10:05:00Z"}});
    Create(manager, "activities", {{"kind", "call"}, {"subject", "Later"}, {"due_at", "2030-01-03T09:00:00Z"}});

    auto reply = As(manager)->Get("/api/v1/activities?done_at=&due_at_before=2030-01-02T00:00:00Z&owner_id=" + manager.id);

    ASSERT_EQ(reply.status, 200) << reply.body;
    const auto& items = reply.json.at("items").as_array();
    ASSERT_EQ(items.size(), 1u) << reply.body;
    EXPECT_EQ(Text(items.at(0), "id"), Text(planned, "id"));
}

}  // namespace
}  // namespace rapport::test
