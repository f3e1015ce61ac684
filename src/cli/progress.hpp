#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <limits>
#include <ostream>
#include <string>

namespace rapport::cli {

/// Whether a progress bar may draw: only on an interactive terminal, so that logs and pipes stay clean.
enum class Terminal { kYes, kNo };

/// What a progress bar counts, which decides how amounts and rates read ("12,000 rows", "3.1 MiB/s").
enum class Unit { kRows, kBytes };

/// One line on stderr that tracks long work such as importing or exporting 100,000+ rows:
///   Importing contacts  42% [##########..............] 12.3 MiB of 29.1 MiB  4.1 MiB/s  0:03
/// With an unknown total (0) it shows the amount, rate and elapsed time without percentage or bar.
/// Draws only when the output is a terminal, otherwise writes nothing at all. Update is cheap enough to call
/// once per row: it looks at the clock only now and then and redraws at most ten times a second.
/// Not thread-safe: one thread updates it.
class ProgressBar {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    /// The real monotonic clock, which bars use unless a test gives them another.
    static Clock SteadyClock();

    /// Draws on stderr when stderr is a terminal and TERM is not "dumb"; otherwise stays silent.
    /// A total of 0 means the total is unknown.
    ProgressBar(std::string label, std::int64_t total, Unit unit = Unit::kRows);

    /// Draws on `out` when `terminal` is kYes, reading the time from `clock`: for tests, and for callers
    /// that already know where the output goes.
    ProgressBar(std::string label, std::int64_t total, Unit unit, std::ostream& out, Terminal terminal,
                Clock clock = SteadyClock());

    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    /// Finishes the bar if the caller has not, so that an early return leaves the terminal on a fresh line.
    ~ProgressBar();

    /// Records that `done` units of the total are complete, redrawing when enough time has passed.
    void Update(std::int64_t done) {
        done_ = done;
        if (--calls_until_check_ <= 0) Check();
    }

    /// Draws the final state and ends the line, so that later output starts on a line of its own.
    /// Later calls, and later updates, do nothing.
    void Finish();

private:
    using TimePoint = std::chrono::steady_clock::time_point;

    void Check();
    void Draw(TimePoint now);
    std::string Render(TimePoint now) const;

    static constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

    std::string label_;
    std::int64_t total_;
    Unit unit_;
    std::ostream& out_;
    bool silent_;
    bool finished_ = false;
    bool drawn_ = false;
    Clock clock_;
    TimePoint start_;
    TimePoint last_check_;
    TimePoint last_draw_;
    std::int64_t done_ = 0;
    // Update counts down to the next look at the clock; the stride adapts to the pace of the calls.
    std::int64_t calls_until_check_ = 1;
    std::int64_t stride_ = 1;
};

}  // namespace rapport::cli
