#include "core/base64.hpp"
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

TEST_P(ListQueryTest, DefaultOrderPagesThroughEveryRecordByIdInFullPages) {
    std::vector<std::int64_t> expected;
    for (int i = 0; i < 7; ++i) expected.push_back(ToInt(Add(MakeAccount(owner_, "a" + std::to_string(i))).id));

    auto first = List<Account>(Request({}, 3));
    auto ids = ListAllIds<Account>(Request({}, 3));

    ASSERT_TRUE(first);
    EXPECT_EQ(first->items.size(), 3u);
    EXPECT_TRUE(first->next_cursor);
    EXPECT_EQ(ids, expected);
}

TEST_P(ListQueryTest, TheLastFullPageHasNoCursor) {
    for (int i = 0; i < 6; ++i) Add(MakeAccount(owner_, "a" + std::to_string(i)));

    auto first = List<Account>(Request({}, 3));
    ASSERT_TRUE(first && first->next_cursor);
    auto request = Request({}, 3);
    request.cursor = *first->next_cursor;
    auto second = List<Account>(request);

    ASSERT_TRUE(second);
    EXPECT_EQ(second->items.size(), 3u);
    EXPECT_FALSE(second->next_cursor);
}

TEST_P(ListQueryTest, AnEmptyListHasNoItemsAndNoCursor) {
    auto page = List<Account>(Request());

    ASSERT_TRUE(page);
    EXPECT_TRUE(page->items.empty());
    EXPECT_FALSE(page->next_cursor);
}

TEST_P(ListQueryTest, ALimitOfOneStillReachesEveryRecord) {
    std::vector<std::int64_t> expected;
    for (int i = 0; i < 4; ++i) expected.push_back(ToInt(Add(MakeAccount(owner_, "a" + std::to_string(i))).id));

    auto ids = ListAllIds<Account>(Request("name", 1));

    EXPECT_EQ(ids, expected);
}

TEST_P(ListQueryTest, SortingByATextColumnBreaksTiesById) {
    std::vector<std::pair<std::string, std::int64_t>> rows;
    for (auto name : {"Beta", "Alpha", "Gamma", "Alpha", "Beta", "Alpha", "Delta"}) {
        rows.emplace_back(name, ToInt(Add(MakeAccount(owner_, name)).id));
    }
    std::sort(rows.begin(), rows.end());
    std::vector<std::int64_t> expected;
    for (const auto& row : rows) expected.push_back(row.second);

    auto ids = ListAllIds<Account>(Request("name", 2));

    EXPECT_EQ(ids, expected);
}

TEST_P(ListQueryTest, SortingDescendingReversesTheOrderTiesIncluded) {
    std::vector<std::pair<std::string, std::int64_t>> rows;
    for (auto name : {"Beta", "Alpha", "Gamma", "Alpha", "Beta", "Alpha", "Delta"}) {
        rows.emplace_back(name, ToInt(Add(MakeAccount(owner_, name)).id));
    }
    std::sort(rows.rbegin(), rows.rend());
    std::vector<std::int64_t> expected;
    for (const auto& row : rows) expected.push_back(row.second);

    auto ids = ListAllIds<Account>(Request("-name", 2));

    EXPECT_EQ(ids, expected);
}

TEST_P(ListQueryTest, ANullableSortPutsNullsLastInAscendingOrder) {
    auto deals =
        AddDealsClosing({On(2026, 5, 1), std::nullopt, On(2026, 1, 15), std::nullopt, On(2026, 3, 1), On(2026, 1, 15)});
    auto id = [&](std::size_t i) { return ToInt(deals[i].id); };

    auto ids = ListAllIds<Deal>(Request("expected_close", 2));

    EXPECT_EQ(ids, (std::vector{id(2), id(5), id(4), id(0), id(1), id(3)}));
}

TEST_P(ListQueryTest, ANullableSortDescendingIsTheExactReverseNullsFirst) {
    auto deals =
        AddDealsClosing({On(2026, 5, 1), std::nullopt, On(2026, 1, 15), std::nullopt, On(2026, 3, 1), On(2026, 1, 15)});
    auto id = [&](std::size_t i) { return ToInt(deals[i].id); };

    auto ids = ListAllIds<Deal>(Request("-expected_close", 2));

    EXPECT_EQ(ids, (std::vector{id(3), id(1), id(0), id(4), id(5), id(2)}));
}

TEST_P(ListQueryTest, ANullableIntegerSortPagesThroughNullsToo) {
    auto account = Add(MakeAccount(owner_));
    std::vector<std::int64_t> ids_by_due;
    std::vector<std::int64_t> without_due;
    for (int i = 0; i < 5; ++i) {
        auto activity = MakeActivity(owner_, account.id);
        if (i % 2 == 0) activity.due_at = FixtureNow() + std::chrono::hours{10 - i};
        auto added = Add(activity);
        (activity.due_at ? ids_by_due : without_due).push_back(ToInt(added.id));
    }
    std::reverse(ids_by_due.begin(), ids_by_due.end());  // Later inserts are due earlier.
    auto expected = ids_by_due;
    expected.insert(expected.end(), without_due.begin(), without_due.end());
    auto expected_descending = expected;
    std::reverse(expected_descending.begin(), expected_descending.end());

    auto ascending = ListAllIds<Activity>(Request("due_at", 2));
    auto descending = ListAllIds<Activity>(Request("-due_at", 2));

    EXPECT_EQ(ascending, expected);
    EXPECT_EQ(descending, expected_descending);
}

TEST_P(ListQueryTest, SortingByMoneyFollowsTheMinorUnits) {
    auto account = Add(MakeAccount(owner_));
    std::vector<std::pair<std::int64_t, std::int64_t>> rows;
    for (std::int64_t cents : {500, 20, 100000, 20, -3}) {
        auto deal = MakeDeal(account.id, owner_);
        deal.amount = Money(cents, *Currency::Parse("EUR"));
        rows.emplace_back(cents, ToInt(Add(deal).id));
    }
    std::sort(rows.begin(), rows.end());
    std::vector<std::int64_t> expected;
    for (const auto& row : rows) expected.push_back(row.second);

    auto ids = ListAllIds<Deal>(Request("amount", 2));

    EXPECT_EQ(ids, expected);
}

TEST_P(ListQueryTest, SortingByUpdatedAtFollowsTheStamps) {
    std::vector<std::int64_t> expected;
    for (int minutes : {30, 10, 20}) {
        auto inserted = database().TransactFor<Account>(store::Access::kWrite, [&](store::Transaction& transaction) {
            return store::RecordStore<Account>::Insert(transaction, MakeAccount(owner_), kFixtureUser,
                                                       FixtureNow() + std::chrono::minutes{minutes});
        });
        ASSERT_TRUE(inserted);
        expected.push_back(ToInt(inserted->id));
    }
    std::swap(expected[0], expected[1]);  // 10, 30, 20 minutes → ids ordered 10, 20, 30.
    std::swap(expected[1], expected[2]);
    auto newest_first = expected;
    std::reverse(newest_first.begin(), newest_first.end());

    EXPECT_EQ(ListAllIds<Account>(Request("updated_at", 2)), expected);
    EXPECT_EQ(ListAllIds<Account>(Request("-created_at", 2)), newest_first);
}

TEST_P(ListQueryTest, SortingByAnEnumerationReachesEveryRecordOnce) {
    auto account = Add(MakeAccount(owner_));
    std::vector<std::int64_t> all;
    for (auto stage : {domain::Stage::kWon, domain::Stage::kNew, domain::Stage::kProposal, domain::Stage::kNew,
                       domain::Stage::kLost, domain::Stage::kQualified}) {
        auto deal = MakeDeal(account.id, owner_);
        deal.stage = stage;
        all.push_back(ToInt(Add(deal).id));
    }

    auto ids = ListAllIds<Deal>(Request("stage", 4));

    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, all);
}

TEST_P(ListQueryTest, ACursorWorksOnlyWithTheSortItWasMadeFor) {
    for (int i = 0; i < 3; ++i) Add(MakeAccount(owner_, "a" + std::to_string(i)));
    auto by_name = List<Account>(Request("name", 1));
    auto by_id = List<Account>(Request({}, 1));
    ASSERT_TRUE(by_name && by_name->next_cursor && by_id && by_id->next_cursor);

    for (auto [sort, cursor] :
         {std::pair{std::string(), *by_name->next_cursor}, std::pair{std::string("-name"), *by_name->next_cursor},
          std::pair{std::string("industry"), *by_name->next_cursor},
          std::pair{std::string("name"), *by_id->next_cursor}, std::pair{std::string("-name"), *by_id->next_cursor}}) {
        auto request = Request(sort, 1);
        request.cursor = cursor;

        auto page = List<Account>(request);

        SCOPED_TRACE("sort '" + sort + "'");
        ASSERT_FALSE(page);
        EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
        EXPECT_EQ(page.error().field, "cursor");
        EXPECT_EQ(page.error().message, "cursor is not one this list returned with the same sort");
    }
}

TEST_P(ListQueryTest, AForgedOrDamagedCursorIsMalformed) {
    Add(MakeAccount(owner_));
    auto genuine = store::EncodeCursor("name", store::Value{std::string("Acme")}, 1);
    for (std::string cursor : {std::string("!!!"), std::string("Zg=="), EncodeBase64Url("no separators"),
                               EncodeBase64Url("name\x1ftAcme"), EncodeBase64Url("name\x1ftAcme\x1f"),
                               EncodeBase64Url("name\x1ftAcme\x1f"
                                               "1x"),
                               EncodeBase64Url("name\x1fi5\x1f"
                                               "1"),
                               EncodeBase64Url("name\x1f\x1f"
                                               "1"),
                               genuine.substr(0, genuine.size() - 1) + "*"}) {
        auto request = Request("name");
        request.cursor = cursor;

        auto page = List<Account>(request);

        SCOPED_TRACE(cursor);
        ASSERT_FALSE(page);
        EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
        EXPECT_EQ(page.error().field, "cursor");
    }
}

TEST_P(ListQueryTest, AnIntegerSortRefusesATextKey) {
    auto request = Request("amount");
    request.cursor = store::EncodeCursor("amount", store::Value{std::string("12")}, 1);

    auto page = List<Deal>(request);

    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
}

TEST_P(ListQueryTest, AnUnknownOrUnfilterableFieldCannotBeFiltered) {
    for (auto name : {"colour", "phone", "custom", "id", "archived_at", ""}) {
        auto page = List<Account>(Filtered(name, "x"));

        SCOPED_TRACE(name);
        ASSERT_FALSE(page);
        EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
        EXPECT_EQ(page.error().field, name);
        EXPECT_EQ(page.error().message, std::string("accounts cannot be filtered by ") + name);
    }
}

TEST_P(ListQueryTest, AnUnknownOrUnsortableFieldCannotBeSorted) {
    for (auto sort : {"colour", "phone", "-phone", "-", "--name", "name ", "id", "archived_at"}) {
        auto page = List<Account>(Request(sort));

        SCOPED_TRACE(sort);
        ASSERT_FALSE(page);
        EXPECT_EQ(page.error().code, ErrorCode::kMalformed);
        EXPECT_EQ(page.error().field, "sort");
    }
    EXPECT_EQ(List<Account>(Request("colour")).error().message, "accounts cannot be sorted by colour");
}

TEST(CursorTest, RoundTripsForItsOwnSort) {
    auto text_cursor = store::EncodeCursor("-name",
                                           store::Value{std::string("Ac\x1f"
                                                                    "me")},
                                           42);
    auto number_cursor = store::EncodeCursor("amount", store::Value{std::int64_t{-7}}, 9);
    auto id_cursor = store::EncodeCursor("", store::Value{}, 3);

    auto text = store::DecodeCursor(text_cursor, "-name", true);
    auto number = store::DecodeCursor(number_cursor, "amount", false);
    auto id = store::DecodeCursor(id_cursor, "", false);

    ASSERT_TRUE(text && number && id);
    EXPECT_EQ(std::get<std::string>(text->sort_value),
              "Ac\x1f"
              "me");
    EXPECT_EQ(text->id, 42);
    EXPECT_EQ(std::get<std::int64_t>(number->sort_value), -7);
    EXPECT_EQ(number->id, 9);
    EXPECT_EQ(id->id, 3);
}

TEST(CursorTest, IsUrlSafeText) {
    auto cursor = store::EncodeCursor("name", store::Value{std::string("Ä/+?&= ")}, 1);

    EXPECT_EQ(cursor.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
}

TEST(EscapeLikeTest, EscapesWildcardsAndTheEscapeCharacter) {
    EXPECT_EQ(store::EscapeLike("50%_a\\b"), "50\\%\\_a\\\\b");
    EXPECT_EQ(store::EscapeLike("plain"), "plain");
    EXPECT_EQ(store::EscapeLike(""), "");
}

INSTANTIATE_TEST_SUITE_P(Engines, ListQueryTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
