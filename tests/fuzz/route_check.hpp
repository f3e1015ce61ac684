#pragma once

#include "http/router.hpp"

#include <boost/beast/http/verb.hpp>

#include <string>
#include <utility>
#include <vector>

namespace rapport::fuzz {

/// Every method and pattern the real server routes (http::BuildRouter over a scratch database), read once.
const std::vector<std::pair<boost::beast::http::verb, std::string>>& ApiRoutes();

/// A router with the API's routes, whose handlers answer 200 with the pattern they were registered for as the
/// body: what Dispatch chose can be compared with what it should have chosen, without any service behind.
const http::Router& EchoRouter();

/// Dispatches `request` (method and decoded path set) on EchoRouter() and checks the outcome against a plain
/// reading of the route table: 200 from the one route a literal-first match prefers, with path parameters
/// that rebuild the path; else 405 allowing exactly the methods of the patterns the path matches; else 404.
void CheckDispatch(http::Request& request);

}  // namespace rapport::fuzz
