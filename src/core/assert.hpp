#pragma once

#include <source_location>
#include <string_view>

namespace rapport {

[[noreturn]] void AssertionFailed(std::string_view condition, std::string_view message,
                                  std::source_location location = std::source_location::current());

}  // namespace rapport

/// A broken invariant is a bug, never the result of user input: stop loudly, in every build.
#define RAPPORT_ASSERT(condition, message) \
    do {                                   \
        if (!(condition)) [[unlikely]] ::rapport::AssertionFailed(#condition, message); \
    } while (false)
