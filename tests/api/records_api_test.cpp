#include "support/api_fixture.hpp"

#include <boost/beast/http/verb.hpp>

#include <string>

namespace rapport::test {
namespace {

using boost::beast::http::verb;
using boost::json::object;
using boost::json::serialize;

class RecordsApiTest : public ApiTest {
protected:
    static std::string PathOf(const std::string& collection, const object& record) {
        return "/api/v1/" + collection + "/" + Text(record, "id");
    }

    static object Eur(const std::string& amount) { return {{"amount", amount}, {"currency", "EUR"}}; }

    // Ids of the records in the first page of `target` (the caller sees only their own few).
    static std::vector<std::string> ListedIds(const TestUser& user, const std::string& target) {
        auto reply = As(user)->Get(target);
        EXPECT_EQ(reply.status, 200) << target << ": " << reply.body;
        std::vector<std::string> ids;
        if (reply.status != 200) return ids;
        for (const auto& item : reply.json.at("items").as_array()) ids.push_back(Text(item, "id"));
        return ids;
    }
};

TEST_F(RecordsApiTest, CreatingAnAccountAnswers201WithTheRecordItsLocationAndETag) {
    auto user = MakeUser("manager");
    auto name = Unique("Created");

    auto reply = As(user)->Post("/api/v1/accounts", serialize(object{{"name", name}}));

    ASSERT_EQ(reply.status, 201) << reply.body;
    auto id = Text(reply.json, "id");
    EXPECT_FALSE(id.empty());
    EXPECT_EQ(reply.header("Location"), "/api/v1/accounts/" + id);
    EXPECT_EQ(reply.header("ETag"), "\"1\"");
    EXPECT_EQ(reply.json.at("version"), 1);
    EXPECT_EQ(Text(reply.json, "name"), name);
    EXPECT_EQ(Text(reply.json, "owner_id"), user.id) << "the owner defaults to the creator";
    EXPECT_EQ(Text(reply.json, "created_by"), user.id);
    EXPECT_EQ(Text(reply.json, "updated_by"), user.id);
    EXPECT_EQ(Text(reply.json, "status"), "prospect");
    EXPECT_EQ(Text(reply.json, "kind"), "company");
    EXPECT_TRUE(Text(reply.json, "created_at").ends_with("Z")) << reply.body;
}

TEST_F(RecordsApiTest, ReadingARecordReturnsItWithItsVersionAsETag) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user, {{"industry", "Retail"}});

    auto reply = As(user)->Get(PathOf("accounts", account));

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.header("ETag"), "\"1\"");
    EXPECT_EQ(reply.json, boost::json::value(account));
}

TEST_F(RecordsApiTest, PatchWithTheCurrentIfMatchAppliesAndBumpsTheVersion) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);

    auto reply = As(user)->Patch(PathOf("accounts", account), R"({"status":"active"})", {{"If-Match", "\"1\""}});

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.json.at("version"), 2);
    EXPECT_EQ(reply.header("ETag"), "\"2\"");
    EXPECT_EQ(Text(reply.json, "status"), "active");
    EXPECT_EQ(Text(reply.json, "name"), Text(account, "name")) << "fields not in the patch stay";
    auto read = As(user)->Get(PathOf("accounts", account));
    EXPECT_EQ(Text(read.json, "status"), "active");
    EXPECT_EQ(read.header("ETag"), "\"2\"");
}

TEST_F(RecordsApiTest, PatchWithAStaleIfMatchIs412AndChangesNothing) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);
    auto path = PathOf("accounts", account);
    ASSERT_EQ(As(user)->Patch(path, R"({"industry":"Mining"})", {{"If-Match", "\"1\""}}).status, 200);

    auto reply = As(user)->Patch(path, R"({"industry":"Banking"})", {{"If-Match", "\"1\""}});

    EXPECT_EQ(reply.status, 412) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "version_mismatch");
    auto read = As(user)->Get(path);
    EXPECT_EQ(read.json.at("version"), 2);
    EXPECT_EQ(Text(read.json, "industry"), "Mining");
    auto audit = As(Admin())->Get("/api/v1/audit?collection=accounts&record_id=" + Text(account, "id"));
    EXPECT_EQ(audit.json.at("items").as_array().size(), 2u) << "a refused change leaves no audit row: " << audit.body;
}

TEST_F(RecordsApiTest, PatchWithoutIfMatchAppliesSoTheLastWriterWins) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);
    auto path = PathOf("accounts", account);

    auto first = As(user)->Patch(path, R"({"industry":"Mining"})");
    auto second = As(user)->Patch(path, R"({"industry":"Banking"})");

    EXPECT_EQ(first.status, 200) << first.body;
    ASSERT_EQ(second.status, 200) << second.body;
    EXPECT_EQ(second.json.at("version"), 3);
    EXPECT_EQ(Text(As(user)->Get(path).json, "industry"), "Banking");
}

TEST_F(RecordsApiTest, AnIfMatchThatNamesNoVersionIs400) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);

    auto reply = As(user)->Patch(PathOf("accounts", account), R"({"industry":"Mining"})", {{"If-Match", "\"latest\""}});

    EXPECT_EQ(reply.status, 400) << reply.body;
    EXPECT_EQ(As(user)->Get(PathOf("accounts", account)).json.at("version"), 1);
}

TEST_F(RecordsApiTest, DeleteAnswers204AndTheRecordVanishesFromReadsAndLists) {
    auto user = MakeUser("manager");
    auto kept = MakeAccount(user);
    auto deleted = MakeAccount(user);
    auto path = PathOf("accounts", deleted);

    auto reply = As(Admin())->Delete(path);

    EXPECT_EQ(reply.status, 204) << reply.body;
    EXPECT_TRUE(reply.body.empty());
    EXPECT_EQ(As(user)->Get(path).status, 404);
    EXPECT_EQ(As(user)->Patch(path, R"({"industry":"Mining"})").status, 404);
    EXPECT_EQ(As(Admin())->Delete(path).status, 404);
    EXPECT_EQ(ListedIds(user, "/api/v1/accounts"), std::vector<std::string>{Text(kept, "id")});
    EXPECT_EQ(As(Admin())->Get(path).status, 404) << "archived records are gone for everyone";
}

TEST_F(RecordsApiTest, DeleteWithAStaleIfMatchIs412AndKeepsTheRecord) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);
    auto path = PathOf("accounts", account);
    ASSERT_EQ(As(user)->Patch(path, R"({"industry":"Mining"})").status, 200);

    auto reply = As(user)->Delete(path, {{"If-Match", "\"1\""}});

    EXPECT_EQ(reply.status, 412) << reply.body;
    EXPECT_EQ(As(user)->Get(path).status, 200);
}

TEST_F(RecordsApiTest, MalformedJsonIs400AndCreatesNothing) {
    auto user = MakeUser("manager");

    auto reply = As(user)->Post("/api/v1/accounts", R"({"name": "Broken)");

    EXPECT_EQ(reply.status, 400) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "malformed_request");
    EXPECT_TRUE(ListedIds(user, "/api/v1/accounts").empty());
}

TEST_F(RecordsApiTest, ABodyThatIsNotAnObjectIs400) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);

    auto array = As(user)->Post("/api/v1/accounts", R"([{"name":"In an array"}])");
    auto text = As(user)->Patch(PathOf("accounts", account), R"("just text")");

    EXPECT_EQ(array.status, 400) << array.body;
    EXPECT_EQ(text.status, 400) << text.body;
    EXPECT_EQ(ErrorCode(text), "malformed_request");
}

TEST_F(RecordsApiTest, AnUnknownFieldIs422NamingIt) {
    auto user = MakeUser("manager");

    auto reply = As(user)->Post("/api/v1/accounts", serialize(object{{"name", Unique("Odd")}, {"colour", "red"}}));

    EXPECT_EQ(reply.status, 422) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "validation_failed");
    EXPECT_EQ(ErrorField(reply), "colour");
    EXPECT_TRUE(ListedIds(user, "/api/v1/accounts").empty());
}

TEST_F(RecordsApiTest, AValueOfTheWrongTypeIs422NamingTheField) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);

    auto number_name = As(user)->Post("/api/v1/accounts", R"({"name": 42})");
    auto text_tags = As(user)->Patch(PathOf("accounts", account), R"({"tags": "vip"})");
    auto unknown_status = As(user)->Patch(PathOf("accounts", account), R"({"status": "sleeping"})");

    EXPECT_EQ(number_name.status, 422) << number_name.body;
    EXPECT_EQ(ErrorField(number_name), "name");
    EXPECT_EQ(text_tags.status, 422) << text_tags.body;
    EXPECT_EQ(ErrorField(text_tags), "tags");
    EXPECT_EQ(unknown_status.status, 422) << unknown_status.body;
    EXPECT_EQ(ErrorField(unknown_status), "status");
}

TEST_F(RecordsApiTest, ServerSetFieldsCannotBeWritten) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);
    auto deal =
        Create(user, "deals", {{"account_id", Text(account, "id")}, {"title", "Ledger"}, {"amount", Eur("10.00")}});

    auto id = As(user)->Post("/api/v1/accounts", serialize(object{{"name", Unique("Mine")}, {"id", "1"}}));
    auto version = As(user)->Patch(PathOf("accounts", account), R"({"version": 7})");
    auto closed_at = As(user)->Patch(PathOf("deals", deal), R"({"closed_at": "2026-01-01T00:00:00Z"})");

    EXPECT_EQ(id.status, 422) << id.body;
    EXPECT_EQ(ErrorField(id), "id");
    EXPECT_EQ(version.status, 422) << version.body;
    EXPECT_EQ(ErrorField(version), "version");
    EXPECT_EQ(closed_at.status, 422) << closed_at.body;
    EXPECT_EQ(ErrorField(closed_at), "closed_at");
    EXPECT_EQ(As(user)->Get(PathOf("deals", deal)).json.at("closed_at"), nullptr);
}

TEST_F(RecordsApiTest, AMissingRequiredFieldIs422NamingIt) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);

    auto no_name = As(user)->Post("/api/v1/accounts", R"({"industry": "Retail"})");
    auto no_last_name = As(user)->Post("/api/v1/contacts", serialize(object{{"account_id", Text(account, "id")}}));

    EXPECT_EQ(no_name.status, 422) << no_name.body;
    EXPECT_EQ(ErrorField(no_name), "name");
    EXPECT_EQ(no_last_name.status, 422) << no_last_name.body;
    EXPECT_EQ(ErrorField(no_last_name), "last_name");
}

TEST_F(RecordsApiTest, APatchWithOneBadFieldChangesNoFieldAtAll) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);

    auto reply = As(user)->Patch(PathOf("accounts", account), R"({"industry": "Mining", "email": "not an e-mail"})");

    EXPECT_EQ(reply.status, 422) << reply.body;
    EXPECT_EQ(ErrorField(reply), "email");
    auto read = As(user)->Get(PathOf("accounts", account));
    EXPECT_EQ(read.json.at("version"), 1);
    EXPECT_EQ(read.json.at("industry"), nullptr);
}

TEST_F(RecordsApiTest, ABodyOverOneMebibyteIs413) {
    auto user = MakeUser("manager");
    std::string address(1024 * 1024 + 16, 'x');

    auto reply = As(user)->Post("/api/v1/accounts", serialize(object{{"name", Unique("Huge")}, {"address", address}}));

    EXPECT_EQ(reply.status, 413) << reply.body.substr(0, 200);
    EXPECT_EQ(ErrorCode(reply), "body_too_large");
    EXPECT_TRUE(ListedIds(user, "/api/v1/accounts").empty());
}

TEST_F(RecordsApiTest, InvalidMoneyIs422NamingTheAmountOrCurrency) {
    auto user = MakeUser("manager");
    auto account_id = Text(MakeAccount(user), "id");
    auto deal = [&](object amount) {
        return As(user)->Post(
            "/api/v1/deals",
            serialize(object{{"account_id", account_id}, {"title", "Money"}, {"amount", std::move(amount)}}));
    };

    auto too_precise = deal(Eur("12.345"));
    auto not_a_number = deal(Eur("abc"));
    auto unknown_currency = deal({{"amount", "12.00"}, {"currency", "XYZ"}});
    auto a_float = deal({{"amount", 12.5}, {"currency", "EUR"}});

    EXPECT_EQ(too_precise.status, 422) << too_precise.body;
    EXPECT_EQ(ErrorField(too_precise), "amount.amount");
    EXPECT_EQ(not_a_number.status, 422) << not_a_number.body;
    EXPECT_EQ(ErrorField(not_a_number), "amount.amount");
    EXPECT_EQ(unknown_currency.status, 422) << unknown_currency.body;
    EXPECT_EQ(ErrorField(unknown_currency), "amount.currency");
    EXPECT_EQ(a_float.status, 422) << "money is never a JSON number: " << a_float.body;
    EXPECT_TRUE(ListedIds(user, "/api/v1/deals").empty());
}

TEST_F(RecordsApiTest, AnIdThatIsNotANumberOrDoesNotExistIs404) {
    auto user = MakeUser("manager");

    auto word = As(user)->Get("/api/v1/accounts/abc");
    auto zero = As(user)->Get("/api/v1/accounts/0");
    auto missing = As(user)->Get("/api/v1/accounts/987654321");
    auto patch = As(user)->Patch("/api/v1/deals/x1", R"({"title":"t"})");

    EXPECT_EQ(word.status, 404) << word.body;
    EXPECT_EQ(ErrorCode(word), "not_found");
    EXPECT_EQ(zero.status, 404) << zero.body;
    EXPECT_EQ(missing.status, 404) << missing.body;
    EXPECT_EQ(patch.status, 404) << patch.body;
}

TEST_F(RecordsApiTest, AnUnknownRouteIs404) {
    auto user = MakeUser("manager");

    auto reply = As(user)->Get("/api/v1/spaceships");

    EXPECT_EQ(reply.status, 404) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "not_found");
}

TEST_F(RecordsApiTest, AKnownPathWithTheWrongMethodIs405ListingTheAllowedOnes) {
    auto user = MakeUser("manager");
    auto account = MakeAccount(user);

    auto put = As(user)->Request(verb::put, PathOf("accounts", account), R"({"name":"Whole"})");
    auto delete_all = As(user)->Delete("/api/v1/accounts");

    EXPECT_EQ(put.status, 405) << put.body;
    EXPECT_EQ(ErrorCode(put), "method_not_allowed");
    for (const auto* method : {"GET", "PATCH", "DELETE"}) {
        EXPECT_NE(put.header("Allow").find(method), std::string::npos) << put.header("Allow");
    }
    EXPECT_EQ(delete_all.status, 405) << delete_all.body;
    EXPECT_NE(delete_all.header("Allow").find("POST"), std::string::npos) << delete_all.header("Allow");
    EXPECT_EQ(As(user)->Get(PathOf("accounts", account)).json.at("name"), account.at("name"));
}

TEST_F(RecordsApiTest, AContactIsCreatedReadChangedAndDeletedOnItsAccount) {
    auto user = MakeUser("manager");
    auto account_id = Text(MakeAccount(user), "id");

    auto created = As(user)->Post("/api/v1/contacts", serialize(object{{"account_id", account_id},
                                                                       {"first_name", "Ada"},
                                                                       {"last_name", "Lovelace"},
                                                                       {"email", "ada@example.org"}}));
    ASSERT_EQ(created.status, 201) << created.body;
    auto path = "/api/v1/contacts/" + Text(created.json, "id");
    auto patched = As(user)->Patch(path, R"({"title":"Countess"})", {{"If-Match", "\"1\""}});
    auto listed = ListedIds(user, "/api/v1/contacts?account_id=" + account_id);
    auto deleted = As(user)->Delete(path, {{"If-Match", "\"2\""}});

    EXPECT_EQ(created.header("Location"), path);
    EXPECT_EQ(Text(created.json, "account_id"), account_id);
    EXPECT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(Text(patched.json, "title"), "Countess");
    EXPECT_EQ(listed, std::vector<std::string>{Text(created.json, "id")});
    EXPECT_EQ(deleted.status, 204) << deleted.body;
    EXPECT_EQ(As(user)->Get(path).status, 404);
}

TEST_F(RecordsApiTest, ADealIsCreatedOnAnAccountAndListedByIt) {
    auto user = MakeUser("manager");
    auto account_id = Text(MakeAccount(user), "id");

    auto created = As(user)->Post("/api/v1/deals", serialize(object{{"account_id", account_id},
                                                                    {"title", "Fleet renewal"},
                                                                    {"amount", Eur("1250.00")},
                                                                    {"expected_close", "2030-06-30"}}));

    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.header("Location"), "/api/v1/deals/" + Text(created.json, "id"));
    EXPECT_EQ(Text(created.json, "expected_close"), "2030-06-30");
    EXPECT_EQ(ListedIds(user, "/api/v1/deals?account_id=" + account_id),
              std::vector<std::string>{Text(created.json, "id")});
    auto moved = As(user)->Patch("/api/v1/deals/" + Text(created.json, "id"), R"({"account_id":"1"})");
    EXPECT_EQ(moved.status, 422) << "a deal's account is fixed at creation: " << moved.body;
    EXPECT_EQ(ErrorField(moved), "account_id");
}

TEST_F(RecordsApiTest, AnActivityOnADealTakesTheDealsAccount) {
    auto user = MakeUser("manager");
    auto account_id = Text(MakeAccount(user), "id");
    auto deal = Create(user, "deals", {{"account_id", account_id}, {"title", "Call me"}, {"amount", Eur("1.00")}});

    auto created = As(user)->Post(
        "/api/v1/activities",
        serialize(object{
            {"kind", "call"}, {"direction", "outbound"}, {"subject", "First call"}, {"deal_id", Text(deal, "id")}}));

    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(Text(created.json, "account_id"), account_id);
    EXPECT_EQ(Text(created.json, "owner_id"), user.id);
    auto path = "/api/v1/activities/" + Text(created.json, "id");
    auto done =
        As(user)->Patch(path, R"({"done_at":"2026-03-01T10:00:00Z","outcome":"interested"})", {{"If-Match", "\"1\""}});
    EXPECT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(Text(done.json, "done_at"), "2026-03-01T10:00:00Z");
    auto meeting_with_direction =
        As(user)->Post("/api/v1/activities", R"({"kind":"meeting","direction":"inbound","subject":"Lunch"})");
    EXPECT_EQ(meeting_with_direction.status, 422) << meeting_with_direction.body;
    EXPECT_EQ(ErrorField(meeting_with_direction), "direction");
}

}  // namespace
}  // namespace rapport::test
