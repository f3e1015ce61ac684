#pragma once

#include "http/message.hpp"
#include "service/caller.hpp"
#include "service/services.hpp"
#include "store/list_query.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string_view>

namespace rapport::http {

/// The body as a JSON object. kMalformed when it is not JSON or not an object.
Result<boost::json::object> ParseJsonObject(const Request& request);

/// The version named by If-Match ("3", "\"3\"" or W/"3"); nullopt when absent. kMalformed when
/// the header is there but names no version.
Result<std::optional<std::int64_t>> ParseIfMatch(const Request& request);

/// limit, cursor, sort, q and omit (=lines) from the query string; every other parameter is a field filter.
/// kMalformed for a limit outside 1–500, an omit of anything but lines, or a repeated parameter.
Result<store::ListRequest> ParseListRequest(const Request& request);

/// A path id of type Id. kNotFound when the text is not an id: no record can have it.
template <RecordId Id>
Result<Id> ParsePathId(const Request& request, std::string_view singular) {
    auto id = Codec<Id>::FromText(request.path_param("id"), "id");
    if (!id)
        return MakeError(ErrorCode::kNotFound,
                         std::string(singular) + " " + std::string(request.path_param("id")) + " not found");
    return *id;
}

/// The session token from `Authorization: Bearer …` or the `rapport_session` cookie.
std::string_view SessionToken(const Request& request);

/// `"<version>"`, for ETag headers.
std::string ETag(std::int64_t version);

}  // namespace rapport::http
