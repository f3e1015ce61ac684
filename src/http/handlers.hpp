#pragma once

#include "http/message.hpp"
#include "http/router.hpp"
#include "service/caller.hpp"
#include "service/services.hpp"

#include <functional>

namespace rapport::http {

/// A handler that runs for a signed-in caller.
using CallerHandler = std::function<Response(Request&, const service::Caller&)>;

/// Resolves the caller from the request's token or cookie, then calls `handler`; 401 otherwise.
Handler Authenticated(service::Services& services, CallerHandler handler);

/// The response for a failed Result, or for a success mapped by `respond`.
template <typename T, typename Respond>
Response Reply(Result<T>&& result, Respond&& respond) {
    if (!result) return ErrorResponse(result.error());
    return respond(*result);
}

}  // namespace rapport::http
