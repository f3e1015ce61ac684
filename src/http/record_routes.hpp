#pragma once

#include "http/handlers.hpp"
#include "http/record_docs.hpp"
#include "http/request_parsing.hpp"
#include "service/record_json.hpp"

#include <string>

namespace rapport::http {

/// The JSON of a page: {"items": [...], "next_cursor": "…" | null}, written as text; the documents' lines
/// left out when the list was asked so (?omit=lines, which also spares reading them).
template <typename Record>
std::string PageJsonText(const store::Page<Record>& page, service::LineFields lines = service::LineFields::kWrite) {
    std::string text;
    text.reserve(512 * (page.items.size() + 1));
    JsonWriter writer(text);
    writer.BeginObject();
    writer.Key("items");
    writer.BeginArray();
    for (const auto& record : page.items) service::WriteRecordJson(writer, record, lines);
    writer.EndArray();
    writer.Key("next_cursor");
    WriteJsonOf(writer, page.next_cursor);
    writer.EndObject();
    return text;
}

/// 200 (or `status`) with the record's JSON and its ETag.
template <typename Record>
Response RecordResponse(const Record& record, boost::beast::http::status status = boost::beast::http::status::ok) {
    auto response = JsonTextResponse(status, service::RecordJsonText(record), {{"ETag", ETag(record.meta.version)}});
    if (status == boost::beast::http::status::created) {
        response.headers.emplace_back("Location", "/api/v1/" + std::string(store::Traits<Record>::kCollection) + "/" +
                                                      std::to_string(ToInt(record.id)));
    }
    return response;
}

/// The routes every collection has, as API.md lays them out:
///   GET    /api/v1/<collection>        list (filters, q, sort, cursor, limit)
///   GET    /api/v1/<collection>/{id}   read, with ETag
///   PATCH  /api/v1/<collection>/{id}   partial update, If-Match → 412 when stale
///   DELETE /api/v1/<collection>/{id}   archive → 204
///   POST   /api/v1/<collection>        create → 201 with Location
/// Users take a password, so their create and update routes are their own (kReadAndArchive).
enum class RecordWrites { kAll, kReadAndArchive };

template <typename Record>
void AddRecordRoutes(Router& router, service::Services& services, service::RecordService<Record>& records,
                     RecordWrites writes = RecordWrites::kAll) {
    using boost::beast::http::status;
    using boost::beast::http::verb;
    using Id = typename store::Traits<Record>::Id;
    const std::string collection = "/api/v1/" + std::string(store::Traits<Record>::kCollection);
    const std::string_view singular = store::Traits<Record>::kSingular;

    using Docs = RecordDocs<Record>;
    if (writes == RecordWrites::kAll) {
        router.Add(verb::post, collection, Docs::Create(),
                   Authenticated(services, [&records](Request& request, const service::Caller& caller) {
                       auto json = ParseJsonObject(request);
                       if (!json) return ErrorResponse(json.error());
                       Record draft;
                       service::FieldNames given;
                       auto applied = service::ApplyJson(draft, *json, service::Mode::kCreate, given);
                       if (!applied) return ErrorResponse(applied.error());
                       return Reply(records.Create(caller, std::move(draft), given),
                                    [](const Record& record) { return RecordResponse(record, status::created); });
                   }));
    }
    router.Add(
        verb::get, collection, Docs::List(),
        Authenticated(services, [&records](Request& request, const service::Caller& caller) {
            auto list = ParseListRequest(request);
            if (!list) return ErrorResponse(list.error());
            if (!list->lines && !store::HasLines<Record>()) {
                return ErrorResponse(MakeError(
                    ErrorCode::kMalformed, std::string(store::Traits<Record>::kCollection) + " have no lines", "omit"));
            }
            auto lines = list->lines ? service::LineFields::kWrite : service::LineFields::kOmit;
            return Reply(records.List(caller, *list), [lines](const store::Page<Record>& page) {
                return JsonTextResponse(status::ok, PageJsonText(page, lines));
            });
        }));
    router.Add(verb::get, collection + "/{id}", Docs::Get(),
               Authenticated(services, [&records, singular](Request& request, const service::Caller& caller) {
                   auto id = ParsePathId<Id>(request, singular);
                   if (!id) return ErrorResponse(id.error());
                   return Reply(records.Get(caller, *id), [](const Record& record) { return RecordResponse(record); });
               }));
    if (writes == RecordWrites::kAll) {
        router.Add(verb::patch, collection + "/{id}", Docs::Update(),
                   Authenticated(services, [&records, singular](Request& request, const service::Caller& caller) {
                       auto id = ParsePathId<Id>(request, singular);
                       if (!id) return ErrorResponse(id.error());
                       auto version = ParseIfMatch(request);
                       if (!version) return ErrorResponse(version.error());
                       auto json = ParseJsonObject(request);
                       if (!json) return ErrorResponse(json.error());
                       auto patch = [&](Record& record, service::FieldNames& given) {
                           return service::ApplyJson(record, *json, service::Mode::kUpdate, given);
                       };
                       return Reply(records.Update(caller, *id, *version, patch),
                                    [](const Record& record) { return RecordResponse(record); });
                   }));
    }
    router.Add(verb::delete_, collection + "/{id}", Docs::Archive(),
               Authenticated(services, [&records, singular](Request& request, const service::Caller& caller) {
                   auto id = ParsePathId<Id>(request, singular);
                   if (!id) return ErrorResponse(id.error());
                   auto version = ParseIfMatch(request);
                   if (!version) return ErrorResponse(version.error());
                   auto archived = records.Archive(caller, *id, *version);
                   if (!archived) return ErrorResponse(archived.error());
                   return EmptyResponse(status::no_content);
               }));
}

/// POST /api/v1/<collection>/{id}/restore: brings back an archived record (and what was archived with it),
/// honouring If-Match; 200 with the record, 409 when it is not archived.
template <typename Record>
void AddRestoreRoute(Router& router, service::Services& services, service::RecordService<Record>& records) {
    using Id = typename store::Traits<Record>::Id;
    const std::string_view singular = store::Traits<Record>::kSingular;
    auto path = "/api/v1/" + std::string(store::Traits<Record>::kCollection) + "/{id}/restore";
    router.Add(boost::beast::http::verb::post, path, RecordDocs<Record>::Restore(),
               Authenticated(services, [&records, singular](Request& request, const service::Caller& caller) {
                   auto id = ParsePathId<Id>(request, singular);
                   if (!id) return ErrorResponse(id.error());
                   auto version = ParseIfMatch(request);
                   if (!version) return ErrorResponse(version.error());
                   return Reply(records.Restore(caller, *id, *version),
                                [](const Record& record) { return RecordResponse(record); });
               }));
}

}  // namespace rapport::http
