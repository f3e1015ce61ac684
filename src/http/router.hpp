#pragma once

#include "http/message.hpp"
#include "http/operation.hpp"

#include <boost/beast/http/verb.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::http {

/// Turns a request into a response. Handlers run on the server's threads, so they may block (database
/// work); several run at once, so what they share must be thread-safe.
using Handler = std::function<Response(Request&)>;

/// A registered route; `operation` is what the OpenAPI document says of it (none for the web UI's files).
struct Route {
    boost::beast::http::verb method;
    std::string pattern;
    std::optional<Operation> operation;
};

/// Maps a method and a decoded path to a handler.
///
/// A pattern is "/" (the root) or "/"-separated non-empty segments, each a literal ("accounts") or a
/// parameter ("{id}"). A parameter matches one whole, non-empty segment. When a literal and a parameter
/// both match a segment, the literal wins ("/users/me" before "/users/{id}"); if that branch has no
/// route for the method, the parameter branch is tried, so a request is served whenever some route
/// could serve it. A trailing slash is significant: "/accounts/" matches neither "/accounts" nor
/// "/accounts/{id}" and gets 404, so every resource has exactly one URL.
///
/// Build the router completely before serving; Dispatch is const and safe to call from many threads.
class Router {
public:
    Router();
    ~Router();
    Router(Router&&) noexcept;
    Router& operator=(Router&&) noexcept;

    /// Registers `handler` for `method` on `pattern`. A malformed pattern (no leading '/', an empty
    /// segment, a bad or repeated "{name}", more than 32 segments), an empty handler, or a method
    /// registered twice on the same pattern shape is a bug and stops the process.
    void Add(boost::beast::http::verb method, std::string_view pattern, Handler handler);

    /// The same, for a route of the API: `operation` documents it (see OpenApiDocument).
    void Add(boost::beast::http::verb method, std::string_view pattern, Operation operation, Handler handler);

    /// Finds the route for the request's method and path, stores its parameters in
    /// request.path_params (replacing what was there) and returns what its handler returns.
    /// Without a route for the path: 404 with code "not_found". With routes for the path but none for
    /// the method: 405 with code "method_not_allowed" and an Allow header listing the methods that exist.
    Response Dispatch(Request& request) const;

    /// Where the handler that Dispatch would call for the request's method and path asks to run: its
    /// operation's `runs`, or Runs::kOnLoop for a route without an operation and for a 404 or 405.
    Runs RunsFor(const Request& request) const;

    /// Every registered method and pattern, in registration order.
    std::vector<std::pair<boost::beast::http::verb, std::string>> Routes() const;

    /// Every registered route with its documentation, in registration order.
    const std::vector<Route>& Described() const { return routes_; }

private:
    struct Node;
    struct Match;

    void AddEndpoint(boost::beast::http::verb method, std::string_view pattern, Handler handler, Runs runs);
    static bool Find(const Node& node, std::string_view rest, bool at_end, std::size_t param_count,
                     boost::beast::http::verb method, Match& match);

    std::unique_ptr<Node> root_;
    std::vector<Route> routes_;
};

}  // namespace rapport::http
