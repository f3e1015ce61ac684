#include "core/result.hpp"

#include "core/assert.hpp"

#include <cstdio>
#include <cstdlib>

namespace rapport {

std::string_view ErrorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::kMalformed: return "malformed_request";
        case ErrorCode::kInvalidArgument: return "validation_failed";
        case ErrorCode::kUnauthenticated: return "unauthenticated";
        case ErrorCode::kForbidden: return "forbidden";
        case ErrorCode::kNotFound: return "not_found";
        case ErrorCode::kConflict: return "conflict";
        case ErrorCode::kInvalidTransition: return "invalid_transition";
        case ErrorCode::kStale: return "version_mismatch";
        case ErrorCode::kTooLarge: return "body_too_large";
        case ErrorCode::kRateLimited: return "rate_limited";
        case ErrorCode::kUnavailable: return "unavailable";
        case ErrorCode::kInternal: return "internal";
    }
    return "internal";
}

void AssertionFailed(std::string_view condition, std::string_view message, const char* file, unsigned line) {
    std::fprintf(stderr, "%s:%u: assertion failed: %.*s (%.*s)\n", file, line,
                 static_cast<int>(condition.size()), condition.data(), static_cast<int>(message.size()),
                 message.data());
    std::abort();
}

void throw_exception_from_error(const Error& error, const boost::source_location& location) {
    AssertionFailed("result has a value", error.message, location.file_name(), location.line());
}

}  // namespace rapport
