#include "reports/reports.hpp"
#include "service/services.hpp"

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Deal;
using domain::Stage;
using service::Caller;
using service::Context;
using service::FieldNames;
using namespace std::chrono_literals;

Money In(std::int64_t minor_units, std::string_view currency) { return Money{minor_units, *Currency::Parse(currency)}; }

// The director's reports come from the company-wide deal summaries; a caller whose scope names every
// owner gets the same deals from the summaries per pair of owners that narrower scopes add up (each is
// compared with a scan in owner_summary_test.cpp). After any write, both must agree.
class DealSummaryTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        admin_ = service::SystemCaller(AddUser("admin@example.com", domain::Role::kAdmin).id);
        ana_ = AddUser("ana@example.com").id;
        ben_ = AddUser("ben@example.com").id;
        director_ = admin_;
        director_.role = domain::Role::kDirector;
        everyone_ = admin_;
        everyone_.scope = OwnersScope({ToInt(admin_.id), ToInt(ana_), ToInt(ben_)}, ToInt(admin_.id));
        nordwind_ = Add(MakeAccount(ana_, "Nordwind")).id;
        alpen_ = Add(MakeAccount(ben_, "Alpen")).id;
    }

    static Deal Draft(AccountId account, UserId owner, Stage stage, Money amount) {
        auto deal = MakeDeal(account, owner);
        deal.stage = stage;
        deal.amount = amount;
        if (stage == Stage::kLost) deal.lost_reason = "price";
        return deal;
    }

    // Creates the drafts as an import does: one transaction, one batch, finished before the commit.
    std::vector<Deal> Import(Timestamp at, const std::vector<Deal>& drafts) {
        std::vector<Deal> created;
        auto status = Write([&](store::Transaction& transaction) -> Status {
            service::Batch batch;
            Context context{transaction, admin_, at, &batch};
            for (const auto& draft : drafts) {
                created.push_back(RAPPORT_TRY(deals_().CreateIn(context, draft, {"account_id", "owner_id"})));
            }
            return service::FinishBatch(context);
        });
        EXPECT_TRUE(status) << status.error().message;
        return created;
    }

    Deal Create(Timestamp at, const Deal& draft, const FieldNames& given = {"account_id", "owner_id"}) {
        Deal created;
        auto status = Write([&](store::Transaction& transaction) -> Status {
            Context context{transaction, admin_, at};
            created = RAPPORT_TRY(deals_().CreateIn(context, draft, given));
            return {};
        });
        EXPECT_TRUE(status) << status.error().message;
        return created;
    }

    void Change(Timestamp at, const Deal& deal, const std::function<void(Deal&, FieldNames&)>& change) {
        auto status = Write([&](store::Transaction& transaction) -> Status {
            Context context{transaction, admin_, at};
            return ToStatus(deals_().UpdateIn(context, deal.id, std::nullopt, [&](Deal& record, FieldNames& given) {
                change(record, given);
                return Status{};
            }));
        });
        EXPECT_TRUE(status) << status.error().message;
    }

    void MoveTo(Timestamp at, const Deal& deal, Stage stage) {
        Change(at, deal, [&](Deal& record, FieldNames& given) {
            record.stage = stage;
            given.insert("stage");
        });
    }

    std::string PipelineOf(const Caller& caller) {
        auto stages = reports::ReportService(database()).Pipeline(caller);
        EXPECT_TRUE(stages) << stages.error().message;
        std::string text;
        for (const auto& stage : stages ? *stages : std::vector<reports::PipelineStage>{}) {
            text += std::string(EnumName(stage.stage)) + " " + std::to_string(stage.count) + ":";
            for (const auto& line : stage.by_currency) {
                text += " " + line.currency + " " + std::to_string(line.count) + " " +
                        std::to_string(line.total_minor) + " " + std::to_string(line.weighted_minor);
            }
            text += "\n";
        }
        return text;
    }

    std::vector<std::int64_t> FunnelOf(const Caller& caller, Timestamp from, Timestamp to) {
        auto stages = reports::ReportService(database()).Funnel(caller, DateOf(from), DateOf(to));
        EXPECT_TRUE(stages) << stages.error().message;
        std::vector<std::int64_t> entered;
        for (const auto& stage : stages ? *stages : std::vector<reports::FunnelStage>{})
            entered.push_back(stage.entered);
        return entered;
    }

    // The director's pipeline, and funnel over every range of the three days the tests write on, equal
    // the scan's.
    void ExpectSummariesMatchTheScan(const std::string& step) {
        EXPECT_EQ(PipelineOf(director_), PipelineOf(everyone_)) << step;
        for (auto from : {kDay1, kDay2, kDay3}) {
            for (auto to : {kDay1, kDay2, kDay3}) {
                if (to < from) continue;
                EXPECT_EQ(FunnelOf(director_, from, to), FunnelOf(everyone_, from, to))
                    << step << ", from " << FormatTimestamp(from) << " to " << FormatTimestamp(to);
            }
        }
    }

    // Every kind of write the summaries must follow, checking after each.
    void WriteEveryKindOfChange() {
        auto imported = Import(kDay1, {Draft(nordwind_, ana_, Stage::kNew, In(100000, "EUR")),
                                       Draft(nordwind_, ana_, Stage::kProposal, In(25000, "USD")),
                                       Draft(nordwind_, ana_, Stage::kWon, In(50000, "EUR")),
                                       Draft(nordwind_, ben_, Stage::kLost, In(30000, "USD")),
                                       Draft(alpen_, ben_, Stage::kNegotiation, In(9999, "GBP")),
                                       Draft(alpen_, ben_, Stage::kNew, In(500, "JPY"))});
        ASSERT_EQ(imported.size(), 6u);
        ExpectSummariesMatchTheScan("after an import");
        auto a = imported[0];
        auto b = imported[1];
        auto g = Create(kDay1, Draft(alpen_, ben_, Stage::kQualified, In(1010, "EUR")));
        ExpectSummariesMatchTheScan("after a create");

        MoveTo(kDay2, a, Stage::kProposal);
        ExpectSummariesMatchTheScan("after a move forward past a stage");
        MoveTo(kDay2, b, Stage::kQualified);
        ExpectSummariesMatchTheScan("after a move back");
        MoveTo(kDay3, b, Stage::kProposal);
        MoveTo(kDay3, a, Stage::kQualified);
        MoveTo(kDay3 + 1h, a, Stage::kProposal);
        ExpectSummariesMatchTheScan("after stages entered again");

        Change(kDay3, g, [](Deal& deal, FieldNames& given) {
            deal.amount = In(2020, "EUR");
            given.insert("amount");
        });
        ExpectSummariesMatchTheScan("after an amount change");
        Change(kDay3, g, [](Deal& deal, FieldNames& given) {
            deal.amount = In(2020, "USD");
            given.insert("amount");
        });
        ExpectSummariesMatchTheScan("after a currency change");
        Change(kDay3, g, [](Deal& deal, FieldNames& given) {
            deal.probability = 33;
            given.insert("probability");
        });
        ExpectSummariesMatchTheScan("after a probability change");
        Change(kDay3, g, [&](Deal& deal, FieldNames& given) {
            deal.owner_id = ana_;
            given.insert("owner_id");
        });
        ExpectSummariesMatchTheScan("after an owner change");

        ASSERT_TRUE(deals_().Archive(admin_, imported[2].id, std::nullopt));
        ExpectSummariesMatchTheScan("after a deal's archive");
        ASSERT_TRUE(service::RecordService<domain::Account>(database()).Archive(admin_, alpen_, std::nullopt));
        ExpectSummariesMatchTheScan("after an account's archive");
        Import(kDay3, {Draft(nordwind_, ben_, Stage::kQualified, In(700, "EUR"))});
        ExpectSummariesMatchTheScan("after a second import");
    }

    service::RecordService<Deal> deals_() { return service::RecordService<Deal>(database()); }

    static constexpr Timestamp kDay1{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + 9h};
    static constexpr Timestamp kDay2 = kDay1 + 24h;
    static constexpr Timestamp kDay3 = kDay1 + 48h;

    Caller admin_;
    Caller director_;
    Caller everyone_;
    UserId ana_{};
    UserId ben_{};
    AccountId nordwind_{};
    AccountId alpen_{};
};

TEST_P(DealSummaryTest, TheDirectorsReportsEqualTheScanAfterEveryKindOfWrite) { WriteEveryKindOfChange(); }

TEST_P(DealSummaryTest, TheFunnelCountsADealThatEnteredAStageAgainOnce) {
    auto deal = Create(kDay1, Draft(nordwind_, ana_, Stage::kProposal, In(100, "EUR")));
    MoveTo(kDay2, deal, Stage::kQualified);
    MoveTo(kDay3, deal, Stage::kProposal);
    auto proposal = static_cast<std::size_t>(Stage::kProposal);
    auto qualified = static_cast<std::size_t>(Stage::kQualified);

    auto whole = FunnelOf(director_, kDay1, kDay3);
    auto last_two_days = FunnelOf(director_, kDay2, kDay3);
    auto last_day = FunnelOf(director_, kDay3, kDay3);

    EXPECT_EQ(whole[proposal], 1);
    EXPECT_EQ(whole[qualified], 1) << "entered on day 1 (skipped to proposal) and again on day 2";
    EXPECT_EQ(last_two_days[proposal], 1);
    EXPECT_EQ(last_two_days[qualified], 1);
    EXPECT_EQ(last_day[proposal], 1);
    EXPECT_EQ(last_day[qualified], 0);
}

TEST_P(DealSummaryTest, ArchivingAnAccountTakesItsDealsOutOfTheDirectorsReports) {
    Create(kDay1, Draft(alpen_, ben_, Stage::kNegotiation, In(9999, "GBP")));
    Create(kDay1, Draft(nordwind_, ana_, Stage::kNew, In(100, "EUR")));

    ASSERT_TRUE(service::RecordService<domain::Account>(database()).Archive(admin_, alpen_, std::nullopt));

    EXPECT_EQ(PipelineOf(director_),
              "new 1: EUR 1 100 10\nqualified 0:\nproposal 0:\nnegotiation 0:\nwon 0:\nlost 0:\n");
    EXPECT_EQ(FunnelOf(director_, kDay1, kDay1), (std::vector<std::int64_t>{1, 0, 0, 0, 0, 0}));
}

// A database made before the summaries existed reports the same once migrated: the migration fills
// them from the deals and their history.
TEST_P(DealSummaryTest, MigratingADatabaseWithoutSummariesFillsThemFromItsDeals) {
    WriteEveryKindOfChange();
    auto pipeline = PipelineOf(director_);
    auto funnel = FunnelOf(director_, kDay1, kDay3);
    auto funnel_last_day = FunnelOf(director_, kDay3, kDay3);
    ASSERT_TRUE(Write([](store::Transaction& transaction) -> Status {
        // 0002 makes the company-wide summaries, of which 0005 replaces the pipeline and adds those per owner.
        for (auto sql :
             {"DROP TABLE deal_company_pipeline", "DROP TABLE deal_funnel_summary", "DROP TABLE deal_funnel_reentry",
              "DROP TABLE deal_owner_pipeline", "DROP TABLE deal_owner_funnel", "DROP TABLE deal_owner_funnel_reentry",
              "DELETE FROM schema_migration WHERE name IN ('0002_deal_summaries', "
              "'0005_owner_summaries')"}) {
            RAPPORT_CHECK(ToStatus(transaction.Execute(sql, {})));
        }
        return {};
    }));

    auto migrated = database().Migrate();

    ASSERT_TRUE(migrated) << migrated.error().message;
    EXPECT_EQ(PipelineOf(director_), pipeline);
    EXPECT_EQ(FunnelOf(director_, kDay1, kDay3), funnel);
    EXPECT_EQ(FunnelOf(director_, kDay3, kDay3), funnel_last_day);
    ExpectSummariesMatchTheScan("after the migration");
}

INSTANTIATE_TEST_SUITE_P(Engines, DealSummaryTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
