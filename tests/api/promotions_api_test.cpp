#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::serialize;

// Promotions (API.md, "Products and prices"): a discount in force for some days on some products (or all).
class PromotionsApiTest : public ApiTest {
protected:
    static std::string MakeProduct() {
        auto product = Create(Admin(), "products",
                              {{"sku", Unique("PR")},
                               {"name", "Coil"},
                               {"unit", "t"},
                               {"price", {{"amount", "700.00"}, {"currency", "EUR"}}}});
        return Text(product, "id");
    }

    static object Promotion(array product_ids) {
        return {{"name", Unique("Winter coils")}, {"starts_on", DateFromToday(-10)},
                {"ends_on", DateFromToday(80)},   {"product_ids", std::move(product_ids)},
                {"min_quantity", "10"},           {"discount_percent", "5"}};
    }
};

TEST_F(PromotionsApiTest, AnAdminLimitsAPromotionToProductsAndEveryoneReadsIt) {
    auto coil = MakeProduct();
    auto sheet = MakeProduct();

    auto created = As(Admin())->Post("/api/v1/promotions", serialize(Promotion(array{coil, sheet})));

    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json.at("product_ids"), (array{coil, sheet})) << "plain ids, in the order given";
    EXPECT_EQ(Text(created.json, "min_quantity"), "10");
    EXPECT_EQ(Text(created.json, "discount_percent"), "5.00");
    auto path = "/api/v1/promotions/" + Text(created.json, "id");
    for (const auto& role : {"manager", "operations"}) {
        auto read = As(MakeUser(role))->Get(path);
        ASSERT_EQ(read.status, 200) << role << ": " << read.body;
        EXPECT_EQ(read.json, created.json);
    }

    auto all = As(Admin())->Patch(path, R"({"product_ids":[]})", {{"If-Match", "\"1\""}});
    ASSERT_EQ(all.status, 200) << all.body;
    EXPECT_TRUE(all.json.at("product_ids").as_array().empty()) << "none: every product";
    EXPECT_EQ(all.json.at("version"), 2);
}

TEST_F(PromotionsApiTest, MinQuantityIsOneUnlessGiven) {
    auto body = Promotion(array{});
    body.erase("min_quantity");

    auto created = As(Admin())->Post("/api/v1/promotions", serialize(body));

    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(Text(created.json, "min_quantity"), "1");
}

TEST_F(PromotionsApiTest, OnlyAnAdminChangesPromotions) {
    auto promotion = Create(Admin(), "promotions", Promotion(array{}));
    auto path = "/api/v1/promotions/" + Text(promotion, "id");

    for (const auto& role : {"manager", "head", "director", "operations"}) {
        auto user = MakeUser(role);
        EXPECT_EQ(As(user)->Get("/api/v1/promotions").status, 200) << role;
        EXPECT_EQ(As(user)->Post("/api/v1/promotions", serialize(Promotion(array{}))).status, 403) << role;
        EXPECT_EQ(As(user)->Patch(path, R"({"discount_percent":"50"})").status, 403) << role;
        EXPECT_EQ(As(user)->Delete(path).status, 403) << role;
    }
}

TEST_F(PromotionsApiTest, BadValuesAre422NamingTheFieldAndChangeNothing) {
    auto coil = MakeProduct();
    auto archived = MakeProduct();
    ASSERT_EQ(As(Admin())->Delete("/api/v1/products/" + archived).status, 204);
    struct Case {
        const char* field;
        const char* member;
        boost::json::value value;
    };
    const Case cases[] = {
        {"product_ids[2]", "product_ids", array{coil, MakeProduct(), "999999999"}},
        {"product_ids[1]", "product_ids", array{coil, archived}},
        {"product_ids[1]", "product_ids", array{coil, coil}},
        {"product_ids[0]", "product_ids", array{"coil"}},
        {"ends_on", "ends_on", boost::json::string(DateFromToday(-11))},
        {"discount_percent", "discount_percent", "100.01"},
        {"discount_percent", "discount_percent", "-1"},
        {"min_quantity", "min_quantity", "0"},
        {"min_quantity", "min_quantity", "1.0005"},
        {"starts_on", "starts_on", "2026-13-01"},
    };
    auto count = [] { return As(Admin())->Get("/api/v1/promotions?limit=500").json.at("items").as_array().size(); };
    auto before = count();

    for (const auto& [field, member, value] : cases) {
        auto body = Promotion(array{});
        body[member] = value;

        auto reply = As(Admin())->Post("/api/v1/promotions", serialize(body));

        EXPECT_EQ(reply.status, 422) << member << " = " << serialize(value) << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), field) << reply.body;
    }
    EXPECT_EQ(count(), before) << "no refused promotion was saved";
}

}  // namespace
}  // namespace rapport::test
