#include "http/router.hpp"

#include "http/error_mapping.hpp"
#include "http/message.hpp"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <utility>
#include <vector>

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;

// A handler that answers with its own name, so a test sees which route served it.
Handler Named(std::string name) {
    return [name = std::move(name)](Request&) {
        Response response;
        response.body = name;
        response.content_type = "text/plain";
        return response;
    };
}

Request MakeRequest(verb method, std::string_view target) {
    Request request;
    request.method = method;
    auto parsed = ParseTarget(target, request);
    EXPECT_TRUE(parsed) << target;
    return request;
}

boost::json::value ErrorOf(const Response& response) { return boost::json::parse(response.body).at("error"); }

TEST(HttpRouterTest, FillsPathParametersByName) {
    Router router;
    router.Add(verb::get, "/api/v1/accounts/{account_id}/contacts/{id}", Named("contact"));
    auto request = MakeRequest(verb::get, "/api/v1/accounts/acc_7/contacts/42");

    auto response = router.Dispatch(request);

    EXPECT_EQ(response.body, "contact");
    EXPECT_EQ(request.path_param("account_id"), "acc_7");
    EXPECT_EQ(request.path_param("id"), "42");
    EXPECT_EQ(request.path_param("missing"), "");
}

TEST(HttpRouterTest, UnknownPathGets404WithNotFoundCode) {
    Router router;
    router.Add(verb::get, "/api/v1/accounts", Named("list"));
    auto request = MakeRequest(verb::get, "/x");

    auto response = router.Dispatch(request);

    EXPECT_EQ(response.status, status::not_found);
    EXPECT_EQ(ErrorOf(response).at("code"), "not_found");
    EXPECT_EQ(ErrorOf(response).at("message"), "no route for GET /x");
    EXPECT_FALSE(ErrorOf(response).as_object().contains("field"));
}

TEST(HttpRouterTest, KnownPathWithOtherMethodGets405ListingAllowedMethods) {
    Router router;
    router.Add(verb::get, "/api/v1/accounts/{id}", Named("get"));
    router.Add(verb::patch, "/api/v1/accounts/{id}", Named("patch"));
    router.Add(verb::delete_, "/api/v1/accounts/{id}", Named("delete"));
    auto request = MakeRequest(verb::put, "/api/v1/accounts/7");

    auto response = router.Dispatch(request);

    EXPECT_EQ(response.status, status::method_not_allowed);
    EXPECT_EQ(ErrorOf(response).at("code"), "method_not_allowed");
    ASSERT_EQ(response.headers.size(), 1U);
    EXPECT_EQ(response.headers[0].first, "Allow");
    EXPECT_EQ(response.headers[0].second, "GET, PATCH, DELETE");
    EXPECT_EQ(response.content_type, "application/json");
}

TEST(HttpRouterTest, LiteralSegmentWinsOverParameterWhateverTheRegistrationOrder) {
    Router router;
    router.Add(verb::get, "/users/{id}", Named("by id"));
    router.Add(verb::get, "/users/me", Named("me"));
    auto me = MakeRequest(verb::get, "/users/me");
    auto other = MakeRequest(verb::get, "/users/mee");

    EXPECT_EQ(router.Dispatch(me).body, "me");
    EXPECT_TRUE(me.path_params.empty());
    EXPECT_EQ(router.Dispatch(other).body, "by id");
    EXPECT_EQ(other.path_param("id"), "mee");
}

TEST(HttpRouterTest, ParameterServesAMethodTheLiteralRouteLacks) {
    Router router;
    router.Add(verb::get, "/users/me", Named("me"));
    router.Add(verb::delete_, "/users/{id}", Named("delete by id"));
    auto request = MakeRequest(verb::delete_, "/users/me");

    auto response = router.Dispatch(request);

    EXPECT_EQ(response.body, "delete by id");
    EXPECT_EQ(request.path_param("id"), "me");
}

TEST(HttpRouterTest, LiteralBranchThatDeadEndsFallsBackToParameter) {
    Router router;
    router.Add(verb::get, "/a/b/c", Named("literal"));
    router.Add(verb::get, "/a/{x}/d", Named("parameter"));
    auto request = MakeRequest(verb::get, "/a/b/d");

    auto response = router.Dispatch(request);

    EXPECT_EQ(response.body, "parameter");
    EXPECT_EQ(request.path_param("x"), "b");
}

TEST(HttpRouterTest, AllowListsMethodsOfEveryRouteMatchingThePath) {
    Router router;
    router.Add(verb::get, "/users/me", Named("me"));
    router.Add(verb::patch, "/users/{id}", Named("patch"));
    auto request = MakeRequest(verb::post, "/users/me");

    auto response = router.Dispatch(request);

    EXPECT_EQ(response.status, status::method_not_allowed);
    EXPECT_EQ(response.headers.at(0).second, "GET, PATCH");
}

// Decision: a trailing slash is part of the path, so "/accounts/" is not "/accounts" (and gets 404).
// Every resource then has exactly one URL, and no redirect is needed.
TEST(HttpRouterTest, TrailingSlashIsNotFound) {
    Router router;
    router.Add(verb::get, "/accounts", Named("list"));
    router.Add(verb::get, "/accounts/{id}", Named("one"));
    auto list = MakeRequest(verb::get, "/accounts/");
    auto one = MakeRequest(verb::get, "/accounts/7/");

    EXPECT_EQ(router.Dispatch(list).status, status::not_found);
    EXPECT_EQ(router.Dispatch(one).status, status::not_found);
}

TEST(HttpRouterTest, ParameterNeverMatchesAnEmptySegment) {
    Router router;
    router.Add(verb::get, "/accounts/{id}/deals", Named("deals"));
    auto request = MakeRequest(verb::get, "/accounts//deals");

    EXPECT_EQ(router.Dispatch(request).status, status::not_found);
}

TEST(HttpRouterTest, RootPatternMatchesOnlyTheRoot) {
    Router router;
    router.Add(verb::get, "/", Named("root"));
    auto root = MakeRequest(verb::get, "/");
    auto other = MakeRequest(verb::get, "/index.html");

    EXPECT_EQ(router.Dispatch(root).body, "root");
    EXPECT_EQ(router.Dispatch(other).status, status::not_found);
}

TEST(HttpRouterTest, PathParametersArePercentDecoded) {
    Router router;
    router.Add(verb::get, "/users/{name}", Named("user"));
    auto request = MakeRequest(verb::get, "/users/J%C3%BCrgen%20M+ller");

    auto response = router.Dispatch(request);

    EXPECT_EQ(response.body, "user");
    // '+' means a space only in a query, never in a path.
    EXPECT_EQ(request.path_param("name"), "J\xC3\xBCrgen M+ller");
}

TEST(HttpRouterTest, DispatchReplacesPathParametersLeftFromEarlier) {
    Router router;
    router.Add(verb::get, "/users/{id}", Named("user"));
    auto request = MakeRequest(verb::get, "/users/7");
    request.path_params = {{"stale", "x"}};

    router.Dispatch(request);

    ASSERT_EQ(request.path_params.size(), 1U);
    EXPECT_EQ(request.path_params[0], (std::pair<std::string, std::string>{"id", "7"}));
}

TEST(HttpRouterTest, RoutesListsEveryRouteInRegistrationOrder) {
    Router router;
    router.Add(verb::get, "/api/v1/deals", Named("list"));
    router.Add(verb::post, "/api/v1/deals", Named("create"));
    router.Add(verb::get, "/api/v1/deals/{id}", Named("get"));

    auto routes = router.Routes();

    std::vector<std::pair<verb, std::string>> expected = {
        {verb::get, "/api/v1/deals"}, {verb::post, "/api/v1/deals"}, {verb::get, "/api/v1/deals/{id}"}};
    EXPECT_EQ(routes, expected);
}

TEST(HttpRouterTest, RegisteringAMethodTwiceOnOnePatternIsABug) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    Router router;
    router.Add(verb::get, "/users/{id}", Named("first"));

    EXPECT_DEATH(router.Add(verb::get, "/users/{user_id}", Named("second")), "registered once");
    EXPECT_DEATH(router.Add(verb::get, "/users/", Named("slash")), "no empty segment");
    EXPECT_DEATH(router.Add(verb::get, "/users/{id", Named("brace")), "looks like \\{name\\}");
}

TEST(HttpMessageTest, QueryIsDecodedInOrderAndFirstOccurrenceWins) {
    Request request;

    ASSERT_TRUE(ParseTarget("/search?tag=b&q=a+b%26c&tag=a&flag&empty=", request));

    std::vector<std::pair<std::string, std::string>> expected = {
        {"tag", "b"}, {"q", "a b&c"}, {"tag", "a"}, {"flag", ""}, {"empty", ""}};
    EXPECT_EQ(request.path, "/search");
    EXPECT_EQ(request.query, expected);
    EXPECT_EQ(request.query_param("tag"), "b");
    EXPECT_EQ(request.query_param("flag"), "");
    EXPECT_EQ(request.query_param("missing"), std::nullopt);
}

TEST(HttpMessageTest, EncodedSlashOrNulInPathIsMalformed) {
    Request request;

    auto slash = ParseTarget("/files/a%2Fb", request);
    auto nul = ParseTarget("/files/a%00b", request);
    auto absolute = ParseTarget("http://example.com/x", request);

    ASSERT_FALSE(slash);
    EXPECT_EQ(slash.error().code, ErrorCode::kMalformed);
    ASSERT_FALSE(nul);
    EXPECT_EQ(nul.error().code, ErrorCode::kMalformed);
    ASSERT_FALSE(absolute);
    EXPECT_EQ(absolute.error().code, ErrorCode::kMalformed);
    EXPECT_TRUE(request.path.empty());
}

TEST(HttpMessageTest, HeaderLookupIgnoresCase) {
    Request request;
    request.headers = {{"Content-Type", "application/json"}, {"X-Twice", "1"}, {"x-twice", "2"}};

    EXPECT_EQ(request.header("content-type"), "application/json");
    EXPECT_EQ(request.header("X-TWICE"), "1");
    EXPECT_EQ(request.header("Accept"), "");
}

TEST(HttpMessageTest, ErrorResponseCarriesCodeMessageAndFieldWhenThereIsOne) {
    auto with_field = ErrorResponse(InvalidField("email", "email is not an address"));
    auto without_field = ErrorResponse(MakeError(ErrorCode::kStale, "account 7 has changed"));

    EXPECT_EQ(with_field.status, status::unprocessable_entity);
    EXPECT_EQ(with_field.content_type, "application/json");
    EXPECT_EQ(boost::json::parse(with_field.body),
              boost::json::parse(R"({"error":{"code":"validation_failed","message":"email is not an address",)"
                                 R"("field":"email"}})"));
    EXPECT_EQ(without_field.status, status::precondition_failed);
    EXPECT_EQ(boost::json::parse(without_field.body),
              boost::json::parse(R"({"error":{"code":"version_mismatch","message":"account 7 has changed"}})"));
}

TEST(HttpMessageTest, EmptyResponseHasNoBodyAndNoContentType) {
    auto response = EmptyResponse(status::no_content);

    EXPECT_EQ(response.status, status::no_content);
    EXPECT_TRUE(response.body.empty());
    EXPECT_TRUE(response.content_type.empty());
}

TEST(HttpErrorMappingTest, EveryErrorCodeHasItsStatus) {
    std::vector<std::pair<ErrorCode, status>> expected = {
        {ErrorCode::kMalformed, status::bad_request},
        {ErrorCode::kInvalidArgument, status::unprocessable_entity},
        {ErrorCode::kUnauthenticated, status::unauthorized},
        {ErrorCode::kForbidden, status::forbidden},
        {ErrorCode::kNotFound, status::not_found},
        {ErrorCode::kConflict, status::conflict},
        {ErrorCode::kInvalidTransition, status::conflict},
        {ErrorCode::kStale, status::precondition_failed},
        {ErrorCode::kTooLarge, status::payload_too_large},
        {ErrorCode::kRateLimited, status::too_many_requests},
        {ErrorCode::kUnavailable, status::service_unavailable},
        {ErrorCode::kInternal, status::internal_server_error},
    };

    for (auto [code, expected_status] : expected) {
        EXPECT_EQ(StatusOf(code), expected_status) << ErrorCodeName(code);
    }
}

}  // namespace
}  // namespace rapport::http
