#pragma once

#include "core/result.hpp"

#include <boost/beast/http/status.hpp>

namespace rapport::http {

/// The HTTP status every response carrying `code` has. Total: each code maps to exactly one status.
boost::beast::http::status StatusOf(ErrorCode code);

}  // namespace rapport::http
