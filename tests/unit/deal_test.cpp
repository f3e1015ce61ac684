#include "domain/deal/deal.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <string>
#include <vector>

namespace rapport::domain {
namespace {

using namespace std::chrono_literals;

constexpr std::array kAllStages = {Stage::kNew,         Stage::kQualified, Stage::kProposal,
                                   Stage::kNegotiation, Stage::kWon,       Stage::kLost};

const Timestamp kNow =
    std::chrono::sys_days{Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}}} + 10h;

Deal MakeDeal(Stage stage = Stage::kNew) {
    Deal deal;
    deal.id = DealId{1};
    deal.account_id = AccountId{2};
    deal.owner_id = UserId{3};
    deal.title = "Fleet renewal";
    deal.stage = stage;
    deal.amount = Money(1'250'000, *Currency::Parse("EUR"));
    deal.probability = DefaultProbability(stage);
    if (IsClosed(stage)) deal.closed_at = kNow - 24h;
    if (stage == Stage::kLost) deal.lost_reason = "price";
    return deal;
}

std::string NameOf(Stage stage) { return std::string(EnumName(stage)); }

// The intended pipeline, stated independently of the code: staying put is no move; a closed deal
// never moves; a deal is won only from proposal or negotiation; every other move is allowed.
bool Allowed(Stage from, Stage to) {
    if (from == to) return true;
    if (from == Stage::kWon || from == Stage::kLost) return false;
    if (to == Stage::kWon) return from == Stage::kProposal || from == Stage::kNegotiation;
    return true;
}

TEST(DealTest, ClosedStagesAreWonAndLost) {
    for (auto stage : kAllStages) {
        EXPECT_EQ(IsClosed(stage), stage == Stage::kWon || stage == Stage::kLost) << NameOf(stage);
    }
}

TEST(DealTest, EachStageHasItsDefaultProbability) {
    EXPECT_EQ(DefaultProbability(Stage::kNew), 10);
    EXPECT_EQ(DefaultProbability(Stage::kQualified), 25);
    EXPECT_EQ(DefaultProbability(Stage::kProposal), 50);
    EXPECT_EQ(DefaultProbability(Stage::kNegotiation), 75);
    EXPECT_EQ(DefaultProbability(Stage::kWon), 100);
    EXPECT_EQ(DefaultProbability(Stage::kLost), 0);
}

TEST(DealTest, EveryTransitionFollowsThePipeline) {
    for (auto from : kAllStages) {
        for (auto to : kAllStages) {
            SCOPED_TRACE(NameOf(from) + " -> " + NameOf(to));

            auto status = CheckTransition(from, to);

            if (Allowed(from, to)) {
                EXPECT_TRUE(status) << status.error().message;
            } else {
                ASSERT_FALSE(status);
                EXPECT_EQ(status.error().code, ErrorCode::kConflict);
                EXPECT_EQ(status.error().field, "stage");
            }
        }
    }
}

TEST(DealTest, AClosedDealCannotMove) {
    auto status = CheckTransition(Stage::kWon, Stage::kNegotiation);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().message, "deal is already won and cannot move");
    EXPECT_EQ(CheckTransition(Stage::kLost, Stage::kWon).error().message, "deal is already lost and cannot move");
}

TEST(DealTest, AClosedDealKeepsItsAmountOwnerStageProbabilityAndDates) {
    auto won = MakeDeal(Stage::kWon);
    auto with = [&](auto change) {
        auto after = won;
        change(after);
        return CheckClosedDealUnchanged(won, after);
    };

    auto amount = with([](Deal& deal) { deal.amount = Money(1, *Currency::Parse("EUR")); });
    auto owner = with([](Deal& deal) { deal.owner_id = UserId{9}; });
    auto probability = with([](Deal& deal) { deal.probability = 50; });
    auto expected = with([](Deal& deal) {
        deal.expected_close = Date{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{1}};
    });
    auto closed_at = with([](Deal& deal) { deal.closed_at = kNow; });
    auto title = with([](Deal& deal) { deal.title = "Renamed"; });

    for (auto* refused : {&amount, &owner, &probability, &expected, &closed_at}) {
        ASSERT_FALSE(*refused);
        EXPECT_EQ(refused->error().code, ErrorCode::kConflict);
    }
    EXPECT_EQ(amount.error().field, "amount");
    EXPECT_EQ(owner.error().field, "owner_id");
    EXPECT_TRUE(title) << "notes about a closed deal may still change";
    EXPECT_TRUE(CheckClosedDealUnchanged(MakeDeal(Stage::kNew), MakeDeal(Stage::kQualified))) << "an open deal moves";
}

TEST(DealTest, WinningNeedsAProposalFirst) {
    auto status = CheckTransition(Stage::kQualified, Stage::kWon);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().message, "deal cannot be won from qualified: it needs a proposal or negotiation first");
}

TEST(DealTest, AnOpenDealCanBeLostFromAnyStage) {
    for (auto from : {Stage::kNew, Stage::kQualified, Stage::kProposal, Stage::kNegotiation}) {
        EXPECT_TRUE(CheckTransition(from, Stage::kLost)) << NameOf(from);
    }
}

TEST(DealTest, SkippingAheadEntersEverySkippedStage) {
    EXPECT_EQ(StagesEntered(Stage::kNew, Stage::kNegotiation),
              (std::vector{Stage::kQualified, Stage::kProposal, Stage::kNegotiation}));
    EXPECT_EQ(StagesEntered(Stage::kNew, Stage::kQualified), (std::vector{Stage::kQualified}));
    EXPECT_EQ(StagesEntered(Stage::kQualified, Stage::kProposal), (std::vector{Stage::kProposal}));
}

TEST(DealTest, WinningFromProposalPassesThroughNegotiation) {
    EXPECT_EQ(StagesEntered(Stage::kProposal, Stage::kWon), (std::vector{Stage::kNegotiation, Stage::kWon}));
    EXPECT_EQ(StagesEntered(Stage::kNegotiation, Stage::kWon), (std::vector{Stage::kWon}));
}

TEST(DealTest, LosingEntersOnlyLost) {
    for (auto from : {Stage::kNew, Stage::kQualified, Stage::kProposal, Stage::kNegotiation}) {
        EXPECT_EQ(StagesEntered(from, Stage::kLost), (std::vector{Stage::kLost})) << NameOf(from);
    }
}

TEST(DealTest, MovingBackEntersOnlyTheTarget) {
    EXPECT_EQ(StagesEntered(Stage::kNegotiation, Stage::kQualified), (std::vector{Stage::kQualified}));
    EXPECT_EQ(StagesEntered(Stage::kProposal, Stage::kNew), (std::vector{Stage::kNew}));
}

TEST(DealTest, StayingPutEntersNothing) {
    for (auto stage : kAllStages) {
        EXPECT_TRUE(StagesEntered(stage, stage).empty()) << NameOf(stage);
    }
}

TEST(DealTest, WinningStampsClosedAtAndFullProbability) {
    auto deal = MakeDeal(Stage::kNegotiation);
    deal.stage = Stage::kWon;

    auto status = ApplyStageChange(deal, Stage::kNegotiation, kNow, false);

    ASSERT_TRUE(status);
    EXPECT_EQ(deal.closed_at, kNow);
    EXPECT_EQ(deal.probability, 100);
    EXPECT_TRUE(Validate(deal));
}

TEST(DealTest, LosingStampsClosedAtZeroProbabilityAndKeepsTheReason) {
    auto deal = MakeDeal(Stage::kQualified);
    deal.stage = Stage::kLost;
    deal.lost_reason = "went with a competitor";

    auto status = ApplyStageChange(deal, Stage::kQualified, kNow, false);

    ASSERT_TRUE(status);
    EXPECT_EQ(deal.closed_at, kNow);
    EXPECT_EQ(deal.probability, 0);
    EXPECT_EQ(deal.lost_reason, "went with a competitor");
    EXPECT_TRUE(Validate(deal));
}

TEST(DealTest, AGivenProbabilityIsKept) {
    auto deal = MakeDeal(Stage::kQualified);
    deal.stage = Stage::kProposal;
    deal.probability = 60;

    auto status = ApplyStageChange(deal, Stage::kQualified, kNow, true);

    ASSERT_TRUE(status);
    EXPECT_EQ(deal.probability, 60);
}

TEST(DealTest, MovingBetweenOpenStagesSetsTheDefaultProbabilityAndNoClosedAt) {
    for (auto [from, to] : {std::pair{Stage::kNew, Stage::kNegotiation}, std::pair{Stage::kNegotiation, Stage::kNew},
                            std::pair{Stage::kProposal, Stage::kQualified}}) {
        auto deal = MakeDeal(from);
        deal.stage = to;

        auto status = ApplyStageChange(deal, from, kNow, false);

        ASSERT_TRUE(status);
        EXPECT_EQ(deal.probability, DefaultProbability(to));
        EXPECT_FALSE(deal.closed_at);
    }
}

TEST(DealTest, AStrayLostReasonIsClearedWhenAnOpenDealMoves) {
    auto deal = MakeDeal(Stage::kProposal);
    deal.lost_reason = "left over";
    deal.stage = Stage::kNegotiation;

    auto status = ApplyStageChange(deal, Stage::kProposal, kNow, false);

    ASSERT_TRUE(status);
    EXPECT_FALSE(deal.lost_reason);
}

TEST(DealTest, WinningClearsALostReason) {
    auto deal = MakeDeal(Stage::kNegotiation);
    deal.lost_reason = "left over";
    deal.stage = Stage::kWon;

    auto status = ApplyStageChange(deal, Stage::kNegotiation, kNow, false);

    ASSERT_TRUE(status);
    EXPECT_FALSE(deal.lost_reason);
}

TEST(DealTest, LeavingLostIsRefusedAndChangesNothing) {
    auto deal = MakeDeal(Stage::kLost);
    auto closed_at = deal.closed_at;
    deal.stage = Stage::kNegotiation;

    auto status = ApplyStageChange(deal, Stage::kLost, kNow, false);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kConflict);
    EXPECT_EQ(deal.closed_at, closed_at);
    EXPECT_EQ(deal.lost_reason, "price");
    EXPECT_EQ(deal.probability, 0);
}

TEST(DealTest, AForbiddenWinChangesNothing) {
    auto deal = MakeDeal(Stage::kNew);
    deal.stage = Stage::kWon;

    auto status = ApplyStageChange(deal, Stage::kNew, kNow, false);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kConflict);
    EXPECT_FALSE(deal.closed_at);
    EXPECT_EQ(deal.probability, 10);
}

TEST(DealTest, KeepingTheStageChangesNothing) {
    auto deal = MakeDeal(Stage::kWon);
    auto closed_at = deal.closed_at;
    deal.probability = 90;

    auto status = ApplyStageChange(deal, Stage::kWon, kNow, false);

    ASSERT_TRUE(status);
    EXPECT_EQ(deal.closed_at, closed_at);
    EXPECT_EQ(deal.probability, 90);
}

TEST(DealTest, AFreshDealIsValid) {
    auto status = Validate(MakeDeal());

    EXPECT_TRUE(status);
}

TEST(DealTest, ClosedDealsFromTheFactoryAreValid) {
    EXPECT_TRUE(Validate(MakeDeal(Stage::kWon)));
    EXPECT_TRUE(Validate(MakeDeal(Stage::kLost)));
}

TEST(DealTest, LosingRequiresAReason) {
    for (std::optional<std::string> reason : {std::optional<std::string>{}, std::optional<std::string>{""}}) {
        auto deal = MakeDeal(Stage::kLost);
        deal.lost_reason = reason;

        auto status = Validate(deal);

        ASSERT_FALSE(status);
        EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(status.error().field, "lost_reason");
        EXPECT_EQ(status.error().message, "lost_reason is required when a deal is lost");
    }
}

TEST(DealTest, AClosedDealNeedsClosedAt) {
    auto deal = MakeDeal(Stage::kWon);
    deal.closed_at.reset();

    auto status = Validate(deal);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().field, "closed_at");
}

TEST(DealTest, ProbabilityIsBetweenZeroAndHundred) {
    for (std::int64_t probability : {-1, 101, -100, 1000}) {
        auto deal = MakeDeal();
        deal.probability = probability;

        auto status = Validate(deal);

        ASSERT_FALSE(status) << probability;
        EXPECT_EQ(status.error().field, "probability");
        EXPECT_EQ(status.error().message, "probability must be between 0 and 100");
    }
    for (std::int64_t probability : {0, 100}) {
        auto deal = MakeDeal();
        deal.probability = probability;
        EXPECT_TRUE(Validate(deal)) << probability;
    }
}

TEST(DealTest, AmountMustNotBeNegative) {
    auto deal = MakeDeal();
    deal.amount = Money(-1, *Currency::Parse("EUR"));

    auto status = Validate(deal);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().field, "amount");
    EXPECT_EQ(status.error().message, "amount must not be negative");
}

TEST(DealTest, AZeroAmountIsValid) {
    auto deal = MakeDeal();
    deal.amount = Money(0, *Currency::Parse("JPY"));

    EXPECT_TRUE(Validate(deal));
}

TEST(DealTest, TitleIsOneTo200Characters) {
    auto untitled = MakeDeal();
    untitled.title = "";
    auto longest = MakeDeal();
    longest.title = std::string(200, 't');
    auto too_long = MakeDeal();
    too_long.title = std::string(201, 't');

    auto untitled_status = Validate(untitled);
    auto too_long_status = Validate(too_long);

    ASSERT_FALSE(untitled_status);
    EXPECT_EQ(untitled_status.error().field, "title");
    EXPECT_EQ(untitled_status.error().message, "title must be between 1 and 200 characters");
    EXPECT_TRUE(Validate(longest));
    ASSERT_FALSE(too_long_status);
    EXPECT_EQ(too_long_status.error().field, "title");
}

TEST(DealTest, LostReasonIsAtMost500Characters) {
    auto deal = MakeDeal(Stage::kLost);
    deal.lost_reason = std::string(501, 'r');

    auto status = Validate(deal);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().field, "lost_reason");
    EXPECT_EQ(status.error().message, "lost_reason must be at most 500 characters");
}

}  // namespace
}  // namespace rapport::domain
