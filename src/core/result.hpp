#pragma once

#include <boost/system/result.hpp>

#include <string>
#include <utility>

namespace rapport {

/// What went wrong, in terms a caller can act on. The HTTP layer maps each code to one status
/// (http/error_mapping.cpp); the CLI maps each to an exit code.
enum class ErrorCode {
    kMalformed,          // The request itself cannot be read: bad JSON, bad query parameter, bad CSV.
    kInvalidArgument,    // Readable, but breaks a rule: wrong type, unknown field, illegal value.
    kUnauthenticated,    // No credentials, or credentials that are wrong or expired.
    kForbidden,          // The caller's role may not do this.
    kNotFound,           // Absent, archived, or outside the caller's visibility.
    kConflict,           // Duplicate, or a change the record's state forbids.
    kInvalidTransition,  // An action that the document's status does not allow (a 409 like kConflict).
    kStale,              // If-Match named a version that is no longer current.
    kTooLarge,           // A body over the configured limit.
    kRateLimited,        // Too many attempts; try later.
    kUnavailable,        // The database cannot be reached or is busy beyond patience.
    kInternal,           // A bug or an unexpected engine failure; details go to the log only.
};

/// Every ErrorCode, for code that lists them all (the OpenAPI document).
inline constexpr ErrorCode kErrorCodes[] = {
    ErrorCode::kMalformed, ErrorCode::kInvalidArgument, ErrorCode::kUnauthenticated,   ErrorCode::kForbidden,
    ErrorCode::kNotFound,  ErrorCode::kConflict,        ErrorCode::kInvalidTransition, ErrorCode::kStale,
    ErrorCode::kTooLarge,  ErrorCode::kRateLimited,     ErrorCode::kUnavailable,       ErrorCode::kInternal,
};

struct Error {
    ErrorCode code;
    std::string message;  // Shown to the client: no SQL, no internals.
    std::string field;    // The offending field, when there is one.
    // The bound the value of `field` went past, written as that field is ("10.00" for a percent), when the rule
    // has one (a manual discount above the caller's limit): for a client to show it without reading the message.
    std::string limit;
};

/// A value or the reason there is none. Our code reports failures this way and does not throw.
template <typename T>
using Result = boost::system::result<T, Error>;

/// Result of an operation that produces nothing but may fail.
using Status = Result<void>;

/// Drops the value of a successful result, keeping only success or the error.
template <typename T>
Status ToStatus(const Result<T>& result) {
    if (!result) return result.error();
    return {};
}

inline Error MakeError(ErrorCode code, std::string message, std::string field = {}) {
    return Error{code, std::move(message), std::move(field)};
}

inline Error InvalidField(std::string field, std::string message) {
    return Error{ErrorCode::kInvalidArgument, std::move(message), std::move(field)};
}

/// The short, stable name of a code, as sent in `{"error": {"code": ...}}`.
std::string_view ErrorCodeName(ErrorCode code);

}  // namespace rapport

namespace rapport {
// Boost.System finds this by argument-dependent lookup when result::value() meets an error. Our code
// never calls value() on a failed result, so reaching it is a bug.
[[noreturn]] void throw_exception_from_error(const Error& error, const boost::source_location& location);
}  // namespace rapport

#define RAPPORT_CONCAT_INNER_(a, b) a##b
#define RAPPORT_CONCAT_(a, b) RAPPORT_CONCAT_INNER_(a, b)

/// Propagates the error of a Result-returning expression, or yields its value. Each use gets its
/// own variable name, so that nested uses do not shadow one another.
#define RAPPORT_TRY(expression) RAPPORT_TRY_NAMED_(expression, RAPPORT_CONCAT_(rapport_try_result_, __COUNTER__))
#define RAPPORT_TRY_NAMED_(expression, name)                        \
    __extension__({ /* a GNU statement expression: g++ and clang */ \
                    auto name = (expression);                       \
                    if (!name) return name.error();                 \
                    std::move(*name);                               \
    })

/// Propagates the error of a Status-returning expression.
#define RAPPORT_CHECK(expression) RAPPORT_CHECK_NAMED_(expression, RAPPORT_CONCAT_(rapport_check_result_, __COUNTER__))
#define RAPPORT_CHECK_NAMED_(expression, name) \
    do {                                       \
        auto name = (expression);              \
        if (!name) return name.error();        \
    } while (false)
