#include "core/json_writer.hpp"

#include "domain/user/user.hpp"
#include "http/openapi_examples.hpp"
#include "http/record_routes.hpp"
#include "service/record_json.hpp"
#include "service/services.hpp"

#include <gtest/gtest.h>

#include <string>

namespace rapport {
namespace {

std::string Written(const auto& write) {
    std::string text;
    JsonWriter writer(text);
    write(writer);
    return text;
}

// Every byte below 0x80, the quote and the backslash among them, then UTF-8 (Devanagari, Hebrew, an emoji) and
// bytes that are not UTF-8 at all: what boost::json::serialize writes for them is the reference.
std::string EveryAsciiByteAndMore() {
    std::string text;
    for (int byte = 0; byte < 0x80; ++byte) text += static_cast<char>(byte);
    text += "मुंबई שלום 🙂";
    text += "\xff\xfe";
    return text;
}

TEST(JsonWriterTest, EscapesStringsAsBoostJsonDoes) {
    auto text = EveryAsciiByteAndMore();
    EXPECT_EQ(Written([&](JsonWriter& writer) { writer.String(text); }),
              boost::json::serialize(boost::json::value(boost::json::string(text))));
    EXPECT_EQ(Written([](JsonWriter& writer) { writer.String(""); }), "\"\"");
}

TEST(JsonWriterTest, SeparatesMembersAndNestedValues) {
    auto text = Written([](JsonWriter& writer) {
        writer.BeginObject();
        writer.Key("a");
        writer.Int(-9'223'372'036'854'775'807 - 1);
        writer.Key("b");
        writer.BeginArray();
        writer.Bool(true);
        writer.Null();
        writer.BeginObject();
        writer.EndObject();
        writer.BeginArray();
        writer.EndArray();
        writer.Value(boost::json::value{{"x", 1}});
        writer.Raw("[1,2]");
        writer.EndArray();
        writer.Key("c\n");
        writer.String("d");
        writer.EndObject();
    });
    EXPECT_EQ(text, R"({"a":-9223372036854775808,"b":[true,null,{},[],{"x":1},[1,2]],"c\n":"d"})");
    EXPECT_NO_THROW((void)boost::json::parse(text));
}

template <typename Record>
void ExpectSameAsTheTree(const Record& record) {
    SCOPED_TRACE(std::string(store::Traits<Record>::kCollection));
    EXPECT_EQ(service::RecordJsonText(record), boost::json::serialize(service::ToJson(record)));
    // A new record's audit changes are every field but the derived ones (which are not the record's to audit).
    // (Built anew: object::erase moves the last member into the gap, and the order is what is compared.)
    boost::json::object audited;
    for (const auto& [key, value] : service::ToJson(record)) {
        bool derived = false;
        store::ForEachField<Record>(
            [&](const auto& field) { derived = derived || (field.Is(FieldFlags::kDerived) && field.name == key); });
        if (!derived) audited.emplace(key, value);
    }
    EXPECT_EQ(service::CreationChangesJson(record), boost::json::serialize(service::Diff({}, audited)));
}

// Every record type's example (the OpenAPI document's, with lines, money and nulls) is written byte for byte as
// serialize(ToJson(record)) writes it: answers did not change when they stopped building the tree.
TEST(JsonWriterTest, WritesEveryRecordTypeAsItsTreeSerializes) {
    auto status = service::Collections::ForEach([]<typename Record>() -> Status {
        ExpectSameAsTheTree(http::Example<Record>());
        return {};
    });
    EXPECT_TRUE(status);
    ExpectSameAsTheTree(http::Example<domain::User>());
}

TEST(JsonWriterTest, WritesTextThatNeedsEscapingInARecord) {
    auto account = http::Example<domain::Account>();
    account.name = EveryAsciiByteAndMore();
    account.tags.values = {"a\"b", "c\\d", "\t"};
    ExpectSameAsTheTree(account);
}

TEST(JsonWriterTest, WritesAPageAsItsTreeSerializes) {
    store::Page<domain::Offer> page;
    page.items = {http::Example<domain::Offer>(), http::Example<domain::Offer>()};
    page.next_cursor = "abc";
    boost::json::array items{service::ToJson(page.items[0]), service::ToJson(page.items[1])};
    EXPECT_EQ(http::PageJsonText(page),
              boost::json::serialize(boost::json::object{{"items", items}, {"next_cursor", "abc"}}));
    page.next_cursor.reset();
    page.items.clear();
    EXPECT_EQ(http::PageJsonText(page), R"({"items":[],"next_cursor":null})");
}

}  // namespace
}  // namespace rapport
