#include "http/router.hpp"

#include "core/assert.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>

namespace rapport::http {

namespace {

using boost::beast::http::verb;

// Patterns are written by us, not by users; 32 segments is far beyond any route and lets a match keep
// its captures in a fixed array instead of allocating.
constexpr std::size_t kMaxSegments = 32;

struct Endpoint {
    verb method;
    Handler handler;
    std::vector<std::string> param_names;  // In pattern order, one per "{name}" segment.
    Runs runs = Runs::kOnLoop;
};

// Splits "a/b/c" into "a" and "b/c". `at_end` tells "a" (no segment follows) from "a/" (an empty one does).
struct Split {
    std::string_view segment;
    std::string_view rest;
    bool at_end;
};

Split NextSegment(std::string_view rest) {
    auto slash = rest.find('/');
    if (slash == std::string_view::npos) return {rest, {}, true};
    return {rest.substr(0, slash), rest.substr(slash + 1), false};
}

bool IsParameter(std::string_view segment) { return segment.size() >= 2 && segment.front() == '{'; }

}  // namespace

// A segment trie. Each node holds the routes whose pattern ends there, one per method.
struct Router::Node {
    std::vector<std::pair<std::string, std::unique_ptr<Node>>> literals;
    std::unique_ptr<Node> parameter;
    std::vector<Endpoint> endpoints;
};

struct Router::Match {
    std::array<std::string_view, kMaxSegments> params;  // Views into the request's path.
    const Endpoint* endpoint = nullptr;
    std::vector<verb> allowed;  // Filled only when a path matches without the method: the 405 path.
};

Router::Router() : root_(std::make_unique<Node>()) {}
Router::~Router() = default;
Router::Router(Router&&) noexcept = default;
Router& Router::operator=(Router&&) noexcept = default;

void Router::Add(verb method, std::string_view pattern, Operation operation, Handler handler) {
    AddEndpoint(method, pattern, std::move(handler), operation.runs);
    routes_.back().operation = std::move(operation);
}

void Router::Add(verb method, std::string_view pattern, Handler handler) {
    AddEndpoint(method, pattern, std::move(handler), Runs::kOnLoop);
}

void Router::AddEndpoint(verb method, std::string_view pattern, Handler handler, Runs runs) {
    RAPPORT_ASSERT(handler, "a route has a handler");
    RAPPORT_ASSERT(!pattern.empty() && pattern.front() == '/', "a route pattern starts with '/'");

    Node* node = root_.get();
    std::vector<std::string> names;
    std::size_t depth = 0;
    if (pattern != "/") {
        for (Split split{{}, pattern.substr(1), false}; !split.at_end;) {
            split = NextSegment(split.rest);
            std::string_view segment = split.segment;
            RAPPORT_ASSERT(!segment.empty(), "a route pattern has no empty segment");
            RAPPORT_ASSERT(++depth <= kMaxSegments, "a route pattern has at most 32 segments");

            if (IsParameter(segment)) {
                std::string_view name = segment.substr(1, segment.size() - 2);
                RAPPORT_ASSERT(segment.back() == '}' && !name.empty() && name.find_first_of("{}") == name.npos,
                               "a route parameter looks like {name}");
                RAPPORT_ASSERT(std::find(names.begin(), names.end(), name) == names.end(),
                               "a route parameter name is used once per pattern");
                names.emplace_back(name);
                if (!node->parameter) node->parameter = std::make_unique<Node>();
                node = node->parameter.get();
                continue;
            }

            RAPPORT_ASSERT(segment.find_first_of("{}") == segment.npos, "a literal route segment has no braces");
            auto literal = std::find_if(node->literals.begin(), node->literals.end(),
                                        [&](const auto& child) { return child.first == segment; });
            if (literal == node->literals.end()) {
                node->literals.emplace_back(std::string(segment), std::make_unique<Node>());
                literal = std::prev(node->literals.end());
            }
            node = literal->second.get();
        }
    }

    RAPPORT_ASSERT(std::none_of(node->endpoints.begin(), node->endpoints.end(),
                                [&](const Endpoint& endpoint) { return endpoint.method == method; }),
                   "a method is registered once per route pattern");
    node->endpoints.push_back(Endpoint{method, std::move(handler), std::move(names), runs});
    routes_.push_back(Route{method, std::string(pattern), std::nullopt});
}

bool Router::Find(const Node& node, std::string_view rest, bool at_end, std::size_t param_count, verb method,
                  Match& match) {
    if (at_end) {
        for (const Endpoint& endpoint : node.endpoints) {
            if (endpoint.method == method) {
                match.endpoint = &endpoint;
                return true;
            }
        }
        for (const Endpoint& endpoint : node.endpoints) {
            if (std::find(match.allowed.begin(), match.allowed.end(), endpoint.method) == match.allowed.end()) {
                match.allowed.push_back(endpoint.method);
            }
        }
        return false;
    }

    Split split = NextSegment(rest);
    for (const auto& [literal, child] : node.literals) {
        if (literal == split.segment) {
            if (Find(*child, split.rest, split.at_end, param_count, method, match)) return true;
            break;
        }
    }
    // The trie is no deeper than kMaxSegments, so param_count stays in bounds.
    if (node.parameter && !split.segment.empty()) {
        match.params[param_count] = split.segment;
        if (Find(*node.parameter, split.rest, split.at_end, param_count + 1, method, match)) return true;
    }
    return false;
}

Response Router::Dispatch(Request& request) const {
    std::string_view path = request.path;
    Match match;
    bool found =
        !path.empty() && path.front() == '/' && Find(*root_, path.substr(1), path == "/", 0, request.method, match);

    if (found) {
        const Endpoint& endpoint = *match.endpoint;
        request.path_params.clear();
        for (std::size_t i = 0; i < endpoint.param_names.size(); ++i) {
            request.path_params.emplace_back(endpoint.param_names[i], std::string(match.params[i]));
        }
        return endpoint.handler(request);
    }

    std::string method_name(boost::beast::http::to_string(request.method));
    if (match.allowed.empty()) {
        return ErrorResponse(MakeError(ErrorCode::kNotFound, "no route for " + method_name + " " + request.path));
    }

    // 405 has no ErrorCode of its own (it is a routing fact, not a service outcome), so it is written here
    // in the same shape as ErrorResponse.
    std::string allow;
    for (verb allowed : match.allowed) {
        if (!allow.empty()) allow += ", ";
        allow += boost::beast::http::to_string(allowed);
    }
    boost::json::object detail;
    detail["code"] = "method_not_allowed";
    detail["message"] = method_name + " is not allowed on " + request.path + " (allowed: " + allow + ")";
    boost::json::object body;
    body["error"] = std::move(detail);
    return JsonResponse(boost::beast::http::status::method_not_allowed, body, {{"Allow", std::move(allow)}});
}

Runs Router::RunsFor(const Request& request) const {
    std::string_view path = request.path;
    Match match;
    bool found =
        !path.empty() && path.front() == '/' && Find(*root_, path.substr(1), path == "/", 0, request.method, match);
    return found ? match.endpoint->runs : Runs::kOnLoop;
}

std::vector<std::pair<verb, std::string>> Router::Routes() const {
    std::vector<std::pair<verb, std::string>> routes;
    routes.reserve(routes_.size());
    for (const auto& route : routes_) routes.emplace_back(route.method, route.pattern);
    return routes;
}

}  // namespace rapport::http
