#include "core/codec.hpp"

#include "domain/deal/deal.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace rapport {
namespace {

using namespace std::chrono_literals;
using domain::Stage;

boost::json::value Json(std::string_view text) { return boost::json::parse(text); }

Money Euros(std::int64_t cents) { return Money(cents, *Currency::Parse("EUR")); }

// Asserts that `result` failed with kInvalidArgument on `field` with `message`.
template <typename T>
void ExpectInvalid(const Result<T>& result, std::string_view field, std::string_view message) {
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(result.error().field, field);
    EXPECT_EQ(result.error().message, message);
}

TEST(StringCodecTest, PassesTextThrough) {
    EXPECT_EQ(Codec<std::string>::ToText("a; b"), "a; b");
    EXPECT_EQ(*Codec<std::string>::FromText("", "name"), "");
    EXPECT_EQ(*Codec<std::string>::FromText("Åsa \"quoted\"", "name"), "Åsa \"quoted\"");
}

TEST(StringCodecTest, ReadsOnlyJsonStrings) {
    EXPECT_EQ(*Codec<std::string>::FromJson(Json(R"("Acme")"), "name"), "Acme");
    EXPECT_EQ(Codec<std::string>::ToJson("Acme"), Json(R"("Acme")"));

    for (auto text : {"1", "true", "null", "[]", "{}"}) {
        ExpectInvalid(Codec<std::string>::FromJson(Json(text), "name"), "name", "name must be a string");
    }
}

TEST(StringCodecTest, RefusesAJsonStringWithANulWhichPostgresCannotStore) {
    ExpectInvalid(Codec<std::string>::FromJson(Json(R"("Ac\u0000me")"), "name"), "name",
                  "name must not contain a NUL character");
}

TEST(IntegerCodecTest, ReadsWholeNumbersFromText) {
    EXPECT_EQ(*Codec<std::int64_t>::FromText("42", "probability"), 42);
    EXPECT_EQ(*Codec<std::int64_t>::FromText("-7", "probability"), -7);
    EXPECT_EQ(*Codec<std::int64_t>::FromText("9223372036854775807", "probability"),
              std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(Codec<std::int64_t>::ToText(-7), "-7");
}

TEST(IntegerCodecTest, RefusesTextThatIsNotAWholeNumber) {
    for (std::string_view text : {"", "4.2", "12a", " 1", "1 ", "+1", "0x10", "9223372036854775808", "-", "one"}) {
        ExpectInvalid(Codec<std::int64_t>::FromText(text, "probability"), "probability",
                      "probability must be a whole number");
    }
}

TEST(IntegerCodecTest, ReadsJsonIntegersThatFit) {
    EXPECT_EQ(*Codec<std::int64_t>::FromJson(Json("42"), "level"), 42);
    EXPECT_EQ(*Codec<std::int64_t>::FromJson(Json("-42"), "level"), -42);
    EXPECT_EQ(*Codec<std::int64_t>::FromJson(boost::json::value(std::uint64_t{9223372036854775807u}), "level"),
              std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(Codec<std::int64_t>::ToJson(42), Json("42"));
}

TEST(IntegerCodecTest, RefusesJsonThatIsNotAWholeNumber) {
    for (auto text : {"4.5", "1.0", "1e2", "\"42\"", "true", "null", "[1]", "18446744073709551615"}) {
        ExpectInvalid(Codec<std::int64_t>::FromJson(Json(text), "level"), "level", "level must be a whole number");
    }
}

TEST(BoolCodecTest, ReadsTrueFalseAndOneZeroFromText) {
    EXPECT_EQ(*Codec<bool>::FromText("true", "active"), true);
    EXPECT_EQ(*Codec<bool>::FromText("1", "active"), true);
    EXPECT_EQ(*Codec<bool>::FromText("false", "active"), false);
    EXPECT_EQ(*Codec<bool>::FromText("0", "active"), false);
    EXPECT_EQ(Codec<bool>::ToText(true), "true");
    EXPECT_EQ(Codec<bool>::ToText(false), "false");

    for (std::string_view text : {"", "True", "TRUE", "yes", "no", "2", " true"}) {
        ExpectInvalid(Codec<bool>::FromText(text, "active"), "active", "active must be true or false");
    }
}

TEST(BoolCodecTest, ReadsOnlyJsonBooleans) {
    EXPECT_EQ(*Codec<bool>::FromJson(Json("true"), "active"), true);
    EXPECT_EQ(*Codec<bool>::FromJson(Json("false"), "active"), false);
    EXPECT_EQ(Codec<bool>::ToJson(true), Json("true"));

    for (auto text : {"1", "0", "\"true\"", "null"}) {
        ExpectInvalid(Codec<bool>::FromJson(Json(text), "active"), "active", "active must be true or false");
    }
}

TEST(MoneyCodecTest, WritesAmountAndCurrency) {
    EXPECT_EQ(Codec<Money>::ToText(Euros(125000)), "1250.00 EUR");
    EXPECT_EQ(Codec<Money>::ToJson(Euros(125000)), Json(R"({"amount": "1250.00", "currency": "EUR"})"));
    EXPECT_EQ(Codec<Money>::ToJson(Money(5, *Currency::Parse("JPY"))), Json(R"({"amount": "5", "currency": "JPY"})"));
}

TEST(MoneyCodecTest, ReadsTextAsAmountSpaceCurrency) {
    auto money = Codec<Money>::FromText("1250.00 EUR", "amount");

    ASSERT_TRUE(money);
    EXPECT_EQ(*money, Euros(125000));
}

TEST(MoneyCodecTest, RefusesTextWithoutACurrency) {
    ExpectInvalid(Codec<Money>::FromText("1250.00", "amount"), "amount",
                  "amount must be an amount and a currency, such as \"1250.00 EUR\"");
}

TEST(MoneyCodecTest, NamesTheRecordFieldWhenTextIsWrong) {
    ExpectInvalid(Codec<Money>::FromText("12.345 EUR", "budget"), "budget", "amount has more decimals than EUR allows");
    ExpectInvalid(Codec<Money>::FromText("12 XXX", "budget"), "budget",
                  "currency must be an ISO 4217 code such as EUR or USD");
    ExpectInvalid(Codec<Money>::FromText("12  EUR", "budget"), "budget",
                  "currency must be an ISO 4217 code such as EUR or USD");
}

TEST(MoneyCodecTest, ReadsTheJsonObjectForm) {
    auto money = Codec<Money>::FromJson(Json(R"({"amount": "-3.5", "currency": "EUR"})"), "amount");

    ASSERT_TRUE(money);
    EXPECT_EQ(*money, Euros(-350));
}

TEST(MoneyCodecTest, RefusesJsonOfTheWrongShape) {
    constexpr std::string_view kShape = "budget must be an object {\"amount\": \"1250.00\", \"currency\": \"EUR\"}";
    for (auto text : {R"("1250.00 EUR")", "1250", "null", "[]", R"({"amount": "1.00"})", R"({"currency": "EUR"})",
                      R"({"amount": "1.00", "currency": 978})", R"({"amount": "1.00", "currency": "EUR", "x": 1})",
                      R"({"amount": "1.00", "currency": null})", "{}"}) {
        SCOPED_TRACE(text);
        ExpectInvalid(Codec<Money>::FromJson(Json(text), "budget"), "budget", kShape);
    }
}

TEST(MoneyCodecTest, NamesTheAmountMemberWhenItIsNotAString) {
    for (auto text : {R"({"amount": 1250, "currency": "EUR"})", R"({"amount": 12.5, "currency": "EUR"})",
                      R"({"amount": null, "currency": "EUR"})"}) {
        ExpectInvalid(Codec<Money>::FromJson(Json(text), "budget"), "budget.amount",
                      "budget.amount must be a decimal string such as \"1250.00\"");
    }
}

TEST(MoneyCodecTest, NamesTheMemberThatBreaksAMoneyRule) {
    // The record field is itself called "amount" on deals, hence "amount.amount".
    ExpectInvalid(Codec<Money>::FromJson(Json(R"({"amount": "1.234", "currency": "EUR"})"), "amount"), "amount.amount",
                  "amount has more decimals than EUR allows");
    ExpectInvalid(Codec<Money>::FromJson(Json(R"({"amount": "abc", "currency": "EUR"})"), "amount"), "amount.amount",
                  "amount must be a decimal string such as \"1250.00\"");
    ExpectInvalid(Codec<Money>::FromJson(Json(R"({"amount": "1.00", "currency": "eur"})"), "amount"), "amount.currency",
                  "currency must be an ISO 4217 code such as EUR or USD");
}

TEST(MoneyCodecTest, SchemaRequiresAmountAndCurrency) {
    auto schema = Codec<Money>::Schema();

    EXPECT_EQ(schema.at("type"), "object");
    EXPECT_EQ(schema.at("required"), Json(R"(["amount", "currency"])"));
}

TEST(TimestampCodecTest, UsesRfc3339Text) {
    auto at =
        Timestamp{std::chrono::sys_days{Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{22}}}} +
        9h + 30min;

    EXPECT_EQ(Codec<Timestamp>::ToText(at), "2026-11-22T09:30:00Z");
    EXPECT_EQ(Codec<Timestamp>::ToJson(at), Json(R"("2026-11-22T09:30:00Z")"));
    EXPECT_EQ(*Codec<Timestamp>::FromText("2026-11-22T10:30:00+01:00", "due_at"), at);
    EXPECT_EQ(*Codec<Timestamp>::FromJson(Json(R"("2026-11-22T09:30:00Z")"), "due_at"), at);
}

TEST(TimestampCodecTest, RefusesJsonThatIsNotATimestampString) {
    ExpectInvalid(Codec<Timestamp>::FromJson(Json("1764000000"), "due_at"), "due_at",
                  "due_at must be an RFC 3339 timestamp string");
    ExpectInvalid(Codec<Timestamp>::FromJson(Json(R"("tomorrow")"), "due_at"), "due_at",
                  "due_at must be an RFC 3339 timestamp such as \"2026-11-22T09:30:00Z\"");
}

TEST(DateCodecTest, UsesIsoDates) {
    Date date{std::chrono::year{2026}, std::chrono::month{2}, std::chrono::day{28}};

    EXPECT_EQ(Codec<Date>::ToText(date), "2026-02-28");
    EXPECT_EQ(Codec<Date>::ToJson(date), Json(R"("2026-02-28")"));
    EXPECT_EQ(*Codec<Date>::FromText("2026-02-28", "starts_on"), date);
    EXPECT_EQ(*Codec<Date>::FromJson(Json(R"("2026-02-28")"), "starts_on"), date);
}

TEST(DateCodecTest, RefusesJsonThatIsNotADateString) {
    ExpectInvalid(Codec<Date>::FromJson(Json("20260228"), "starts_on"), "starts_on",
                  "starts_on must be a date string such as \"2026-11-22\"");
    ExpectInvalid(Codec<Date>::FromJson(Json(R"("2026-02-30")"), "starts_on"), "starts_on",
                  "starts_on must be a date such as \"2026-11-22\"");
}

TEST(TagsCodecTest, WritesSemicolonTextAndAJsonArray) {
    Tags tags{{"vip", "key account", "2026"}};

    EXPECT_EQ(Codec<Tags>::ToText(tags), "vip;key account;2026");
    EXPECT_EQ(Codec<Tags>::ToJson(tags), Json(R"(["vip", "key account", "2026"])"));
    EXPECT_EQ(Codec<Tags>::ToText(Tags{}), "");
    EXPECT_EQ(Codec<Tags>::ToJson(Tags{}), Json("[]"));
}

TEST(TagsCodecTest, ReadsTextTrimmingEachTagAndSkippingEmptyOnes) {
    auto tags = Codec<Tags>::FromText(" vip ; key account;;  ;2026 ", "tags");

    ASSERT_TRUE(tags);
    EXPECT_EQ(tags->values, (std::vector<std::string>{"vip", "key account", "2026"}));
    EXPECT_TRUE(Codec<Tags>::FromText("", "tags")->values.empty());
    EXPECT_TRUE(Codec<Tags>::FromText(";;", "tags")->values.empty());
}

TEST(TagsCodecTest, ReadsAJsonArrayOfStringsAsGiven) {
    auto tags = Codec<Tags>::FromJson(Json(R"(["vip", " padded "])"), "tags");

    ASSERT_TRUE(tags);
    EXPECT_EQ(tags->values, (std::vector<std::string>{"vip", " padded "}));
}

TEST(TagsCodecTest, RefusesJsonThatIsNotAnArrayOfStrings) {
    for (auto text : {R"("vip")", "null", "{}", R"(["vip", 1])", R"([null])", R"([["vip"]])"}) {
        ExpectInvalid(Codec<Tags>::FromJson(Json(text), "tags"), "tags", "tags must be an array of strings");
    }
}

TEST(TagsCodecTest, RoundTripsThroughTextAndJson) {
    Tags tags{{"a", "b c", "ü"}};

    EXPECT_EQ(*Codec<Tags>::FromText(Codec<Tags>::ToText(tags), "tags"), tags);
    EXPECT_EQ(*Codec<Tags>::FromJson(Codec<Tags>::ToJson(tags), "tags"), tags);
}

TEST(JsonObjectCodecTest, KeepsAnObjectAsCompactText) {
    auto object = Codec<JsonObject>::FromJson(Json(R"({ "email" : true, "n": [1, 2] })"), "consent");

    ASSERT_TRUE(object);
    EXPECT_EQ(object->text, R"({"email":true,"n":[1,2]})");
    EXPECT_EQ(Codec<JsonObject>::ToText(*object), object->text);
    EXPECT_EQ(Codec<JsonObject>::ToJson(*object), Json(R"({"email": true, "n": [1, 2]})"));
}

TEST(JsonObjectCodecTest, DefaultsToTheEmptyObject) {
    EXPECT_EQ(JsonObject{}.text, "{}");
    EXPECT_EQ(Codec<JsonObject>::ToJson(JsonObject{}), Json("{}"));
}

TEST(JsonObjectCodecTest, RefusesAnythingButAnObject) {
    for (auto text : {"[]", R"("{}")", "1", "null", "true"}) {
        ExpectInvalid(Codec<JsonObject>::FromJson(Json(text), "custom"), "custom", "custom must be a JSON object");
    }
}

TEST(JsonObjectCodecTest, ReadsTextAsJson) {
    EXPECT_EQ(Codec<JsonObject>::FromText(R"({"a": 1})", "custom")->text, R"({"a":1})");

    for (std::string_view text : {"", "not json", "[1]", "{", R"({"a": 1} trailing)"}) {
        ExpectInvalid(Codec<JsonObject>::FromText(text, "custom"), "custom", "custom must be a JSON object");
    }
}

TEST(JsonObjectCodecTest, AcceptsUpTo16KiBOfCompactJson) {
    // {"k":"…"} is 8 characters around the string.
    boost::json::object largest{{"k", std::string(16 * 1024 - 8, 'x')}};
    boost::json::object too_large{{"k", std::string(16 * 1024 - 7, 'x')}};

    auto accepted = Codec<JsonObject>::FromJson(largest, "custom");
    auto refused = Codec<JsonObject>::FromJson(too_large, "custom");

    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->text.size(), 16u * 1024u);
    ExpectInvalid(refused, "custom", "custom is larger than 16 KiB");
}

TEST(JsonObjectCodecTest, RefusesNumbersBeyondTheRangeOfADouble) {
    for (auto text : {R"({"a": 1e400})", R"({"a": [1, -1e309]})", R"({"a": {"b": 1e999}})"}) {
        ExpectInvalid(Codec<JsonObject>::FromJson(Json(text), "custom"), "custom",
                      "custom holds a number too large for a double");
    }
    EXPECT_EQ(Codec<JsonObject>::FromJson(Json(R"({"a": 1e308, "b": 1e-400})"), "custom")->text,
              R"({"a":1E308,"b":0E0})");
}

TEST(JsonObjectCodecTest, WritesUnreadableStoredTextAsAnEmptyObject) {
    EXPECT_EQ(Codec<JsonObject>::ToJson(JsonObject{"{broken"}), Json("{}"));
}

TEST(IdCodecTest, WritesIdsAsStrings) {
    EXPECT_EQ(Codec<AccountId>::ToText(AccountId{42}), "42");
    EXPECT_EQ(Codec<AccountId>::ToJson(AccountId{42}), Json(R"("42")"));
}

TEST(IdCodecTest, ReadsPositiveDecimalStrings) {
    EXPECT_EQ(*Codec<AccountId>::FromJson(Json(R"("42")"), "account_id"), AccountId{42});
    EXPECT_EQ(*Codec<DealId>::FromText("9223372036854775807", "deal_id"), DealId{9223372036854775807});
}

TEST(IdCodecTest, RefusesJsonNumbers) {
    for (auto text : {"42", "42.0", "null", "true", "[\"42\"]"}) {
        ExpectInvalid(Codec<AccountId>::FromJson(Json(text), "account_id"), "account_id",
                      "account_id must be an id string");
    }
}

TEST(IdCodecTest, RefusesStringsThatAreNotAPositiveId) {
    for (auto text : {R"("0")", R"("-1")", R"("")", R"("abc")", R"("4 2")", R"("1.5")", R"("9223372036854775808")"}) {
        ExpectInvalid(Codec<AccountId>::FromJson(Json(text), "account_id"), "account_id", "account_id must be an id");
    }
    ExpectInvalid(Codec<AccountId>::FromText("0", "account_id"), "account_id", "account_id must be an id");
    ExpectInvalid(Codec<AccountId>::FromText("-5", "account_id"), "account_id", "account_id must be an id");
}

TEST(EnumCodecTest, UsesTheEnumerationsNames) {
    EXPECT_EQ(Codec<Stage>::ToText(Stage::kNegotiation), "negotiation");
    EXPECT_EQ(Codec<Stage>::ToJson(Stage::kWon), Json(R"("won")"));
    EXPECT_EQ(*Codec<Stage>::FromText("lost", "stage"), Stage::kLost);
    EXPECT_EQ(*Codec<Stage>::FromJson(Json(R"("qualified")"), "stage"), Stage::kQualified);
}

TEST(EnumCodecTest, ListsTheChoicesWhenANameIsUnknown) {
    constexpr std::string_view kMessage = "stage must be new, qualified, proposal, negotiation, won or lost";

    ExpectInvalid(Codec<Stage>::FromText("WON", "stage"), "stage", kMessage);
    ExpectInvalid(Codec<Stage>::FromText("", "stage"), "stage", kMessage);
    ExpectInvalid(Codec<Stage>::FromJson(Json(R"("closed")"), "stage"), "stage", kMessage);
    ExpectInvalid(Codec<Stage>::FromJson(Json("4"), "stage"), "stage", kMessage);
    ExpectInvalid(Codec<Stage>::FromJson(Json("null"), "stage"), "stage", kMessage);
}

TEST(EnumCodecTest, SchemaListsEveryName) {
    auto schema = Codec<Stage>::Schema();

    EXPECT_EQ(schema.at("enum"), Json(R"(["new", "qualified", "proposal", "negotiation", "won", "lost"])"));
}

TEST(OptionalCodecTest, AbsentIsNullInJsonAndEmptyAsText) {
    using OptionalText = Codec<std::optional<std::string>>;

    EXPECT_EQ(OptionalText::ToJson(std::nullopt), Json("null"));
    EXPECT_EQ(OptionalText::ToText(std::nullopt), "");
    EXPECT_FALSE(OptionalText::FromJson(Json("null"), "phone")->has_value());
    EXPECT_FALSE(OptionalText::FromText("", "phone")->has_value());
}

TEST(OptionalCodecTest, PresentValuesGoThroughTheInnerCodec) {
    using OptionalId = Codec<std::optional<AccountId>>;

    EXPECT_EQ(OptionalId::ToJson(AccountId{7}), Json(R"("7")"));
    EXPECT_EQ(OptionalId::ToText(AccountId{7}), "7");
    EXPECT_EQ(*OptionalId::FromJson(Json(R"("7")"), "account_id"), AccountId{7});
    EXPECT_EQ(*OptionalId::FromText("7", "account_id"), AccountId{7});
}

TEST(OptionalCodecTest, ReportsTheInnerCodecsError) {
    using OptionalDate = Codec<std::optional<Date>>;

    ExpectInvalid(OptionalDate::FromJson(Json("1"), "expected_close"), "expected_close",
                  "expected_close must be a date string such as \"2026-11-22\"");
    ExpectInvalid(OptionalDate::FromText("soon", "expected_close"), "expected_close",
                  "expected_close must be a date such as \"2026-11-22\"");
}

TEST(OptionalCodecTest, SchemaIsTheInnerOneMadeNullable) {
    auto schema = Codec<std::optional<Date>>::Schema();

    EXPECT_EQ(schema.at("type"), "string");
    EXPECT_EQ(schema.at("format"), "date");
    EXPECT_EQ(schema.at("nullable"), true);
}

TEST(CodecSchemaTest, DescribesEachScalarType) {
    EXPECT_EQ(Codec<std::string>::Schema().at("type"), "string");
    EXPECT_EQ(Codec<std::int64_t>::Schema().at("format"), "int64");
    EXPECT_EQ(Codec<bool>::Schema().at("type"), "boolean");
    EXPECT_EQ(Codec<Timestamp>::Schema().at("format"), "date-time");
    EXPECT_EQ(Codec<Tags>::Schema().at("type"), "array");
    EXPECT_EQ(Codec<JsonObject>::Schema().at("type"), "object");
    EXPECT_EQ(Codec<AccountId>::Schema().at("type"), "string");
}

}  // namespace
}  // namespace rapport
