#include "http/api.hpp"
#include "http/record_routes.hpp"

namespace rapport::http {

void AddUserRoutes(Router& router, Backend& backend) {
    using boost::beast::http::status;
    using boost::beast::http::verb;
    auto& services = backend.services;
    auto& users = services.users;

    // Users take a write-only password on create, and on update by an admin or by themselves.
    router.Add(verb::post, "/api/v1/users", Authenticated(services, [&users](Request& request, const service::Caller& caller) {
        auto json = ParseJsonObject(request);
        if (!json) return ErrorResponse(json.error());
        auto password = json->if_contains("password");
        if (!password || !password->is_string()) {
            return ErrorResponse(InvalidField("password", "password is required"));
        }
        std::string password_text(password->get_string());
        json->erase("password");
        domain::User draft;
        service::FieldNames given;
        auto applied = service::ApplyJson(draft, *json, service::Mode::kCreate, given);
        if (!applied) return ErrorResponse(applied.error());
        return Reply(users.Create(caller, std::move(draft), given, password_text),
                     [](const domain::User& user) { return RecordResponse(user, status::created); });
    }));
    router.Add(verb::patch, "/api/v1/users/{id}", Authenticated(services, [&users](Request& request, const service::Caller& caller) {
        auto id = ParsePathId<UserId>(request, "user");
        if (!id) return ErrorResponse(id.error());
        auto version = ParseIfMatch(request);
        if (!version) return ErrorResponse(version.error());
        auto json = ParseJsonObject(request);
        if (!json) return ErrorResponse(json.error());
        return Reply(users.Update(caller, *id, *version, *json), [](const domain::User& user) { return RecordResponse(user); });
    }));
    AddRecordRoutes(router, services, users.records(), RecordWrites::kReadAndArchive);
}

}  // namespace rapport::http
