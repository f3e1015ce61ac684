#include "cli/progress.hpp"

#include "core/assert.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <string_view>
#include <utility>

namespace rapport::cli {
namespace {

using std::chrono::milliseconds;

constexpr milliseconds kRedrawInterval{100};
// How often Update should look at the clock: often enough to redraw on time, rarely enough to cost nothing.
constexpr milliseconds kCheckInterval{10};
constexpr std::int64_t kMaxStride = 1 << 16;
// Below this, a rate is mostly noise from the first few rows.
constexpr std::chrono::duration<double> kMinRateWindow{0.1};
constexpr std::int64_t kBarWidth = 24;
// Erases from the cursor to the end of the line, so that a shorter line leaves no tail of the last one.
constexpr std::string_view kEraseToEndOfLine = "\x1b[K";

Terminal StderrTerminal() {
    const char* term = std::getenv("TERM");
    bool dumb = term != nullptr && std::string_view(term) == "dumb";
    return isatty(STDERR_FILENO) == 1 && !dumb ? Terminal::kYes : Terminal::kNo;
}

// 1234567 -> "1,234,567".
std::string GroupThousands(std::int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string grouped = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
        grouped.push_back(digits[i]);
    }
    return grouped;
}

std::string FormatBytes(double bytes) {
    constexpr const char* kUnits[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024 && unit + 1 < static_cast<int>(std::size(kUnits))) {
        bytes /= 1024;
        ++unit;
    }
    char text[32];
    if (unit == 0) {
        std::snprintf(text, sizeof text, "%.0f B", bytes);
    } else {
        std::snprintf(text, sizeof text, "%.1f %s", bytes, kUnits[unit]);
    }
    return text;
}

std::string FormatAmount(std::int64_t amount, Unit unit) {
    switch (unit) {
        case Unit::kRows: return GroupThousands(amount);
        case Unit::kBytes: return FormatBytes(static_cast<double>(amount));
    }
    return GroupThousands(amount);
}

std::string FormatRate(double per_second, Unit unit) {
    switch (unit) {
        case Unit::kRows: return GroupThousands(static_cast<std::int64_t>(per_second)) + " rows/s";
        case Unit::kBytes: return FormatBytes(per_second) + "/s";
    }
    return {};
}

// "0:07", "12:34", "1:02:03".
std::string FormatElapsed(std::chrono::steady_clock::duration elapsed) {
    auto seconds = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
    char text[32];
    if (seconds >= 3600) {
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                      static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
    } else {
        std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(seconds / 60),
                      static_cast<long long>(seconds % 60));
    }
    return text;
}

}  // namespace

ProgressBar::Clock ProgressBar::SteadyClock() {
    return [] { return std::chrono::steady_clock::now(); };
}

ProgressBar::ProgressBar(std::string label, std::int64_t total, Unit unit)
    : ProgressBar(std::move(label), total, unit, std::cerr, StderrTerminal()) {}

ProgressBar::ProgressBar(std::string label, std::int64_t total, Unit unit, std::ostream& out, Terminal terminal,
                         Clock clock)
    : label_(std::move(label)),
      total_(std::max<std::int64_t>(total, 0)),
      unit_(unit),
      out_(out),
      silent_(terminal == Terminal::kNo),
      clock_(std::move(clock)) {
    RAPPORT_ASSERT(clock_ != nullptr, "a progress bar needs a clock");
    if (silent_) {
        // A silent bar never needs the clock, so Update costs one decrement.
        calls_until_check_ = kNever;
        return;
    }
    start_ = last_check_ = last_draw_ = clock_();
}

ProgressBar::~ProgressBar() { Finish(); }

void ProgressBar::Check() {
    if (silent_ || finished_) {
        calls_until_check_ = kNever;
        return;
    }
    TimePoint now = clock_();
    // Aim to look at the clock about every kCheckInterval whatever the pace: every call when rows crawl,
    // once in thousands of calls when they fly by.
    auto since_check = now - last_check_;
    if (since_check < kCheckInterval / 2) {
        stride_ = std::min(stride_ * 2, kMaxStride);
    } else if (since_check > kCheckInterval * 2) {
        stride_ = std::max<std::int64_t>(stride_ / 2, 1);
    }
    calls_until_check_ = stride_;
    last_check_ = now;
    // The first update draws at once, so that the user sees the work has started.
    if (!drawn_ || now - last_draw_ >= kRedrawInterval) Draw(now);
}

void ProgressBar::Finish() {
    if (finished_) return;
    finished_ = true;
    calls_until_check_ = kNever;
    if (silent_) return;
    Draw(clock_());
    out_.put('\n');
    out_.flush();
}

void ProgressBar::Draw(TimePoint now) {
    std::string line = "\r";
    line.append(Render(now)).append(kEraseToEndOfLine);
    out_.write(line.data(), static_cast<std::streamsize>(line.size()));
    out_.flush();
    drawn_ = true;
    last_draw_ = now;
}

std::string ProgressBar::Render(TimePoint now) const {
    std::int64_t done = std::max<std::int64_t>(done_, 0);
    std::string line = label_;
    if (total_ > 0) {
        std::int64_t shown = std::min(done, total_);
        char percent[8];
        std::snprintf(percent, sizeof percent, "%3d%%", static_cast<int>(shown * 100 / total_));
        std::int64_t filled = shown * kBarWidth / total_;
        line.append("  ").append(percent).append(" [");
        line.append(static_cast<std::size_t>(filled), '#').append(static_cast<std::size_t>(kBarWidth - filled), '.');
        line.append("] ");
        line.append(FormatAmount(done, unit_)).append(" of ").append(FormatAmount(total_, unit_));
    } else {
        line.append("  ").append(FormatAmount(done, unit_));
    }
    if (unit_ == Unit::kRows) line.append(" rows");

    std::chrono::duration<double> elapsed = now - start_;
    // A rate over the first instants is noise, but a finished job states its rate however quick it was.
    if (elapsed >= kMinRateWindow || (finished_ && elapsed.count() > 0)) {
        line.append("  ").append(FormatRate(static_cast<double>(done) / elapsed.count(), unit_));
    }
    line.append("  ").append(FormatElapsed(now - start_));
    return line;
}

}  // namespace rapport::cli
