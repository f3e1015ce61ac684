#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::serialize;

// What offers and orders answer beyond their stored rows, the same whether they are listed, read, written or acted
// on (API.md, "Offers, orders, hand-off"): the client's name, and the status that the day gives a sent offer.
class DocumentReadsApiTest : public ApiTest {
protected:
    static std::string MakeProduct() {
        auto product = Create(Admin(), "products",
                              {{"sku", Unique("DR")},
                               {"name", "Seamless pipe"},
                               {"unit", "m"},
                               {"price", {{"amount", "12.00"}, {"currency", "EUR"}}},
                               {"tax_rate", "20"}});
        return Text(product, "id");
    }

    static object Offer(const std::string& account, const std::string& product) {
        return {{"account_id", account},
                {"lines", array{object{{"product_id", product}, {"quantity", "5"}, {"manual_discount_percent", "0"}}}}};
    }

    static std::string NameOf(const boost::json::value& json) { return Text(json, "account_name"); }
};

TEST_F(DocumentReadsApiTest, AnOfferNamesItsAccountAsTheAccountIsNamedNow) {
    auto manager = MakeUser("manager");
    auto product = MakeProduct();
    auto name = Unique("Ural Pipe Works");
    auto account = Text(MakeAccount(manager, {{"name", name}}), "id");

    auto created = As(manager)->Post("/api/v1/offers", serialize(Offer(account, product)));

    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(NameOf(created.json), name) << "a create answers as a read does";
    auto path = "/api/v1/offers/" + Text(created.json, "id");
    EXPECT_EQ(NameOf(As(manager)->Get(path).json), name);
    auto renamed = As(manager)->Patch("/api/v1/accounts/" + account, serialize(object{{"name", name + " JSC"}}));
    ASSERT_EQ(renamed.status, 200) << renamed.body;
    EXPECT_EQ(NameOf(As(manager)->Get(path).json), name + " JSC") << "derived when read, not copied on create";
    auto patched = As(manager)->Patch(path, R"({"notes":"Pipes cut to 6 m"})");
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(NameOf(patched.json), name + " JSC");
    EXPECT_EQ(patched.json.at("version"), 2) << "the name is not the offer's: renaming the account changed no offer";

    auto written = As(manager)->Patch(path, R"({"account_name":"Someone else"})");
    EXPECT_EQ(written.status, 422) << written.body;
    EXPECT_EQ(ErrorField(written), "account_name");
    auto audit = As(Admin())->Get("/api/v1/audit?collection=offers&record_id=" + Text(created.json, "id"));
    ASSERT_EQ(audit.status, 200) << audit.body;
    EXPECT_EQ(audit.body.find("account_name"), std::string::npos) << "a derived field is not audited: " << audit.body;
}

TEST_F(DocumentReadsApiTest, AListNamesTheAccountOfEveryOfferOnThePage) {
    auto manager = MakeUser("manager");
    auto product = MakeProduct();
    std::string accounts[3];
    std::string names[3];
    for (int i = 0; i < 3; ++i) {
        names[i] = Unique("Client");
        accounts[i] = Text(MakeAccount(manager, {{"name", names[i]}}), "id");
        for (int copies = 0; copies < 2; ++copies) Create(manager, "offers", Offer(accounts[i], product));
    }

    auto page = As(manager)->Get("/api/v1/offers?limit=500");

    ASSERT_EQ(page.status, 200) << page.body;
    int named = 0;
    for (const auto& item : page.json.at("items").as_array()) {
        for (int i = 0; i < 3; ++i) {
            if (Text(item, "account_id") != accounts[i]) continue;
            EXPECT_EQ(NameOf(item), names[i]);
            ++named;
        }
    }
    EXPECT_EQ(named, 6);
}

TEST_F(DocumentReadsApiTest, WhoeverSeesAnOfferReadsItsAccountsNameThoughNotTheAccount) {
    auto team = MakeTeam();
    auto account_owner = MakeUser("manager", team);
    auto colleague = MakeUser("manager", team);
    auto product = MakeProduct();
    auto name = Unique("Volga Steel");
    auto account = Text(MakeAccount(account_owner, {{"name", name}}), "id");
    auto body = Offer(account, product);
    body["owner_id"] = colleague.id;
    auto offer = Create(Admin(), "offers", body);

    auto read = As(colleague)->Get("/api/v1/offers/" + Text(offer, "id"));

    ASSERT_EQ(read.status, 200) << "the offer is the colleague's: " << read.body;
    EXPECT_EQ(NameOf(read.json), name);
    EXPECT_EQ(As(colleague)->Get("/api/v1/accounts/" + account).status, 404) << "the account itself stays unseen";
}

TEST_F(DocumentReadsApiTest, AnOrderNamesItsAccountToo) {
    auto manager = MakeUser("manager");
    auto product = MakeProduct();
    auto name = Unique("Kama Tubes");
    auto account = Text(MakeAccount(manager, {{"name", name}}), "id");
    auto offer = Create(manager, "offers", Offer(account, product));
    auto path = "/api/v1/offers/" + Text(offer, "id");
    ASSERT_EQ(As(manager)->Post(path + "/send", "").status, 200);

    auto accepted = As(manager)->Post(path + "/accept", "");

    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(NameOf(accepted.json), name) << "an action answers as a read does";
    auto order = As(manager)->Get("/api/v1/orders/" + Text(accepted.json, "order_id"));
    EXPECT_EQ(NameOf(order.json), name);
    auto listed = As(MakeUser("operations"))->Get("/api/v1/orders?account_id=" + account);
    ASSERT_EQ(listed.status, 200) << listed.body;
    ASSERT_EQ(listed.json.at("items").as_array().size(), 1u);
    EXPECT_EQ(NameOf(listed.json.at("items").as_array()[0]), name);
}

}  // namespace
}  // namespace rapport::test
