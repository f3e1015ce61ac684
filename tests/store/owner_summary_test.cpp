#include "reports/reports.hpp"
#include "service/scope.hpp"
#include "service/services.hpp"
#include "store/visibility.hpp"

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Account;
using domain::Deal;
using domain::Role;
using domain::Stage;
using service::Caller;
using service::Context;
using service::FieldNames;
using namespace std::chrono_literals;

constexpr std::array kStages = {Stage::kNew,         Stage::kQualified, Stage::kProposal,
                                Stage::kNegotiation, Stage::kWon,       Stage::kLost};
constexpr std::array<std::string_view, 3> kCurrencies = {"EUR", "USD", "GBP"};

std::int64_t DivideByHundred(std::int64_t value) { return value >= 0 ? (value + 50) / 100 : -((-value + 50) / 100); }

// A manager's, a deputy's and a head's pipeline and funnel come from the summaries kept per pair of owners (deal
// owner, account owner), the director's from the company-wide ones. After any sequence of writes, each must equal
// a scan of the deals and stage history the caller sees: the query the reports ran before the summaries, kept here.
//
// North: head Hanna, managers Ana, Ben and Dora (who left: archived, her records still the head's). South: Cleo,
// away while Ben deputises. Accounts and deals are spread so that many deals have an owner other than their
// account's.
class OwnerSummaryTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        admin_ = service::SystemCaller(AddUser("admin@example.com", Role::kAdmin).id);
        auto north = Add(MakeTeam("North")).id;
        auto south = Add(MakeTeam("South")).id;
        head_ = AddUser("hanna@example.com", Role::kHead, north).id;
        ana_ = AddUser("ana@example.com", Role::kManager, north).id;
        ben_ = AddUser("ben@example.com", Role::kManager, north).id;
        dora_ = AddUser("dora@example.com", Role::kManager, north).id;
        cleo_ = AddUser("cleo@example.com", Role::kManager, south).id;
        eve_ = AddUser("eve@example.com", Role::kManager, south).id;
        director_id_ = AddUser("dirk@example.com", Role::kDirector).id;
        auto team = Find<domain::Team>(north);
        ASSERT_TRUE(team);
        team->head_id = head_;
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            return store::RecordStore<domain::Team>::Update(transaction, *team, kFixtureUser, FixtureNow());
        }));
        Add(MakeAbsence(cleo_, ben_, DateOf(kStart), DateOf(kStart + 30 * 24h)));
        active_ = {ana_, ben_, cleo_, eve_, head_};
        for (auto owner : {ana_, ben_, cleo_, eve_, head_, dora_, ana_, cleo_}) {
            accounts_.push_back(Add(MakeAccount(owner, "Account " + std::to_string(accounts_.size()))).id);
        }
        // Dora's deals, some on others' accounts, before she leaves.
        now_ = kStart;
        Import({Draft(accounts_[5], dora_, Stage::kProposal, 1200, "EUR"),
                Draft(accounts_[0], dora_, Stage::kNew, 300, "USD"),
                Draft(accounts_[5], cleo_, Stage::kWon, 900, "EUR")});
        auto dora = Find<domain::User>(dora_);
        ASSERT_TRUE(dora);
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            return store::RecordStore<domain::User>::Archive(transaction, dora_, dora->meta.version, kFixtureUser,
                                                             FixtureNow());
        }));
    }

    // The callers, as the service resolves them on a day of Cleo's absence.
    std::vector<std::pair<std::string, Caller>> Callers() {
        std::vector<std::pair<std::string, Caller>> callers;
        for (auto [name, id] :
             {std::pair{"manager Ana", ana_}, std::pair{"deputy Ben", ben_}, std::pair{"head Hanna", head_},
              std::pair{"director", director_id_}, std::pair{"manager Eve", eve_}}) {
            auto caller = database().TransactFor<Caller>(store::Access::kRead, [&](store::Transaction& transaction) {
                return service::ResolveCaller(transaction, id, DateOf(kStart + 24h));
            });
            EXPECT_TRUE(caller) << name;
            if (caller) callers.emplace_back(name, *caller);
        }
        return callers;
    }

    static Deal Draft(AccountId account, UserId owner, Stage stage, std::int64_t minor, std::string_view currency) {
        auto deal = MakeDeal(account, owner);
        deal.stage = stage;
        deal.amount = Money{minor, *Currency::Parse(currency)};
        if (stage == Stage::kLost) deal.lost_reason = "price";
        return deal;
    }

    // Runs `work` as the admin in one transaction at now_; false when a rule refused it (the random sequence
    // tries moves the pipeline forbids), which leaves the summaries as they were.
    bool Try(const std::function<Status(Context&)>& work) {
        auto done = static_cast<bool>(Write([&](store::Transaction& transaction) -> Status {
            Context context{transaction, admin_, now_};
            return work(context);
        }));
        writes_done_ += done ? 1 : 0;
        return done;
    }

    void Import(const std::vector<Deal>& drafts) {
        EXPECT_TRUE(Try([&](Context& context) -> Status {
            service::Batch batch;
            context.batch = &batch;
            for (const auto& draft : drafts) {
                RAPPORT_CHECK(ToStatus(
                    service::RecordService<Deal>(database()).CreateIn(context, draft, {"account_id", "owner_id"})));
            }
            return service::FinishBatch(context);
        }));
    }

    template <typename Record>
    bool Update(typename store::Traits<Record>::Id id, const std::function<void(Record&, FieldNames&)>& change) {
        return Try([&](Context& context) {
            return ToStatus(service::RecordService<Record>(database())
                                .UpdateIn(context, id, std::nullopt, [&](Record& record, FieldNames& given) {
                                    change(record, given);
                                    return Status{};
                                }));
        });
    }

    std::vector<std::int64_t> Ids(std::string_view sql) {
        std::vector<std::int64_t> ids;
        EXPECT_TRUE(Read([&](store::Transaction& transaction) {
            return transaction.Query(sql, {}, [&](const store::Row& row) -> Status {
                ids.push_back(row.Int(0));
                return {};
            });
        }));
        return ids;
    }

    // One random write: what it was, for the failure message.
    std::string RandomWrite(std::mt19937& random) {
        auto pick = [&](auto size) { return std::uniform_int_distribution<std::size_t>(0, size - 1)(random); };
        auto stage = [&] { return kStages[pick(kStages.size())]; };
        auto draft = [&] {
            return Draft(accounts_[pick(accounts_.size())], active_[pick(active_.size())], stage(),
                         std::uniform_int_distribution<std::int64_t>(1, 100000)(random),
                         kCurrencies[pick(kCurrencies.size())]);
        };
        auto deals = Ids("SELECT id FROM deal WHERE archived_at IS NULL ORDER BY id");
        auto some_deal = [&] { return deals.empty() ? DealId{0} : DealId{deals[pick(deals.size())]}; };
        switch (pick(10)) {
            case 0:
            case 1: {
                (void)Try([&](Context& context) {
                    return ToStatus(service::RecordService<Deal>(database())
                                        .CreateIn(context, draft(), {"account_id", "owner_id"}));
                });
                return "a create";
            }
            case 2:
            case 3: {
                auto to = stage();
                (void)Update<Deal>(some_deal(), [&](Deal& deal, FieldNames& given) {
                    deal.stage = to;
                    if (to == Stage::kLost) deal.lost_reason = "price";
                    given.insert("stage");
                });
                return "a stage move to " + std::string(EnumName(to));
            }
            case 4: {
                auto owner = active_[pick(active_.size())];
                (void)Update<Deal>(some_deal(), [&](Deal& deal, FieldNames& given) {
                    deal.owner_id = owner;
                    given.insert("owner_id");
                });
                return "a deal's owner move";
            }
            case 5: {
                auto amount = std::uniform_int_distribution<std::int64_t>(1, 100000)(random);
                auto currency = kCurrencies[pick(kCurrencies.size())];
                auto probability = std::uniform_int_distribution<std::int64_t>(0, 100)(random);
                (void)Update<Deal>(some_deal(), [&](Deal& deal, FieldNames& given) {
                    deal.amount = Money{amount, *Currency::Parse(currency)};
                    deal.probability = probability;
                    given.insert("amount");
                    given.insert("probability");
                });
                return "an amount and probability change";
            }
            case 6: {
                auto account = accounts_[pick(accounts_.size())];
                auto owner = active_[pick(active_.size())];
                (void)Update<Account>(account, [&](Account& record, FieldNames& given) {
                    record.owner_id = owner;
                    given.insert("owner_id");
                });
                return "an account's owner move";
            }
            case 7: {
                auto deal = some_deal();
                (void)service::RecordService<Deal>(database()).Archive(admin_, deal, std::nullopt);
                return "a deal's archive";
            }
            case 8: {
                auto account = accounts_[pick(accounts_.size())];
                service::RecordService<Account> accounts(database());
                if (!accounts.Archive(admin_, account, std::nullopt))
                    (void)accounts.Restore(admin_, account, std::nullopt);
                return "an account's archive or restore";
            }
            default: {
                std::vector<Deal> drafts;
                for (std::size_t i = 0, n = 1 + pick(4); i < n; ++i) drafts.push_back(draft());
                // Only on accounts still there: an import names accounts its caller sees.
                auto live = Ids("SELECT id FROM account WHERE archived_at IS NULL");
                for (auto& deal : drafts) {
                    if (!live.empty()) deal.account_id = AccountId{live[pick(live.size())]};
                }
                Import(drafts);
                return "an import";
            }
        }
    }

    std::string PipelineFromReport(const Caller& caller) {
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

    // The scan the pipeline ran for a narrower scope before the per-owner summaries.
    std::string PipelineFromScan(const Caller& caller) {
        auto condition = store::VisibilityConditionForEveryRow(domain::VisibleBy::kOwnerOrAccount, "deal", caller.scope,
                                                               database().engine());
        auto sql =
            "SELECT deal.stage, deal.amount_currency, COUNT(*), SUM(deal.amount_minor), "
            "SUM(deal.amount_minor * deal.probability) FROM deal WHERE deal.archived_at IS NULL" +
            (condition.sql.empty() ? std::string() : " AND " + condition.sql) +
            " GROUP BY deal.stage, deal.amount_currency ORDER BY deal.amount_currency";
        std::map<Stage, std::pair<std::int64_t, std::string>> lines;
        EXPECT_TRUE(Read([&](store::Transaction& transaction) {
            return transaction.Query(sql, condition.params, [&](const store::Row& row) -> Status {
                auto& line = lines[*ParseEnum<Stage>(row.Text(0))];
                line.first += row.Int(2);
                line.second += " " + std::string(row.Text(1)) + " " + std::to_string(row.Int(2)) + " " +
                               std::to_string(row.Int(3)) + " " + std::to_string(DivideByHundred(row.Int(4)));
                return {};
            });
        }));
        std::string text;
        for (auto stage : kStages) {
            text += std::string(EnumName(stage)) + " " + std::to_string(lines[stage].first) + ":" +
                    lines[stage].second + "\n";
        }
        return text;
    }

    std::vector<std::int64_t> FunnelFromReport(const Caller& caller, Date from, Date to) {
        auto stages = reports::ReportService(database()).Funnel(caller, from, to);
        EXPECT_TRUE(stages) << stages.error().message;
        std::vector<std::int64_t> entered;
        for (const auto& stage : stages ? *stages : std::vector<reports::FunnelStage>{})
            entered.push_back(stage.entered);
        return entered;
    }

    // The scan the funnel ran for a narrower scope before the per-owner summaries.
    std::vector<std::int64_t> FunnelFromScan(const Caller& caller, Date from, Date to) {
        auto condition = store::VisibilityConditionForEveryRow(domain::VisibleBy::kOwnerOrAccount, "deal", caller.scope,
                                                               database().engine());
        std::vector<store::Value> params{ToSeconds(StartOf(from)),
                                         ToSeconds(StartOf(Date{std::chrono::sys_days{to} + std::chrono::days{1}}))};
        params.insert(params.end(), condition.params.begin(), condition.params.end());
        auto sql =
            "SELECT h.stage, COUNT(DISTINCT h.deal_id) FROM deal_stage_history h JOIN deal ON deal.id = h.deal_id "
            "WHERE h.entered_at >= ? AND h.entered_at < ? AND deal.archived_at IS NULL" +
            (condition.sql.empty() ? std::string() : " AND " + condition.sql) + " GROUP BY h.stage";
        std::vector<std::int64_t> entered(kStages.size(), 0);
        EXPECT_TRUE(Read([&](store::Transaction& transaction) {
            return transaction.Query(sql, params, [&](const store::Row& row) -> Status {
                entered[static_cast<std::size_t>(*ParseEnum<Stage>(row.Text(0)))] = row.Int(1);
                return {};
            });
        }));
        return entered;
    }

    // Every caller's pipeline, and funnel over several periods of the days written so far, equal the scan's.
    void ExpectReportsEqualTheScan(const std::string& step) {
        auto first = DateOf(kStart);
        auto last = DateOf(now_);
        auto middle =
            Date{std::chrono::sys_days{first} + (std::chrono::sys_days{last} - std::chrono::sys_days{first}) / 2};
        for (const auto& [name, caller] : callers_) {
            EXPECT_EQ(PipelineFromReport(caller), PipelineFromScan(caller)) << name << ", after " << step;
            for (auto [from, to] : {std::pair{first, last}, std::pair{middle, last}, std::pair{first, middle},
                                    std::pair{middle, middle}, std::pair{last, last}}) {
                EXPECT_EQ(FunnelFromReport(caller, from, to), FunnelFromScan(caller, from, to))
                    << name << ", from " << FormatDate(from) << " to " << FormatDate(to) << ", after " << step;
            }
        }
    }

    // `steps` random writes with `seed`, the clock moving forward by up to a day before each, checking after each.
    void RunRandomWrites(unsigned seed, int steps) {
        callers_ = Callers();
        ASSERT_EQ(callers_.size(), 5u);
        std::mt19937 random(seed);
        auto done_before = writes_done_;
        for (int step = 0; step < steps && !HasFailure(); ++step) {
            now_ += std::chrono::minutes{std::uniform_int_distribution<int>(0, 24 * 60)(random)};
            auto write = RandomWrite(random);
            ExpectReportsEqualTheScan(write + " (step " + std::to_string(step) + ", seed " + std::to_string(seed) +
                                      ")");
        }
        // Archives of accounts and deals are not counted (they do not go through Try): the rest must mostly land.
        EXPECT_GT(writes_done_ - done_before, steps / 3) << "seed " << seed << ": too few writes were accepted";
    }

    static constexpr Timestamp kStart{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + 9h};

    Caller admin_;
    UserId head_{}, ana_{}, ben_{}, dora_{}, cleo_{}, eve_{}, director_id_{};
    std::vector<UserId> active_;
    std::vector<AccountId> accounts_;
    std::vector<std::pair<std::string, Caller>> callers_;
    Timestamp now_{};
    int writes_done_ = 0;
};

TEST_P(OwnerSummaryTest, EveryCallersReportsEqualTheScanAfterRandomWrites) {
    for (unsigned seed : {1u, 2u, 3u}) RunRandomWrites(seed, 60);
}

TEST_P(OwnerSummaryTest, AChangeOfAnAccountsOwnerMovesItsDealsToTheNewOwnersReports) {
    callers_ = Callers();
    now_ = kStart + 1h;
    ASSERT_TRUE(Try([&](Context& context) {
        return ToStatus(service::RecordService<Deal>(database())
                            .CreateIn(context, Draft(accounts_[4], eve_, Stage::kQualified, 500, "EUR"),
                                      {"account_id", "owner_id"}));
    }));
    auto eve = callers_[4].second;
    auto ana = callers_[0].second;
    auto qualified = static_cast<std::size_t>(Stage::kQualified);
    ASSERT_EQ(FunnelFromReport(ana, DateOf(now_), DateOf(now_))[qualified], 0);

    ASSERT_TRUE(Update<Account>(accounts_[4], [&](Account& account, FieldNames& given) {
        account.owner_id = ana_;
        given.insert("owner_id");
    }));

    EXPECT_EQ(FunnelFromReport(ana, DateOf(now_), DateOf(now_))[qualified], 1);
    EXPECT_EQ(FunnelFromReport(eve, DateOf(now_), DateOf(now_))[qualified], 1) << "Eve still owns the deal";
    EXPECT_EQ(PipelineFromReport(ana), PipelineFromScan(ana));
    EXPECT_EQ(PipelineFromReport(eve), PipelineFromScan(eve));
}

// A database made before the per-owner summaries existed reports the same once migrated: the migration fills
// them, and the company-wide pipeline that replaces 0002's, from the deals, their accounts and their history.
TEST_P(OwnerSummaryTest, MigratingADatabaseWithoutOwnerSummariesFillsThemFromItsDeals) {
    RunRandomWrites(7, 30);
    ASSERT_TRUE(Write([](store::Transaction& transaction) -> Status {
        for (auto sql : {"DROP TABLE deal_company_pipeline", "DROP TABLE deal_owner_pipeline",
                         "DROP TABLE deal_owner_funnel", "DROP TABLE deal_owner_funnel_reentry",
                         "DELETE FROM schema_migration WHERE name = '0005_owner_summaries'"}) {
            RAPPORT_CHECK(ToStatus(transaction.Execute(sql, {})));
        }
        return {};
    }));

    auto migrated = database().Migrate();

    ASSERT_TRUE(migrated) << migrated.error().message;
    ExpectReportsEqualTheScan("the migration");
}

INSTANTIATE_TEST_SUITE_P(Engines, OwnerSummaryTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
