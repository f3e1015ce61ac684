#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::serialize;

// The price engine and the offers it prices (API.md, "Products and prices", "Offers, orders, hand-off").
// Every account here names a price list of its own, so that no other test's list applies to it.
class OffersApiTest : public ApiTest {
protected:
    static object Eur(const std::string& amount) { return {{"amount", amount}, {"currency", "EUR"}}; }

    struct World {
        TestUser manager;
        std::string product;
        std::string price_list;
        std::string account;
    };

    // A level 1 manager's client on a list that takes 10 % off a 100.00 EUR product (20 % tax), 8.00 off from 10
    // units, and 5 % off orders from 1,000.00 EUR.
    static World MakeWorld() {
        World world{MakeUser("manager")};
        auto product = Create(Admin(), "products",
                              {{"sku", Unique("OF")},
                               {"name", "Hot-rolled coil"},
                               {"unit", "t"},
                               {"price", Eur("100.00")},
                               {"tax_rate", "20"}});
        world.product = Text(product, "id");
        auto list = Create(
            Admin(), "price_lists",
            {{"name", Unique("Wholesale")},
             {"currency", "EUR"},
             {"lines", array{object{{"product_id", world.product}, {"discount_percent", "10"}},
                             object{{"product_id", world.product}, {"min_quantity", "10"}, {"price", Eur("82.00")}}}},
             {"order_tiers", array{object{{"min_total", Eur("1000.00")}, {"discount_percent", "5"}}}}});
        world.price_list = Text(list, "id");
        auto account = MakeAccount(world.manager, {{"price_list_id", world.price_list}});
        world.account = Text(account, "id");
        return world;
    }

    static object Line(const std::string& product, const std::string& quantity, const std::string& manual = "0") {
        return {{"product_id", product}, {"quantity", quantity}, {"manual_discount_percent", manual}};
    }

    static std::string Kinds(const boost::json::value& line) {
        std::string kinds;
        for (const auto& rule : line.at("pricing").as_array()) {
            kinds += std::string(rule.at("kind").as_string()) + "=" +
                     std::string(rule.at("amount").at("amount").as_string()) + " ";
        }
        return kinds;
    }
};

TEST_F(OffersApiTest, AQuoteExplainsEachLineRuleByRuleAndSavesNothing) {
    auto world = MakeWorld();
    auto quote =
        As(world.manager)
            ->Post("/api/v1/pricing/quote",
                   serialize(object{{"account_id", world.account},
                                    {"lines", array{Line(world.product, "12", "2"), Line(world.product, "1")}}}));

    ASSERT_EQ(quote.status, 200) << quote.body;
    EXPECT_EQ(quote.json.at("currency"), "EUR");
    EXPECT_EQ(quote.json.at("price_list").at("id"), boost::json::value(world.price_list));
    const auto& lines = quote.json.at("lines").as_array();
    ASSERT_EQ(lines.size(), 2u);
    // 12 × 100.00 = 1200.00 → the list's 90.00 (1080.00) → its 82.00 from 10 (984.00) → 5 % for an order of
    // 1,300.00 listed (934.80) → 2 % by hand (916.10, rounded once from 916.104).
    EXPECT_EQ(Kinds(lines[0]), "price_list=120.00 volume_tier=96.00 order_tier=49.20 manual=18.70 ");
    EXPECT_EQ(lines[0].at("list_price"), boost::json::value(Eur("100.00")));
    EXPECT_EQ(lines[0].at("net"), boost::json::value(Eur("916.10")));
    EXPECT_EQ(lines[0].at("tax"), boost::json::value(Eur("183.22")));
    EXPECT_EQ(lines[0].at("description"), "Hot-rolled coil") << "a product line is described by its product";
    EXPECT_EQ(Kinds(lines[1]), "price_list=10.00 order_tier=4.50 ");
    EXPECT_EQ(quote.json.at("subtotal"), boost::json::value(Eur("1001.60")));
    EXPECT_EQ(quote.json.at("discount_total"), boost::json::value(Eur("298.40")));
    EXPECT_EQ(quote.json.at("tax_total"), boost::json::value(Eur("200.32")));
    EXPECT_EQ(quote.json.at("total"), boost::json::value(Eur("1201.92")));

    auto offers = As(world.manager)->Get("/api/v1/offers?account_id=" + world.account);
    EXPECT_TRUE(offers.json.at("items").as_array().empty()) << "a quote saves nothing";
}

TEST_F(OffersApiTest, AManualDiscountAboveTheCallersLevelIs422NamingTheLineAndTheLimit) {
    auto world = MakeWorld();
    auto quote =
        As(world.manager)
            ->Post("/api/v1/pricing/quote", serialize(object{{"account_id", world.account},
                                                             {"lines", array{Line(world.product, "1", "5.01")}}}));

    ASSERT_EQ(quote.status, 422) << quote.body;
    EXPECT_EQ(ErrorField(quote), "lines[0].manual_discount_percent");
    EXPECT_NE(quote.body.find("5.00 % for a level 1 manager"), std::string::npos) << quote.body;
    EXPECT_EQ(quote.json.at("error").at("limit"), "5.00") << "the limit as data, beside the sentence";

    auto head = MakeUser("head");
    auto heads_account = Text(MakeAccount(head, {{"price_list_id", world.price_list}}), "id");
    auto offer = As(head)->Post("/api/v1/offers", serialize(object{{"account_id", heads_account},
                                                                   {"lines", array{Line(world.product, "1", "30")}}}));
    ASSERT_EQ(offer.status, 422) << offer.body;
    EXPECT_EQ(ErrorField(offer), "lines[0].manual_discount_percent");
    EXPECT_EQ(offer.json.at("error").at("limit"), "25.00") << "a head's limit, on an offer's line as on a quote's";
}

TEST_F(OffersApiTest, ABadQuoteNamesItsField) {
    auto world = MakeWorld();
    struct Case {
        object body;
        const char* field;
    };
    const Case cases[] = {
        {{{"account_id", world.account}, {"lines", array{Line("999999", "1")}}}, "lines[0].product_id"},
        {{{"account_id", world.account}, {"lines", array{Line(world.product, "0")}}}, "lines[0].quantity"},
        {{{"account_id", world.account}, {"lines", array{Line(world.product, "1.2345")}}}, "lines[0].quantity"},
        {{{"account_id", world.account}, {"currency", "USD"}, {"lines", array{Line(world.product, "1")}}}, "currency"},
        {{{"account_id", world.account}, {"payment_terms", "never"}, {"lines", array{Line(world.product, "1")}}},
         "payment_terms"},
        {{{"account_id", "999999"}, {"lines", array{Line(world.product, "1")}}}, "account_id"},
        {{{"account_id", world.account}, {"lines", array{object{{"quantity", "1"}}}}}, "lines[0].unit_price"},
        {{{"account_id", world.account}, {"lines", array{Line(world.product, "1")}}, {"colour", "red"}}, "colour"},
    };
    for (const auto& [body, field] : cases) {
        auto reply = As(world.manager)->Post("/api/v1/pricing/quote", serialize(body));
        EXPECT_EQ(reply.status, 422) << serialize(body) << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), field) << reply.body;
    }
}

TEST_F(OffersApiTest, AnOfferIsNumberedPricedAndRepricedWhileADraft) {
    auto world = MakeWorld();
    auto created =
        As(world.manager)
            ->Post("/api/v1/offers",
                   serialize(object{{"account_id", world.account}, {"lines", array{Line(world.product, "2")}}}));

    ASSERT_EQ(created.status, 201) << created.body;
    auto number = std::string(created.json.at("number").as_string());
    EXPECT_TRUE(number.starts_with("OF-") && number.size() == 13) << number;
    EXPECT_EQ(created.json.at("status"), "draft");
    EXPECT_EQ(created.json.at("owner_id"), boost::json::value(world.manager.id)) << "the account's owner's";
    EXPECT_EQ(created.json.at("subtotal"), boost::json::value(Eur("180.00")));
    EXPECT_EQ(created.json.at("total"), boost::json::value(Eur("216.00")));
    auto path = "/api/v1/offers/" + Text(created.json, "id");

    auto repriced =
        As(world.manager)
            ->Patch(path, serialize(object{{"lines", array{Line(world.product, "10")}}}), {{"If-Match", "\"1\""}});
    ASSERT_EQ(repriced.status, 200) << repriced.body;
    EXPECT_EQ(repriced.json.at("subtotal"), boost::json::value(Eur("779.00")))
        << "10 at the tier's 82.00, and 5 % off for an order listed at 1,000.00";
    EXPECT_EQ(repriced.json.at("number"), created.json.at("number")) << "a number is given once";

    for (const auto* body :
         {R"({"status":"sent"})", R"({"total":{"amount":"1.00","currency":"EUR"}})",
          R"({"lines":[{"product_id":"1","quantity":"1","net":{"amount":"1.00","currency":"EUR"}}]})"}) {
        auto refused = As(world.manager)->Patch(path, body);
        EXPECT_EQ(refused.status, 422) << body << ": " << refused.body;
    }
    auto second =
        Create(world.manager, "offers", {{"account_id", world.account}, {"lines", array{Line(world.product, "1")}}});
    EXPECT_NE(second.at("number"), created.json.at("number"));
}

// A list screen asks for the offers without their lines (?omit=lines): every other field as a read has it, the lines
// left out; without omit, the items carry their lines as a read does. Only documents have lines to omit.
TEST_F(OffersApiTest, AListLeavesTheLinesOutWhenAskedTo) {
    auto world = MakeWorld();
    auto offer =
        Create(world.manager, "offers",
               {{"account_id", world.account}, {"lines", array{Line(world.product, "2"), Line(world.product, "12")}}});
    auto path = "/api/v1/offers?account_id=" + world.account;

    auto full = As(world.manager)->Get(path);
    ASSERT_EQ(full.status, 200) << full.body;
    ASSERT_EQ(full.json.at("items").as_array().size(), 1u);
    EXPECT_EQ(full.json.at("items").at(0), boost::json::value(offer)) << "an item is the record as read";

    auto light = As(world.manager)->Get(path + "&omit=lines");
    ASSERT_EQ(light.status, 200) << light.body;
    auto item = light.json.at("items").at(0).as_object();
    EXPECT_FALSE(item.contains("lines"));
    auto without_lines = offer;
    without_lines.erase("lines");
    EXPECT_EQ(item, without_lines) << "every other field, the totals of the lines among them";

    for (const auto* query : {"/api/v1/offers?omit=total", "/api/v1/accounts?omit=lines"}) {
        auto refused = As(world.manager)->Get(query);
        EXPECT_EQ(refused.status, 400) << query << ": " << refused.body;
        EXPECT_EQ(refused.json.at("error").at("field"), "omit") << query;
    }
}

TEST_F(OffersApiTest, SendFreezesTheOfferAndMovesItsDealToProposal) {
    auto world = MakeWorld();
    auto deal = Create(world.manager, "deals",
                       {{"account_id", world.account}, {"title", "Coils for Q1"}, {"amount", Eur("1000.00")}});
    auto offer = Create(
        world.manager, "offers",
        {{"account_id", world.account}, {"deal_id", Text(deal, "id")}, {"lines", array{Line(world.product, "3")}}});
    auto path = "/api/v1/offers/" + Text(offer, "id");

    auto sent = As(world.manager)->Post(path + "/send", "", {{"If-Match", "\"1\""}});

    ASSERT_EQ(sent.status, 200) << sent.body;
    EXPECT_EQ(sent.json.at("status"), "sent");
    EXPECT_FALSE(sent.json.at("sent_on").is_null());
    EXPECT_FALSE(sent.json.at("valid_until").is_null()) << "30 days unless given";
    auto moved = As(world.manager)->Get("/api/v1/deals/" + Text(deal, "id"));
    EXPECT_EQ(moved.json.at("stage"), "proposal");

    auto edit = As(world.manager)->Patch(path, serialize(object{{"lines", array{Line(world.product, "4")}}}));
    EXPECT_EQ(edit.status, 409) << edit.body;
    EXPECT_EQ(ErrorField(edit), "lines");
    auto notes = As(world.manager)->Patch(path, R"({"notes":"Called to confirm receipt"})");
    EXPECT_EQ(notes.status, 200) << "notes still change: " << notes.body;

    auto again = As(world.manager)->Post(path + "/send", "");
    EXPECT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(test::ErrorCode(again), "invalid_transition");
    EXPECT_NE(again.body.find("allowed: accept, decline, withdraw, revise"), std::string::npos) << again.body;
    auto stale = As(world.manager)->Post(path + "/accept", "", {{"If-Match", "\"1\""}});
    EXPECT_EQ(stale.status, 412) << stale.body;
}

TEST_F(OffersApiTest, AcceptWinsTheDealAtTheOffersSubtotal) {
    auto world = MakeWorld();
    auto deal =
        Create(world.manager, "deals", {{"account_id", world.account}, {"title", "Sheets"}, {"amount", Eur("1.00")}});
    auto offer = Create(
        world.manager, "offers",
        {{"account_id", world.account}, {"deal_id", Text(deal, "id")}, {"lines", array{Line(world.product, "3")}}});
    auto path = "/api/v1/offers/" + Text(offer, "id");
    ASSERT_EQ(As(world.manager)->Post(path + "/send", "").status, 200);

    auto accepted = As(world.manager)->Post(path + "/accept", "");

    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(accepted.json.at("status"), "accepted");
    auto won = As(world.manager)->Get("/api/v1/deals/" + Text(deal, "id"));
    EXPECT_EQ(won.json.at("stage"), "won");
    EXPECT_EQ(won.json.at("amount"), boost::json::value(Eur("270.00"))) << "net of tax";
}

TEST_F(OffersApiTest, DeclineNeedsAReasonAndReviseMakesANewDraft) {
    auto world = MakeWorld();
    auto make_sent = [&] {
        auto offer = Create(world.manager, "offers",
                            {{"account_id", world.account}, {"lines", array{Line(world.product, "3", "1")}}});
        auto path = "/api/v1/offers/" + Text(offer, "id");
        EXPECT_EQ(As(world.manager)->Post(path + "/send", "").status, 200);
        return path;
    };
    auto declined_path = make_sent();
    auto no_reason = As(world.manager)->Post(declined_path + "/decline", "{}");
    EXPECT_EQ(no_reason.status, 422) << no_reason.body;
    EXPECT_EQ(ErrorField(no_reason), "reason");
    auto declined = As(world.manager)->Post(declined_path + "/decline", R"({"reason":"Too expensive"})");
    ASSERT_EQ(declined.status, 200) << declined.body;
    EXPECT_EQ(declined.json.at("status"), "declined");
    EXPECT_EQ(declined.json.at("decline_reason"), "Too expensive");

    auto revised_path = make_sent();
    auto draft = As(world.manager)->Post(revised_path + "/revise", "");
    ASSERT_EQ(draft.status, 201) << draft.body;
    EXPECT_EQ(draft.json.at("status"), "draft");
    EXPECT_EQ("/api/v1/offers/" + Text(draft.json, "revises_id"), revised_path);
    EXPECT_EQ(draft.json.at("lines").as_array()[0].at("manual_discount_percent"), "1.00");
    EXPECT_EQ(As(world.manager)->Get(revised_path).json.at("status"), "superseded");
}

TEST_F(OffersApiTest, OffersFollowTheirAccountsVisibilityAndOperationsHasNone) {
    auto world = MakeWorld();
    auto offer =
        Create(world.manager, "offers", {{"account_id", world.account}, {"lines", array{Line(world.product, "1")}}});
    auto path = "/api/v1/offers/" + Text(offer, "id");
    auto stranger = MakeUser("manager");
    EXPECT_EQ(As(stranger)->Get(path).status, 404);
    EXPECT_EQ(As(stranger)->Post(path + "/send", "").status, 404);
    auto operations = MakeUser("operations");
    EXPECT_EQ(As(operations)->Get(path).status, 404) << "operations staff see orders and invoices, not offers";
    EXPECT_EQ(As(operations)->Post("/api/v1/offers", serialize(object{{"account_id", world.account}})).status, 403);
    EXPECT_EQ(As(MakeUser("director"))->Get(path).status, 200);
}

}  // namespace
}  // namespace rapport::test
