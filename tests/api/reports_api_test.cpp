#include "support/api_fixture.hpp"

#include <array>
#include <map>
#include <string>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

// Each test reports as a fresh manager whose deals it makes itself, so every expected figure is known
// and worked out by hand below.
class ReportsApiTest : public ApiTest {
protected:
    static object MakeDeal(const TestUser& user, const std::string& account_id, const std::string& amount,
                           const std::string& currency, object extra = {}) {
        object body{{"account_id", account_id},
                    {"title", Unique("Deal")},
                    {"amount", {{"amount", amount}, {"currency", currency}}}};
        for (auto& [key, value] : extra) body[key] = value;
        return Create(user, "deals", body);
    }

    static void Move(const TestUser& user, const object& deal, object change) {
        auto reply = As(user)->Patch("/api/v1/deals/" + Text(deal, "id"), serialize(change));
        ASSERT_EQ(reply.status, 200) << reply.body;
    }

    // The entry for `stage` in a report's "stages" array.
    static object StageOf(const HttpClient::Reply& report, const std::string& stage) {
        for (const auto& item : report.json.at("stages").as_array()) {
            if (Text(item, "stage") == stage) return item.as_object();
        }
        ADD_FAILURE() << "no stage " << stage << " in " << report.body;
        return {};
    }

    // One line of a pipeline stage's totals, as compact JSON for exact comparison.
    static std::string Line(const std::string& currency, int count, const std::string& total,
                            const std::string& weighted) {
        return serialize(object{{"currency", currency},
                                {"count", count},
                                {"total", {{"amount", total}, {"currency", currency}}},
                                {"weighted", {{"amount", weighted}, {"currency", currency}}}});
    }

    // Per stage, the count, total and weighted total (in cents) of a pipeline report's EUR line.
    using EurLines = std::map<std::string, std::array<std::int64_t, 3>>;
    static EurLines EurLinesOf(const HttpClient::Reply& report) {
        auto cents = [](const boost::json::value& money) {
            auto amount = Text(money, "amount");
            std::erase(amount, '.');
            return std::stoll(amount);
        };
        EurLines lines;
        for (const auto& stage : report.json.at("stages").as_array()) {
            for (const auto& line : stage.at("totals").as_array()) {
                if (Text(line, "currency") != "EUR") continue;
                lines[Text(stage, "stage")] = {line.at("count").as_int64(), cents(line.at("total")),
                                               cents(line.at("weighted"))};
            }
        }
        return lines;
    }

    // Per stage, the deals a funnel report counts as entered.
    static std::map<std::string, std::int64_t> EnteredOf(const HttpClient::Reply& report) {
        std::map<std::string, std::int64_t> entered;
        for (const auto& stage : report.json.at("stages").as_array()) {
            entered[Text(stage, "stage")] = stage.at("entered").as_int64();
        }
        return entered;
    }

    static std::string Lines(std::initializer_list<std::string> lines) {
        std::string text = "[";
        for (const auto& line : lines) text += (text.size() > 1 ? "," : "") + line;
        return text + "]";
    }
};

TEST_F(ReportsApiTest, ThePipelineSumsTheCallersDealsPerStageAndCurrency) {
    auto user = MakeUser("manager");
    auto account = Text(MakeAccount(user), "id");
    // new: EUR 1000.00 and 250.00 at 10% → weighted 125.00; USD 99.99 at 10% → 9.999 → 10.00.
    MakeDeal(user, account, "1000.00", "EUR");
    MakeDeal(user, account, "250.00", "EUR");
    MakeDeal(user, account, "99.99", "USD");
    // qualified: EUR 1000.00 at 25% (250.00) plus 10.10 at 5% (0.505): 250.505 → 250.51, half away from zero.
    MakeDeal(user, account, "1000.00", "EUR", {{"stage", "qualified"}});
    MakeDeal(user, account, "10.10", "EUR", {{"stage", "qualified"}, {"probability", 5}});
    // proposal: USD 0.01 at 50% → 0.005 → 0.01.
    MakeDeal(user, account, "0.01", "USD", {{"stage", "proposal"}});
    // negotiation: JPY 101 at 50% → 50.5 → 51.
    MakeDeal(user, account, "101", "JPY", {{"stage", "negotiation"}, {"probability", 50}});
    // won: EUR 500.00 at 100%; lost: USD 300.00 at 0%.
    auto won = MakeDeal(user, account, "500.00", "EUR", {{"stage", "proposal"}});
    Move(user, won, {{"stage", "won"}});
    MakeDeal(user, account, "300.00", "USD", {{"stage", "lost"}, {"lost_reason", "price"}});
    // Neither an archived deal nor another manager's deal counts.
    auto archived = MakeDeal(user, account, "9999.00", "EUR");
    ASSERT_EQ(As(user)->Delete("/api/v1/deals/" + Text(archived, "id")).status, 204);
    auto other = MakeUser("manager");
    MakeDeal(other, Text(MakeAccount(other), "id"), "777.00", "EUR");

    auto report = As(user)->Get("/api/v1/reports/pipeline");

    ASSERT_EQ(report.status, 200) << report.body;
    ASSERT_EQ(report.json.at("stages").as_array().size(), 6u) << report.body;
    auto totals = [&](const std::string& stage) { return serialize(StageOf(report, stage).at("totals")); };
    EXPECT_EQ(StageOf(report, "new").at("count"), 3);
    EXPECT_EQ(totals("new"), Lines({Line("EUR", 2, "1250.00", "125.00"), Line("USD", 1, "99.99", "10.00")}));
    EXPECT_EQ(StageOf(report, "qualified").at("count"), 2);
    EXPECT_EQ(totals("qualified"), Lines({Line("EUR", 2, "1010.10", "250.51")}));
    EXPECT_EQ(totals("proposal"), Lines({Line("USD", 1, "0.01", "0.01")}));
    EXPECT_EQ(totals("negotiation"), Lines({Line("JPY", 1, "101", "51")}));
    EXPECT_EQ(totals("won"), Lines({Line("EUR", 1, "500.00", "500.00")}));
    EXPECT_EQ(totals("lost"), Lines({Line("USD", 1, "300.00", "0.00")}));
}

// A director's reports add up summaries that every write keeps; a manager's count the manager's own
// deals. Whatever a manager's writes change, the director's reports change by exactly as much.
TEST_F(ReportsApiTest, TheDirectorsReportsChangeByExactlyWhatAManagersWritesChange) {
    auto director = MakeUser("director");
    auto user = MakeUser("manager");
    auto account = Text(MakeAccount(user), "id");
    auto today = DateFromToday();
    auto funnel = "/api/v1/reports/funnel?from=" + today + "&to=" + today;
    auto pipeline_before = EurLinesOf(As(director)->Get("/api/v1/reports/pipeline"));
    auto funnel_before = EnteredOf(As(director)->Get(funnel));

    auto a = MakeDeal(user, account, "1000.00", "EUR");
    Move(user, a, {{"stage", "proposal"}});
    Move(user, a, {{"stage", "qualified"}});
    Move(user, a, {{"stage", "proposal"}});
    auto b = MakeDeal(user, account, "300.00", "EUR", {{"stage", "negotiation"}});
    Move(user, b, {{"amount", {{"amount", "500.00"}, {"currency", "EUR"}}}, {"probability", 60}});
    auto archived = MakeDeal(user, account, "200.00", "EUR");
    ASSERT_EQ(As(user)->Delete("/api/v1/deals/" + Text(archived, "id")).status, 204);
    auto closed = Text(MakeAccount(user), "id");
    MakeDeal(user, closed, "700.00", "EUR", {{"stage", "qualified"}});
    ASSERT_EQ(As(director)->Delete("/api/v1/accounts/" + closed).status, 204);
    auto restored = Text(MakeAccount(user), "id");
    MakeDeal(user, restored, "400.00", "EUR", {{"stage", "qualified"}});
    ASSERT_EQ(As(director)->Delete("/api/v1/accounts/" + restored).status, 204);
    ASSERT_EQ(As(director)->Post("/api/v1/accounts/" + restored + "/restore", "").status, 200);

    auto pipeline_after = EurLinesOf(As(director)->Get("/api/v1/reports/pipeline"));
    auto funnel_after = EnteredOf(As(director)->Get(funnel));
    auto pipeline_mine = EurLinesOf(As(user)->Get("/api/v1/reports/pipeline"));
    auto funnel_mine = EnteredOf(As(user)->Get(funnel));

    EXPECT_EQ(pipeline_mine["proposal"], (std::array<std::int64_t, 3>{1, 100000, 50000}));
    EXPECT_EQ(funnel_mine["proposal"], 2) << "a entered proposal twice and counts once; b passed it on its way";
    EXPECT_EQ(pipeline_mine["qualified"], (std::array<std::int64_t, 3>{1, 40000, 10000}))
        << "the restored deal is back";
    for (const auto* stage : {"new", "qualified", "proposal", "negotiation", "won", "lost"}) {
        for (std::size_t i = 0; i < 3; ++i) {
            EXPECT_EQ(pipeline_after[stage][i] - pipeline_before[stage][i], pipeline_mine[stage][i])
                << stage << " " << i;
        }
        EXPECT_EQ(funnel_after[stage] - funnel_before[stage], funnel_mine[stage]) << stage;
    }
}

TEST_F(ReportsApiTest, AnEmptyPipelineListsEveryStageWithNothingInIt) {
    auto user = MakeUser("manager");

    auto report = As(user)->Get("/api/v1/reports/pipeline");

    ASSERT_EQ(report.status, 200) << report.body;
    for (const auto* stage : {"new", "qualified", "proposal", "negotiation", "won", "lost"}) {
        EXPECT_EQ(StageOf(report, stage).at("count"), 0) << stage;
        EXPECT_TRUE(StageOf(report, stage).at("totals").as_array().empty()) << stage;
    }
}

TEST_F(ReportsApiTest, AHeadsPipelineIncludesTheirTeamsDeals) {
    auto head = MakeUser("head");
    auto member = MakeUser("manager", MakeTeam(head.id));
    MakeDeal(member, Text(MakeAccount(member), "id"), "40.00", "EUR");
    MakeDeal(head, Text(MakeAccount(head), "id"), "60.00", "EUR");

    auto report = As(head)->Get("/api/v1/reports/pipeline");

    ASSERT_EQ(report.status, 200) << report.body;
    EXPECT_EQ(serialize(StageOf(report, "new").at("totals")), Lines({Line("EUR", 2, "100.00", "10.00")}));
}

// The board filtered by owner totals its columns from the same summaries: one owner's deals among those the caller
// sees, whether on that owner's accounts or on someone else's.
TEST_F(ReportsApiTest, ThePipelineOfOneOwnerCountsTheirDealsAmongThoseTheCallerSees) {
    auto head = MakeUser("head");
    auto team = MakeTeam(head.id);
    auto member = MakeUser("manager", team);
    auto colleague = MakeUser("manager", team);
    auto outsider = MakeUser("manager");
    auto colleagues_account = Text(MakeAccount(colleague), "id");
    MakeDeal(member, Text(MakeAccount(member), "id"), "40.00", "EUR");
    // The head gives the member a deal on the colleague's account.
    MakeDeal(head, colleagues_account, "5.00", "EUR", {{"stage", "qualified"}, {"owner_id", member.id}});
    MakeDeal(colleague, colleagues_account, "60.00", "EUR");
    MakeDeal(outsider, Text(MakeAccount(outsider), "id"), "70.00", "EUR");
    auto path = "/api/v1/reports/pipeline?owner_id=" + member.id;

    auto by_head = As(head)->Get(path);
    auto by_director = As(MakeUser("director"))->Get(path);
    auto outsiders = As(head)->Get("/api/v1/reports/pipeline?owner_id=" + outsider.id);
    auto malformed = As(head)->Get("/api/v1/reports/pipeline?owner_id=someone");

    for (const auto* report : {&by_head, &by_director}) {
        ASSERT_EQ(report->status, 200) << report->body;
        EXPECT_EQ(serialize(StageOf(*report, "new").at("totals")), Lines({Line("EUR", 1, "40.00", "4.00")}));
        EXPECT_EQ(serialize(StageOf(*report, "qualified").at("totals")), Lines({Line("EUR", 1, "5.00", "1.25")}));
    }
    ASSERT_EQ(outsiders.status, 200) << outsiders.body;
    EXPECT_EQ(StageOf(outsiders, "new").at("count"), 0) << "another team's deals stay out of the head's sight";
    EXPECT_EQ(malformed.status, 400) << malformed.body;
}

TEST_F(ReportsApiTest, TheFunnelCountsEveryStageADealEnteredAndTheConversions) {
    auto user = MakeUser("manager");
    auto account = Text(MakeAccount(user), "id");
    // Entered today: skipped stages count as entered, so
    //   a: new → proposal                     new, qualified, proposal
    //   b: new                                new
    //   c: new → qualified → lost             new, qualified, lost
    //   d: created at proposal → won          new, qualified, proposal, negotiation, won
    auto a = MakeDeal(user, account, "1.00", "EUR");
    Move(user, a, {{"stage", "proposal"}});
    MakeDeal(user, account, "1.00", "EUR");
    auto c = MakeDeal(user, account, "1.00", "EUR");
    Move(user, c, {{"stage", "qualified"}});
    Move(user, c, {{"stage", "lost"}, {"lost_reason", "timing"}});
    auto d = MakeDeal(user, account, "1.00", "EUR", {{"stage", "proposal"}});
    Move(user, d, {{"stage", "won"}});
    auto other = MakeUser("manager");
    MakeDeal(other, Text(MakeAccount(other), "id"), "1.00", "EUR", {{"stage", "negotiation"}});
    auto today = DateFromToday();

    auto report = As(user)->Get("/api/v1/reports/funnel?from=" + today + "&to=" + today);

    ASSERT_EQ(report.status, 200) << report.body;
    EXPECT_EQ(Text(report.json, "from"), today);
    EXPECT_EQ(Text(report.json, "to"), today);
    auto entered = [&](const std::string& stage) { return StageOf(report, stage).at("entered"); };
    auto conversion = [&](const std::string& stage) { return StageOf(report, stage).at("conversion_from_previous"); };
    EXPECT_EQ(entered("new"), 4);
    EXPECT_EQ(entered("qualified"), 3);
    EXPECT_EQ(entered("proposal"), 2);
    EXPECT_EQ(entered("negotiation"), 1);
    EXPECT_EQ(entered("won"), 1);
    EXPECT_EQ(entered("lost"), 1);
    EXPECT_TRUE(conversion("new").is_null());
    EXPECT_EQ(conversion("qualified"), "0.7500");
    EXPECT_EQ(conversion("proposal"), "0.6667");
    EXPECT_EQ(conversion("negotiation"), "0.5000");
    EXPECT_EQ(conversion("won"), "1.0000");
    EXPECT_TRUE(conversion("lost").is_null()) << "lost is not a step after won";
}

TEST_F(ReportsApiTest, TheFunnelDefaultsToTheLastThirtyDaysIncludingToday) {
    auto user = MakeUser("manager");
    MakeDeal(user, Text(MakeAccount(user), "id"), "1.00", "EUR", {{"stage", "qualified"}});

    auto report = As(user)->Get("/api/v1/reports/funnel");

    ASSERT_EQ(report.status, 200) << report.body;
    EXPECT_EQ(Text(report.json, "to"), DateFromToday());
    EXPECT_EQ(Text(report.json, "from"), DateFromToday(-29));
    EXPECT_EQ(StageOf(report, "qualified").at("entered"), 1);
    EXPECT_EQ(StageOf(report, "qualified").at("conversion_from_previous"), "1.0000");
}

TEST_F(ReportsApiTest, TheFunnelLeavesOutDealsThatEnteredOutsideTheRange) {
    auto user = MakeUser("manager");
    MakeDeal(user, Text(MakeAccount(user), "id"), "1.00", "EUR");

    auto report = As(user)->Get("/api/v1/reports/funnel?from=" + DateFromToday(-10) + "&to=" + DateFromToday(-1));

    ASSERT_EQ(report.status, 200) << report.body;
    EXPECT_EQ(StageOf(report, "new").at("entered"), 0);
    EXPECT_TRUE(StageOf(report, "qualified").at("conversion_from_previous").is_null()) << "no division by zero";
}

TEST_F(ReportsApiTest, AFunnelWhoseStartIsAfterItsEndIs422) {
    auto user = MakeUser("manager");

    auto reply = As(user)->Get("/api/v1/reports/funnel?from=" + DateFromToday() + "&to=" + DateFromToday(-1));

    EXPECT_EQ(reply.status, 422) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "validation_failed");
}

TEST_F(ReportsApiTest, AFunnelDateThatIsNotADateIs400) {
    auto user = MakeUser("manager");

    auto words = As(user)->Get("/api/v1/reports/funnel?from=yesterday");
    auto impossible = As(user)->Get("/api/v1/reports/funnel?to=2026-02-30");

    EXPECT_EQ(words.status, 400) << words.body;
    EXPECT_EQ(ErrorField(words), "from");
    EXPECT_EQ(impossible.status, 400) << impossible.body;
    EXPECT_EQ(ErrorField(impossible), "to");
}

TEST_F(ReportsApiTest, ReportsNeedASignedInUser) {
    auto client = Anonymous();

    EXPECT_EQ(client->Get("/api/v1/reports/pipeline").status, 401);
    EXPECT_EQ(client->Get("/api/v1/reports/funnel").status, 401);
}

}  // namespace
}  // namespace rapport::test
