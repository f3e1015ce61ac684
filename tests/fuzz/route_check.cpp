#include "route_check.hpp"

#include "fuzz_check.hpp"
#include "scratch_database.hpp"

#include "http/api.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace rapport::fuzz {
namespace {

using boost::beast::http::verb;

std::vector<std::string_view> Segments(std::string_view path) {
    std::vector<std::string_view> segments;
    path.remove_prefix(1);
    for (auto slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/')) {
        segments.push_back(path.substr(0, slash));
        path.remove_prefix(slash + 1);
    }
    segments.push_back(path);
    return segments;
}

bool IsParameter(std::string_view segment) { return segment.starts_with('{'); }

// The router's reading of a pattern, written out plainly: "/" is the root alone; otherwise as many segments,
// each equal to a literal or, for a parameter, not empty.
bool Matches(std::string_view pattern, std::string_view path) {
    if (!path.starts_with('/')) return false;
    if (pattern == "/" || path == "/") return pattern == path;
    auto want = Segments(pattern);
    auto have = Segments(path);
    if (want.size() != have.size()) return false;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (IsParameter(want[i]) ? have[i].empty() : want[i] != have[i]) return false;
    }
    return true;
}

// Of two patterns matching one path, the one with a literal where they first differ.
bool Prefer(std::string_view a, std::string_view b) {
    auto first = Segments(a);
    auto second = Segments(b);
    for (std::size_t i = 0; i < std::min(first.size(), second.size()); ++i) {
        if (IsParameter(first[i]) != IsParameter(second[i])) return !IsParameter(first[i]);
    }
    return false;
}

std::string Rebuild(std::string_view pattern, const http::Request& request) {
    if (pattern == "/") return "/";
    std::string path;
    for (auto segment : Segments(pattern)) {
        path += '/';
        path += IsParameter(segment) ? request.path_param(segment.substr(1, segment.size() - 2)) : segment;
    }
    return path;
}

std::set<std::string> AllowedIn(std::string_view allow) {
    std::set<std::string> methods;
    while (!allow.empty()) {
        auto comma = allow.find(", ");
        methods.emplace(allow.substr(0, comma));
        if (comma == std::string_view::npos) break;
        allow.remove_prefix(comma + 2);
    }
    return methods;
}

std::string Header(const http::Response& response, std::string_view name) {
    for (const auto& [field, value] : response.headers) {
        if (field == name) return value;
    }
    return {};
}

}  // namespace

const std::vector<std::pair<verb, std::string>>& ApiRoutes() {
    static const auto routes = [] {
        http::Backend backend(ScratchDatabase());
        return http::BuildRouter(backend).Routes();
    }();
    return routes;
}

const http::Router& EchoRouter() {
    static const auto router = [] {
        http::Router echo;
        for (const auto& [method, pattern] : ApiRoutes()) {
            echo.Add(method, pattern, [pattern = pattern](http::Request&) {
                http::Response response;
                response.body = pattern;
                return response;
            });
        }
        return echo;
    }();
    return router;
}

void CheckDispatch(http::Request& request) {
    const std::string& path = request.path;
    const std::string* chosen = nullptr;
    std::set<std::string> allowed;
    for (const auto& [method, pattern] : ApiRoutes()) {
        if (!Matches(pattern, path)) continue;
        allowed.emplace(boost::beast::http::to_string(method));
        if (method == request.method && (!chosen || Prefer(pattern, *chosen))) chosen = &pattern;
    }

    auto response = EchoRouter().Dispatch(request);
    auto status = static_cast<unsigned>(response.status);
    auto what = std::string(boost::beast::http::to_string(request.method)) + " " + path + " -> " +
                std::to_string(status) + " " + response.body;
    if (chosen) {
        RAPPORT_FUZZ_REQUIRE(status == 200 && response.body == *chosen, what + ", expected " + *chosen);
        RAPPORT_FUZZ_REQUIRE(Rebuild(*chosen, request) == path, what + " with parameters that rebuild another path");
        for (const auto& [name, value] : request.path_params) {
            RAPPORT_FUZZ_REQUIRE(!value.empty() && value.find('/') == std::string::npos, what + ": " + name);
        }
    } else if (!allowed.empty()) {
        RAPPORT_FUZZ_REQUIRE(status == 405 && AllowedIn(Header(response, "Allow")) == allowed,
                             what + ", Allow: " + Header(response, "Allow"));
    } else {
        RAPPORT_FUZZ_REQUIRE(status == 404, what);
    }
}

}  // namespace rapport::fuzz
