#include "service/record_json.hpp"

#include "domain/account/account.hpp"
#include "domain/activity/activity.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "domain/user/user.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>

namespace rapport::service {
namespace {

using namespace std::chrono_literals;
using domain::Account;
using domain::Deal;
using domain::Stage;

const Timestamp kCreated =
    std::chrono::sys_days{Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}}} + 9h;

boost::json::object Object(std::string_view text) { return boost::json::parse(text).as_object(); }

Deal MakeDeal() {
    Deal deal;
    deal.id = DealId{12};
    deal.meta = domain::RecordMeta{3, kCreated, kCreated + 1h, UserId{1}, UserId{2}};
    deal.account_id = AccountId{5};
    deal.title = "Fleet renewal";
    deal.owner_id = UserId{7};
    deal.stage = Stage::kProposal;
    deal.amount = Money(1'250'000, *Currency::Parse("EUR"));
    deal.probability = 50;
    return deal;
}

// A deal create body with every required field.
constexpr std::string_view kCreateBody =
    R"({"account_id": "5", "title": "Fleet renewal", "amount": {"amount": "12500.00", "currency": "EUR"}})";

void ExpectInvalid(const Status& status, std::string_view field, std::string_view message) {
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(status.error().field, field);
    EXPECT_EQ(status.error().message, message);
}

TEST(RecordJsonTest, CreateSetsEveryGivenFieldAndRecordsItsName) {
    Deal deal;
    FieldNames given;

    auto status = ApplyJson(deal, Object(kCreateBody), Mode::kCreate, given);

    ASSERT_TRUE(status) << status.error().message;
    EXPECT_EQ(deal.account_id, AccountId{5});
    EXPECT_EQ(deal.title, "Fleet renewal");
    EXPECT_EQ(deal.amount, Money(1'250'000, *Currency::Parse("EUR")));
    EXPECT_EQ(given, (FieldNames{"account_id", "title", "amount"}));
}

TEST(RecordJsonTest, CreateLeavesFieldsNotGivenAtTheirDefaults) {
    Deal deal;
    FieldNames given;

    ASSERT_TRUE(ApplyJson(deal, Object(kCreateBody), Mode::kCreate, given));

    EXPECT_EQ(deal.stage, Stage::kNew);
    EXPECT_EQ(deal.probability, 10);
    EXPECT_FALSE(deal.expected_close);
    EXPECT_FALSE(given.contains("stage"));
}

TEST(RecordJsonTest, CreateRequiresEveryRequiredField) {
    for (auto [body, missing] :
         {std::pair{R"({"title": "T", "amount": {"amount": "1", "currency": "EUR"}})", "account_id"},
          std::pair{R"({"account_id": "5", "amount": {"amount": "1", "currency": "EUR"}})", "title"},
          std::pair{R"({"account_id": "5", "title": "T"})", "amount"}, std::pair{"{}", "account_id"}}) {
        Deal deal;
        FieldNames given;

        auto status = ApplyJson(deal, Object(body), Mode::kCreate, given);

        SCOPED_TRACE(body);
        ExpectInvalid(status, missing, std::string(missing) + " is required");
    }
}

TEST(RecordJsonTest, UpdateDoesNotRequireAnything) {
    auto deal = MakeDeal();
    FieldNames given;

    auto status = ApplyJson(deal, Object(R"({"probability": 60})"), Mode::kUpdate, given);

    ASSERT_TRUE(status);
    EXPECT_EQ(deal.probability, 60);
    EXPECT_EQ(deal.title, "Fleet renewal");
    EXPECT_EQ(given, (FieldNames{"probability"}));
}

TEST(RecordJsonTest, RefusesAnUnknownField) {
    auto deal = MakeDeal();
    FieldNames given;

    auto status = ApplyJson(deal, Object(R"({"colour": "red"})"), Mode::kUpdate, given);

    ExpectInvalid(status, "colour", "deals have no field colour");
}

TEST(RecordJsonTest, RefusesAReadOnlyFieldInEitherMode) {
    for (auto mode : {Mode::kCreate, Mode::kUpdate}) {
        auto deal = MakeDeal();
        FieldNames given;

        auto status = ApplyJson(deal, Object(R"({"closed_at": "2026-03-02T09:00:00Z"})"), mode, given);

        ExpectInvalid(status, "closed_at", "closed_at cannot be changed");
        EXPECT_FALSE(deal.closed_at);
    }
}

TEST(RecordJsonTest, RefusesACreateOnlyFieldOnUpdate) {
    auto deal = MakeDeal();
    FieldNames given;

    auto status = ApplyJson(deal, Object(R"({"account_id": "6"})"), Mode::kUpdate, given);

    ExpectInvalid(status, "account_id", "account_id cannot be changed");
    EXPECT_EQ(deal.account_id, AccountId{5});
}

TEST(RecordJsonTest, RefusesBookkeepingFields) {
    for (auto name : {"id", "version", "created_at", "updated_at", "created_by", "updated_by"}) {
        for (auto mode : {Mode::kCreate, Mode::kUpdate}) {
            auto deal = MakeDeal();
            FieldNames given;
            boost::json::object body{{name, "1"}};

            auto status = ApplyJson(deal, body, mode, given);

            SCOPED_TRACE(name);
            ExpectInvalid(status, name, std::string(name) + " is set by the server and cannot be written");
        }
    }
}

TEST(RecordJsonTest, ReportsTheFieldOfAValueOfTheWrongType) {
    auto deal = MakeDeal();
    FieldNames given;

    auto status = ApplyJson(deal, Object(R"({"probability": "high"})"), Mode::kUpdate, given);

    ExpectInvalid(status, "probability", "probability must be a whole number");
}

TEST(RecordJsonTest, NullClearsAnOptionalField) {
    auto deal = MakeDeal();
    deal.expected_close = Date{std::chrono::year{2026}, std::chrono::month{6}, std::chrono::day{30}};
    FieldNames given;

    auto status = ApplyJson(deal, Object(R"({"expected_close": null})"), Mode::kUpdate, given);

    ASSERT_TRUE(status);
    EXPECT_FALSE(deal.expected_close);
    EXPECT_TRUE(given.contains("expected_close"));
}

TEST(RecordJsonTest, NullIsRefusedForAFieldThatCannotBeEmpty) {
    auto deal = MakeDeal();
    FieldNames given;

    auto status = ApplyJson(deal, Object(R"({"title": null})"), Mode::kUpdate, given);

    ExpectInvalid(status, "title", "title must be a string");
}

TEST(RecordJsonTest, MoneyErrorsNameTheMember) {
    auto deal = MakeDeal();
    FieldNames given;

    auto status =
        ApplyJson(deal, Object(R"({"amount": {"amount": "1.001", "currency": "EUR"}})"), Mode::kUpdate, given);

    ExpectInvalid(status, "amount.amount", "amount has more decimals than EUR allows");
}

TEST(RecordJsonTest, EnumErrorsListTheChoices) {
    auto deal = MakeDeal();
    FieldNames given;

    auto status = ApplyJson(deal, Object(R"({"stage": "closed"})"), Mode::kUpdate, given);

    ExpectInvalid(status, "stage", "stage must be new, qualified, proposal, negotiation, won or lost");
}

TEST(RecordJsonTest, ToJsonWritesBookkeepingAndEveryField) {
    auto deal = MakeDeal();
    deal.expected_close = Date{std::chrono::year{2026}, std::chrono::month{6}, std::chrono::day{30}};

    auto json = ToJson(deal);

    EXPECT_EQ(json, Object(R"({
        "id": "12", "version": 3,
        "created_at": "2026-03-02T09:00:00Z", "updated_at": "2026-03-02T10:00:00Z",
        "created_by": "1", "updated_by": "2",
        "account_id": "5", "title": "Fleet renewal", "owner_id": "7", "stage": "proposal",
        "amount": {"amount": "12500.00", "currency": "EUR"}, "probability": 50,
        "expected_close": "2026-06-30", "closed_at": null, "lost_reason": null, "competitor_id": null
    })"));
}

TEST(RecordJsonTest, ToJsonWritesAnUnsetUserAsNull) {
    Deal deal;

    auto json = ToJson(deal);

    EXPECT_TRUE(json.at("created_by").is_null());
    EXPECT_TRUE(json.at("updated_by").is_null());
}

TEST(RecordJsonTest, ToJsonThenApplyJsonGivesBackTheFields) {
    auto deal = MakeDeal();
    auto json = ToJson(deal);
    for (auto name : {"id", "version", "created_at", "updated_at", "created_by", "updated_by", "closed_at"}) {
        json.erase(name);
    }
    Deal copy;
    FieldNames given;

    auto status = ApplyJson(copy, json, Mode::kCreate, given);

    ASSERT_TRUE(status) << status.error().message;
    copy.id = deal.id;
    copy.meta = deal.meta;
    EXPECT_EQ(ToJson(copy), ToJson(deal));
}

TEST(RecordJsonTest, ApplyTextSetsAFieldFromACsvCell) {
    Account account;
    FieldNames given;

    auto status = ApplyText(account, "status", "active", given);

    ASSERT_TRUE(status);
    EXPECT_EQ(account.status, domain::AccountStatus::kActive);
    EXPECT_TRUE(given.contains("status"));
}

TEST(RecordJsonTest, ApplyTextLeavesAFieldAloneForAnEmptyCell) {
    Account account;
    account.industry = "Retail";
    FieldNames given;

    auto status = ApplyText(account, "industry", "", given);

    ASSERT_TRUE(status);
    EXPECT_EQ(account.industry, "Retail");
    EXPECT_TRUE(given.empty());
}

TEST(RecordJsonTest, ApplyTextRefusesUnknownFieldsAndTakesTheDatesOfHistoryThatJsonMayNotSet) {
    Deal deal;
    FieldNames given;
    auto body = boost::json::parse(R"({"closed_at": "2026-03-02T09:00:00Z"})").as_object();

    ExpectInvalid(ApplyText(deal, "colour", "red", given), "colour", "deals have no field colour");
    auto imported = ApplyText(deal, "closed_at", "2026-03-02T09:00:00Z", given);
    ExpectInvalid(ApplyJson(deal, body, Mode::kUpdate, given), "closed_at", "closed_at cannot be changed");

    EXPECT_TRUE(imported) << "an import of history keeps when a deal closed";
    EXPECT_TRUE(given.contains("closed_at"));
    EXPECT_EQ(deal.closed_at, Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + 9h});
}

TEST(RecordJsonTest, ToTextRowWritesTheIdThenEveryField) {
    Account account;
    account.id = AccountId{4};
    account.name = "Acme";
    account.owner_id = UserId{9};
    account.tags = Tags{{"a", "b"}};

    auto row = ToTextRow(account);

    EXPECT_EQ(row, (std::vector<std::string>{"4", "Acme", "company", "9", "prospect", "", "", "", "", "", "", "a;b",
                                             "{}", "", "", ""}));
}

TEST(DiffTest, ANewRecordHasOnlyTargetValues) {
    auto changes = Diff({}, Object(R"({"id": "1", "version": 1, "title": "T", "probability": 10})"));

    EXPECT_EQ(changes, Object(R"({"title": {"to": "T"}, "probability": {"to": 10}})"));
}

TEST(DiffTest, ListsOnlyTheFieldsThatChanged) {
    auto before = Object(R"({"title": "T", "probability": 10, "stage": "new", "lost_reason": null})");
    auto after = Object(R"({"title": "T", "probability": 25, "stage": "qualified", "lost_reason": null})");

    auto changes = Diff(before, after);

    EXPECT_EQ(changes, Object(R"({"probability": {"from": 10, "to": 25},
                                  "stage": {"from": "new", "to": "qualified"}})"));
}

TEST(DiffTest, ComparesNestedValuesWhole) {
    auto before = Object(R"({"amount": {"amount": "1.00", "currency": "EUR"}})");
    auto after = Object(R"({"amount": {"amount": "2.00", "currency": "EUR"}})");

    auto changes = Diff(before, after);

    EXPECT_EQ(changes, Object(R"({"amount": {"from": {"amount": "1.00", "currency": "EUR"},
                                             "to": {"amount": "2.00", "currency": "EUR"}}})"));
}

TEST(DiffTest, IgnoresBookkeeping) {
    auto before = Object(R"({"id": "1", "version": 1, "created_at": "a", "updated_at": "a",
                             "created_by": "1", "updated_by": "1", "title": "T"})");
    auto after = Object(R"({"id": "2", "version": 2, "created_at": "b", "updated_at": "b",
                            "created_by": "2", "updated_by": "2", "title": "T"})");

    auto changes = Diff(before, after);

    EXPECT_TRUE(changes.empty());
}

TEST(DiffTest, AFieldMissingAfterwardsIsNotReported) {
    auto changes = Diff(Object(R"({"title": "T", "gone": 1})"), Object(R"({"title": "T"})"));

    EXPECT_TRUE(changes.empty());
}

TEST(DiffTest, NullToValueIsAChange) {
    auto changes = Diff(Object(R"({"lost_reason": null})"), Object(R"({"lost_reason": "price"})"));

    EXPECT_EQ(changes, Object(R"({"lost_reason": {"from": null, "to": "price"}})"));
}

TEST(DiffTest, OfTwoRecordsFollowsTheirJson) {
    auto before = MakeDeal();
    auto after = before;
    after.stage = Stage::kNegotiation;
    after.probability = 75;
    after.meta.version = 4;

    auto changes = Diff(ToJson(before), ToJson(after));

    EXPECT_EQ(changes, Object(R"({"stage": {"from": "proposal", "to": "negotiation"},
                                  "probability": {"from": 50, "to": 75}})"));
}

// The audit row of a create must read exactly as it did when it was built as Diff({}, ToJson(record)).
template <typename Record>
void ExpectTheTextOfTheDiffRoute(const Record& record) {
    EXPECT_EQ(CreationChangesJson(record), boost::json::serialize(Diff({}, ToJson(record))));
}

TEST(CreationChangesJsonTest, IsTheTextOfTheDiffOfANewRecord) {
    Account account;
    account.id = AccountId{4};
    account.meta = domain::RecordMeta{1, kCreated, kCreated, UserId{1}, UserId{1}};
    account.name = "Müller \"Söhne\"\t& Co\\";
    account.owner_id = UserId{9};
    account.email = "info@mueller.example";
    account.tags = Tags{{"vip", "key"}};
    ASSERT_TRUE(Codec<JsonObject>::FromText(R"({"employees": 12, "note": "a\nb"})", "custom"));
    account.custom = *Codec<JsonObject>::FromText(R"({"employees": 12, "note": "a\nb"})", "custom");
    domain::Contact contact;
    contact.account_id = AccountId{4};
    contact.last_name = "Berg";
    domain::Activity activity;
    activity.subject = "Call back";
    activity.deal_id = DealId{3};
    activity.due_at = kCreated + 24h;

    ExpectTheTextOfTheDiffRoute(account);
    ExpectTheTextOfTheDiffRoute(Account{});
    ExpectTheTextOfTheDiffRoute(MakeDeal());
    ExpectTheTextOfTheDiffRoute(contact);
    ExpectTheTextOfTheDiffRoute(activity);
}

TEST(CreationChangesJsonTest, ListsEveryReadableFieldWithItsTargetOnly) {
    domain::User user;
    user.email = "anna@example.com";
    user.name = "Anna";

    auto changes = boost::json::parse(CreationChangesJson(user)).as_object();

    EXPECT_EQ(changes, Diff({}, ToJson(user)));
    EXPECT_EQ(changes.at("email"), Object(R"({"to": "anna@example.com"})"));
    EXPECT_FALSE(changes.contains("id"));
    EXPECT_FALSE(changes.contains("version"));
}

}  // namespace
}  // namespace rapport::service
