#include "http/api.hpp"
#include "http/record_routes.hpp"

namespace rapport::http {
namespace {

using Docs = RecordDocs<domain::User>;

boost::json::object PasswordSchema(std::string_view description) {
    return {
        {"type", "string"}, {"writeOnly", true}, {"minLength", 10}, {"maxLength", 200}, {"description", description}};
}

// Users take a password besides their fields: the body schemas gain it.
Operation CreateUserOperation() {
    auto operation = Docs::Create();
    auto& schema = operation.schemas.back().schema;
    schema["properties"].as_object()["password"] = PasswordSchema("10–200 characters");
    schema["required"].as_array().emplace_back("password");
    schema["example"].as_object()["password"] = "correct horse battery";
    operation.description = "For admins.";
    return operation;
}

Operation UpdateUserOperation() {
    auto operation = Docs::Update();
    auto& properties = operation.schemas.back().schema["properties"].as_object();
    properties["password"] = PasswordSchema("a new password; an admin sets anyone's, a user their own");
    properties["current_password"] = {{"type", "string"},
                                      {"writeOnly", true},
                                      {"description", "a user changing their own password proves it with this"}};
    operation.description += " Admins change anyone; a user changes their own name and password.";
    return operation;
}

}  // namespace

void AddUserRoutes(Router& router, Backend& backend) {
    using boost::beast::http::status;
    using boost::beast::http::verb;
    auto& services = backend.services;
    auto& users = services.users;

    // Users take a write-only password on create, and on update by an admin or by themselves.
    router.Add(verb::post, "/api/v1/users", CreateUserOperation(),
               Authenticated(services, [&users](Request& request, const service::Caller& caller) {
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
    router.Add(verb::patch, "/api/v1/users/{id}", UpdateUserOperation(),
               Authenticated(services, [&users](Request& request, const service::Caller& caller) {
                   auto id = ParsePathId<UserId>(request, "user");
                   if (!id) return ErrorResponse(id.error());
                   auto version = ParseIfMatch(request);
                   if (!version) return ErrorResponse(version.error());
                   auto json = ParseJsonObject(request);
                   if (!json) return ErrorResponse(json.error());
                   return Reply(users.Update(caller, *id, *version, *json),
                                [](const domain::User& user) { return RecordResponse(user); });
               }));
    AddRecordRoutes(router, services, users.records(), RecordWrites::kReadAndArchive);
}

}  // namespace rapport::http
