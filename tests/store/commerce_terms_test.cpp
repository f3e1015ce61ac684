#include "domain/promotion/promotion.hpp"
#include "domain/settings/settings_json.hpp"
#include "service/catalogue.hpp"
#include "service/settings_service.hpp"
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <atomic>
#include <thread>
#include <vector>

namespace rapport::test {
namespace {

Date On(std::string_view text) { return ParseDate(text, "date").value(); }

// What the price engine reads in its own transaction: the settings in force and the promotions of a day.
class CommerceTermsTest : public StoreTest {
protected:
    domain::Promotion AddPromotion(std::string name, std::string_view starts, std::string_view ends,
                                   std::vector<ProductId> products) {
        domain::Promotion promotion;
        promotion.name = std::move(name);
        promotion.starts_on = On(starts);
        promotion.ends_on = On(ends);
        for (auto product : products) promotion.product_ids.items.push_back({0, product});
        domain::NumberLines(promotion.product_ids);
        promotion.discount_percent = Percent::Whole(5);
        return Add(promotion);
    }

    // The promotions in force on `day`, as the price engine reads them: from the catalogue.
    std::vector<domain::PromotionTerms> InForce(std::string_view day) {
        std::vector<domain::PromotionTerms> found;
        auto caller = Admin();
        EXPECT_TRUE(Read([&](store::Transaction& transaction) -> Status {
            service::Context context{transaction, caller, FixtureNow()};
            found = RAPPORT_TRY(service::CatalogueIn(context))->PromotionsOn(On(day));
            return {};
        }));
        return found;
    }

    std::vector<std::string> NamesInForce(std::string_view day) {
        std::vector<std::string> names;
        for (const auto& promotion : InForce(day)) names.push_back(promotion.name);
        return names;
    }

    service::Caller Admin() {
        auto caller = service::SystemCaller(UserId{1});
        caller.role = domain::Role::kAdmin;
        return caller;
    }
};

TEST_P(CommerceTermsTest, PromotionsInForceAreThoseWhosePeriodHoldsTheDayWithTheirProducts) {
    auto coil = Add(MakeProduct("HRC-1")).id;
    auto pipe = Add(MakeProduct("PIPE-1")).id;
    AddPromotion("ended", "2026-10-01", "2026-11-30", {coil});
    auto winter = AddPromotion("winter", "2026-12-01", "2027-02-28", {coil, pipe});
    AddPromotion("all", "2026-12-24", "2026-12-24", {});
    AddPromotion("later", "2027-03-01", "2027-03-31", {pipe});
    auto archived = AddPromotion("archived", "2026-12-01", "2026-12-31", {});
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return store::RecordStore<domain::Promotion>::Archive(transaction, archived.id, 1, kFixtureUser, FixtureNow());
    }));

    EXPECT_EQ(NamesInForce("2026-11-30"), (std::vector<std::string>{"ended"}));
    EXPECT_EQ(NamesInForce("2026-12-01"), (std::vector<std::string>{"winter"})) << "both days included";
    EXPECT_EQ(NamesInForce("2026-12-24"), (std::vector<std::string>{"winter", "all"}));
    EXPECT_EQ(NamesInForce("2027-02-28"), (std::vector<std::string>{"winter"}));
    EXPECT_TRUE(NamesInForce("2027-04-01").empty());

    auto found = InForce("2026-12-24");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].name, winter.name);
    EXPECT_EQ(found[0].product_ids, (std::vector<ProductId>{coil, pipe})) << "with its products, in their order";
    EXPECT_EQ(found[0].discount_percent, Percent::Whole(5));
    EXPECT_TRUE(found[1].product_ids.empty()) << "none: every product";
}

TEST_P(CommerceTermsTest, SettingsReadAsTheDefaultsUntilChangedAndThenAsSaved) {
    domain::Settings loaded;
    ASSERT_TRUE(Read([&](store::Transaction& transaction) -> Status {
        loaded = RAPPORT_TRY(service::LoadSettings(transaction));
        return {};
    }));
    EXPECT_EQ(loaded, domain::DefaultSettings());

    service::SettingsService settings(database());
    auto patch = boost::json::parse(R"({"numbering":{"offers":"AN","orders":"AU","contracts":"VT","invoices":"RE",
                                                      "complaints":"RK"},"working_hours":{"time_zone":"Europe/Vienna",
                                                      "days":{"mon":["08:00","16:30"]}}})")
                     .as_object();
    auto changed = settings.Update(Admin(), 1, patch);
    ASSERT_TRUE(changed) << changed.error().message;
    EXPECT_EQ(changed->version, 2);

    ASSERT_TRUE(Read([&](store::Transaction& transaction) -> Status {
        loaded = RAPPORT_TRY(service::LoadSettings(transaction));
        return {};
    }));
    EXPECT_EQ(domain::NumberPrefix(loaded, "invoices"), "RE");
    EXPECT_EQ(loaded.working_hours.time_zone, "Europe/Vienna");
    EXPECT_EQ(loaded.manual_discount_limits, domain::DefaultSettings().manual_discount_limits);
    auto stale = settings.Update(Admin(), 1, patch);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::kStale);
}

TEST_P(CommerceTermsTest, ConcurrentChangesWithoutIfMatchAllApplyOneAfterTheOther) {
    service::SettingsService settings(database());
    constexpr int kWriters = 4;
    std::atomic<int> failures = 0;
    std::vector<std::thread> writers;
    for (int i = 0; i < kWriters; ++i) {
        writers.emplace_back([&, i] {
            auto holidays = boost::json::array{"2027-01-0" + std::to_string(i + 1)};
            auto changed = settings.Update(Admin(), std::nullopt, {{"holidays", holidays}});
            if (!changed) ++failures;
        });
    }
    for (auto& writer : writers) writer.join();

    EXPECT_EQ(failures, 0) << "the last writer wins; none is refused as stale";
    auto read = settings.Get(Admin());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->version, 1 + kWriters);
    EXPECT_EQ(ReadInt("SELECT COUNT(*) FROM audit WHERE collection = 'settings'"), kWriters);
}

INSTANTIATE_TEST_SUITE_P(Engines, CommerceTermsTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
