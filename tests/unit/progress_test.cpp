#include "cli/progress.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <sstream>
#include <string>

namespace rapport::cli {
namespace {

using namespace std::chrono_literals;

// A clock the test moves by hand, counting how often the bar looks at it.
struct FakeClock {
    std::chrono::steady_clock::time_point now{};
    int reads = 0;

    ProgressBar::Clock AsClock() {
        return [this] {
            ++reads;
            return now;
        };
    }
};

// Every draw starts by returning the cursor to the start of the line.
std::int64_t DrawCount(const std::string& output) { return std::count(output.begin(), output.end(), '\r'); }

// The text of the last draw, without the cursor control around it.
std::string LastLine(const std::string& output) {
    auto start = output.rfind('\r');
    auto end = output.find("\x1b[K", start);
    return output.substr(start + 1, end - start - 1);
}

TEST(ProgressBarTest, WritesNothingWhenNotATerminal) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 100, Unit::kRows, out, Terminal::kNo, clock.AsClock());

    for (int i = 1; i <= 100; ++i) {
        clock.now += 1s;
        bar.Update(i);
    }
    bar.Finish();

    EXPECT_EQ(out.str(), "");
    EXPECT_EQ(clock.reads, 0);
}

TEST(ProgressBarTest, FirstUpdateDrawsAtOnce) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 100, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    bar.Update(1);

    EXPECT_EQ(DrawCount(out.str()), 1);
}

TEST(ProgressBarTest, ShowsPercentageBarAmountRateAndElapsedTime) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Exporting deals", 200'000, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    clock.now += 2s;
    bar.Update(100'000);

    EXPECT_EQ(LastLine(out.str()),
              "Exporting deals   50% [############............] 100,000 of 200,000 rows  50,000 rows/s  0:02");
}

TEST(ProgressBarTest, ShowsBytesInBinaryUnits) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 4 << 20, Unit::kBytes, out, Terminal::kYes, clock.AsClock());

    clock.now += 1s;
    bar.Update(1 << 20);

    EXPECT_EQ(LastLine(out.str()), "Importing   25% [######..................] 1.0 MiB of 4.0 MiB  1.0 MiB/s  0:01");
}

TEST(ProgressBarTest, UnknownTotalShowsNoPercentageOrBar) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 0, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    clock.now += 4s;
    bar.Update(1'234'567);

    EXPECT_EQ(LastLine(out.str()), "Importing  1,234,567 rows  308,641 rows/s  0:04");
}

TEST(ProgressBarTest, ShowsNoRateInTheFirstInstants) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 0, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    clock.now += 1ms;
    bar.Update(10);

    EXPECT_EQ(LastLine(out.str()), "Importing  10 rows  0:00");
}

TEST(ProgressBarTest, ElapsedTimeShowsHoursWhenLong) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 0, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    clock.now += 1h + 2min + 3s;
    bar.Update(3723);

    EXPECT_EQ(LastLine(out.str()), "Importing  3,723 rows  1 rows/s  1:02:03");
}

TEST(ProgressBarTest, DoneBeyondTheTotalShowsAFullBar) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 10, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    bar.Update(12);

    EXPECT_NE(LastLine(out.str()).find("100% [########################]"), std::string::npos);
}

TEST(ProgressBarTest, EachDrawErasesTheRestOfThePreviousLine) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 0, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    bar.Update(1);

    EXPECT_EQ(out.str(), "\rImporting  1 rows  0:00\x1b[K");
}

TEST(ProgressBarTest, RedrawsAtMostTenTimesASecond) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 10'000, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    for (int i = 1; i <= 10'000; ++i) {
        clock.now += 1ms;
        bar.Update(i);
    }

    EXPECT_LE(DrawCount(out.str()), 10 * 10 + 1);
    EXPECT_GE(DrawCount(out.str()), 10 * 8);
}

TEST(ProgressBarTest, LooksAtTheClockOnlyOccasionallyWhenRowsAreFast) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 1'000'000, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    for (int i = 1; i <= 1'000'000; ++i) {
        clock.now += 1us;
        bar.Update(i);
    }

    EXPECT_LT(clock.reads, 1'000);
    EXPECT_GE(DrawCount(out.str()), 5);
}

TEST(ProgressBarTest, RedrawsEveryUpdateWhenRowsAreSlow) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 5, Unit::kRows, out, Terminal::kYes, clock.AsClock());

    for (int i = 1; i <= 5; ++i) {
        clock.now += 1s;
        bar.Update(i);
    }

    EXPECT_EQ(DrawCount(out.str()), 5);
}

TEST(ProgressBarTest, FinishDrawsTheFinalStateAndEndsTheLine) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 100, Unit::kRows, out, Terminal::kYes, clock.AsClock());
    bar.Update(1);
    bar.Update(100);
    clock.now += 50ms;

    bar.Finish();

    std::string output = out.str();
    ASSERT_FALSE(output.empty());
    EXPECT_EQ(output.back(), '\n');
    EXPECT_EQ(LastLine(output), "Importing  100% [########################] 100 of 100 rows  2,000 rows/s  0:00");
}

TEST(ProgressBarTest, NothingIsDrawnAfterFinish) {
    std::ostringstream out;
    FakeClock clock;
    ProgressBar bar("Importing", 100, Unit::kRows, out, Terminal::kYes, clock.AsClock());
    bar.Update(1);
    bar.Finish();
    std::string finished = out.str();

    clock.now += 1s;
    bar.Update(2);
    bar.Finish();

    EXPECT_EQ(out.str(), finished);
}

TEST(ProgressBarTest, DestroyingAnUnfinishedBarEndsTheLine) {
    std::ostringstream out;
    FakeClock clock;

    {
        ProgressBar bar("Importing", 100, Unit::kRows, out, Terminal::kYes, clock.AsClock());
        bar.Update(40);
    }

    EXPECT_EQ(out.str().back(), '\n');
    EXPECT_NE(LastLine(out.str()).find(" 40%"), std::string::npos);
}

}  // namespace
}  // namespace rapport::cli
