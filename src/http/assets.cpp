#include "http/api.hpp"
#include "http/compression.hpp"
#include "http/message.hpp"

#include "web_assets.hpp"

#include <algorithm>
#include <string_view>

namespace rapport::http {
namespace {

// Served at "/" when the binary was built without the web UI (-DRAPPORT_WEB_UI=OFF).
constexpr std::string_view kPlaceholderPage = R"html(<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Rapport</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}</style>
</head>
<body>
<h1>Rapport</h1>
<p>The server is running. The API lives under <code>/api/v1</code>; its description is at
<a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
</body>
</html>
)html";

// Vite puts every file whose name carries a content hash under /assets/: such a URL never changes
// meaning, so browsers may keep it for a year. index.html names the current hashes, so it is
// revalidated on every load.
constexpr std::string_view kHashedPrefix = "/assets/";
constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kRevalidate = "no-cache";

// The UI talks only to its own origin; Mantine sets CSS variables through a <style> element, hence
// 'unsafe-inline' for styles (never for scripts).
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'";

std::string_view ContentTypeOf(std::string_view path) {
    constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
        {".webmanifest", "application/manifest+json"},
    };
    for (const auto& [extension, type] : kTypes) {
        if (path.ends_with(extension)) return type;
    }
    return "application/octet-stream";
}

const web_assets::File* FindFile(std::string_view path) {
    auto files = web_assets::Files();
    auto found =
        std::lower_bound(files.begin(), files.end(), path,
                         [](const web_assets::File& file, std::string_view wanted) { return file.path < wanted; });
    return found != files.end() && found->path == path ? &*found : nullptr;
}

// Whether If-None-Match names `etag` ("W/" prefixes compare weakly, as RFC 9110 asks for this field) or is "*".
bool NoneMatchHits(std::string_view if_none_match, std::string_view etag) {
    while (!if_none_match.empty()) {
        auto comma = if_none_match.find(',');
        auto tag = if_none_match.substr(0, comma);
        if_none_match.remove_prefix(comma == std::string_view::npos ? if_none_match.size() : comma + 1);
        while (tag.starts_with(' ') || tag.starts_with('\t')) tag.remove_prefix(1);
        while (tag.ends_with(' ') || tag.ends_with('\t')) tag.remove_suffix(1);
        if (tag.starts_with("W/")) tag.remove_prefix(2);
        if (tag == "*" || tag == etag) return true;
    }
    return false;
}

// The file in the encoding the request accepts best among those the build made, each with its own ETag;
// 304 when the browser's copy is that variant.
Response FileResponse(const web_assets::File& file, const Request& request) {
    Response response;
    response.content_type = std::string(ContentTypeOf(file.path));
    bool hashed = file.path.starts_with(kHashedPrefix);
    response.headers.emplace_back("Cache-Control", std::string(hashed ? kImmutable : kRevalidate));
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    if (!hashed) {
        response.headers.emplace_back("Content-Security-Policy", std::string(kContentSecurityPolicy));
        response.headers.emplace_back("Referrer-Policy", "same-origin");
    }
    // Also when the build made no twin, so that CompressForClient leaves the file as it is.
    if (IsCompressibleType(response.content_type)) response.headers.emplace_back("Vary", "Accept-Encoding");

    auto encoding = ChooseEncoding(request.header("Accept-Encoding"),
                                   {.gzip = !file.gzip.body.empty(), .brotli = !file.brotli.body.empty()});
    const auto& variant = encoding == Encoding::kBrotli ? file.brotli
                          : encoding == Encoding::kGzip ? file.gzip
                                                        : file.identity;
    response.headers.emplace_back("ETag", std::string(variant.etag));
    if (NoneMatchHits(request.header("If-None-Match"), variant.etag)) {
        response.status = boost::beast::http::status::not_modified;
        return response;
    }
    if (encoding != Encoding::kIdentity) {
        response.headers.emplace_back("Content-Encoding", std::string(EncodingName(encoding)));
    }
    response.body = std::string(variant.body);
    return response;
}

bool IsServerPath(std::string_view path) {
    return path == "/api" || path.starts_with("/api/") || path == "/healthz" || path.starts_with("/healthz/");
}

/// GET of any path of one or two segments that no API route took: a file of the web UI, or
/// index.html for a client-side route ("/accounts/12"), so that a reload or a shared link works.
Response ServeWebUi(Request& request) {
    const std::string& path = request.path;
    // The wildcard routes also catch "/api/v1" and the like; those keep the API's own 404.
    if (IsServerPath(path)) return ErrorResponse(MakeError(ErrorCode::kNotFound, "no route for GET " + path));

    if (web_assets::Files().empty()) {
        if (path != "/") return ErrorResponse(MakeError(ErrorCode::kNotFound, "no route for GET " + path));
        Response response;
        response.body = std::string(kPlaceholderPage);
        response.content_type = "text/html; charset=utf-8";
        return response;
    }

    if (const auto* file = FindFile(path == "/" ? "/index.html" : std::string_view(path))) {
        return FileResponse(*file, request);
    }
    // A missing hashed file is a stale page asking for an old build: answering with HTML would only
    // fail later as a script with the wrong type.
    if (path.starts_with(kHashedPrefix)) {
        return ErrorResponse(MakeError(ErrorCode::kNotFound, "no file " + path + " in this build of the web UI"));
    }
    const auto* index = FindFile("/index.html");
    if (index == nullptr) return ErrorResponse(MakeError(ErrorCode::kNotFound, "no route for GET " + path));
    return FileResponse(*index, request);
}

}  // namespace

void AddAssetRoutes(Router& router) {
    // Every API path has three or more segments ("/api/v1/accounts"), and "/healthz" is a literal
    // that wins over a parameter, so wildcards one and two segments deep serve the UI without ever
    // shadowing an API route, its 404 or its 405. The UI's own routes stay within two segments.
    router.Add(boost::beast::http::verb::get, "/", ServeWebUi);
    router.Add(boost::beast::http::verb::get, "/{first}", ServeWebUi);
    router.Add(boost::beast::http::verb::get, "/{first}/{second}", ServeWebUi);
}

}  // namespace rapport::http
