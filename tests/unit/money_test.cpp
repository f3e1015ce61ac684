#include "core/money.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace rapport {
namespace {

constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
constexpr auto kMin = std::numeric_limits<std::int64_t>::min();

// The minor units of a parse that must succeed; the test fails with the message otherwise.
std::int64_t MinorUnitsOf(std::string_view amount, std::string_view currency) {
    auto money = Money::Parse(amount, currency);
    EXPECT_TRUE(money) << amount << " " << currency << ": " << (money ? "" : money.error().message);
    return money ? money->minor_units() : -1;
}

Currency CurrencyOf(std::string_view code) { return *Currency::Parse(code); }

TEST(CurrencyTest, KnowsTheMinorUnitDigitsOfEachCurrency) {
    EXPECT_EQ(CurrencyOf("EUR").exponent(), 2);
    EXPECT_EQ(CurrencyOf("USD").exponent(), 2);
    EXPECT_EQ(CurrencyOf("JPY").exponent(), 0);
    EXPECT_EQ(CurrencyOf("KRW").exponent(), 0);
    EXPECT_EQ(CurrencyOf("KWD").exponent(), 3);
    EXPECT_EQ(CurrencyOf("BHD").exponent(), 3);
}

TEST(CurrencyTest, KeepsItsCode) {
    auto currency = Currency::Parse("CHF");

    ASSERT_TRUE(currency);
    EXPECT_EQ(currency->code(), "CHF");
}

TEST(CurrencyTest, RefusesCodesThatAreNotActiveUpperCaseIso4217) {
    for (std::string_view code : {"", "E", "EU", "eur", "Eur", "EURO", "XXX", "ABC", "EU1", " EUR", "EUR "}) {
        auto currency = Currency::Parse(code);

        ASSERT_FALSE(currency) << "'" << code << "'";
        EXPECT_EQ(currency.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(currency.error().field, "currency");
        EXPECT_EQ(currency.error().message, "currency must be an ISO 4217 code such as EUR or USD");
    }
}

TEST(CurrencyTest, ComparesByCode) {
    EXPECT_EQ(CurrencyOf("EUR"), CurrencyOf("EUR"));
    EXPECT_NE(CurrencyOf("EUR"), CurrencyOf("USD"));
    EXPECT_LT(CurrencyOf("CHF"), CurrencyOf("EUR"));
}

TEST(MoneyParseTest, ReadsAmountsWithTheCurrencysDecimals) {
    EXPECT_EQ(MinorUnitsOf("1250.00", "EUR"), 125000);
    EXPECT_EQ(MinorUnitsOf("1250.5", "EUR"), 125050);
    EXPECT_EQ(MinorUnitsOf("12", "EUR"), 1200);
    EXPECT_EQ(MinorUnitsOf("0.01", "EUR"), 1);
    EXPECT_EQ(MinorUnitsOf("0", "EUR"), 0);
    EXPECT_EQ(MinorUnitsOf("1000", "JPY"), 1000);
    EXPECT_EQ(MinorUnitsOf("1.234", "KWD"), 1234);
    EXPECT_EQ(MinorUnitsOf("1.2", "KWD"), 1200);
    EXPECT_EQ(MinorUnitsOf("7", "KWD"), 7000);
}

TEST(MoneyParseTest, ReadsNegativeAmounts) {
    EXPECT_EQ(MinorUnitsOf("-3.5", "EUR"), -350);
    EXPECT_EQ(MinorUnitsOf("-0.01", "EUR"), -1);
    EXPECT_EQ(MinorUnitsOf("-12", "JPY"), -12);
}

TEST(MoneyParseTest, ReadsNegativeZeroAsZero) {
    auto money = Money::Parse("-0.00", "EUR");

    ASSERT_TRUE(money);
    EXPECT_EQ(money->minor_units(), 0);
    EXPECT_EQ(money->FormatAmount(), "0.00");
}

TEST(MoneyParseTest, AcceptsLeadingZeros) { EXPECT_EQ(MinorUnitsOf("007.50", "EUR"), 750); }

TEST(MoneyParseTest, KeepsTheCurrency) {
    auto money = Money::Parse("5", "KWD");

    ASSERT_TRUE(money);
    EXPECT_EQ(money->currency().code(), "KWD");
}

TEST(MoneyParseTest, RefusesMoreDecimalsThanTheCurrencyAllows) {
    struct Case {
        std::string_view amount;
        std::string_view currency;
    };
    for (auto [amount, currency] : {Case{"1.234", "EUR"}, Case{"0.001", "EUR"}, Case{"1000.5", "JPY"},
                                    Case{"1.0", "JPY"}, Case{"1.2345", "KWD"}, Case{"-1.234", "EUR"}}) {
        auto money = Money::Parse(amount, currency);

        ASSERT_FALSE(money) << amount << " " << currency;
        EXPECT_EQ(money.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(money.error().field, "amount");
        EXPECT_EQ(money.error().message, "amount has more decimals than " + std::string(currency) + " allows");
    }
}

TEST(MoneyParseTest, RefusesTextThatIsNotAPlainDecimal) {
    for (std::string_view amount :
         {"",    "-",   ".",    "1.",    ".5", "-.5",  "abc", "1,5", "1.5.0", " 1",  "1 ", "+1",
          "--1", "1e3", "0x10", "1_000", "١٢", "1.-5", "- 1", "1-",  "12a",   "NaN", "inf"}) {
        auto money = Money::Parse(amount, "EUR");

        ASSERT_FALSE(money) << "'" << amount << "'";
        EXPECT_EQ(money.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(money.error().field, "amount");
        EXPECT_EQ(money.error().message, "amount must be a decimal string such as \"1250.00\"");
    }
}

TEST(MoneyParseTest, RefusesAnUnknownCurrencyBeforeLookingAtTheAmount) {
    auto money = Money::Parse("garbage", "XYZ");

    ASSERT_FALSE(money);
    EXPECT_EQ(money.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(money.error().field, "currency");
}

TEST(MoneyParseTest, ReadsTheLargestAmountThatFits) {
    EXPECT_EQ(MinorUnitsOf("92233720368547758.07", "EUR"), kMax);
    EXPECT_EQ(MinorUnitsOf("9223372036854775807", "JPY"), kMax);
    EXPECT_EQ(MinorUnitsOf("9223372036854775.807", "KWD"), kMax);
    EXPECT_EQ(MinorUnitsOf("-92233720368547758.07", "EUR"), -kMax);
}

TEST(MoneyParseTest, RefusesAmountsThatOverflow) {
    struct Case {
        std::string_view amount;
        std::string_view currency;
    };
    for (auto [amount, currency] :
         {Case{"92233720368547758.08", "EUR"}, Case{"92233720368547759", "EUR"}, Case{"9223372036854775808", "JPY"},
          Case{"9223372036854775.808", "KWD"}, Case{"-92233720368547758.08", "EUR"},
          Case{"99999999999999999999999999", "EUR"}, Case{"100000000000000000", "EUR"}}) {
        auto money = Money::Parse(amount, currency);

        ASSERT_FALSE(money) << amount << " " << currency;
        EXPECT_EQ(money.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(money.error().field, "amount");
        EXPECT_EQ(money.error().message, "amount is too large");
    }
}

TEST(MoneyTest, FormatsWithExactlyTheCurrencysDecimals) {
    EXPECT_EQ(Money(125000, CurrencyOf("EUR")).FormatAmount(), "1250.00");
    EXPECT_EQ(Money(5, CurrencyOf("EUR")).FormatAmount(), "0.05");
    EXPECT_EQ(Money(-350, CurrencyOf("EUR")).FormatAmount(), "-3.50");
    EXPECT_EQ(Money(1000, CurrencyOf("JPY")).FormatAmount(), "1000");
    EXPECT_EQ(Money(1234, CurrencyOf("KWD")).FormatAmount(), "1.234");
    EXPECT_EQ(Money(7, CurrencyOf("KWD")).FormatAmount(), "0.007");
}

TEST(MoneyTest, FormattingThenParsingGivesTheSameAmount) {
    for (std::string_view code : {"EUR", "JPY", "KWD"}) {
        for (std::int64_t minor_units : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{99},
                                         std::int64_t{100}, std::int64_t{-12345}, std::int64_t{1000001}, kMax, -kMax}) {
            Money money(minor_units, CurrencyOf(code));

            auto parsed = Money::Parse(money.FormatAmount(), code);

            ASSERT_TRUE(parsed) << money.FormatAmount() << " " << code;
            EXPECT_EQ(*parsed, money);
        }
    }
}

TEST(MoneyTest, EqualsOnlyTheSameAmountInTheSameCurrency) {
    Money euros(100, CurrencyOf("EUR"));

    EXPECT_EQ(euros, Money(100, CurrencyOf("EUR")));
    EXPECT_NE(euros, Money(101, CurrencyOf("EUR")));
    EXPECT_NE(euros, Money(100, CurrencyOf("USD")));
}

TEST(FormatMinorUnitsTest, PlacesTheDecimalPointByTheExponent) {
    EXPECT_EQ(FormatMinorUnits(125000, 2), "1250.00");
    EXPECT_EQ(FormatMinorUnits(125000, 0), "125000");
    EXPECT_EQ(FormatMinorUnits(125000, 3), "125.000");
    EXPECT_EQ(FormatMinorUnits(12345, 4), "1.2345");
    EXPECT_EQ(FormatMinorUnits(1, 4), "0.0001");
    EXPECT_EQ(FormatMinorUnits(0, 2), "0.00");
    EXPECT_EQ(FormatMinorUnits(0, 0), "0");
}

TEST(FormatMinorUnitsTest, FormatsNegativeAmountsBelowOneUnit) {
    EXPECT_EQ(FormatMinorUnits(-5, 2), "-0.05");
    EXPECT_EQ(FormatMinorUnits(-1, 3), "-0.001");
    EXPECT_EQ(FormatMinorUnits(-100, 2), "-1.00");
}

TEST(FormatMinorUnitsTest, FormatsTheExtremesOfTheRange) {
    EXPECT_EQ(FormatMinorUnits(kMax, 2), "92233720368547758.07");
    EXPECT_EQ(FormatMinorUnits(kMax, 0), "9223372036854775807");
    EXPECT_EQ(FormatMinorUnits(kMin, 2), "-92233720368547758.08");
    EXPECT_EQ(FormatMinorUnits(kMin, 0), "-9223372036854775808");
    EXPECT_EQ(FormatMinorUnits(kMin, 4), "-922337203685477.5808");
}

}  // namespace
}  // namespace rapport
