#include "http/error_mapping.hpp"

namespace rapport::http {

using boost::beast::http::status;

status StatusOf(ErrorCode code) {
    // No default: -Wswitch turns a new ErrorCode without a status into a build error.
    switch (code) {
        case ErrorCode::kMalformed: return status::bad_request;
        case ErrorCode::kInvalidArgument: return status::unprocessable_entity;
        case ErrorCode::kUnauthenticated: return status::unauthorized;
        case ErrorCode::kForbidden: return status::forbidden;
        case ErrorCode::kNotFound: return status::not_found;
        case ErrorCode::kConflict:
        case ErrorCode::kInvalidTransition: return status::conflict;
        case ErrorCode::kStale: return status::precondition_failed;
        case ErrorCode::kTooLarge: return status::payload_too_large;
        case ErrorCode::kRateLimited: return status::too_many_requests;
        case ErrorCode::kUnavailable: return status::service_unavailable;
        case ErrorCode::kInternal: return status::internal_server_error;
    }
    // Reached only by an out-of-range value cast into ErrorCode.
    return status::internal_server_error;
}

}  // namespace rapport::http
