#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rapport::cli {

struct ServeOptions {
    std::string db_url;
    std::string listen = "127.0.0.1:8080";
    int threads = 0;                           // Threads serving requests; 0 means eight per core.
    std::size_t body_limit = 1 << 20;          // Larger request bodies get 413.
    std::vector<std::string> trusted_proxies;  // Whose X-Forwarded-For names the client.
    std::string public_url;                    // How users reach the server; https makes the cookie Secure.
};

/// Opens and migrates the database, then serves the API and web UI until SIGINT or SIGTERM.
/// Prints "listening on http://ADDRESS:PORT" on stdout once bound (port 0 picks a free one).
/// Returns the process exit code.
int RunServe(const ServeOptions& options);

}  // namespace rapport::cli
