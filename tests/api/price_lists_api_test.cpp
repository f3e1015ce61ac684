#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::serialize;

// Price lists are the first documents with lines: these tests pin how lines are written and read with their
// document (API.md, "Documents with lines").
class PriceListsApiTest : public ApiTest {
protected:
    static object Eur(const std::string& amount) { return {{"amount", amount}, {"currency", "EUR"}}; }

    static std::string MakeProduct() {
        auto product = Create(Admin(), "products",
                              {{"sku", Unique("PL")}, {"name", "Coil"}, {"unit", "t"}, {"price", Eur("700.00")}});
        return Text(product, "id");
    }

    static object List(const std::string& product) {
        return {{"name", Unique("Wholesale")},
                {"currency", "EUR"},
                {"lines", array{object{{"product_id", product}, {"price", Eur("680.00")}},
                                object{{"product_id", product}, {"min_quantity", "20"}, {"discount_percent", "4"}}}},
                {"order_tiers", array{object{{"min_total", Eur("10000.00")}, {"discount_percent", "1.5"}}}}};
    }
};

TEST_F(PriceListsApiTest, LinesAreSavedNumberedAndReadBackWithTheirDocument) {
    auto product = MakeProduct();

    auto created = As(Admin())->Post("/api/v1/price_lists", serialize(List(product)));

    ASSERT_EQ(created.status, 201) << created.body;
    const auto& lines = created.json.at("lines").as_array();
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].at("line_no"), 1);
    EXPECT_EQ(lines[1].at("line_no"), 2);
    EXPECT_EQ(lines[0].at("price"), boost::json::value(Eur("680.00")));
    EXPECT_EQ(lines[0].at("min_quantity"), "1") << "from the first unit unless given";
    EXPECT_EQ(lines[1].at("min_quantity"), "20");
    EXPECT_EQ(lines[1].at("discount_percent"), "4.00");
    EXPECT_TRUE(lines[1].at("price").is_null());
    EXPECT_EQ(created.json.at("order_tiers").as_array()[0].at("discount_percent"), "1.50");

    auto read = As(MakeUser("manager"))->Get("/api/v1/price_lists/" + Text(created.json, "id"));
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(read.json, created.json) << "every signed-in user reads the list as saved";
    auto listed = As(Admin())->Get("/api/v1/price_lists?limit=500");
    bool found = false;
    for (const auto& item : listed.json.at("items").as_array()) {
        if (item.at("id") == created.json.at("id")) found = item.at("lines") == created.json.at("lines");
    }
    EXPECT_TRUE(found) << "a list page carries each document's lines";
}

TEST_F(PriceListsApiTest, APatchWithLinesReplacesThemAllInOneVersion) {
    auto product = MakeProduct();
    auto list = Create(Admin(), "price_lists", List(product));
    auto path = "/api/v1/price_lists/" + Text(list, "id");

    auto replaced = As(Admin())->Patch(
        path, serialize(object{{"lines", array{object{{"product_id", product}, {"price", Eur("650.00")}}}}}),
        {{"If-Match", "\"1\""}});

    ASSERT_EQ(replaced.status, 200) << replaced.body;
    EXPECT_EQ(replaced.json.at("version"), 2);
    ASSERT_EQ(replaced.json.at("lines").as_array().size(), 1u);
    EXPECT_EQ(replaced.json.at("lines").as_array()[0].at("price"), boost::json::value(Eur("650.00")));
    EXPECT_EQ(replaced.json.at("order_tiers"), list.at("order_tiers")) << "what the patch did not name stays";

    auto renamed = As(Admin())->Patch(path, R"({"name":"Renamed"})", {{"If-Match", "\"2\""}});
    ASSERT_EQ(renamed.status, 200) << renamed.body;
    EXPECT_EQ(renamed.json.at("lines"), replaced.json.at("lines")) << "a patch without lines keeps them";
}

TEST_F(PriceListsApiTest, ABadLineIs422NamingItsFieldAndChangesNothing) {
    auto product = MakeProduct();
    auto list = Create(Admin(), "price_lists", List(product));
    auto path = "/api/v1/price_lists/" + Text(list, "id");
    struct Case {
        object line;
        const char* field;
    };
    const Case cases[] = {
        {{{"product_id", "999999"}, {"price", Eur("1.00")}}, "lines[1].product_id"},
        {{{"product_id", product}, {"price", {{"amount", "1.00"}, {"currency", "USD"}}}}, "lines[1].price"},
        {{{"product_id", product}}, "lines[1].price"},  // Neither price nor discount.
        {{{"product_id", product}, {"discount_percent", "100.01"}}, "lines[1].discount_percent"},
        {{{"product_id", product}, {"min_quantity", "0"}, {"price", Eur("1.00")}}, "lines[1].min_quantity"},
        {{{"product_id", product}, {"price", Eur("1.00")}, {"line_no", 7}}, "lines[1].line_no"},
        {{{"product_id", product}, {"price", Eur("1.00")}, {"colour", "red"}}, "lines[1].colour"},
        {{{"price", Eur("1.00")}}, "lines[1].product_id"},
    };
    for (const auto& [line, field] : cases) {
        object good{{"product_id", product}, {"price", Eur("2.00")}};
        auto reply = As(Admin())->Patch(path, serialize(object{{"lines", array{good, line}}}));

        EXPECT_EQ(reply.status, 422) << serialize(line) << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), field) << reply.body;
    }
    auto read = As(Admin())->Get(path);
    EXPECT_EQ(read.json, boost::json::value(list)) << "no refused patch changed the list";
}

}  // namespace
}  // namespace rapport::test
