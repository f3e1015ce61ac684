#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

class ProductsApiTest : public ApiTest {
protected:
    static object Inr(const std::string& amount) { return {{"amount", amount}, {"currency", "INR"}}; }

    static object Coil(const std::string& sku) {
        return {{"sku", sku},
                {"name", "Hot-rolled coil 2.0 mm"},
                {"unit", "t"},
                {"price", Inr("61500.00")},
                {"cost", Inr("55200.00")},
                {"tax_rate", "18"}};
    }
};

TEST_F(ProductsApiTest, AnAdminKeepsTheCatalogueWithExactPricesAndPercentages) {
    auto sku = Unique("HRC");

    auto created = As(Admin())->Post("/api/v1/products", serialize(Coil(sku)));

    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(Text(created.json, "sku"), sku);
    EXPECT_EQ(created.json.at("price"), boost::json::value(Inr("61500.00")));
    EXPECT_EQ(Text(created.json, "tax_rate"), "18.00") << "percentages are decimal strings with two decimals";
    EXPECT_EQ(Text(created.json, "kind"), "good");
    EXPECT_EQ(created.json.at("active"), true);

    auto path = "/api/v1/products/" + Text(created.json, "id");
    auto changed = As(Admin())->Patch(path, R"({"tax_rate":"12.5","active":false})", {{"If-Match", "\"1\""}});
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(Text(changed.json, "tax_rate"), "12.50");
    EXPECT_EQ(changed.json.at("active"), false);
}

TEST_F(ProductsApiTest, EverySignedInUserReadsTheCatalogueButOnlyAnAdminChangesIt) {
    auto manager = MakeUser("manager");
    auto operations = MakeUser("operations");
    auto sku = Unique("PIPE");
    auto product = Create(Admin(), "products", Coil(sku));
    auto path = "/api/v1/products/" + Text(product, "id");

    for (const auto& user : {manager, operations}) {
        EXPECT_EQ(As(user)->Get(path).status, 200);
        auto listed = As(user)->Get("/api/v1/products?sku=" + sku);
        ASSERT_EQ(listed.status, 200) << listed.body;
        EXPECT_EQ(listed.json.at("items").as_array().size(), 1u);
        EXPECT_EQ(As(user)->Post("/api/v1/products", serialize(Coil(Unique("X")))).status, 403);
        EXPECT_EQ(As(user)->Patch(path, R"({"name":"Mine now"})").status, 403);
        EXPECT_EQ(As(user)->Delete(path).status, 403);
    }
}

TEST_F(ProductsApiTest, AnSkuNamesOneProductAndATakenOneIsAConflictNamingIt) {
    auto sku = Unique("SHEET");
    Create(Admin(), "products", Coil(sku));

    auto again = As(Admin())->Post("/api/v1/products", serialize(Coil(sku)));

    EXPECT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(ErrorField(again), "sku");
}

TEST_F(ProductsApiTest, AnArchivedProductsSkuMayBeGivenAgain) {
    auto sku = Unique("PROFILE");
    auto product = Create(Admin(), "products", Coil(sku));
    ASSERT_EQ(As(Admin())->Delete("/api/v1/products/" + Text(product, "id")).status, 204);

    EXPECT_EQ(As(Admin())->Post("/api/v1/products", serialize(Coil(sku))).status, 201);
}

TEST_F(ProductsApiTest, BadValuesAre422NamingTheFieldAndChangeNothing) {
    struct Case {
        const char* field;
        boost::json::value value;
    };
    const Case cases[] = {
        {"tax_rate", "18.005"},  // More than two decimals.
        {"tax_rate", 18},        // A number, not a decimal string.
        {"tax_rate", "101"},     // Over 100 %.
        {"price", Inr("-1.00")},
        {"cost", object{{"amount", "1.00"}, {"currency", "EUR"}}},  // Not the price's currency.
        {"sku", "has space"},
        {"unit", ""},
        {"kind", "gift"},
    };
    for (const auto& [field, value] : cases) {
        auto sku = Unique("BAD");
        auto body = Coil(sku);
        body[field] = value;

        auto reply = As(Admin())->Post("/api/v1/products", serialize(body));

        EXPECT_EQ(reply.status, 422) << field << " = " << serialize(value) << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), field) << reply.body;
        auto listed = As(Admin())->Get("/api/v1/products?sku=" + sku);
        EXPECT_TRUE(listed.json.at("items").as_array().empty()) << field;
    }
}

}  // namespace
}  // namespace rapport::test
