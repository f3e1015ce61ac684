#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

class DealsApiTest : public ApiTest {
protected:
    static object Amount(const std::string& amount, const std::string& currency) {
        return {{"amount", amount}, {"currency", currency}};
    }

    static object MakeDeal(const TestUser& user, object extra = {}) {
        object body{{"account_id", Text(MakeAccount(user), "id")},
                    {"title", Unique("Deal")},
                    {"amount", Amount("1000.00", "EUR")}};
        for (auto& [key, value] : extra) body[key] = value;
        return Create(user, "deals", body);
    }

    static std::string PathOf(const object& deal) { return "/api/v1/deals/" + Text(deal, "id"); }

    static HttpClient::Reply Move(const TestUser& user, const object& deal, object change) {
        return As(user)->Patch(PathOf(deal), serialize(change));
    }
};

TEST_F(DealsApiTest, ANewDealStartsAtStageNewWithProbability10) {
    auto user = MakeUser("manager");

    auto deal = MakeDeal(user);

    EXPECT_EQ(Text(deal, "stage"), "new");
    EXPECT_EQ(deal.at("probability"), 10);
    EXPECT_TRUE(deal.at("closed_at").is_null());
    EXPECT_TRUE(deal.at("lost_reason").is_null());
}

TEST_F(DealsApiTest, TheOwnerDefaultsToTheAccountsOwnerNotTheCreator) {
    auto manager = MakeUser("manager");
    auto account = MakeAccount(manager);

    auto deal =
        Create(Admin(), "deals",
               {{"account_id", Text(account, "id")}, {"title", "Made by admin"}, {"amount", Amount("10.00", "EUR")}});

    EXPECT_EQ(Text(deal, "owner_id"), manager.id);
    EXPECT_EQ(Text(deal, "created_by"), Admin().id);
    EXPECT_EQ(As(manager)->Get(PathOf(deal)).status, 200);
}

TEST_F(DealsApiTest, ADealCannotBeWonStraightFromNew) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user);

    auto reply = Move(user, deal, {{"stage", "won"}});

    EXPECT_EQ(reply.status, 409) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "conflict");
    EXPECT_EQ(ErrorField(reply), "stage");
    auto read = As(user)->Get(PathOf(deal));
    EXPECT_EQ(Text(read.json, "stage"), "new");
    EXPECT_EQ(read.json.at("version"), 1);
}

TEST_F(DealsApiTest, WinningAfterAProposalClosesTheDealAtProbability100) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user);

    auto proposal = Move(user, deal, {{"stage", "proposal"}});
    auto won = Move(user, deal, {{"stage", "won"}});

    ASSERT_EQ(proposal.status, 200) << proposal.body;
    EXPECT_EQ(proposal.json.at("probability"), 50);
    EXPECT_TRUE(proposal.json.at("closed_at").is_null());
    ASSERT_EQ(won.status, 200) << won.body;
    EXPECT_EQ(Text(won.json, "stage"), "won");
    EXPECT_EQ(won.json.at("probability"), 100);
    EXPECT_TRUE(Text(won.json, "closed_at").ends_with("Z")) << won.body;
}

TEST_F(DealsApiTest, WinningFromNegotiationIsAllowedToo) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user, {{"stage", "negotiation"}});

    auto won = Move(user, deal, {{"stage", "won"}});

    EXPECT_EQ(won.status, 200) << won.body;
    EXPECT_FALSE(Text(won.json, "closed_at").empty());
}

TEST_F(DealsApiTest, LosingWithoutAReasonIs422OnLostReason) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user);

    auto reply = Move(user, deal, {{"stage", "lost"}});
    auto empty_reason = Move(user, deal, {{"stage", "lost"}, {"lost_reason", ""}});

    EXPECT_EQ(reply.status, 422) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "validation_failed");
    EXPECT_EQ(ErrorField(reply), "lost_reason");
    EXPECT_EQ(empty_reason.status, 422) << empty_reason.body;
    EXPECT_EQ(Text(As(user)->Get(PathOf(deal)).json, "stage"), "new");
}

TEST_F(DealsApiTest, LosingWithAReasonClosesTheDealAtProbability0) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user, {{"stage", "qualified"}});

    auto reply = Move(user, deal, {{"stage", "lost"}, {"lost_reason", "went with a competitor"}});

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(Text(reply.json, "stage"), "lost");
    EXPECT_EQ(Text(reply.json, "lost_reason"), "went with a competitor");
    EXPECT_EQ(reply.json.at("probability"), 0);
    EXPECT_FALSE(Text(reply.json, "closed_at").empty());
}

TEST_F(DealsApiTest, AClosedDealCannotMoveAgain) {
    auto user = MakeUser("manager");
    auto won = MakeDeal(user, {{"stage", "proposal"}});
    ASSERT_EQ(Move(user, won, {{"stage", "won"}}).status, 200);
    auto lost = MakeDeal(user);
    ASSERT_EQ(Move(user, lost, {{"stage", "lost"}, {"lost_reason", "no budget"}}).status, 200);

    auto reopen_won = Move(user, won, {{"stage", "negotiation"}});
    auto won_to_lost = Move(user, won, {{"stage", "lost"}, {"lost_reason", "changed mind"}});
    auto reopen_lost = Move(user, lost, {{"stage", "new"}});

    for (const auto* reply : {&reopen_won, &won_to_lost, &reopen_lost}) {
        EXPECT_EQ(reply->status, 409) << reply->body;
        EXPECT_EQ(ErrorCode(*reply), "conflict");
    }
    EXPECT_EQ(Text(As(user)->Get(PathOf(won)).json, "stage"), "won");
    EXPECT_EQ(Text(As(user)->Get(PathOf(lost)).json, "stage"), "lost");
}

TEST_F(DealsApiTest, AProbabilityGivenWithAStageMoveIsKept) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user);

    auto reply = Move(user, deal, {{"stage", "qualified"}, {"probability", 40}});

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(Text(reply.json, "stage"), "qualified");
    EXPECT_EQ(reply.json.at("probability"), 40);
}

TEST_F(DealsApiTest, AProbabilityGivenOnCreateIsKept) {
    auto user = MakeUser("manager");

    auto deal = MakeDeal(user, {{"stage", "proposal"}, {"probability", 35}});

    EXPECT_EQ(deal.at("probability"), 35);
}

TEST_F(DealsApiTest, AStageMoveWithoutAProbabilityTakesTheStagesDefault) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user);
    ASSERT_EQ(Move(user, deal, {{"probability", 40}}).status, 200);

    auto reply = Move(user, deal, {{"stage", "negotiation"}});

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.json.at("probability"), 75);
}

TEST_F(DealsApiTest, AProbabilityOutsideZeroToHundredIs422) {
    auto user = MakeUser("manager");
    auto deal = MakeDeal(user);

    auto high = Move(user, deal, {{"probability", 101}});
    auto low = Move(user, deal, {{"probability", -1}});

    EXPECT_EQ(high.status, 422) << high.body;
    EXPECT_EQ(ErrorField(high), "probability");
    EXPECT_EQ(low.status, 422) << low.body;
    EXPECT_EQ(As(user)->Get(PathOf(deal)).json.at("probability"), 10);
}

TEST_F(DealsApiTest, ADealRecordedAsAlreadyWonIsClosedOnCreate) {
    auto user = MakeUser("manager");

    auto deal = MakeDeal(user, {{"stage", "won"}});

    EXPECT_EQ(deal.at("probability"), 100);
    EXPECT_FALSE(Text(deal, "closed_at").empty());
}

TEST_F(DealsApiTest, MoneyRoundTripsExactlyInEachCurrencysDecimals) {
    auto user = MakeUser("manager");
    struct Case {
        const char* amount;
        const char* currency;
        const char* shown;
    };

    for (const auto& [amount, currency, shown] :
         {Case{"1250.05", "EUR", "1250.05"}, Case{"100", "JPY", "100"}, Case{"1.234", "KWD", "1.234"},
          Case{"1250.5", "EUR", "1250.50"}, Case{"7", "USD", "7.00"},
          Case{"92233720368547758.07", "EUR", "92233720368547758.07"}}) {
        auto deal = MakeDeal(user, {{"amount", Amount(amount, currency)}});
        auto read = As(user)->Get(PathOf(deal));

        EXPECT_EQ(serialize(deal.at("amount")), serialize(Amount(shown, currency))) << amount << " " << currency;
        EXPECT_EQ(serialize(read.json.at("amount")), serialize(Amount(shown, currency))) << amount << " " << currency;
    }
}

TEST_F(DealsApiTest, MoneyBeyondTheCurrencysDecimalsOrRangeIsRefused) {
    auto user = MakeUser("manager");
    auto account_id = Text(MakeAccount(user), "id");
    auto post = [&](object amount) {
        return As(user)->Post(
            "/api/v1/deals",
            serialize(object{{"account_id", account_id}, {"title", "Odd money"}, {"amount", std::move(amount)}}));
    };

    auto yen_cents = post(Amount("100.5", "JPY"));
    auto negative = post(Amount("-5.00", "EUR"));
    auto overflow = post(Amount("92233720368547758.08", "EUR"));
    auto lower_case = post(Amount("5.00", "eur"));

    EXPECT_EQ(yen_cents.status, 422) << yen_cents.body;
    EXPECT_EQ(ErrorField(yen_cents), "amount.amount");
    EXPECT_EQ(negative.status, 422) << negative.body;
    EXPECT_EQ(ErrorField(negative), "amount");
    EXPECT_EQ(overflow.status, 422) << overflow.body;
    EXPECT_EQ(lower_case.status, 422) << lower_case.body;
    EXPECT_EQ(ErrorField(lower_case), "amount.currency");
}

}  // namespace
}  // namespace rapport::test
