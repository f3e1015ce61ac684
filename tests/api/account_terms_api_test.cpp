#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

// What an account says of its commercial terms (API.md, "Products and prices" and "Languages"): its own price
// list, its usual payment terms by code, and the language of the documents sent to it.
class AccountTermsApiTest : public ApiTest {
protected:
    static std::string MakePriceList() {
        return Text(Create(Admin(), "price_lists", {{"name", Unique("Key accounts")}, {"currency", "EUR"}}), "id");
    }

    static std::string MakeTerms() {
        auto code = Unique("net");
        for (auto& c : code) {
            if (c == '-') c = '_';
        }
        Create(Admin(), "payment_terms", {{"code", code}, {"name", "30 days net"}, {"days", 30}});
        return code;
    }
};

TEST_F(AccountTermsApiTest, AManagerGivesTheirAccountAPriceListTermsAndALanguage) {
    auto manager = MakeUser("manager");
    auto list = MakePriceList();
    auto terms = MakeTerms();
    auto account = MakeAccount(manager);
    EXPECT_TRUE(account.at("price_list_id").is_null());
    EXPECT_TRUE(account.at("payment_terms").is_null());
    EXPECT_TRUE(account.at("language").is_null());

    auto path = "/api/v1/accounts/" + Text(account, "id");
    auto changed = As(manager)->Patch(
        path, serialize(object{{"price_list_id", list}, {"payment_terms", terms}, {"language", "mr"}}));

    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(Text(changed.json, "price_list_id"), list);
    EXPECT_EQ(Text(changed.json, "payment_terms"), terms);
    EXPECT_EQ(Text(changed.json, "language"), "mr");
    auto listed = As(manager)->Get("/api/v1/accounts?price_list_id=" + list);
    ASSERT_EQ(listed.status, 200) << listed.body;
    ASSERT_EQ(listed.json.at("items").as_array().size(), 1u);
    EXPECT_EQ(listed.json.at("items").as_array()[0].at("id"), account.at("id"));

    auto cleared = As(manager)->Patch(path, R"({"price_list_id":null,"payment_terms":null,"language":null})");
    ASSERT_EQ(cleared.status, 200) << cleared.body;
    EXPECT_TRUE(cleared.json.at("price_list_id").is_null());
}

TEST_F(AccountTermsApiTest, AnAccountKeepsTermsArchivedSinceButMayNotBeGivenThem) {
    auto manager = MakeUser("manager");
    auto list = MakePriceList();
    auto terms = MakeTerms();
    auto account = MakeAccount(manager, {{"price_list_id", list}, {"payment_terms", terms}});
    ASSERT_EQ(As(Admin())->Delete("/api/v1/price_lists/" + list).status, 204);

    auto renamed = As(manager)->Patch("/api/v1/accounts/" + Text(account, "id"), R"({"industry":"Steel"})");
    EXPECT_EQ(renamed.status, 200) << "the archived list stays until someone changes it: " << renamed.body;

    auto refused =
        As(manager)->Post("/api/v1/accounts", serialize(object{{"name", Unique("A")}, {"price_list_id", list}}));
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(ErrorField(refused), "price_list_id");
}

TEST_F(AccountTermsApiTest, UnknownTermsListsAndLanguagesAre422NamingTheField) {
    auto manager = MakeUser("manager");
    auto account = MakeAccount(manager);
    auto path = "/api/v1/accounts/" + Text(account, "id");
    struct Case {
        const char* field;
        boost::json::value value;
    };
    const Case cases[] = {
        {"price_list_id", "999999999"},
        {"price_list_id", "list"},
        {"payment_terms", "net_never"},
        {"language", "de"},
        {"language", "EN"},
    };
    for (const auto& [field, value] : cases) {
        auto reply = As(manager)->Patch(path, serialize(object{{field, value}}));

        EXPECT_EQ(reply.status, 422) << field << " = " << serialize(value) << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), field) << reply.body;
    }
    EXPECT_EQ(As(manager)->Get(path).json.at("version"), 1) << "nothing changed";
}

}  // namespace
}  // namespace rapport::test
