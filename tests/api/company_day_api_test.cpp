#include "support/api_fixture.hpp"

#include <chrono>
#include <cstdio>
#include <string>

namespace rapport::test {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::serialize;

// "Today" is the company's day, in the time zone of settings.working_hours (API.md, "Conventions added in the
// second release"), wherever a request means it. The zones are 26 hours apart, UTC−12 and UTC+14, so that their
// days differ at every hour and one of them always differs from UTC's: a server that counted UTC days would fail
// here whenever the test runs. A suite of its own: it changes the settings of its server.
class CompanyDayApiTest : public ApiTest {
protected:
    // The day in a zone `hours_east` of UTC, at the moment of the call.
    static std::string DayAt(int hours_east) {
        auto shifted = std::chrono::system_clock::now() + std::chrono::hours{hours_east};
        std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(shifted)};
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                      static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
        return text;
    }

    static void SetZone(const std::string& zone) {
        auto settings = As(Admin())->Get("/api/v1/settings");
        ASSERT_EQ(settings.status, 200) << settings.body;
        auto hours = settings.json.at("working_hours").as_object();
        hours["time_zone"] = zone;
        auto changed = As(Admin())->Patch("/api/v1/settings", serialize(object{{"working_hours", hours}}));
        ASSERT_EQ(changed.status, 200) << changed.body;
    }

    // What the server answers for "today" in `field` of `reply` is the zone's day, as it was just before or just
    // after the request (the day may turn in between).
    static void ExpectDayOf(const std::string& before, const boost::json::value& json, std::string_view field,
                            int hours_east) {
        auto answered = Text(json, field);
        EXPECT_TRUE(answered == before || answered == DayAt(hours_east))
            << field << " is " << answered << ", not the day at UTC" << (hours_east < 0 ? "" : "+") << hours_east
            << " (" << before << ")";
    }

    static std::string MakeProduct() {
        return Text(Create(Admin(), "products",
                           {{"sku", Unique("CD")},
                            {"name", "Cold-rolled sheet"},
                            {"unit", "t"},
                            {"price", {{"amount", "700.00"}, {"currency", "EUR"}}},
                            {"tax_rate", "20"}}),
                    "id");
    }
};

TEST_F(CompanyDayApiTest, ASentOfferExpiresWhenTheCompanysDayHasPassedItsValidity) {
    auto manager = MakeUser("manager");
    auto account = Text(MakeAccount(manager), "id");
    auto product = MakeProduct();
    SetZone("Etc/GMT+12");  // UTC−12: its day is UTC's or the one before.
    auto west_today = DayAt(-12);
    auto offer = Create(manager, "offers",
                        {{"account_id", account},
                         {"valid_until", west_today},
                         {"lines", array{object{{"product_id", product}, {"quantity", "2"}}}}});
    auto path = "/api/v1/offers/" + Text(offer, "id");

    auto sent = As(manager)->Post(path + "/send", "");

    ASSERT_EQ(sent.status, 200) << "valid until the company's today, not in its past: " << sent.body;
    ExpectDayOf(west_today, sent.json, "sent_on", -12);
    EXPECT_EQ(sent.json.at("status"), "sent");

    SetZone("Pacific/Kiritimati");  // UTC+14: its day is at least a day after UTC−12's.

    EXPECT_EQ(As(manager)->Get(path).json.at("status"), "expired");
    auto expired = As(manager)->Get("/api/v1/offers?status=expired&account_id=" + account);
    ASSERT_EQ(expired.status, 200) << expired.body;
    EXPECT_EQ(expired.json.at("items").as_array().size(), 1u) << expired.body;
    auto still_sent = As(manager)->Get("/api/v1/offers?status=sent&account_id=" + account);
    EXPECT_TRUE(still_sent.json.at("items").as_array().empty()) << still_sent.body;
    EXPECT_EQ(As(manager)->Post(path + "/accept", "").status, 409) << "an expired offer is not accepted";

    auto patched = As(manager)->Patch(path, R"({"notes":"Asked the client whether to revise it"})");
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(patched.json.at("status"), "expired") << "a PATCH answers the offer as a read shows it";
    auto revised = As(manager)->Post(path + "/revise", "");
    ASSERT_EQ(revised.status, 201) << revised.body;
    EXPECT_EQ(revised.json.at("status"), "draft");
    EXPECT_FALSE(Text(revised.json, "account_name").empty()) << "the revision answers as a read shows it too";
}

TEST_F(CompanyDayApiTest, AnAbsenceIsInForceOnTheCompanysDays) {
    auto team = MakeTeam();
    auto absent = MakeUser("manager", team);
    auto deputy = MakeUser("manager", team);
    auto account = "/api/v1/accounts/" + Text(MakeAccount(absent), "id");
    SetZone("Etc/GMT+12");
    auto west_today = DayAt(-12);
    Create(absent, "absences",
           {{"user_id", absent.id}, {"deputy_id", deputy.id}, {"starts_on", west_today}, {"ends_on", west_today}});

    auto during = As(deputy)->Get(account);
    SetZone("Pacific/Kiritimati");
    auto after = As(deputy)->Get(account);

    EXPECT_EQ(during.status, 200) << "the absence is in force on the company's day " << west_today;
    EXPECT_EQ(after.status, 404) << "the company's day is past the absence, whatever UTC's day is";
}

TEST_F(CompanyDayApiTest, PricesAndReportsDefaultToTheCompanysDay) {
    auto manager = MakeUser("manager");
    auto account = Text(MakeAccount(manager), "id");
    auto product = MakeProduct();
    SetZone("Pacific/Kiritimati");
    auto east_today = DayAt(14);

    auto quote =
        As(manager)->Post("/api/v1/pricing/quote",
                          serialize(object{{"account_id", account},
                                           {"lines", array{object{{"product_id", product}, {"quantity", "1"}}}}}));
    auto funnel = As(manager)->Get("/api/v1/reports/funnel");

    ASSERT_EQ(quote.status, 200) << quote.body;
    ExpectDayOf(east_today, quote.json, "on", 14);
    ASSERT_EQ(funnel.status, 200) << funnel.body;
    ExpectDayOf(east_today, funnel.json, "to", 14);

    SetZone("Etc/GMT+12");
    auto west_today = DayAt(-12);
    quote = As(manager)->Post("/api/v1/pricing/quote",
                              serialize(object{{"account_id", account},
                                               {"lines", array{object{{"product_id", product}, {"quantity", "1"}}}}}));
    ASSERT_EQ(quote.status, 200) << quote.body;
    ExpectDayOf(west_today, quote.json, "on", -12);
}

}  // namespace
}  // namespace rapport::test
