#include "core/zoned_date.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace rapport {
namespace {

using namespace std::chrono_literals;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date On(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

Timestamp At(int y, unsigned m, unsigned d, std::chrono::seconds time_of_day) {
    return std::chrono::sys_days{On(y, m, d)} + time_of_day;
}

TEST(DateInTest, EastOfUtcTheDayTurnsBeforeUtcsDoes) {
    EXPECT_EQ(DateIn(At(2026, 3, 10, 23h + 30min), "Asia/Kolkata"), On(2026, 3, 11)) << "05:00 the next morning";
    EXPECT_EQ(DateIn(At(2026, 3, 10, 9h + 59min), "Pacific/Kiritimati"), On(2026, 3, 10)) << "23:59, UTC+14";
    EXPECT_EQ(DateIn(At(2026, 3, 10, 10h), "Pacific/Kiritimati"), On(2026, 3, 11));
}

TEST(DateInTest, WestOfUtcTheDayTurnsAfterUtcsDoes) {
    EXPECT_EQ(DateIn(At(2026, 3, 11, 30min), "America/Lima"), On(2026, 3, 10)) << "19:30 the evening before";
    EXPECT_EQ(DateIn(At(2026, 3, 11, 5h), "America/Lima"), On(2026, 3, 11)) << "midnight in Lima, UTC−5";
}

TEST(DateInTest, FollowsDaylightSavingTime) {
    // Vienna is UTC+1 in winter and UTC+2 in summer: 22:30 UTC is the same day in January, the next in July.
    EXPECT_EQ(DateIn(At(2026, 1, 15, 22h + 30min), "Europe/Vienna"), On(2026, 1, 15));
    EXPECT_EQ(DateIn(At(2026, 7, 15, 22h + 30min), "Europe/Vienna"), On(2026, 7, 16));
}

TEST(DateInTest, AZoneItCannotReadCountsAsUtc) {
    auto late = At(2026, 3, 10, 23h + 30min);

    EXPECT_EQ(DateIn(late, "Mars/Olympus_Mons"), On(2026, 3, 10));
    EXPECT_EQ(DateIn(late, ""), On(2026, 3, 10)) << "not the process's local zone";
    EXPECT_EQ(DateIn(late, "UTC"), On(2026, 3, 10));
}

TEST(DateInTest, AZoneReadOnceAnswersAgainAlike) {
    auto late = At(2026, 3, 10, 23h + 30min);

    EXPECT_EQ(DateIn(late, "Asia/Tokyo"), On(2026, 3, 11));
    EXPECT_EQ(DateIn(late, "Asia/Tokyo"), On(2026, 3, 11));
    EXPECT_EQ(DateIn(late - 24h, "Asia/Tokyo"), On(2026, 3, 10));
}

}  // namespace
}  // namespace rapport
