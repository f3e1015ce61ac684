#include "service/catalogue.hpp"
#include "domain/payment_term/payment_term.hpp"
#include "domain/promotion/promotion.hpp"
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

// The catalogue that a server keeps between requests (service/catalogue.hpp): whatever writes to its tables, the
// next use case prices with what was written, and never with what a rolled-back write left.
class CatalogueTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        product_ = Add(MakeProduct("HRC-1", "100.00"));
        domain::PriceList list;
        list.name = "Key accounts";
        list.lines.items.push_back({1, product_.id, Quantity::Whole(1), std::nullopt, Percent::Whole(5)});
        list.order_tiers.items.push_back({1, *Money::Parse("1000.00", "EUR"), Percent::Whole(2)});
        list_ = Add(list);
        domain::Promotion promotion;
        promotion.name = "Winter";
        promotion.starts_on = *ParseDate("2026-12-01", "starts_on");
        promotion.ends_on = *ParseDate("2027-02-28", "ends_on");
        promotion.product_ids.items.push_back({1, product_.id});
        Add(promotion);
        domain::PaymentTerm terms;
        terms.code = "net30";
        terms.name = "30 days net";
        terms.adjust_percent = Percent::Whole(2);
        Add(terms);
    }

    // Runs `work` with a context in a transaction of `access`.
    Status InContext(store::Access access, const std::function<Status(service::Context&)>& work) {
        return database().Transact(access, [&](store::Transaction& transaction) {
            service::Context context{transaction, caller_, FixtureNow()};
            return work(context);
        });
    }

    std::shared_ptr<const service::Catalogue> Current() {
        std::shared_ptr<const service::Catalogue> catalogue;
        EXPECT_TRUE(InContext(store::Access::kRead, [&](service::Context& context) -> Status {
            catalogue = RAPPORT_TRY(service::CatalogueIn(context));
            return {};
        }));
        return catalogue;
    }

    // The product's price as the catalogue of a new read gives it.
    std::string PriceRead() {
        std::string price;
        EXPECT_TRUE(InContext(store::Access::kRead, [&](service::Context& context) -> Status {
            auto products = RAPPORT_TRY(RAPPORT_TRY(service::CatalogueIn(context))
                                            ->Products(context.transaction, std::vector<ProductId>{product_.id}));
            if (products.contains(product_.id)) price = products.at(product_.id)->price.FormatAmount();
            return {};
        }));
        return price;
    }

    std::int64_t Token() { return ReadInt("SELECT token FROM catalogue_token WHERE id = 1"); }

    service::Caller caller_ = service::SystemCaller(kFixtureUser);
    domain::Product product_;
    domain::PriceList list_;
};

TEST_P(CatalogueTest, EveryWriteToItsTablesDrawsANewTokenAndNoOtherWriteDoes) {
    const std::vector<std::string> writes = {
        "UPDATE product SET name = name",
        "UPDATE price_list SET priority = priority",
        "UPDATE price_list_line SET min_quantity = min_quantity",
        "UPDATE price_list_tier SET discount_percent = discount_percent",
        "UPDATE promotion SET name = name",
        "UPDATE promotion_product SET line_no = line_no",
        "UPDATE payment_term SET days = days",
        "INSERT INTO settings (id, version) VALUES (1, 1)",
        "DELETE FROM promotion_product",
    };
    for (const auto& write : writes) {
        auto before = Token();
        ASSERT_TRUE(Write([&](store::Transaction& transaction) { return ToStatus(transaction.Execute(write, {})); }));
        EXPECT_NE(Token(), before) << write;
    }
    auto before = Token();
    auto owner = AddUser("owner@example.com");
    Add(MakeAccount(owner.id));
    EXPECT_EQ(Token(), before) << "an account is not part of the catalogue";
}

TEST_P(CatalogueTest, UseCasesAtOneTokenShareOneCatalogueAndSeeAChangeAtOnce) {
    auto first = Current();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(Current(), first) << "kept for its token";
    EXPECT_EQ(PriceRead(), "100.00");
    EXPECT_EQ(PriceRead(), "100.00") << "read once, then kept";

    auto changed = product_;
    changed.price = *Money::Parse("120.50", "EUR");
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return store::RecordStore<domain::Product>::Update(transaction, changed, kFixtureUser, FixtureNow());
    }));
    EXPECT_NE(Current(), first);
    EXPECT_EQ(PriceRead(), "120.50");
}

TEST_P(CatalogueTest, KeepsItsSmallPartsAndReadsListsWhenAskedFor) {
    auto catalogue = Current();
    ASSERT_NE(catalogue, nullptr);
    auto day = *ParseDate("2026-12-24", "day");
    ASSERT_NE(catalogue->PaymentTerms("net30"), nullptr);
    EXPECT_EQ(catalogue->PaymentTerms("net30")->percent, Percent::Whole(-2)) << "a surcharge is a negative discount";
    EXPECT_EQ(catalogue->PaymentTerms("net60"), nullptr);
    ASSERT_EQ(catalogue->PromotionsOn(day).size(), 1u);
    EXPECT_TRUE(catalogue->PromotionsOn(*ParseDate("2027-03-01", "day")).empty());
    EXPECT_EQ(catalogue->DefaultPriceList(std::nullopt, day), list_.id);
    EXPECT_EQ(catalogue->DefaultPriceList("INR", day), std::nullopt);

    std::shared_ptr<const domain::PriceList> read;
    ASSERT_TRUE(InContext(store::Access::kRead, [&](service::Context& context) -> Status {
        read = RAPPORT_TRY(RAPPORT_TRY(service::CatalogueIn(context))->PriceList(context.transaction, list_.id));
        return {};
    }));
    ASSERT_NE(read, nullptr);
    EXPECT_EQ(read->lines, list_.lines);
    EXPECT_EQ(read->order_tiers, list_.order_tiers);
}

TEST_P(CatalogueTest, AWriteThatRollsBackLeavesNothingBehind) {
    EXPECT_EQ(PriceRead(), "100.00");
    auto before = Token();
    auto failed = InContext(store::Access::kWrite, [&](service::Context& context) -> Status {
        RAPPORT_CHECK(ToStatus(context.transaction.Execute("UPDATE product SET price_minor = 99900", {})));
        auto products = RAPPORT_TRY(RAPPORT_TRY(service::CatalogueIn(context))
                                        ->Products(context.transaction, std::vector<ProductId>{product_.id}));
        EXPECT_EQ(products.at(product_.id)->price.FormatAmount(), "999.00") << "its own write, within the transaction";
        return MakeError(ErrorCode::kConflict, "rolled back on purpose");
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(Token(), before);
    EXPECT_EQ(PriceRead(), "100.00");
}

TEST_P(CatalogueTest, AReadBeforeAChangeCommittedIsNotTakenForTheChange) {
    // A use case that read the token before a change committed still reads the catalogue as it was (the
    // transactions of a read see one snapshot); what it reads is kept under the old token, not the new.
    auto changed = product_;
    changed.price = *Money::Parse("150.00", "EUR");
    ASSERT_TRUE(InContext(store::Access::kRead, [&](service::Context& context) -> Status {
        auto catalogue = RAPPORT_TRY(service::CatalogueIn(context));
        RAPPORT_CHECK(Write([&](store::Transaction& transaction) {
            return store::RecordStore<domain::Product>::Update(transaction, changed, kFixtureUser, FixtureNow());
        }));
        auto products = RAPPORT_TRY(catalogue->Products(context.transaction, std::vector<ProductId>{product_.id}));
        EXPECT_EQ(products.at(product_.id)->price.FormatAmount(), "100.00");
        return {};
    }));
    EXPECT_EQ(PriceRead(), "150.00");
}

INSTANTIATE_TEST_SUITE_P(Engines, CatalogueTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
