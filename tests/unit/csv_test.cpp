#include "core/csv.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <ios>
#include <optional>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::csv {
namespace {

using Records = std::vector<std::vector<std::string>>;

constexpr std::size_t kBlock = 64 * 1024;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Every record of `text` with the line it started on, or the first error.
struct Parsed {
    Records records;
    std::vector<std::int64_t> lines;
    std::optional<Error> error;
};

Parsed ParseAll(const std::string& text) {
    std::istringstream in(text);
    Reader reader(in);
    Parsed parsed;
    std::vector<std::string> fields;
    for (;;) {
        auto next = reader.Next(fields);
        if (!next) {
            parsed.error = next.error();
            break;
        }
        if (!*next) break;
        parsed.records.push_back(fields);
        parsed.lines.push_back(reader.line());
    }
    return parsed;
}

Records ReadAll(const std::string& text) {
    auto parsed = ParseAll(text);
    EXPECT_FALSE(parsed.error) << parsed.error->message;
    return parsed.records;
}

Error FirstError(const std::string& text) {
    auto parsed = ParseAll(text);
    EXPECT_TRUE(parsed.error);
    return parsed.error.value_or(Error{});
}

// One record of a single field, `length` bytes long with its LF: pushes what follows to a chosen offset.
std::string PaddingLine(std::size_t length) { return std::string(length - 1, 'p') + "\n"; }

// A stream whose reads fail, as a disk or network error would.
class FailingBuffer : public std::streambuf {
protected:
    int_type underflow() override { throw std::ios_base::failure("disk on fire"); }
};

TEST(CsvReaderTest, ReadsRecordsSeparatedByLf) {
    std::string text = "name,email\nAda,ada@example.com\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"name", "email"}, {"Ada", "ada@example.com"}}));
}

TEST(CsvReaderTest, AcceptsCrlfAndLoneCrLineEnds) {
    std::string text = "a,b\r\nc,d\re,f\n";

    auto parsed = ParseAll(text);

    EXPECT_EQ(parsed.records, (Records{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
    EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{1, 2, 3}));
}

TEST(CsvReaderTest, LastLineMayLackANewline) {
    std::string text = "a,b\r\nc,d";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"a", "b"}, {"c", "d"}}));
}

TEST(CsvReaderTest, EmptyInputHasNoRecords) {
    EXPECT_TRUE(ReadAll("").empty());
    EXPECT_TRUE(ReadAll("\xEF\xBB\xBF").empty());
    EXPECT_TRUE(ReadAll("\r\n").empty());
}

TEST(CsvReaderTest, EmptyLinesAtTheEndAreNotRecords) {
    std::string text = "a,b\r\n\r\n\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"a", "b"}}));
}

TEST(CsvReaderTest, EmptyLineBetweenRecordsIsOneEmptyFieldOnItsOwnLine) {
    std::string text = "a\n\n\r\nb\n";

    auto parsed = ParseAll(text);

    EXPECT_EQ(parsed.records, (Records{{"a"}, {""}, {""}, {"b"}}));
    EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{1, 2, 3, 4}));
}

TEST(CsvReaderTest, SkipsAUtf8ByteOrderMarkOnlyAtTheStart) {
    std::string text = "\xEF\xBB\xBFname\n\xEF\xBB\xBFZo\xC3\xAB\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"name"}, {"\xEF\xBB\xBFZo\xC3\xAB"}}));
}

TEST(CsvReaderTest, KeepsEmptyFields) {
    std::string text = "a,,c\n,\n\"\"\nx,\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"a", "", "c"}, {"", ""}, {""}, {"x", ""}}));
}

TEST(CsvReaderTest, KeepsSpacesAroundUnquotedFields) {
    std::string text = " a , b\t\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{" a ", " b\t"}}));
}

TEST(CsvReaderTest, QuotedFieldMayContainCommas) {
    std::string text = "\"Acme, Inc.\",Paris\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"Acme, Inc.", "Paris"}}));
}

TEST(CsvReaderTest, DoubledQuoteInAQuotedFieldIsOneQuote) {
    std::string text = "\"say \"\"hi\"\"\",\"\"\"\"\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"say \"hi\"", "\""}}));
}

TEST(CsvReaderTest, QuotedFieldMayContainNewlines) {
    std::string text = "\"line one\r\nline two\nline three\",x\r\n";

    auto records = ReadAll(text);

    EXPECT_EQ(records, (Records{{"line one\r\nline two\nline three", "x"}}));
}

TEST(CsvReaderTest, LineNumbersCountLinesInsideQuotedFields) {
    std::string text = "h1,h2\r\n\"a\r\nb\",c\r\nd,\"e\n\nf\rg\"\r\nlast,row";

    auto parsed = ParseAll(text);

    ASSERT_EQ(parsed.records.size(), 4u);
    EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{1, 2, 4, 8}));
}

TEST(CsvReaderTest, LineIsZeroBeforeTheFirstRecord) {
    std::istringstream in("a\n");

    Reader reader(in);

    EXPECT_EQ(reader.line(), 0);
    EXPECT_EQ(reader.bytes_read(), 0);
}

TEST(CsvReaderTest, ReplacesTheCallersFieldsWithTheNextRecord) {
    std::istringstream in("a,b,c,d\nx,y\n");
    Reader reader(in);
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.Next(fields).value());

    auto next = reader.Next(fields);

    ASSERT_TRUE(next.has_value());
    EXPECT_TRUE(*next);
    EXPECT_EQ(fields, (std::vector<std::string>{"x", "y"}));
}

TEST(CsvReaderTest, KeepsReturningFalseAfterTheEnd) {
    std::istringstream in("a\n");
    Reader reader(in);
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.Next(fields).value());

    auto first = reader.Next(fields);
    auto second = reader.Next(fields);

    EXPECT_FALSE(first.value());
    EXPECT_FALSE(second.value());
}

TEST(CsvReaderTest, BytesReadIsTheEndOfTheLastRecord) {
    std::string text = std::string(kByteOrderMark) + "ab,c\r\n\"d\ne\"\n";
    std::istringstream in(text);
    Reader reader(in);
    std::vector<std::string> fields;

    ASSERT_TRUE(reader.Next(fields).value());
    auto after_first = reader.bytes_read();
    ASSERT_TRUE(reader.Next(fields).value());
    auto after_second = reader.bytes_read();

    EXPECT_EQ(after_first, 9);
    EXPECT_EQ(after_second, static_cast<std::int64_t>(text.size()));
}

TEST(CsvReaderTest, UnterminatedQuotedFieldIsMalformedAtTheLineItOpened) {
    std::string text = "a,b\nc,\"never\nclosed\n";

    auto error = FirstError(text);

    EXPECT_EQ(error.code, ErrorCode::kMalformed);
    EXPECT_EQ(error.message, "line 2: unterminated quoted field");
    EXPECT_EQ(error.field, "");
}

TEST(CsvReaderTest, CharacterAfterClosingQuoteIsMalformed) {
    std::string text = "a\n\"multi\nline\"x,b\n";

    auto error = FirstError(text);

    EXPECT_EQ(error.code, ErrorCode::kMalformed);
    EXPECT_EQ(error.message, "line 3: unexpected character after closing quote");
    EXPECT_EQ(error.field, "");
}

TEST(CsvReaderTest, SpaceAfterClosingQuoteIsMalformed) {
    std::string text = "\"a\" ,b\n";

    auto error = FirstError(text);

    EXPECT_EQ(error.message, "line 1: unexpected character after closing quote");
}

TEST(CsvReaderTest, QuoteInsideAnUnquotedFieldIsMalformed) {
    std::string text = "a,b\r\nc,5\" screen\r\n";

    auto error = FirstError(text);

    EXPECT_EQ(error.code, ErrorCode::kMalformed);
    EXPECT_EQ(error.message, "line 2: quote inside an unquoted field");
    EXPECT_EQ(error.field, "");
}

TEST(CsvReaderTest, ReportsTheLineTheFailingRecordStartedOn) {
    std::istringstream in("a\n\"b\nc\",d\ne\"f\n");
    Reader reader(in);
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.Next(fields).value());
    ASSERT_TRUE(reader.Next(fields).value());

    auto next = reader.Next(fields);

    ASSERT_FALSE(next.has_value());
    EXPECT_EQ(next.error().message, "line 4: quote inside an unquoted field");
    EXPECT_EQ(reader.line(), 4);
}

TEST(CsvReaderTest, UnreadableStreamIsUnavailable) {
    FailingBuffer buffer;
    std::istream in(&buffer);
    Reader reader(in);
    std::vector<std::string> fields;

    auto next = reader.Next(fields);

    ASSERT_FALSE(next.has_value());
    EXPECT_EQ(next.error().code, ErrorCode::kUnavailable);
    EXPECT_EQ(next.error().message, "line 1: cannot read the input");
}

TEST(CsvReaderTest, ReadsInputOfManyBlocks) {
    std::string text = "id,name,note\r\n";
    constexpr int kRows = 20'000;
    for (int i = 1; i <= kRows; ++i) {
        text += std::to_string(i) + ",\"Name, " + std::to_string(i) + "\",\"two\r\nlines\"\r\n";
    }
    ASSERT_GT(text.size(), 4 * kBlock);

    auto parsed = ParseAll(text);

    ASSERT_FALSE(parsed.error);
    ASSERT_EQ(parsed.records.size(), static_cast<std::size_t>(kRows + 1));
    EXPECT_EQ(parsed.records[kRows], (std::vector<std::string>{"20000", "Name, 20000", "two\r\nlines"}));
    EXPECT_EQ(parsed.lines[kRows], 2 * kRows);
}

TEST(CsvReaderTest, FieldMayBeLongerThanABlock) {
    std::string long_value(3 * kBlock + 17, 'x');
    long_value[kBlock] = '\n';
    std::string text =
        "\"" + long_value + "\"," + std::string(kBlock, 'y') + "\n\"" + std::string(2 * kBlock, 'z') + "\"\"\"\nlast\n";

    auto parsed = ParseAll(text);

    ASSERT_FALSE(parsed.error) << parsed.error->message;
    ASSERT_EQ(parsed.records.size(), 3u);
    EXPECT_EQ(parsed.records[0], (std::vector<std::string>{long_value, std::string(kBlock, 'y')}));
    EXPECT_EQ(parsed.records[1], (std::vector<std::string>{std::string(2 * kBlock, 'z') + "\""}));
    EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{1, 3, 4}));
}

// The block boundary is moved across every byte of a snippet that has each construct a split could break:
// a doubled quote, a closing quote before a comma, a CRLF inside quotes, a CRLF ending a record, a lone CR.
TEST(CsvReaderTest, ParsesTheSameWhereverTheBlockBoundaryFalls) {
    const std::string snippet = "\"a \"\"b\"\", c\",d\r\n\"e\r\nf\",\"\"\r\ng\rh,i";
    const Records expected_tail = {{"a \"b\", c", "d"}, {"e\r\nf", ""}, {"g"}, {"h", "i"}};
    const std::vector<std::int64_t> expected_lines = {1, 2, 3, 5, 6};

    for (std::size_t shift = 0; shift <= snippet.size(); ++shift) {
        std::string text = PaddingLine(kBlock - shift) + snippet;

        auto parsed = ParseAll(text);

        ASSERT_FALSE(parsed.error) << "shift " << shift << ": " << parsed.error->message;
        ASSERT_EQ(parsed.records.size(), expected_tail.size() + 1) << "shift " << shift;
        EXPECT_EQ(Records(parsed.records.begin() + 1, parsed.records.end()), expected_tail) << "shift " << shift;
        EXPECT_EQ(parsed.lines, expected_lines) << "shift " << shift;
    }
}

TEST(CsvReaderTest, ReportsErrorsWhereverTheBlockBoundaryFalls) {
    const std::string snippet = "x,\"ab\"c\n";

    for (std::size_t shift = 0; shift <= snippet.size(); ++shift) {
        std::string text = PaddingLine(kBlock - shift) + snippet;

        auto error = FirstError(text);

        EXPECT_EQ(error.message, "line 2: unexpected character after closing quote") << "shift " << shift;
    }
}

TEST(CsvReaderTest, UnterminatedQuotedFieldAtABlockBoundaryIsMalformed) {
    std::string text = PaddingLine(kBlock - 1) + "\"";

    auto error = FirstError(text);

    EXPECT_EQ(error.message, "line 2: unterminated quoted field");
}

TEST(CsvWriterTest, WritesPlainFieldsUnquotedWithCrlf) {
    std::ostringstream out;
    Writer writer(out);

    writer.Write(std::vector<std::string>{"name", "email"});
    writer.Write(std::vector<std::string>{"Ada", "ada@example.com"});

    EXPECT_EQ(out.str(), "name,email\r\nAda,ada@example.com\r\n");
}

TEST(CsvWriterTest, QuotesFieldsWithCommasQuotesOrLineBreaksAndDoublesQuotes) {
    std::ostringstream out;
    Writer writer(out);

    writer.Write(std::vector<std::string>{"Acme, Inc.", "5\" screen", "a\nb", "c\rd", "\"\""});

    EXPECT_EQ(out.str(), "\"Acme, Inc.\",\"5\"\" screen\",\"a\nb\",\"c\rd\",\"\"\"\"\"\"\r\n");
}

TEST(CsvWriterTest, QuotesFieldsWithLeadingOrTrailingSpace) {
    std::ostringstream out;
    Writer writer(out);

    writer.Write(std::vector<std::string>{" lead", "trail ", "\ttab", "in side"});

    EXPECT_EQ(out.str(), "\" lead\",\"trail \",\"\ttab\",in side\r\n");
}

TEST(CsvWriterTest, QuotesAFieldThatStartsWithAByteOrderMark) {
    std::ostringstream out;
    Writer writer(out);
    const std::vector<std::string> record = {std::string(kByteOrderMark) + "name", "email"};

    writer.Write(record);

    EXPECT_EQ(out.str(), "\"" + std::string(kByteOrderMark) + "name\",email\r\n");
    EXPECT_EQ(ReadAll(out.str()), Records{record});
}

TEST(CsvWriterTest, WritesEmptyFieldsBareExceptALoneOne) {
    std::ostringstream out;
    Writer writer(out);

    writer.Write(std::vector<std::string>{"", "", ""});
    writer.Write(std::vector<std::string>{""});

    EXPECT_EQ(out.str(), ",,\r\n\"\"\r\n");
}

TEST(CsvWriterTest, WritesSpansOfStringViews) {
    std::ostringstream out;
    Writer writer(out);
    constexpr std::array<std::string_view, 3> kFields = {"id", "a,b", "c"};

    writer.Write(kFields);

    EXPECT_EQ(out.str(), "id,\"a,b\",c\r\n");
}

TEST(CsvWriterTest, WhatItWritesReadsBackUnchanged) {
    const Records records = {
        {"id", "name", "note"},
        {"1", "Zo\xC3\xAB \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x99\x82", "plain"},
        {"2", "\"quoted\"", "comma, inside"},
        {"3", "multi\nline", "crlf\r\ninside"},
        {"4", " padded ", "lone\rcr"},
        {"5", "", "\"\",\"\r\n"},
        {""},
        {"", ""},
        {"last", "=SUM(A1)", std::string(kByteOrderMark) + "bom-looking"},
    };
    std::ostringstream out;
    Writer writer(out);

    for (const auto& record : records) writer.Write(record);
    auto read_back = ReadAll(out.str());

    EXPECT_EQ(read_back, records);
}

TEST(CsvHeaderTest, MapsEachColumnToItsIndexAmongTheKnownColumns) {
    constexpr std::array<std::string_view, 4> kKnown = {"name", "email", "phone", "owner"};
    constexpr std::array<std::string_view, 1> kRequired = {"name"};
    std::vector<std::string> header = {"phone", "name", "owner"};

    auto indices = MapHeader(header, kKnown, kRequired);

    ASSERT_TRUE(indices.has_value());
    EXPECT_EQ(*indices, (std::vector<int>{2, 0, 3}));
}

TEST(CsvHeaderTest, TrimsColumnNames) {
    constexpr std::array<std::string_view, 2> kKnown = {"name", "email"};
    std::vector<std::string> header = {" name", "email\t "};

    auto indices = MapHeader(header, kKnown, {});

    ASSERT_TRUE(indices.has_value());
    EXPECT_EQ(*indices, (std::vector<int>{0, 1}));
}

TEST(CsvHeaderTest, UnknownColumnIsMalformed) {
    constexpr std::array<std::string_view, 2> kKnown = {"name", "email"};
    std::vector<std::string> header = {"name", " emial "};

    auto indices = MapHeader(header, kKnown, {});

    ASSERT_FALSE(indices.has_value());
    EXPECT_EQ(indices.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(indices.error().message, "unknown column \"emial\" (expected one of: name, email)");
    EXPECT_EQ(indices.error().field, "emial");
}

TEST(CsvHeaderTest, ColumnNamesAreCaseSensitive) {
    constexpr std::array<std::string_view, 1> kKnown = {"email"};
    std::vector<std::string> header = {"Email"};

    auto indices = MapHeader(header, kKnown, {});

    ASSERT_FALSE(indices.has_value());
    EXPECT_EQ(indices.error().field, "Email");
}

TEST(CsvHeaderTest, UnknownColumnListsOnlyAFewKnownOnes) {
    constexpr std::array<std::string_view, 10> kKnown = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"};
    std::vector<std::string> header = {"x"};

    auto indices = MapHeader(header, kKnown, {});

    ASSERT_FALSE(indices.has_value());
    EXPECT_EQ(indices.error().message,
              "unknown column \"x\" (expected one of: c0, c1, c2, c3, c4, c5, c6, c7, and 2 more)");
}

TEST(CsvHeaderTest, DuplicateColumnIsMalformed) {
    constexpr std::array<std::string_view, 2> kKnown = {"name", "email"};
    std::vector<std::string> header = {"email", "name", "email "};

    auto indices = MapHeader(header, kKnown, {});

    ASSERT_FALSE(indices.has_value());
    EXPECT_EQ(indices.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(indices.error().message, "duplicate column \"email\"");
    EXPECT_EQ(indices.error().field, "email");
}

TEST(CsvHeaderTest, MissingRequiredColumnIsMalformed) {
    constexpr std::array<std::string_view, 3> kKnown = {"name", "email", "phone"};
    constexpr std::array<std::string_view, 2> kRequired = {"name", "email"};
    std::vector<std::string> header = {"name", "phone"};

    auto indices = MapHeader(header, kKnown, kRequired);

    ASSERT_FALSE(indices.has_value());
    EXPECT_EQ(indices.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(indices.error().message, "missing required column \"email\"");
    EXPECT_EQ(indices.error().field, "email");
}

TEST(CsvHeaderTest, UnnamedColumnIsMalformed) {
    constexpr std::array<std::string_view, 2> kKnown = {"name", "email"};
    std::vector<std::string> header = {"name", "  "};

    auto indices = MapHeader(header, kKnown, {});

    ASSERT_FALSE(indices.has_value());
    EXPECT_EQ(indices.error().code, ErrorCode::kMalformed);
    EXPECT_EQ(indices.error().message, "column 2 has no name");
}

}  // namespace
}  // namespace rapport::csv
