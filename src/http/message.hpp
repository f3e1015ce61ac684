#pragma once

#include "core/result.hpp"

#include <boost/beast/http/status.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::http {

/// One HTTP request as a handler sees it: already read in full, its target already decoded. A plain value
/// that owns all its text; handlers may keep views into it for as long as they hold the request.
struct Request {
    boost::beast::http::verb method = boost::beast::http::verb::get;
    /// The percent-decoded path without the query, e.g. "/api/v1/accounts/acc 1". It never contains
    /// a NUL, and a '/' in it always separates segments (an encoded slash is refused by ParseTarget).
    std::string path;
    /// The decoded query parameters in the order they were sent; '+' decodes to a space. A parameter
    /// without '=' has an empty value.
    std::vector<std::pair<std::string, std::string>> query;
    /// The header fields as received, names in their original case, repeated fields kept apart.
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    /// The peer's IP address as text ("127.0.0.1", "::1"), without the port.
    std::string remote_address;
    /// The `{name}` segments of the matched route pattern, filled by Router::Dispatch.
    std::vector<std::pair<std::string, std::string>> path_params;
    /// The same number the response carries as X-Request-Id; handlers use it when they log.
    std::uint64_t request_id = 0;

    /// The value of the first header field called `name` (compared ignoring ASCII case), or an
    /// empty view when there is none.
    std::string_view header(std::string_view name) const;

    /// The value of the path parameter `name`, or an empty view when the route has none by that name.
    /// A matched parameter is never empty.
    std::string_view path_param(std::string_view name) const;

    /// The value of the first query parameter called `name`, or nullopt when it was not sent.
    std::optional<std::string_view> query_param(std::string_view name) const;
};

/// Fills `request.path` and `request.query` from an origin-form request target ("/a/b?x=1").
/// Fails with kMalformed when the target is not origin-form, or when its path holds an encoded
/// slash ("%2F") or NUL: either would make the decoded path ambiguous, so such paths are refused
/// rather than routed. On failure `request` is left unchanged.
Status ParseTarget(std::string_view target, Request& request);

/// What a handler returns. The server adds Content-Length and X-Request-Id, and Content-Type from
/// `content_type` unless it is empty.
struct Response {
    boost::beast::http::status status = boost::beast::http::status::ok;
    std::string body;
    std::string content_type = "application/json";
    /// Extra header fields, sent in this order; a name may repeat (Set-Cookie).
    std::vector<std::pair<std::string, std::string>> headers;
};

/// Whether HTTP forbids a body (and so Content-Length and Content-Type) with `status`: 1xx, 204 and 304.
bool ForbidsBody(boost::beast::http::status status);

/// A response whose body is `json`, serialized compactly.
Response JsonResponse(boost::beast::http::status status, const boost::json::value& json,
                      std::vector<std::pair<std::string, std::string>> headers = {});

/// A response whose body is `json`, text that is already compact JSON (see JsonWriter).
Response JsonTextResponse(boost::beast::http::status status, std::string json,
                          std::vector<std::pair<std::string, std::string>> headers = {});

/// The API's error shape, `{"error": {"code": "...", "message": "...", "field": "..."}}` ("field"
/// only when the error names one), with the status StatusOf(error.code).
Response ErrorResponse(const Error& error);

/// A response with no body and no Content-Type, for 204 and the like.
Response EmptyResponse(boost::beast::http::status status);

}  // namespace rapport::http
