#include "domain/pricing/pricing.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace rapport::domain {
namespace {

Money Eur(std::string_view amount) { return *Money::Parse(amount, "EUR"); }
Quantity Qty(std::string_view text) { return *Quantity::Parse(text, "quantity"); }
Percent Pct(std::string_view text) { return *Percent::Parse(text, "percent"); }

Product MakeProduct(std::int64_t id, std::string_view price, std::string_view tax_rate = "0") {
    Product product;
    product.id = static_cast<ProductId>(id);
    product.sku = "P-" + std::to_string(id);
    product.name = "Product " + std::to_string(id);
    product.unit = "t";
    product.price = Eur(price);
    product.tax_rate = Pct(tax_rate);
    return product;
}

LineToPrice Line(const Product& product, std::string_view quantity, std::string_view manual = "0") {
    return {.product = &product, .quantity = Qty(quantity), .manual_discount_percent = Pct(manual)};
}

std::vector<PricedLine> Price(const PricingTerms& terms, const std::vector<LineToPrice>& lines) {
    auto priced = PriceLines(terms, lines);
    EXPECT_TRUE(priced) << priced.error().message;
    return priced ? *priced : std::vector<PricedLine>{};
}

std::string Explain(const PricedLine& line) {
    std::string text;
    for (const auto& rule : line.pricing.items) {
        text +=
            std::string(EnumName(rule.kind)) + " " + rule.percent.Format() + " " + rule.amount.FormatAmount() + "; ";
    }
    return text + "net " + line.net.FormatAmount();
}

TEST(PricingTest, ALineWithoutRulesCostsItsListPriceTimesTheQuantityPlusTax) {
    auto product = MakeProduct(1, "10.05", "20");
    auto lines = Price({}, {Line(product, "3")});
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].list_price, Eur("10.05"));
    EXPECT_TRUE(lines[0].pricing.items.empty());
    EXPECT_EQ(lines[0].net, Eur("30.15"));
    EXPECT_EQ(lines[0].tax, Eur("6.03"));
    EXPECT_EQ(lines[0].total, Eur("36.18"));
    EXPECT_EQ(lines[0].unit_price, Eur("10.05"));
}

TEST(PricingTest, RulesCompoundInOrderAndTheirAmountsAddUpToListMinusNet) {
    auto product = MakeProduct(1, "10.05");
    PriceList list;
    list.name = "Wholesale";
    list.order_tiers.items = {{1, Eur("10.00"), Pct("5")}};
    PricingTerms terms{.price_list = &list,
                       .promotions = {{"Winter coils", {}, Qty("1"), Pct("10")}},
                       .loyalty = NamedDiscount{"Loyalty", Pct("2")},
                       .payment_terms = NamedDiscount{"Net 60", Pct("-1.50")}};
    auto lines = Price(terms, {Line(product, "3", "3")});
    ASSERT_EQ(lines.size(), 1u);
    // 30.15 × 0.95 × 0.90 × 0.98 × 1.015 × 0.97 = 24.8723765…: rounded once. Each amount is the difference
    // of the rounded values around its rule (28.64, 25.78, 25.26, 25.64, 24.87).
    EXPECT_EQ(Explain(lines[0]),
              "order_tier 5.00 1.51; promotion 10.00 2.86; loyalty 2.00 0.52; payment_terms -1.50 -0.38; "
              "manual 3.00 0.77; net 24.87");
}

TEST(PricingTest, APriceListPriceAndAVolumeTierSetTheUnitPrice) {
    auto product = MakeProduct(7, "10.00");
    PriceList list;
    list.name = "Wholesale";
    list.lines.items = {{1, product.id, Qty("1"), std::nullopt, Pct("10")},
                        {2, product.id, Qty("10"), Eur("8.00"), std::nullopt},
                        {3, product.id, Qty("50"), Eur("7.00"), std::nullopt}};
    PricingTerms terms{.price_list = &list};
    auto lines = Price(terms, {Line(product, "12"), Line(product, "5")});
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(Explain(lines[0]), "price_list 10.00 12.00; volume_tier 11.11 12.00; net 96.00");
    EXPECT_EQ(lines[0].pricing.items[1].name, "Wholesale, from 10 t");
    EXPECT_EQ(Explain(lines[1]), "price_list 10.00 5.00; net 45.00");
    EXPECT_EQ(lines[0].unit_price, Eur("8.00"));
}

TEST(PricingTest, ThePriceListsOwnPriceReadsAsTheDiscountItAmountsTo) {
    auto product = MakeProduct(7, "3.00");
    PriceList list;
    list.name = "Key accounts";
    list.lines.items = {{1, product.id, Qty("1"), Eur("2.00"), std::nullopt}};
    auto lines = Price({.price_list = &list}, {Line(product, "1.5")});
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(Explain(lines[0]), "price_list 33.33 1.50; net 3.00");
}

TEST(PricingTest, TheOrderTierReadsTheListValueOfEveryCatalogueLine) {
    auto product = MakeProduct(1, "100.00");
    PriceList list;
    list.name = "Wholesale";
    list.order_tiers.items = {{1, Eur("1000.00"), Pct("2")}, {2, Eur("2000.00"), Pct("4")}};
    PricingTerms terms{.price_list = &list};
    auto reached = Price(terms, {Line(product, "6"), Line(product, "4")});
    ASSERT_EQ(reached.size(), 2u);
    EXPECT_EQ(Explain(reached[0]), "order_tier 2.00 12.00; net 588.00");
    EXPECT_EQ(reached[0].pricing.items[0].name, "Wholesale, order from 1000.00 EUR");
    auto short_of_it = Price(terms, {Line(product, "6"), Line(product, "3.999")});
    ASSERT_EQ(short_of_it.size(), 2u);
    EXPECT_TRUE(short_of_it[0].pricing.items.empty());
}

TEST(PricingTest, TheBestPromotionForTheLineWinsAndPromotionsDoNotStack) {
    auto coil = MakeProduct(1, "100.00");
    auto sheet = MakeProduct(2, "100.00");
    PricingTerms terms{.promotions = {{"Everything", {}, Qty("1"), Pct("3")},
                                      {"Coils from 10 t", {coil.id}, Qty("10"), Pct("8")},
                                      {"Sheets", {sheet.id}, Qty("1"), Pct("5")}}};
    auto lines = Price(terms, {Line(coil, "10"), Line(coil, "9"), Line(sheet, "10")});
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(Explain(lines[0]), "promotion 8.00 80.00; net 920.00");
    EXPECT_EQ(Explain(lines[1]), "promotion 3.00 27.00; net 873.00");
    EXPECT_EQ(Explain(lines[2]), "promotion 5.00 50.00; net 950.00");
}

TEST(PricingTest, ALineOfTheClientsOwnWordingTakesOnlyItsManualDiscount) {
    PricingTerms terms{.loyalty = NamedDiscount{"Loyalty", Pct("2")}};
    LineToPrice line{.unit_price = Eur("100.00"), .quantity = Qty("2"), .manual_discount_percent = Pct("5")};
    auto lines = Price(terms, {line});
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].list_price, Eur("100.00"));
    EXPECT_EQ(Explain(lines[0]), "manual 5.00 10.00; net 190.00");
}

TEST(PricingTest, AManualDiscountAboveTheCallersLimitNamesTheLineAndTheLimit) {
    auto product = MakeProduct(1, "10.00");
    PricingTerms terms{.manual_limit = Pct("10"), .manual_limit_holder = "a level 2 manager"};
    auto priced = PriceLines(terms, std::vector{Line(product, "1"), Line(product, "1", "10.01")});
    ASSERT_FALSE(priced);
    EXPECT_EQ(priced.error().field, "lines[1].manual_discount_percent");
    EXPECT_NE(priced.error().message.find("limit of 10.00 % for a level 2 manager"), std::string::npos);
    EXPECT_TRUE(PriceLines(terms, std::vector{Line(product, "1", "10")}));
    auto negative = PriceLines(terms, std::vector{Line(product, "1", "-1")});
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().field, "lines[0].manual_discount_percent");
}

TEST(PricingTest, RefusesAnotherCurrencyAnInactiveProductAndALineWithoutAPrice) {
    auto product = MakeProduct(1, "10.00");
    PricingTerms roubles{.currency = *Currency::Parse("RUB")};
    auto other_currency = PriceLines(roubles, std::vector{Line(product, "1")});
    ASSERT_FALSE(other_currency);
    EXPECT_EQ(other_currency.error().field, "lines[0].product_id");

    PriceList list;
    list.name = "Wholesale";
    list.currency = "EUR";
    auto list_currency =
        PriceLines({.currency = *Currency::Parse("RUB"), .price_list = &list}, std::vector<LineToPrice>{});
    ASSERT_FALSE(list_currency);
    EXPECT_EQ(list_currency.error().field, "currency");

    product.active = false;
    auto inactive = PriceLines({}, std::vector{Line(product, "1")});
    ASSERT_FALSE(inactive);
    EXPECT_EQ(inactive.error().field, "lines[0].product_id");

    auto no_price = PriceLines({}, std::vector{LineToPrice{.quantity = Qty("1")}});
    ASSERT_FALSE(no_price);
    EXPECT_EQ(no_price.error().field, "lines[0].unit_price");
}

}  // namespace
}  // namespace rapport::domain
