#include "http/api.hpp"
#include "http/message.hpp"

namespace rapport::http {
namespace {

// Until the web UI is embedded (web/, built with Vite), the root page points people to the API.
constexpr std::string_view kIndexPage = R"html(<!doctype html>
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

}  // namespace

void AddAssetRoutes(Router& router) {
    router.Add(boost::beast::http::verb::get, "/", [](Request&) {
        Response response;
        response.body = std::string(kIndexPage);
        response.content_type = "text/html; charset=utf-8";
        return response;
    });
}

}  // namespace rapport::http
