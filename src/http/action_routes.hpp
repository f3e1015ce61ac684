#pragma once

#include "http/record_routes.hpp"
#include "service/offer_actions.hpp"

#include <string>

namespace rapport::http {

/// What the OpenAPI document says of one action route.
template <service::HasActions Record>
Operation ActionOperation(std::string_view action) {
    using Docs = RecordDocs<Record>;
    using Actions = service::Actions<Record>;
    std::string from;
    for (auto status : Actions::kMachine.From(action))
        from += (from.empty() ? "" : ", ") + std::string(EnumName(status));
    std::string description = std::string(Actions::Describe(action)) + " Allowed when the status is " + from + ".";
    std::vector<Success> successes{{200, "the record, after the action", SchemaRef(Docs::Name()), {"ETag"}}};
    if (action == "revise") successes = {{201, "the new draft", SchemaRef(Docs::Name()), {"ETag", "Location"}}};
    return {.id = std::string(action) + Docs::Name(),
            .tag = Docs::Collection(),
            .summary = PascalCase(action) + " " + std::string(store::Traits<Record>::kSingular),
            .description = std::move(description),
            .parameters = {PathId(), IfMatchHeader()},
            .body = Actions::BodySchema(action),
            .successes = std::move(successes),
            .refusals = {ErrorCode::kForbidden, ErrorCode::kInvalidTransition},
            .schemas = Docs::ReadSchemas()};
}

/// POST /api/v1/<collection>/{id}/<action>, one route per action of the type's status machine, each honouring
/// If-Match and answering 200 with the record (201 with Location when the action made a record in its place: a
/// revision). An action the status does not allow is 409 invalid_transition naming the allowed ones; a rule the
/// action's own data breaks is 422. The routes and their documentation come from the same table.
template <service::HasActions Record>
void AddActionRoutes(Router& router, service::Services& services, service::RecordService<Record>& records) {
    using Actions = service::Actions<Record>;
    using Id = typename store::Traits<Record>::Id;
    const std::string_view singular = store::Traits<Record>::kSingular;
    for (auto action : Actions::kMachine.Actions()) {
        auto path = "/api/v1/" + std::string(store::Traits<Record>::kCollection) + "/{id}/" + std::string(action);
        router.Add(
            boost::beast::http::verb::post, path, ActionOperation<Record>(action),
            Authenticated(services, [&records, singular, action](Request& request, const service::Caller& caller) {
                auto id = ParsePathId<Id>(request, singular);
                if (!id) return ErrorResponse(id.error());
                auto version = ParseIfMatch(request);
                if (!version) return ErrorResponse(version.error());
                boost::json::object body;
                if (!request.body.empty()) {
                    auto json = ParseJsonObject(request);
                    if (!json) return ErrorResponse(json.error());
                    body = std::move(*json);
                }
                auto apply = [&](service::Context& context, const Record& before, Record& after) {
                    return Actions::Apply(context, action, before, after, body);
                };
                return Reply(records.Act(caller, *id, *version, apply),
                             [](const typename service::RecordService<Record>::Acted& acted) {
                                 return RecordResponse(acted.record, acted.made ? boost::beast::http::status::created
                                                                                : boost::beast::http::status::ok);
                             });
            }));
    }
}

}  // namespace rapport::http
