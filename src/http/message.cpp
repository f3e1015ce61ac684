#include "http/message.hpp"

#include "http/error_mapping.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include <algorithm>

namespace rapport::http {

namespace {

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return LowerAscii(x) == LowerAscii(y); });
}

bool HasEncodedSlash(std::string_view encoded_path) {
    for (std::size_t at = encoded_path.find('%'); at != std::string_view::npos; at = encoded_path.find('%', at + 1)) {
        if (encoded_path.substr(at + 1, 2) == "2F" || encoded_path.substr(at + 1, 2) == "2f") return true;
    }
    return false;
}

}  // namespace

std::string_view Request::header(std::string_view name) const {
    for (const auto& [field, value] : headers) {
        if (EqualsIgnoringCase(field, name)) return value;
    }
    return {};
}

std::string_view Request::path_param(std::string_view name) const {
    for (const auto& [key, value] : path_params) {
        if (key == name) return value;
    }
    return {};
}

std::optional<std::string_view> Request::query_param(std::string_view name) const {
    for (const auto& [key, value] : query) {
        if (key == name) return std::string_view(value);
    }
    return std::nullopt;
}

Status ParseTarget(std::string_view target, Request& request) {
    auto url = boost::urls::parse_origin_form(target);
    if (!url) return MakeError(ErrorCode::kMalformed, "the request target is not a valid path");
    if (HasEncodedSlash(url->encoded_path())) {
        return MakeError(ErrorCode::kMalformed, "the request path contains an encoded slash");
    }

    std::string path = url->path();
    if (path.find('\0') != std::string::npos) {
        return MakeError(ErrorCode::kMalformed, "the request path contains a NUL character");
    }

    std::vector<std::pair<std::string, std::string>> query;
    if (url->has_query()) {
        for (auto param : url->params()) {
            // "?" alone and "a=1&&b=2" yield empty, valueless entries that carry nothing.
            if (param.key.empty() && !param.has_value) continue;
            query.emplace_back(std::move(param.key), std::move(param.value));
        }
    }

    request.path = std::move(path);
    request.query = std::move(query);
    return {};
}

bool ForbidsBody(boost::beast::http::status status) {
    auto code = static_cast<unsigned>(status);
    return code / 100 == 1 || status == boost::beast::http::status::no_content ||
           status == boost::beast::http::status::not_modified;
}

Response JsonResponse(boost::beast::http::status status, const boost::json::value& json,
                      std::vector<std::pair<std::string, std::string>> headers) {
    return JsonTextResponse(status, boost::json::serialize(json), std::move(headers));
}

Response JsonTextResponse(boost::beast::http::status status, std::string json,
                          std::vector<std::pair<std::string, std::string>> headers) {
    Response response;
    response.status = status;
    response.body = std::move(json);
    response.headers = std::move(headers);
    return response;
}

Response ErrorResponse(const Error& error) {
    boost::json::object detail;
    detail["code"] = ErrorCodeName(error.code);
    detail["message"] = error.message;
    if (!error.field.empty()) detail["field"] = error.field;
    if (!error.limit.empty()) detail["limit"] = error.limit;

    boost::json::object body;
    body["error"] = std::move(detail);
    return JsonResponse(StatusOf(error.code), body);
}

Response EmptyResponse(boost::beast::http::status status) {
    Response response;
    response.status = status;
    response.content_type.clear();
    return response;
}

}  // namespace rapport::http
