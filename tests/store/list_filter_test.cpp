#include "store/list_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using namespace std::chrono_literals;
using domain::Absence;
using domain::Account;
using domain::Activity;
using domain::Contact;
using domain::Deal;
using domain::Team;

class ListFilterTest : public ListQueryTest {};

TEST_P(ListFilterTest, AFilterValueOfTheWrongTypeIsMalformed) {
    auto bad_status = List<Account>(Filtered("status", "bogus"));
    auto bad_owner = List<Account>(Filtered("owner_id", "0"));

    ASSERT_FALSE(bad_status);
    EXPECT_EQ(bad_status.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(bad_status.error().field, "status");
    EXPECT_EQ(bad_status.error().message, "status must be prospect, active, inactive or lost");
    ASSERT_FALSE(bad_owner);
    EXPECT_EQ(bad_owner.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(bad_owner.error().field, "owner_id");
}

TEST_P(ListFilterTest, FiltersOnEqualityAndCombineWithAnd) {
    auto other = AddUser("other@example.com").id;
    auto active = MakeAccount(owner_, "active");
    active.status = domain::AccountStatus::kActive;
    active.industry = "Retail";
    auto active_elsewhere = active;
    active_elsewhere.owner_id = other;
    auto prospect = MakeAccount(owner_, "prospect");
    prospect.industry = "Retail";
    auto mine = Add(active);
    auto theirs = Add(active_elsewhere);
    auto not_yet = Add(prospect);
    auto request = Filtered("status", "active");
    request.filters.emplace_back("owner_id", std::to_string(ToInt(owner_)));

    auto by_status = List<Account>(Filtered("status", "active"));
    auto by_both = List<Account>(request);
    auto by_industry = List<Account>(Filtered("industry", "Retail"));

    ASSERT_TRUE(by_status && by_both && by_industry);
    EXPECT_EQ(IdsOf(by_status->items), (std::vector{ToInt(mine.id), ToInt(theirs.id)}));
    EXPECT_EQ(IdsOf(by_both->items), (std::vector{ToInt(mine.id)}));
    EXPECT_EQ(IdsOf(by_industry->items), (std::vector{ToInt(mine.id), ToInt(theirs.id), ToInt(not_yet.id)}));
}

TEST_P(ListFilterTest, AnEmptyValueFiltersAnOptionalFieldForNull) {
    auto with_industry = MakeAccount(owner_, "with");
    with_industry.industry = "Retail";
    Add(with_industry);
    auto without = Add(MakeAccount(owner_, "without"));

    auto page = List<Account>(Filtered("industry", ""));

    ASSERT_TRUE(page);
    EXPECT_EQ(IdsOf(page->items), (std::vector{ToInt(without.id)}));
}

TEST_P(ListFilterTest, FiltersOnOptionalIdsAndEnumerations) {
    auto account = Add(MakeAccount(owner_));
    auto loose = Add(MakeActivity(owner_));
    auto call = MakeActivity(owner_, account.id);
    call.direction = domain::Direction::kInbound;
    auto attached = Add(call);

    auto by_account = List<Activity>(Filtered("account_id", std::to_string(ToInt(account.id))));
    auto unattached = List<Activity>(Filtered("account_id", ""));
    auto inbound = List<Activity>(Filtered("direction", "inbound"));

    ASSERT_TRUE(by_account && unattached && inbound);
    EXPECT_EQ(IdsOf(by_account->items), (std::vector{ToInt(attached.id)}));
    EXPECT_EQ(IdsOf(unattached->items), (std::vector{ToInt(loose.id)}));
    EXPECT_EQ(IdsOf(inbound->items), (std::vector{ToInt(attached.id)}));
}

TEST_P(ListFilterTest, AnEnumerationFilterAcceptsAListOfNames) {
    auto with_status = [&](domain::AccountStatus status) {
        auto account = MakeAccount(owner_);
        account.status = status;
        return ToInt(Add(account).id);
    };
    auto active = with_status(domain::AccountStatus::kActive);
    auto prospect = with_status(domain::AccountStatus::kProspect);
    with_status(domain::AccountStatus::kLost);

    auto either = List<Account>(Filtered("status", "active,prospect"));
    auto one = List<Account>(Filtered("status", "prospect"));

    ASSERT_TRUE(either && one);
    EXPECT_EQ(IdsOf(either->items), (std::vector{active, prospect}));
    EXPECT_EQ(IdsOf(one->items), (std::vector{prospect}));
}

TEST_P(ListFilterTest, AnEnumerationListWithAnUnknownOrEmptyNameIsMalformed) {
    for (auto value : {"active,bogus", "active,", ",active", "active, prospect", ","}) {
        auto page = List<Account>(Filtered("status", value));

        SCOPED_TRACE(value);
        ASSERT_FALSE(page);
        EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
        EXPECT_EQ(page.error().field, "status");
    }
}

TEST_P(ListFilterTest, AnOptionalEnumerationFiltersForNullOrAList) {
    auto with_direction = [&](std::optional<domain::Direction> direction) {
        auto activity = MakeActivity(owner_);
        activity.direction = direction;
        return ToInt(Add(activity).id);
    };
    auto inbound = with_direction(domain::Direction::kInbound);
    auto outbound = with_direction(domain::Direction::kOutbound);
    auto none = with_direction(std::nullopt);

    auto both = List<Activity>(Filtered("direction", "inbound,outbound"));
    auto null = List<Activity>(Filtered("direction", ""));

    ASSERT_TRUE(both && null);
    EXPECT_EQ(IdsOf(both->items), (std::vector{inbound, outbound}));
    EXPECT_EQ(IdsOf(null->items), (std::vector{none}));
}

TEST_P(ListFilterTest, RangeFiltersIncludeTheirFromAndExcludeTheirBefore) {
    auto deals = AddDealsClosing({On(2026, 1, 31), On(2026, 2, 1), On(2026, 2, 28), On(2026, 3, 1), std::nullopt});
    auto id = [&](std::size_t i) { return ToInt(deals[i].id); };
    auto request = Filtered("expected_close_from", "2026-02-01");
    request.filters.emplace_back("expected_close_before", "2026-03-01");

    auto february = List<Deal>(request);
    auto from = List<Deal>(Filtered("expected_close_from", "2026-02-01"));
    auto before = List<Deal>(Filtered("expected_close_before", "2026-02-01"));

    ASSERT_TRUE(february && from && before);
    EXPECT_EQ(IdsOf(february->items), (std::vector{id(1), id(2)}));
    EXPECT_EQ(IdsOf(from->items), (std::vector{id(1), id(2), id(3)}));
    EXPECT_EQ(IdsOf(before->items), (std::vector{id(0)}));
}

TEST_P(ListFilterTest, RangeFiltersWorkOnIntegersTimestampsAndMoney) {
    auto account = Add(MakeAccount(owner_));
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 3; ++i) {
        auto deal = MakeDeal(account.id, owner_);
        deal.probability = 25 * (i + 1);
        deal.amount = Money(100'00 * (i + 1), *Currency::Parse("EUR"));
        ids.push_back(ToInt(Add(deal).id));
        auto activity = MakeActivity(owner_, account.id);
        activity.due_at = FixtureNow() + std::chrono::hours{i};
        Add(activity);
    }

    auto likely = List<Deal>(Filtered("probability_from", "50"));
    auto small = List<Deal>(Filtered("amount_before", "200.00 EUR"));
    auto due_soon = List<Activity>(Filtered("due_at_before", FormatTimestamp(FixtureNow() + 1h)));

    ASSERT_TRUE(likely && small && due_soon);
    EXPECT_EQ(IdsOf(likely->items), (std::vector{ids[1], ids[2]}));
    EXPECT_EQ(IdsOf(small->items), (std::vector{ids[0]}));
    EXPECT_EQ(due_soon->items.size(), 1u);
}

TEST_P(ListFilterTest, ARangeNeedsASortableFieldAndAValueOfItsType) {
    auto unsortable = List<Account>(Filtered("phone_from", "1"));
    auto no_bound = List<Deal>(Filtered("expected_close_after", "2026-01-01"));
    auto bad_value = List<Deal>(Filtered("expected_close_from", "soon"));

    ASSERT_FALSE(unsortable);
    EXPECT_EQ(unsortable.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(unsortable.error().field, "phone_from");
    ASSERT_FALSE(no_bound);
    EXPECT_EQ(no_bound.error().code, ErrorCode::kMalformed);
    ASSERT_FALSE(bad_value);
    EXPECT_EQ(bad_value.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(bad_value.error().field, "expected_close_from");
}

TEST_P(ListFilterTest, ATagFilterMatchesWholeTagsOnly) {
    auto tagged = [&](std::vector<std::string> tags) {
        auto account = MakeAccount(owner_);
        account.tags = Tags{std::move(tags)};
        return ToInt(Add(account).id);
    };
    auto vip = tagged({"vip", "north"});
    auto vip_only = tagged({"vip"});
    tagged({"vip2"});
    tagged({"very vip"});
    tagged({});

    auto page = List<Account>(Filtered("tags", "vip"));

    ASSERT_TRUE(page);
    EXPECT_EQ(IdsOf(page->items), (std::vector{vip, vip_only}));
}

TEST_P(ListFilterTest, ATagFilterTreatsLikeWildcardsLiterally) {
    auto tagged = [&](std::string tag) {
        auto account = MakeAccount(owner_);
        account.tags = Tags{{std::move(tag)}};
        return ToInt(Add(account).id);
    };
    auto percent = tagged("50%");
    tagged("500");
    auto underscore = tagged("a_b");
    tagged("axb");
    auto lone_percent = tagged("%");
    tagged("x");
    auto backslash = tagged("a\\b");

    auto ids = [&](std::string filter) {
        auto page = List<Account>(Filtered("tags", filter));
        EXPECT_TRUE(page) << filter;
        return page ? IdsOf(page->items) : std::vector<std::int64_t>{};
    };

    EXPECT_EQ(ids("50%"), (std::vector{percent}));
    EXPECT_EQ(ids("a_b"), (std::vector{underscore}));
    EXPECT_EQ(ids("%"), (std::vector{lone_percent}));
    EXPECT_EQ(ids("_"), (std::vector<std::int64_t>{}));
    EXPECT_EQ(ids("a\\b"), (std::vector{backslash}));
    EXPECT_EQ(ids("5%"), (std::vector<std::int64_t>{}));
}

TEST_P(ListFilterTest, ConditionsFromServicesNarrowTheList) {
    auto first = Add(MakeAccount(owner_, "first"));
    Add(MakeAccount(owner_, "second"));
    auto request = Request();
    request.conditions.push_back(store::Condition{"account.name = ?", {std::string("first")}});

    auto page = List<Account>(request);

    ASSERT_TRUE(page);
    EXPECT_EQ(IdsOf(page->items), (std::vector{ToInt(first.id)}));
}

INSTANTIATE_TEST_SUITE_P(Engines, ListFilterTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
