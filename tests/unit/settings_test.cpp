#include "domain/settings/settings.hpp"
#include "domain/payment_term/payment_term.hpp"
#include "domain/promotion/promotion.hpp"
#include "domain/settings/settings_json.hpp"
#include "domain/settings/time_zone.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <string>

namespace rapport::domain {
namespace {

Money Eur(std::int64_t euros) { return Money(euros * 100, *Currency::Parse("EUR")); }

Date On(std::string_view text) { return ParseDate(text, "date").value(); }

// The field that Validate names for `settings`, or "" when they pass.
std::string FieldOf(const Settings& settings) {
    auto status = Validate(settings);
    return status ? std::string() : status.error().field;
}

// The field that ApplySettingsJson names for `patch`, or "" when it reads.
std::string FieldOfPatch(std::string_view patch) {
    auto read = ApplySettingsJson(DefaultSettings(), boost::json::parse(patch).as_object());
    return read ? std::string() : read.error().field;
}

TEST(SettingsTest, TheDefaultsAreThoseOfApiMdAndValid) {
    auto settings = DefaultSettings();

    EXPECT_TRUE(Validate(settings));
    auto json = SettingsToJson(settings);
    EXPECT_EQ(
        json.at("numbering"),
        boost::json::parse(R"({"offers":"OF","orders":"OR","contracts":"CT","invoices":"INV","complaints":"CMP"})"));
    EXPECT_EQ(
        json.at("manual_discount_limits"),
        boost::json::parse(R"({"1":"5.00","2":"10.00","3":"15.00","4":"20.00","head":"25.00","director":"100.00"})"));
    EXPECT_EQ(json.at("complaint_sla_hours"), boost::json::parse(R"({"critical":4,"high":8,"normal":24,"low":72})"));
    EXPECT_EQ(json.at("working_hours").at("time_zone"), "UTC");
    EXPECT_EQ(json.at("working_hours").at("days").as_object().size(), 5u) << "Monday to Friday";
    EXPECT_EQ(json.at("working_hours").at("days").at("mon"), boost::json::parse(R"(["09:00","17:00"])"));
    EXPECT_EQ(json.at("dunning").as_array().size(), 3u);
}

TEST(SettingsTest, WhatTheJsonWritesReadsBackTheSame) {
    auto settings = DefaultSettings();
    settings.company.name = "Donau Stahlhandel GmbH";
    settings.working_hours.time_zone = "Europe/Vienna";
    settings.working_hours.days[static_cast<std::size_t>(Weekday::kSat)] = WorkingDay{8 * 60, 12 * 60 + 30};
    settings.holidays = {On("2026-12-24"), On("2026-12-25")};
    settings.loyalty_tiers = {{Eur(50'000), Percent::Whole(1)}, {Eur(200'000), Percent::FromHundredths(250)}};

    auto read = ApplySettingsJson(DefaultSettings(), SettingsToJson(settings));

    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(*read, settings);
}

TEST(SettingsTest, APatchReplacesTheMembersItGivesWholeAndKeepsTheOthers) {
    auto settings = DefaultSettings();
    settings.company.name = "Old name";
    settings.company.phone = "+43 1 234";

    auto read = ApplySettingsJson(settings, boost::json::parse(R"({"company":{"name":"New name"}})").as_object());

    ASSERT_TRUE(read);
    EXPECT_EQ(read->company.name, "New name");
    EXPECT_EQ(read->company.phone, "") << "the member is replaced whole";
    EXPECT_EQ(read->numbering, settings.numbering);
}

TEST(SettingsTest, HolidaysAreKeptInOrderAndADateGivenTwiceIsNamed) {
    auto read = ApplySettingsJson(DefaultSettings(),
                                  boost::json::parse(R"({"holidays":["2026-12-25","2026-01-01"]})").as_object());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->holidays, (std::vector<Date>{On("2026-01-01"), On("2026-12-25")}));

    EXPECT_EQ(FieldOfPatch(R"({"holidays":["2026-12-25","2026-01-01","2026-12-25"]})"), "holidays[2]");
}

TEST(SettingsTest, UnreadableValuesAreNamedByTheirPath) {
    EXPECT_EQ(FieldOfPatch(R"({"colour":"blue"})"), "colour");
    EXPECT_EQ(FieldOfPatch(R"({"company":{"fax":"1"}})"), "company.fax");
    EXPECT_EQ(FieldOfPatch(R"({"numbering":{"offers":"OF"}})"), "numbering.orders") << "every series is required";
    EXPECT_EQ(
        FieldOfPatch(R"({"manual_discount_limits":{"1":"5","2":"10","3":"15","4":"20","head":25,"director":"100"}})"),
        "manual_discount_limits.head");
    EXPECT_EQ(FieldOfPatch(R"({"working_hours":{"time_zone":"UTC","days":{"mon":["9:00","17:00"]}}})"),
              "working_hours.days.mon[0]");
    EXPECT_EQ(FieldOfPatch(R"({"working_hours":{"time_zone":"UTC","days":{"someday":null}}})"),
              "working_hours.days.someday");
    EXPECT_EQ(
        FieldOfPatch(R"({"dunning":[{"level":1,"days_overdue":15,"action":"email"},{"level":2,"action":"call"}]})"),
        "dunning[1].days_overdue");
    EXPECT_EQ(FieldOfPatch(R"({"loyalty_tiers":[{"min_revenue":{"amount":"1.00","currency":"EUR"},"percent":1}]})"),
              "loyalty_tiers[0].percent");
}

TEST(SettingsTest, RulesAreNamedByTheirPath) {
    auto settings = DefaultSettings();
    settings.numbering[static_cast<std::size_t>(Series::kInvoices)] = "OF";
    EXPECT_EQ(FieldOf(settings), "numbering.invoices") << "prefixes are distinct";
    settings = DefaultSettings();
    settings.numbering[static_cast<std::size_t>(Series::kOrders)] = "OR-";
    EXPECT_EQ(FieldOf(settings), "numbering.orders");
    settings = DefaultSettings();
    settings.manual_discount_limits.head = Percent::FromHundredths(10001);
    EXPECT_EQ(FieldOf(settings), "manual_discount_limits.head");
    settings = DefaultSettings();
    settings.working_hours.time_zone = "Mars/Olympus_Mons";
    EXPECT_EQ(FieldOf(settings), "working_hours.time_zone");
    settings = DefaultSettings();
    settings.working_hours.days[0] = WorkingDay{17 * 60, 9 * 60};
    EXPECT_EQ(FieldOf(settings), "working_hours.days.mon");
    settings = DefaultSettings();
    settings.dunning[1].days_overdue = 15;
    EXPECT_EQ(FieldOf(settings), "dunning[1].days_overdue") << "days increase from level to level";
    settings = DefaultSettings();
    settings.loyalty_tiers = {{Eur(100), Percent::Whole(1)}, {Eur(50), Percent::Whole(2)}};
    EXPECT_EQ(FieldOf(settings), "loyalty_tiers[1].min_revenue") << "ascending";
    settings.loyalty_tiers = {{Eur(100), Percent::Whole(1)},
                              {Money(5000000, *Currency::Parse("INR")), Percent::Whole(2)}};
    EXPECT_EQ(FieldOf(settings), "loyalty_tiers[1].min_revenue") << "one currency";
}

TEST(SettingsTest, TimeZonesAreThoseOfTheIanaDatabase) {
    EXPECT_TRUE(CheckTimeZone("UTC", "tz"));
    EXPECT_TRUE(CheckTimeZone("Europe/Vienna", "tz"));
    EXPECT_TRUE(CheckTimeZone("Asia/Kolkata", "tz"));
    EXPECT_TRUE(CheckTimeZone("Asia/Calcutta", "tz")) << "a link is a name too";
    EXPECT_FALSE(CheckTimeZone("Europe/Atlantis", "tz"));
    EXPECT_FALSE(CheckTimeZone("posixrules", "tz")) << "a file beside the zones is not a zone";
    EXPECT_FALSE(CheckTimeZone("../../etc/passwd", "tz"));
    EXPECT_FALSE(CheckTimeZone("", "tz"));
}

TEST(SettingsTest, ManualDiscountLimitsGoByLevelAndRole) {
    auto settings = DefaultSettings();

    EXPECT_EQ(ManualDiscountLimit(settings, Role::kManager, 1), Percent::Whole(5));
    EXPECT_EQ(ManualDiscountLimit(settings, Role::kManager, 4), Percent::Whole(20));
    EXPECT_EQ(ManualDiscountLimit(settings, Role::kHead, 1), Percent::Whole(25));
    EXPECT_EQ(ManualDiscountLimit(settings, Role::kDirector, 1), Percent::Whole(100));
    EXPECT_EQ(ManualDiscountLimit(settings, Role::kAdmin, 1), Percent::Whole(100)) << "admins count as directors";
    EXPECT_EQ(ManualDiscountLimit(settings, Role::kOperations, 4), Percent{});
}

TEST(SettingsTest, LoyaltyGivesTheHighestTierReachedInTheTiersCurrency) {
    auto settings = DefaultSettings();
    EXPECT_EQ(LoyaltyPercent(settings, Eur(1'000'000)), std::nullopt) << "no tiers by default";
    settings.loyalty_tiers = {
        {Eur(50'000), Percent::Whole(1)}, {Eur(200'000), Percent::Whole(2)}, {Eur(500'000), Percent::Whole(3)}};

    EXPECT_EQ(LoyaltyPercent(settings, Eur(49'999)), std::nullopt);
    EXPECT_EQ(LoyaltyPercent(settings, Eur(50'000)), Percent::Whole(1)) << "from min_revenue on";
    EXPECT_EQ(LoyaltyPercent(settings, Eur(499'999)), Percent::Whole(2));
    EXPECT_EQ(LoyaltyPercent(settings, Eur(3'000'000)), Percent::Whole(3));
    EXPECT_EQ(LoyaltyPercent(settings, Money(100'000'000, *Currency::Parse("INR"))), std::nullopt);
}

TEST(SettingsTest, NumberPrefixesAreNamedByCollection) {
    auto settings = DefaultSettings();
    settings.numbering[static_cast<std::size_t>(Series::kInvoices)] = "RE";

    EXPECT_EQ(NumberPrefix(settings, "offers"), "OF");
    EXPECT_EQ(NumberPrefix(settings, "invoices"), "RE");
    EXPECT_EQ(NumberPrefix(settings, "complaints"), "CMP");
    EXPECT_EQ(NumberPrefix(settings, "accounts"), "");
}

TEST(PaymentTermTest, CodesDaysAndAdjustmentsHaveTheirRanges) {
    PaymentTerm term;
    term.code = "net30";
    term.name = "30 days net";
    term.days = 30;
    term.adjust_percent = Percent::FromHundredths(-200);
    EXPECT_TRUE(Validate(term));

    auto field = [](PaymentTerm changed) {
        auto status = Validate(changed);
        return status ? std::string() : status.error().field;
    };
    auto bad = term;
    bad.code = "Net30";
    EXPECT_EQ(field(bad), "code");
    bad = term;
    bad.days = 366;
    EXPECT_EQ(field(bad), "days");
    bad = term;
    bad.adjust_percent = Percent::FromHundredths(-10001);
    EXPECT_EQ(field(bad), "adjust_percent");
}

TEST(PromotionTest, AppliesInItsPeriodFromItsQuantityToItsProducts) {
    Promotion promotion;
    promotion.name = "Winter coils";
    promotion.starts_on = On("2026-12-01");
    promotion.ends_on = On("2027-02-28");
    promotion.product_ids.items = {{1, ProductId{58}}};
    promotion.min_quantity = Quantity::Whole(10);
    promotion.discount_percent = Percent::Whole(5);

    EXPECT_TRUE(AppliesTo(promotion, ProductId{58}, Quantity::Whole(10), On("2026-12-01")));
    EXPECT_TRUE(AppliesTo(promotion, ProductId{58}, Quantity::Whole(12), On("2027-02-28")));
    EXPECT_FALSE(AppliesTo(promotion, ProductId{58}, Quantity::Whole(10), On("2027-03-01")));
    EXPECT_FALSE(AppliesTo(promotion, ProductId{58}, Quantity::FromThousandths(9999), On("2026-12-24")));
    EXPECT_FALSE(AppliesTo(promotion, ProductId{59}, Quantity::Whole(10), On("2026-12-24")));
    promotion.product_ids.items.clear();
    EXPECT_TRUE(AppliesTo(promotion, ProductId{59}, Quantity::Whole(10), On("2026-12-24"))) << "none: every product";
}

TEST(PromotionTest, ProductIdsArePlainIdsOnTheWireAndNamedByPlace) {
    using Codec = rapport::Codec<Lines<PromotionProduct>>;
    auto read = Codec::FromJson(boost::json::parse(R"(["58","61"])"), "product_ids");
    ASSERT_TRUE(read);
    EXPECT_EQ(read->items, (std::vector<PromotionProduct>{{1, ProductId{58}}, {2, ProductId{61}}}));
    EXPECT_EQ(Codec::ToJson(*read), boost::json::parse(R"(["58","61"])"));
    EXPECT_EQ(Codec::ToText(*read), "58;61");
    EXPECT_EQ(Codec::FromText("58;61", "product_ids")->items, read->items);

    auto bad = Codec::FromJson(boost::json::parse(R"(["58","x"])"), "product_ids");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "product_ids[1]");
}

}  // namespace
}  // namespace rapport::domain
