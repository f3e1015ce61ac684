#include "http/api.hpp"
#include "http/handlers.hpp"
#include "http/record_docs.hpp"
#include "http/request_parsing.hpp"
#include "service/record_json.hpp"

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;

Result<std::string> RequiredString(const boost::json::object& json, std::string_view name) {
    auto value = json.if_contains(name);
    if (!value || !value->is_string()) return InvalidField(std::string(name), std::string(name) + " is required");
    return std::string(value->get_string());
}

// The session cookie: HTTP-only and same-site always, Secure when the server is public over https.
std::string SessionCookie(const ApiOptions& options, std::string_view token, std::chrono::seconds max_age) {
    return "rapport_session=" + std::string(token) + "; Path=/; HttpOnly; SameSite=Strict" +
           (options.secure_cookies ? "; Secure" : "") + "; Max-Age=" + std::to_string(max_age.count());
}

// The user as /auth/me and login show them: the record plus whom they stand in for today.
boost::json::object Identity(const domain::User& user, const std::vector<UserId>& deputy_for) {
    boost::json::object json = service::ToJson(user);
    boost::json::array standing_in;
    for (auto id : deputy_for) standing_in.emplace_back(Codec<UserId>::ToText(id));
    json["deputy_for"] = std::move(standing_in);
    return json;
}

// The user as Identity() shows them: the record plus deputy_for.
boost::json::object MeSchema() {
    auto schema = RecordDocs<domain::User>::ReadSchema();
    schema["properties"].as_object()["deputy_for"] = {
        {"type", "array"},
        {"items", {{"type", "string"}}},
        {"readOnly", true},
        {"description", "the users whose absence today names this user their deputy"}};
    schema["required"].as_array().emplace_back("deputy_for");
    schema["example"].as_object()["deputy_for"] = boost::json::array{"12"};
    return schema;
}

Operation LoginOperation() {
    boost::json::object login{
        {"type", "object"},
        {"required", boost::json::array{"email", "password"}},
        {"properties",
         {{"email", {{"type", "string"}, {"format", "email"}}},
          {"password", {{"type", "string"}, {"writeOnly", true}}}}},
        {"example", {{"email", "asha.patil@example.com"}, {"password", "correct horse battery"}}}};
    boost::json::object session{
        {"type", "object"},
        {"required", boost::json::array{"token", "user"}},
        {"properties",
         {{"token", {{"type", "string"}, {"description", "send as Authorization: Bearer <token>"}}},
          {"user", SchemaRef("Me")}}},
        {"example", {{"token", "k3J9…"}, {"user", MeSchema().at("example")}}}};
    return {.id = "login",
            .tag = "auth",
            .summary = "Sign in with e-mail and password",
            .description =
                "Returns a bearer token and sets an HTTP-only session cookie. Wrong passwords are "
                "limited per account and per client address (429).",
            .signed_in = false,
            .body = SchemaRef("Login"),
            .successes = {{200, "signed in", SchemaRef("Session"), {"Set-Cookie"}}},
            .refusals = {ErrorCode::kUnauthenticated, ErrorCode::kRateLimited},
            .schemas = {{"Login", std::move(login)}, {"Session", std::move(session)}, {"Me", MeSchema()}}};
}

}  // namespace

void AddAuthRoutes(Router& router, Backend& backend) {
    auto& services = backend.services;
    const auto& options = backend.options;
    router.Add(verb::post, "/api/v1/auth/login", LoginOperation(), [&services, &options](Request& request) {
        auto json = ParseJsonObject(request);
        if (!json) return ErrorResponse(json.error());
        auto email = RequiredString(*json, "email");
        if (!email) return ErrorResponse(email.error());
        auto password = RequiredString(*json, "password");
        if (!password) return ErrorResponse(password.error());
        auto login = services.auth.Login(*email, *password, ClientAddress(request, options.trusted_proxies));
        if (!login) return ErrorResponse(login.error());
        auto caller = services.auth.Authenticate(login->token);
        if (!caller) return ErrorResponse(caller.error());
        // The web UI keeps the session in an HTTP-only cookie; scripts use the token as a bearer.
        auto cookie = SessionCookie(options, login->token, service::AuthService::kSessionLifetime);
        return JsonResponse(status::ok, {{"token", login->token}, {"user", Identity(login->user, caller->deputy_for)}},
                            {{"Set-Cookie", cookie}, {"Cache-Control", "no-store"}});
    });
    router.Add(verb::post, "/api/v1/auth/logout",
               {.id = "logout",
                .tag = "auth",
                .summary = "Sign out: the token and the session cookie stop working",
                .successes = {{204, "signed out", nullptr, {"Set-Cookie"}}}},
               Authenticated(services, [&services, &options](Request& request, const service::Caller& caller) {
                   auto done = services.auth.Logout(caller, SessionToken(request));
                   if (!done) return ErrorResponse(done.error());
                   auto response = EmptyResponse(status::no_content);
                   response.headers.emplace_back("Set-Cookie", SessionCookie(options, "", std::chrono::seconds{0}));
                   return response;
               }));
    router.Add(verb::get, "/api/v1/auth/me",
               {.id = "getMe",
                .tag = "auth",
                .summary = "The signed-in user, and whom they stand in for today",
                .successes = {{200, "the user", SchemaRef("Me")}},
                .schemas = {{"Me", MeSchema()}}},
               Authenticated(services, [&services](Request&, const service::Caller& caller) {
                   return Reply(services.users.records().Get(caller, caller.id), [&](const domain::User& user) {
                       return JsonResponse(status::ok, Identity(user, caller.deputy_for));
                   });
               }));
}

}  // namespace rapport::http
