// The query string of a list request (`GET /api/v1/<collection>?…`): decoded by http::ParseTarget, read by
// http::ParseListRequest, then, for every record type, the sort key, each filter's SQL condition and the cursor,
// as store::BuildListQuery reads them. The input is the query string. Every parameter lands in one place once;
// a filter's SQL has one placeholder per parameter and no quote of its own, whatever the value; a cursor that
// decodes encodes to one that decodes the same; base64url decodes only its canonical form.

#include "fuzz_check.hpp"

#include "core/base64.hpp"
#include "domain/absence/absence.hpp"
#include "domain/account/account.hpp"
#include "domain/activity/activity.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "domain/team/team.hpp"
#include "domain/user/user.hpp"
#include "http/request_parsing.hpp"
#include "store/list_query.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {
namespace {

// A 400 that says why, naming `field` when given (a parameter's own name may be empty: "?=1").
void CheckRefusal(const Error& error, std::string_view field = {}) {
    RAPPORT_FUZZ_REQUIRE(
        error.code == ErrorCode::kMalformed && !error.message.empty() && (field.empty() || error.field == field),
        "refused with \"" + error.message + "\" (field \"" + error.field + "\")");
}

void CheckBase64(std::string_view text) {
    if (auto bytes = DecodeBase64Url(text)) {
        RAPPORT_FUZZ_REQUIRE(EncodeBase64Url(*bytes) == text, "base64 " + std::string(text) + " is not canonical");
    }
    auto decoded = DecodeBase64Url(EncodeBase64Url(text));
    RAPPORT_FUZZ_REQUIRE(decoded && *decoded == text, "base64 of " + std::to_string(text.size()) + " bytes");
}

void CheckCursor(std::string_view text, std::string_view sort, bool sort_is_text) {
    auto cursor = store::DecodeCursor(text, sort, sort_is_text);
    if (!cursor) return CheckRefusal(cursor.error(), "cursor");
    auto again = store::DecodeCursor(store::EncodeCursor(sort, cursor->sort_value, cursor->id), sort, sort_is_text);
    RAPPORT_FUZZ_REQUIRE(again && again->id == cursor->id && (sort.empty() || again->sort_value == cursor->sort_value),
                         "cursor " + std::string(text) + " for sort " + std::string(sort));
}

// A filter's value reaches the database as a parameter, never as SQL.
void CheckCondition(const store::Condition& condition, std::string_view name) {
    const auto& sql = condition.sql;
    auto placeholders = static_cast<std::size_t>(std::count(sql.begin(), sql.end(), '?'));
    auto quotes = std::count(sql.begin(), sql.end(), '\'');
    bool escape_clause = sql.ends_with(" ESCAPE '\\'");
    RAPPORT_FUZZ_REQUIRE(placeholders == condition.params.size() && quotes == (escape_clause ? 2 : 0),
                         "filter " + std::string(name) + ": " + sql);
}

template <typename Record>
void CheckAsListOf(const store::ListRequest& list) {
    using namespace store::list_detail;
    bool sort_is_text = false;
    if (!list.sort.empty()) {
        auto key = FindSortKey<Record>(list.sort);
        if (!key) return CheckRefusal(key.error(), "sort");
        sort_is_text = key->is_text;
    }
    for (const auto& [name, value] : list.filters) {
        auto condition = FieldFilter<Record>(name, value);
        if (condition) {
            CheckCondition(*condition, name);
        } else {
            CheckRefusal(condition.error());
        }
    }
    if (list.cursor.empty()) return;
    CheckCursor(list.cursor, list.sort, sort_is_text);
    // Random text is rarely base64 of a cursor; reading the parameter as a cursor's content reaches its parsing.
    CheckCursor(EncodeBase64Url(list.cursor), list.sort, sort_is_text);
}

void CheckListRequest(const http::Request& request) {
    auto list = http::ParseListRequest(request);
    if (!list) return CheckRefusal(list.error());
    RAPPORT_FUZZ_REQUIRE(list->limit >= 1 && list->limit <= 500, "limit " + std::to_string(list->limit));
    std::size_t special = 0;
    for (std::string_view name : {"limit", "cursor", "sort", "q"}) {
        auto count = std::count_if(request.query.begin(), request.query.end(),
                                   [&](const auto& parameter) { return parameter.first == name; });
        RAPPORT_FUZZ_REQUIRE(count <= 1, "parameter " + std::string(name) + " accepted twice");
        special += static_cast<std::size_t>(count);
    }
    RAPPORT_FUZZ_REQUIRE(
        list->filters.size() + special == request.query.size(),
        std::to_string(request.query.size()) + " parameters, " + std::to_string(list->filters.size()) + " filters");

    CheckAsListOf<domain::User>(*list);
    CheckAsListOf<domain::Team>(*list);
    CheckAsListOf<domain::Account>(*list);
    CheckAsListOf<domain::Contact>(*list);
    CheckAsListOf<domain::Deal>(*list);
    CheckAsListOf<domain::Activity>(*list);
    CheckAsListOf<domain::Absence>(*list);
}

}  // namespace
}  // namespace rapport

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rapport;
    std::string_view query(reinterpret_cast<const char*>(data), size);
    CheckBase64(query);

    http::Request request;
    auto parsed = http::ParseTarget("/api/v1/accounts?" + std::string(query), request);
    if (!parsed) return 0;
    RAPPORT_FUZZ_REQUIRE(request.path == "/api/v1/accounts", "path " + request.path);
    CheckListRequest(request);
    return 0;
}
