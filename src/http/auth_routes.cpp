#include "http/api.hpp"
#include "http/handlers.hpp"
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

}  // namespace

void AddAuthRoutes(Router& router, Backend& backend) {
    auto& services = backend.services;
    const auto& options = backend.options;
    router.Add(verb::post, "/api/v1/auth/login", [&services, &options](Request& request) {
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
               Authenticated(services, [&services, &options](Request& request, const service::Caller& caller) {
                   auto done = services.auth.Logout(caller, SessionToken(request));
                   if (!done) return ErrorResponse(done.error());
                   auto response = EmptyResponse(status::no_content);
                   response.headers.emplace_back("Set-Cookie", SessionCookie(options, "", std::chrono::seconds{0}));
                   return response;
               }));
    router.Add(verb::get, "/api/v1/auth/me",
               Authenticated(services, [&services](Request&, const service::Caller& caller) {
                   return Reply(services.users.records().Get(caller, caller.id), [&](const domain::User& user) {
                       return JsonResponse(status::ok, Identity(user, caller.deputy_for));
                   });
               }));
}

}  // namespace rapport::http
