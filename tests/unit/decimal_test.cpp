#include "core/decimal.hpp"
#include "core/exact_amount.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace rapport {
namespace {

Money Eur(std::string_view amount) { return *Money::Parse(amount, "EUR"); }
Quantity Qty(std::string_view text) { return *Quantity::Parse(text, "quantity"); }
Percent Pct(std::string_view text) { return *Percent::Parse(text, "percent"); }

std::string Rounded(const ExactAmount& amount) {
    auto money = amount.Rounded("net");
    return money ? money->FormatAmount() : "error: " + money.error().message;
}

TEST(QuantityTest, ParsesUpToThreeDecimalsAsThousandths) {
    EXPECT_EQ(Qty("12.5").thousandths(), 12500);
    EXPECT_EQ(Qty("3").thousandths(), 3000);
    EXPECT_EQ(Qty("0.001").thousandths(), 1);
}

TEST(QuantityTest, FormatsWithoutTrailingZeros) {
    EXPECT_EQ(Qty("12.500").Format(), "12.5");
    EXPECT_EQ(Qty("3.0").Format(), "3");
    EXPECT_EQ(Qty("0.125").Format(), "0.125");
    EXPECT_EQ(Quantity{}.Format(), "0");
}

TEST(QuantityTest, RefusesWhatIsNotAPositiveDecimalNamingTheField) {
    for (std::string_view text :
         {"0", "0.000", "-1", "1.2345", "1e3", " 1", "1.", ".5", "", "abc", "99999999999999999"}) {
        auto quantity = Quantity::Parse(text, "lines[0].quantity");
        ASSERT_FALSE(quantity) << text;
        EXPECT_EQ(quantity.error().code, ErrorCode::kInvalidArgument) << text;
        EXPECT_EQ(quantity.error().field, "lines[0].quantity") << text;
    }
    EXPECT_EQ(Quantity::Parse("0", "quantity").error().message, "quantity must be greater than zero");
    EXPECT_EQ(Quantity::Parse("1.2345", "quantity").error().message, "quantity has more than 3 decimals");
    EXPECT_EQ(Quantity::Parse("-1", "quantity").error().message, "quantity may not be negative");
}

TEST(PercentTest, ParsesSignedHundredthsAndFormatsTwoDecimals) {
    EXPECT_EQ(Pct("7.5").hundredths(), 750);
    EXPECT_EQ(Pct("-2").hundredths(), -200);
    EXPECT_EQ(Pct("7.5").Format(), "7.50");
    EXPECT_EQ(Pct("-0.25").Format(), "-0.25");
    EXPECT_FALSE(Percent::Parse("7.505", "discount"));
    EXPECT_FALSE(Percent::Parse("7%", "discount"));
}

TEST(PercentTest, ChecksItsRangeNamingTheField) {
    EXPECT_TRUE(Pct("100").CheckRange(Percent{}, Percent::Whole(100), "discount"));
    auto over = Pct("100.01").CheckRange(Percent{}, Percent::Whole(100), "discount");
    ASSERT_FALSE(over);
    EXPECT_EQ(over.error().field, "discount");
    EXPECT_EQ(over.error().message, "discount must be between 0.00 and 100.00");
}

TEST(ExactAmountTest, RoundsHalfAwayFromZeroOnlyOnce) {
    // 0.125 EUR: exactly half a cent above 0.12.
    EXPECT_EQ(Rounded(ExactAmount(Eur("0.25")).Times(Qty("0.5"))), "0.13");
    EXPECT_EQ(Rounded(ExactAmount(Eur("-0.25")).Times(Qty("0.5"))), "-0.13");
    EXPECT_EQ(Rounded(ExactAmount(Eur("0.25")).Times(Qty("0.499"))), "0.12");
    // Three discounts of 10 % on 10.05 × 3: exactly 21.97935 rounds to 21.98; rounding after each rule would
    // give 30.15 → 27.14 (27.135) → 24.43 (24.426) → 21.99 (21.987).
    auto net = ExactAmount(Eur("10.05")).Times(Qty("3")).Less(Pct("10")).Less(Pct("10")).Less(Pct("10"));
    EXPECT_EQ(Rounded(net), "21.98");
}

TEST(ExactAmountTest, CompoundsRulesInAnyOrderToTheSameAmount) {
    auto base = ExactAmount(Eur("1234.57")).Times(Qty("7.125"));
    auto one_way = base.Less(Pct("12.5")).Less(Pct("-3")).Less(Pct("5"));
    auto other_way = base.Less(Pct("5")).Less(Pct("12.5")).Less(Pct("-3"));
    EXPECT_EQ(Rounded(one_way), Rounded(other_way));
    EXPECT_EQ(Rounded(one_way), "7531.29");  // 8796.31125 × 0.875 × 1.03 × 0.95 = 7531.2917…
}

TEST(ExactAmountTest, ASurchargeIsANegativeDiscount) {
    EXPECT_EQ(Rounded(ExactAmount(Eur("100.00")).Less(Pct("-2.5"))), "102.50");
    EXPECT_EQ(Rounded(ExactAmount(Eur("100.00")).Less(Pct("100"))), "0.00");
}

TEST(ExactAmountTest, TakesAPercentOfAnAmountForTax) {
    EXPECT_EQ(Rounded(ExactAmount(Eur("19.99")).PercentOf(Pct("20"))), "4.00");  // 3.998
    EXPECT_EQ(Rounded(ExactAmount(Eur("0.05")).PercentOf(Pct("10"))), "0.01");   // 0.005: half away from zero
}

TEST(ExactAmountTest, RefusesAResultBeyondSixtyFourBits) {
    auto huge =
        ExactAmount(Money(std::numeric_limits<std::int64_t>::max() / 2, *Currency::Parse("EUR"))).Times(Qty("3"));
    auto money = huge.Rounded("lines[2].net");
    ASSERT_FALSE(money);
    EXPECT_EQ(money.error().field, "lines[2].net");
}

TEST(MoneyArithmeticTest, AddsAndSubtractsOneCurrencyExactly) {
    EXPECT_EQ(Add(Eur("0.10"), Eur("0.20"), "total")->FormatAmount(), "0.30");
    EXPECT_EQ(Subtract(Eur("0.10"), Eur("0.20"), "total")->FormatAmount(), "-0.10");
}

TEST(MoneyArithmeticTest, RefusesToMixCurrenciesNamingTheField) {
    auto sum = Add(Eur("1.00"), *Money::Parse("1.00", "USD"), "lines[1].unit_price");
    ASSERT_FALSE(sum);
    EXPECT_EQ(sum.error().field, "lines[1].unit_price");
    EXPECT_EQ(sum.error().message, "lines[1].unit_price is in USD where EUR is expected");
}

TEST(MoneyArithmeticTest, RefusesASumThatOverflows) {
    Money max(std::numeric_limits<std::int64_t>::max(), *Currency::Parse("EUR"));
    EXPECT_FALSE(Add(max, Eur("0.01"), "total"));
}

}  // namespace
}  // namespace rapport
