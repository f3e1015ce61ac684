#include "http/request_parsing.hpp"

#include <boost/json/parse.hpp>

#include <charconv>

namespace rapport::http {

Result<boost::json::object> ParseJsonObject(const Request& request) {
    boost::system::error_code error;
    auto json = boost::json::parse(request.body, error);
    if (error) return MakeError(ErrorCode::kMalformed, "request body is not valid JSON: " + error.message());
    if (!json.is_object()) return MakeError(ErrorCode::kMalformed, "request body must be a JSON object");
    return std::move(json.as_object());
}

Result<std::optional<std::int64_t>> ParseIfMatch(const Request& request) {
    auto text = request.header("If-Match");
    if (text.empty()) return std::optional<std::int64_t>{};
    if (text.starts_with("W/")) text.remove_prefix(2);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
    std::int64_t version = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (error != std::errc{} || end != text.data() + text.size() || version <= 0) {
        return MakeError(ErrorCode::kMalformed, "If-Match must name a version, as in If-Match: \"3\"", "If-Match");
    }
    return std::optional<std::int64_t>(version);
}

Result<store::ListRequest> ParseListRequest(const Request& request) {
    store::ListRequest list;
    std::vector<std::string_view> seen;
    for (const auto& [name, value] : request.query) {
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            return MakeError(ErrorCode::kMalformed, "query parameter " + name + " is given twice", name);
        }
        seen.push_back(name);
        if (name == "limit") {
            auto limit = Codec<std::int64_t>::FromText(value, "limit");
            if (!limit || *limit < 1 || *limit > 500) {
                return MakeError(ErrorCode::kMalformed, "limit must be a whole number from 1 to 500", "limit");
            }
            list.limit = static_cast<int>(*limit);
        } else if (name == "cursor") {
            list.cursor = value;
        } else if (name == "sort") {
            list.sort = value;
        } else if (name == "q") {
            list.search = value;
        } else if (name == "omit") {
            if (value != "lines") return MakeError(ErrorCode::kMalformed, "omit can only be lines", "omit");
            list.lines = false;
        } else {
            list.filters.emplace_back(name, value);
        }
    }
    return list;
}

std::string_view SessionToken(const Request& request) {
    auto authorization = request.header("Authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (authorization.size() > kBearer.size() && authorization.substr(0, kBearer.size()) == kBearer) {
        return authorization.substr(kBearer.size());
    }
    auto cookies = request.header("Cookie");
    constexpr std::string_view kCookie = "rapport_session=";
    while (!cookies.empty()) {
        auto end = cookies.find(';');
        auto cookie = cookies.substr(0, end);
        while (!cookie.empty() && cookie.front() == ' ') cookie.remove_prefix(1);
        if (cookie.starts_with(kCookie)) return cookie.substr(kCookie.size());
        if (end == std::string_view::npos) break;
        cookies.remove_prefix(end + 1);
    }
    return {};
}

std::string ETag(std::int64_t version) { return "\"" + std::to_string(version) + "\""; }

}  // namespace rapport::http
