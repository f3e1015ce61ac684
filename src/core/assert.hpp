#pragma once

#include <string_view>

namespace rapport {

/// Prints the failed condition, the message and where, then aborts; what RAPPORT_ASSERT calls. The place is
/// __FILE__ and __LINE__ rather than a std::source_location, which clang 14 (the fuzz build's compiler) cannot
/// make with libstdc++ 12.
[[noreturn]] void AssertionFailed(std::string_view condition, std::string_view message, const char* file,
                                  unsigned line);

}  // namespace rapport

/// A broken invariant is a bug, never the result of user input: stop loudly, in every build.
#define RAPPORT_ASSERT(condition, message)                                       \
    do {                                                                         \
        if (!(condition)) [[unlikely]]                                           \
            ::rapport::AssertionFailed(#condition, message, __FILE__, __LINE__); \
    } while (false)
