#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace rapport::fuzz {

/// Prints the broken invariant and what the target knew about it, then aborts: libFuzzer saves the input
/// that got here as a crash, and the message says which promise it broke.
[[noreturn]] inline void InvariantBroken(const char* condition, const std::string& detail, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, condition, detail.c_str());
    std::abort();
}

}  // namespace rapport::fuzz

/// Like RAPPORT_ASSERT, for the promises a fuzz target checks. `detail` (a std::string) is built only when
/// the condition fails, so it may be as costly as it needs to be to explain the failure.
#define RAPPORT_FUZZ_REQUIRE(condition, detail)                                         \
    do {                                                                                \
        if (!(condition)) [[unlikely]]                                                  \
            ::rapport::fuzz::InvariantBroken(#condition, (detail), __FILE__, __LINE__); \
    } while (false)
