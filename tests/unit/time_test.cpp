#include "core/time.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>

namespace rapport {
namespace {

using namespace std::chrono_literals;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Timestamp At(int y, unsigned m, unsigned d, std::chrono::seconds time_of_day = 0s) {
    return std::chrono::sys_days{Date{year{y}, month{m}, day{d}}} + time_of_day;
}

Timestamp ParsedOk(std::string_view text) {
    auto parsed = ParseTimestamp(text, "due_at");
    EXPECT_TRUE(parsed) << text;
    return parsed ? *parsed : Timestamp{};
}

TEST(ParseTimestampTest, ReadsUtcWithZ) {
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00Z"), At(2026, 11, 22, 9h + 30min));
    EXPECT_EQ(ParsedOk("1970-01-01T00:00:00Z"), Timestamp{});
    EXPECT_EQ(ParsedOk("2026-12-31T23:59:59Z"), At(2026, 12, 31, 23h + 59min + 59s));
}

TEST(ParseTimestampTest, AcceptsLowerCaseSeparatorsAndASpace) {
    EXPECT_EQ(ParsedOk("2026-11-22t09:30:00z"), At(2026, 11, 22, 9h + 30min));
    EXPECT_EQ(ParsedOk("2026-11-22 09:30:00Z"), At(2026, 11, 22, 9h + 30min));
}

TEST(ParseTimestampTest, ConvertsOffsetsToUtc) {
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00+01:00"), At(2026, 11, 22, 8h + 30min));
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00-05:30"), At(2026, 11, 22, 15h));
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00+00:00"), At(2026, 11, 22, 9h + 30min));
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00-00:00"), At(2026, 11, 22, 9h + 30min));
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00+23:59"), At(2026, 11, 21, 9h + 31min));
}

TEST(ParseTimestampTest, OffsetsMoveAcrossDayAndYearBoundaries) {
    EXPECT_EQ(ParsedOk("2026-01-01T00:30:00+01:00"), At(2025, 12, 31, 23h + 30min));
    EXPECT_EQ(ParsedOk("2025-12-31T23:30:00-01:00"), At(2026, 1, 1, 30min));
}

TEST(ParseTimestampTest, DropsFractionalSeconds) {
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00.999Z"), At(2026, 11, 22, 9h + 30min));
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00.1Z"), At(2026, 11, 22, 9h + 30min));
    EXPECT_EQ(ParsedOk("2026-11-22T09:30:00.123456789+02:00"), At(2026, 11, 22, 7h + 30min));
}

TEST(ParseTimestampTest, FoldsALeapSecondIntoTheNextSecond) {
    EXPECT_EQ(ParsedOk("2016-12-31T23:59:60Z"), At(2017, 1, 1));
}

TEST(ParseTimestampTest, AcceptsTheLeapDayOfALeapYear) {
    EXPECT_EQ(ParsedOk("2024-02-29T12:00:00Z"), At(2024, 2, 29, 12h));
    EXPECT_EQ(ParsedOk("2000-02-29T12:00:00Z"), At(2000, 2, 29, 12h));
}

TEST(ParseTimestampTest, RefusesTextThatIsNotAnRfc3339Timestamp) {
    for (std::string_view text : {
             "",
             "2026-11-22",
             "2026-11-22T09:30Z",
             "2026-11-22T09:30:00",    // no zone
             "2026-11-22T09:30:00ZZ",  // trailing text
             "2026-11-22T09:30:00Z ",  // trailing space
             " 2026-11-22T09:30:00Z",  // leading space
             "2026-11-22X09:30:00Z",   // wrong separator
             "2026-11-22T9:30:00Z",    // one-digit hour
             "26-11-22T09:30:00Z",     // two-digit year
             "2026/11/22T09:30:00Z",
             "2026-11-22T09:30:00.Z",      // a point without digits
             "2026-11-22T09:30:00,5Z",     // comma fraction
             "2026-11-22T09:30:00+0100",   // offset without colon
             "2026-11-22T09:30:00+01",     // offset without minutes
             "2026-11-22T09:30:00+24:00",  // offset hours out of range
             "2026-11-22T09:30:00+01:60",  // offset minutes out of range
             "2026-11-22T24:00:00Z",       // hour 24
             "2026-11-22T09:60:00Z",       // minute 60
             "2026-11-22T09:30:61Z",       // second 61
             "2026-13-01T00:00:00Z",       // month 13
             "2026-00-10T00:00:00Z",       // month 0
             "2026-11-00T00:00:00Z",       // day 0
             "2026-11-31T00:00:00Z",       // November has 30 days
             "2026-02-30T00:00:00Z",
             "2025-02-29T00:00:00Z",  // not a leap year
             "1900-02-29T00:00:00Z",  // a century that is not a leap year
             "2026-1a-22T09:30:00Z",
             "now",
         }) {
        auto parsed = ParseTimestamp(text, "due_at");

        ASSERT_FALSE(parsed) << "'" << text << "'";
        EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(parsed.error().field, "due_at");
        EXPECT_EQ(parsed.error().message, "due_at must be an RFC 3339 timestamp such as \"2026-11-22T09:30:00Z\"");
    }
}

TEST(ParseTimestampTest, RefusesAnInstantOutsideTheYearsItCanWrite) {
    for (std::string_view text : {"0000-01-01T00:00:00+00:01", "9999-12-31T23:59:60Z", "9999-12-31T23:30:00-01:00"}) {
        auto parsed = ParseTimestamp(text, "due_at");

        ASSERT_FALSE(parsed) << text;
        EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(parsed.error().field, "due_at");
        EXPECT_EQ(parsed.error().message, "due_at must be between 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z");
    }
    EXPECT_EQ(ParsedOk("0000-01-01T00:59:00+00:59"), At(0, 1, 1));
    EXPECT_EQ(ParsedOk("9999-12-31T23:59:59Z"), At(9999, 12, 31, 23h + 59min + 59s));
}

TEST(FormatTimestampTest, WritesUtcWithZ) {
    EXPECT_EQ(FormatTimestamp(At(2026, 11, 22, 9h + 30min)), "2026-11-22T09:30:00Z");
    EXPECT_EQ(FormatTimestamp(Timestamp{}), "1970-01-01T00:00:00Z");
    EXPECT_EQ(FormatTimestamp(At(2024, 2, 29, 23h + 59min + 59s)), "2024-02-29T23:59:59Z");
}

TEST(FormatTimestampTest, WritesInstantsBeforeTheEpoch) {
    EXPECT_EQ(FormatTimestamp(Timestamp{-1s}), "1969-12-31T23:59:59Z");
    EXPECT_EQ(FormatTimestamp(At(1900, 1, 1, 1s)), "1900-01-01T00:00:01Z");
}

TEST(TimestampTest, FormattingThenParsingRoundTrips) {
    for (auto at : {Timestamp{}, Timestamp{-1s}, At(2026, 11, 22, 9h + 30min), At(2024, 2, 29, 12h + 1s),
                    At(9999, 12, 31, 23h + 59min + 59s), At(1, 1, 1)}) {
        auto text = FormatTimestamp(at);

        auto parsed = ParseTimestamp(text, "at");

        ASSERT_TRUE(parsed) << text;
        EXPECT_EQ(*parsed, at) << text;
    }
}

TEST(TimestampTest, ParsingThenFormattingGivesTheCanonicalForm) {
    EXPECT_EQ(FormatTimestamp(ParsedOk("2026-11-22T09:30:00Z")), "2026-11-22T09:30:00Z");
    EXPECT_EQ(FormatTimestamp(ParsedOk("2026-11-22t10:30:00.5+01:00")), "2026-11-22T09:30:00Z");
}

TEST(ParseDateTest, ReadsACalendarDay) {
    auto date = ParseDate("2026-11-22", "expected_close");

    ASSERT_TRUE(date);
    EXPECT_EQ(*date, (Date{year{2026}, month{11}, day{22}}));
}

TEST(ParseDateTest, AcceptsTheLeapDayOfALeapYear) {
    EXPECT_TRUE(ParseDate("2024-02-29", "starts_on"));
    EXPECT_TRUE(ParseDate("2000-02-29", "starts_on"));
}

TEST(ParseDateTest, RefusesTextThatIsNotARealDay) {
    for (std::string_view text : {"", "2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01",
                                  "2026-00-01", "2026-01-00", "2026-1-1", "20261122", "2026-11-22T00:00:00Z",
                                  "2026-11-22 ", " 2026-11-22", "2026/11/22", "22-11-2026", "yesterday"}) {
        auto date = ParseDate(text, "starts_on");

        ASSERT_FALSE(date) << "'" << text << "'";
        EXPECT_EQ(date.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(date.error().field, "starts_on");
        EXPECT_EQ(date.error().message, "starts_on must be a date such as \"2026-11-22\"");
    }
}

TEST(FormatDateTest, WritesYearMonthDayWithZeroPadding) {
    EXPECT_EQ(FormatDate(Date{year{2026}, month{3}, day{7}}), "2026-03-07");
    EXPECT_EQ(FormatDate(Date{year{1}, month{1}, day{1}}), "0001-01-01");
    EXPECT_EQ(FormatDate(Date{year{9999}, month{12}, day{31}}), "9999-12-31");
    // Beyond four digits, as printf writes them (no date the API accepts is there).
    EXPECT_EQ(FormatDate(Date{year{12026}, month{3}, day{7}}), "12026-03-07");
    EXPECT_EQ(FormatTimestamp(At(12026, 3, 7, 1h + 2min + 3s)), "12026-03-07T01:02:03Z");
}

TEST(DateTest, FormattingThenParsingRoundTrips) {
    for (auto date : {Date{year{2026}, month{11}, day{22}}, Date{year{2024}, month{2}, day{29}},
                      Date{year{1}, month{1}, day{1}}, Date{year{9999}, month{12}, day{31}}}) {
        auto parsed = ParseDate(FormatDate(date), "on");

        ASSERT_TRUE(parsed);
        EXPECT_EQ(*parsed, date);
    }
}

TEST(DateOfTest, GivesTheUtcDayAnInstantFallsOn) {
    EXPECT_EQ(DateOf(At(2026, 11, 22)), (Date{year{2026}, month{11}, day{22}}));
    EXPECT_EQ(DateOf(At(2026, 11, 22, 23h + 59min + 59s)), (Date{year{2026}, month{11}, day{22}}));
    EXPECT_EQ(DateOf(Timestamp{-1s}), (Date{year{1969}, month{12}, day{31}}));
}

TEST(StartOfTest, GivesMidnightUtc) {
    EXPECT_EQ(StartOf(Date{year{2026}, month{11}, day{22}}), At(2026, 11, 22));
    EXPECT_EQ(DateOf(StartOf(Date{year{2024}, month{2}, day{29}})), (Date{year{2024}, month{2}, day{29}}));
}

TEST(NowTest, IsWholeSecondsNearTheSystemClock) {
    auto before = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());

    auto now = Now();

    auto after = std::chrono::system_clock::now();
    EXPECT_GE(now, before);
    EXPECT_LE(now, after);
}

}  // namespace
}  // namespace rapport
