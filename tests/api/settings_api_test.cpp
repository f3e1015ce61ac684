#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::parse;
using boost::json::serialize;

// The company-wide settings (API.md, "Settings"): one document that everyone reads and admins change, member by
// member. This suite's server is its own, so that its changes reach no other suite.
class SettingsApiTest : public ApiTest {
protected:
    static HttpClient::Reply Read() { return As(Admin())->Get("/api/v1/settings"); }

    static HttpClient::Reply Change(const std::string& patch, HttpClient::Headers headers = {}) {
        return As(Admin())->Patch("/api/v1/settings", patch, std::move(headers));
    }

    static std::string Version() { return std::to_string(Read().json.at("version").as_int64()); }
};

TEST_F(SettingsApiTest, AnAdminChangesMembersWholeUnderIfMatchAndEachChangeIsAudited) {
    auto before = Read();
    ASSERT_EQ(before.status, 200) << before.body;
    auto version = before.json.at("version").as_int64();
    const auto& etag = before.headers.at("etag");
    EXPECT_EQ(etag, "\"" + std::to_string(version) + "\"");

    auto changed = Change(R"({"company":{"name":"Donau Stahlhandel GmbH","tax_id":"ATU68123457"},
                              "manual_discount_limits":{"1":"4","2":"8","3":"12.5","4":"20","head":"30","director":"100"}})",
                          {{"If-Match", etag}});

    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json.at("version"), version + 1);
    EXPECT_EQ(changed.headers.at("etag"), "\"" + std::to_string(version + 1) + "\"");
    EXPECT_EQ(changed.json.at("company").at("name"), "Donau Stahlhandel GmbH");
    EXPECT_EQ(changed.json.at("company").at("phone"), "") << "a member is replaced whole";
    EXPECT_EQ(changed.json.at("manual_discount_limits").at("3"), "12.50");
    EXPECT_EQ(changed.json.at("numbering"), before.json.at("numbering")) << "members not given keep their values";
    EXPECT_EQ(changed.json.at("updated_by"), parse('"' + Admin().id + '"'));
    EXPECT_EQ(Read().json, changed.json);

    auto audit = As(Admin())->Get("/api/v1/audit?collection=settings&record_id=1&limit=1");
    ASSERT_EQ(audit.status, 200) << audit.body;
    const auto& row = audit.json.at("items").as_array().at(0);
    EXPECT_EQ(row.at("action"), "update");
    EXPECT_EQ(row.at("user_id"), parse('"' + Admin().id + '"'));
    const auto& changes = row.at("changes").as_object();
    EXPECT_EQ(changes.size(), 2u) << row;
    EXPECT_EQ(changes.at("company").at("to").at("tax_id"), "ATU68123457");
    EXPECT_EQ(changes.at("manual_discount_limits").at("from"), before.json.at("manual_discount_limits"));

    auto stale = Change(R"({"holidays":["2026-12-24"]})", {{"If-Match", etag}});
    EXPECT_EQ(stale.status, 412) << stale.body;
    EXPECT_EQ(Read().json, changed.json);
}

TEST_F(SettingsApiTest, EverySignedInUserReadsThemAndOnlyAnAdminChangesThem) {
    for (const auto& role : {"manager", "head", "director", "operations"}) {
        auto user = MakeUser(role);

        auto read = As(user)->Get("/api/v1/settings");
        ASSERT_EQ(read.status, 200) << role << ": " << read.body;
        EXPECT_EQ(read.json.at("numbering").at("offers"), Read().json.at("numbering").at("offers"));

        auto refused = As(user)->Patch("/api/v1/settings", R"({"holidays":["2026-12-31"]})");
        EXPECT_EQ(refused.status, 403) << role << ": " << refused.body;
    }
    EXPECT_EQ(Anonymous()->Get("/api/v1/settings").status, 401);
}

TEST_F(SettingsApiTest, EachErrorNamesItsPathAndNothingIsSaved) {
    struct Case {
        const char* patch;
        const char* field;
    };
    const Case cases[] = {
        {R"({"colour":"blue"})", "colour"},
        {R"({"version":9})", "version"},
        {R"({"company":{"name":"X","fax":"1"}})", "company.fax"},
        {R"({"company":{"email":"not an address"}})", "company.email"},
        {R"({"numbering":{"offers":"OF","orders":"OF","contracts":"CT","invoices":"INV","complaints":"CMP"}})",
         "numbering.orders"},
        {R"({"numbering":{"offers":"OFFERS-2027","orders":"OR","contracts":"CT","invoices":"INV","complaints":"CMP"}})",
         "numbering.offers"},
        {R"({"manual_discount_limits":{"1":"5","2":"10","3":"15","4":"20","head":"101","director":"100"}})",
         "manual_discount_limits.head"},
        {R"({"complaint_sla_hours":{"critical":0,"high":8,"normal":24,"low":72}})", "complaint_sla_hours.critical"},
        {R"({"working_hours":{"time_zone":"Mars/Olympus_Mons","days":{}}})", "working_hours.time_zone"},
        {R"({"working_hours":{"time_zone":"UTC","days":{"tue":["17:00","09:00"]}}})", "working_hours.days.tue"},
        {R"({"holidays":["2026-02-30"]})", "holidays[0]"},
        {R"({"dunning":[{"level":1,"days_overdue":15,"action":"email"},{"level":2,"days_overdue":10,"action":"call"}]})",
         "dunning[1].days_overdue"},
        {R"({"dunning":[{"level":1,"days_overdue":15,"action":"fax"}]})", "dunning[0].action"},
        {R"({"loyalty_tiers":[{"min_revenue":{"amount":"50000.00","currency":"EUR"},"percent":"1"},
                              {"min_revenue":{"amount":"9000000.00","currency":"INR"},"percent":"2"}]})",
         "loyalty_tiers[1].min_revenue"},
        // A valid member beside a broken one: neither is saved.
        {R"({"company":{"name":"Never saved"},"loyalty_tiers":[{"min_revenue":{"amount":"1.00","currency":"EUR"},
                                                                  "percent":"150"}]})",
         "loyalty_tiers[0].percent"},
    };
    auto before = Read();

    for (const auto& [patch, field] : cases) {
        auto reply = Change(patch);

        EXPECT_EQ(reply.status, 422) << patch << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), field) << patch << ": " << reply.body;
    }
    EXPECT_EQ(Read().json, before.json) << "nothing was saved";
}

TEST_F(SettingsApiTest, APatchThatChangesNothingKeepsTheVersion) {
    auto before = Read();

    auto same = Change(serialize(object{{"dunning", before.json.at("dunning")}}));

    ASSERT_EQ(same.status, 200) << same.body;
    EXPECT_EQ(same.json.at("version"), before.json.at("version"));
}

TEST_F(SettingsApiTest, WorkingHoursLoyaltyTiersAndHolidaysReadBackAsSent) {
    auto patch =
        object{{"working_hours",
                {{"time_zone", "Asia/Kolkata"},
                 {"days", {{"mon", array{"09:30", "18:00"}}, {"sat", array{"10:00", "14:00"}}}}}},
               {"holidays", array{"2026-11-08", "2026-01-26"}},
               {"loyalty_tiers",
                array{object{{"min_revenue", {{"amount", "500000.00"}, {"currency", "INR"}}}, {"percent", "1"}},
                      object{{"min_revenue", {{"amount", "2500000"}, {"currency", "INR"}}}, {"percent", "2.5"}}}}};

    auto changed = Change(serialize(patch), {{"If-Match", "\"" + Version() + "\""}});

    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json.at("working_hours"), patch.at("working_hours"));
    EXPECT_EQ(changed.json.at("holidays"), parse(R"(["2026-01-26","2026-11-08"])")) << "in calendar order";
    EXPECT_EQ(changed.json.at("loyalty_tiers").as_array()[1],
              parse(R"({"min_revenue":{"amount":"2500000.00","currency":"INR"},"percent":"2.50"})"));
}

}  // namespace
}  // namespace rapport::test
