#include "cli/serve.hpp"

#include "http/api.hpp"
#include "http/server.hpp"
#include "service/password.hpp"
#include "store/database.hpp"

#include <spdlog/spdlog.h>

#include <charconv>
#include <csignal>
#include <cstdio>

namespace rapport::cli {
namespace {

Result<http::ServerConfig> ParseListen(const ServeOptions& options) {
    http::ServerConfig config;
    auto colon = options.listen.rfind(':');
    if (colon == std::string::npos) {
        return InvalidField("listen", "--listen must be ADDRESS:PORT, as in 127.0.0.1:8080");
    }
    config.address = options.listen.substr(0, colon);
    if (config.address.size() >= 2 && config.address.front() == '[' && config.address.back() == ']') {
        config.address = config.address.substr(1, config.address.size() - 2);
    }
    auto port_text = std::string_view(options.listen).substr(colon + 1);
    unsigned port = 0;
    auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (error != std::errc{} || end != port_text.data() + port_text.size() || port > 65535) {
        return InvalidField("listen", "--listen port must be a number from 0 to 65535");
    }
    config.port = static_cast<std::uint16_t>(port);
    config.threads = options.threads;
    config.body_limit = options.body_limit;
    return config;
}

Result<http::ApiOptions> ParseApiOptions(const ServeOptions& options) {
    http::ApiOptions api;
    api.trusted_proxies = RAPPORT_TRY(http::TrustedProxies::Parse(options.trusted_proxies, "trusted-proxy"));
    if (!options.public_url.empty()) {
        bool https = options.public_url.starts_with("https://");
        if (!https && !options.public_url.starts_with("http://")) {
            return InvalidField("public-url", "--public-url must start with https:// or http://");
        }
        api.secure_cookies = https;
    }
    return api;
}

}  // namespace

int RunServe(const ServeOptions& options) {
    // A closed stdout (a test that read the port line and left) must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    auto config = ParseListen(options);
    if (!config) {
        std::fprintf(stderr, "rapport: %s\n", config.error().message.c_str());
        return 2;
    }
    auto api_options = ParseApiOptions(options);
    if (!api_options) {
        std::fprintf(stderr, "rapport: --%s: %s\n", api_options.error().field.c_str(),
                     api_options.error().message.c_str());
        return 2;
    }
    if (auto crypto = service::InitCrypto(); !crypto) {
        std::fprintf(stderr, "rapport: %s\n", crypto.error().message.c_str());
        return 1;
    }
    auto database = store::Open(options.db_url);
    if (!database) {
        std::fprintf(stderr, "rapport: cannot open database %s: %s\n", store::Describe(options.db_url).c_str(),
                     database.error().message.c_str());
        return 3;
    }
    if (auto migrated = (*database)->Migrate(); !migrated) {
        std::fprintf(stderr, "rapport: cannot migrate the schema: %s\n", migrated.error().message.c_str());
        return 3;
    }
    http::Backend backend(**database, std::move(*api_options));
    auto router = http::BuildRouter(backend);
    http::Server server(*config, router);
    auto port = server.Listen();
    if (!port) {
        std::fprintf(stderr, "rapport: %s\n", port.error().message.c_str());
        return 1;
    }
    // Tests and scripts wait for this line to learn the port; flush so they see it at once.
    std::printf("listening on http://%s:%u\n", config->address.c_str(), static_cast<unsigned>(*port));
    std::fflush(stdout);
    spdlog::info("serving {} on {}:{}", store::Describe(options.db_url), config->address, *port);
    server.Run();
    spdlog::info("stopped");
    return 0;
}

}  // namespace rapport::cli
