#include "domain/offer/offer.hpp"
#include "service/offer_rules.hpp"
#include "store/list_fixture.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using domain::Offer;
using domain::OfferStatus;

// A sent offer past its valid_until reads as `expired` (API.md): the list's `?status=` filter must find what the
// reader will see, in the query itself so that paging stays right, although `expired` is never stored.
class OfferStatusFilterTest : public ListQueryTest {
protected:
    Offer AddOffer(OfferStatus status, std::optional<Date> valid_until) {
        Offer offer;
        offer.number = "OF-T-" + std::to_string(++numbered_);
        offer.account_id = account_;
        offer.owner_id = owner_;
        offer.currency = "EUR";
        offer.status = status;
        offer.valid_until = valid_until;
        return Add(offer);
    }

    std::vector<std::int64_t> Listed(const std::string& status) {
        auto page =
            service::RecordService<Offer>(database()).List(service::SystemCaller(owner_), Filtered("status", status));
        EXPECT_TRUE(page) << status << ": " << (page ? "" : page.error().message);
        return page ? IdsOf(page->items) : std::vector<std::int64_t>{};
    }

    void SetUp() override {
        ListQueryTest::SetUp();
        if (HasFatalFailure()) return;
        account_ = Add(MakeAccount(owner_)).id;
    }

    AccountId account_{};
    int numbered_ = 0;
};

TEST_P(OfferStatusFilterTest, SentMeansStillValidAndExpiredMeansSentAndPastItsValidity) {
    auto today = DateOf(Now());
    auto yesterday = Date(std::chrono::sys_days(today) - std::chrono::days{1});
    auto valid = AddOffer(OfferStatus::kSent, today);
    auto lapsed = AddOffer(OfferStatus::kSent, yesterday);
    auto draft = AddOffer(OfferStatus::kDraft, yesterday);
    auto declined = AddOffer(OfferStatus::kDeclined, yesterday);

    EXPECT_EQ(Listed("sent"), (std::vector<std::int64_t>{ToInt(valid.id)}));
    EXPECT_EQ(Listed("expired"), (std::vector<std::int64_t>{ToInt(lapsed.id)}));
    EXPECT_EQ(Listed("draft,expired"), (std::vector<std::int64_t>{ToInt(lapsed.id), ToInt(draft.id)}));
    EXPECT_EQ(Listed("declined"), (std::vector<std::int64_t>{ToInt(declined.id)}));
    auto page = service::RecordService<Offer>(database()).List(service::SystemCaller(owner_), Request());
    ASSERT_TRUE(page);
    EXPECT_EQ(page->items.size(), 4u) << "no status filter finds them all";
}

TEST_P(OfferStatusFilterTest, AStatusThatDoesNotExistIsMalformed) {
    auto page =
        service::RecordService<Offer>(database()).List(service::SystemCaller(owner_), Filtered("status", "sent,lost"));

    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(page.error().field, "status");
}

INSTANTIATE_TEST_SUITE_P(Engines, OfferStatusFilterTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
