#pragma once

#include "core/result.hpp"
#include "http/router.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace rapport::http {

struct ServerConfig {
    std::string address = "127.0.0.1";
    std::uint16_t port = 8080;              // 0 picks any free port; Listen() reports which.
    int threads = 0;                        // Threads (event loops) serving connections; 0 = 8 × cores.
    std::size_t body_limit = 1 << 20;       // Larger request bodies get 413.
    std::chrono::seconds idle_timeout{30};  // A connection silent this long (up to a second more) is closed.
    int workers = 0;  // Threads that run the handlers placed off the loops; 0 = one per core, at least 2.
};

/// Where the server should run the handler of a request whose target is parsed (Router::RunsFor).
using Placement = std::function<Runs(const Request&)>;

/// An HTTP/1.1 server with keep-alive. A fixed number of threads, several per core, each runs its own event
/// loop; new connections are dealt to the loops in turn, and a loop serves its connections from reading a
/// request to writing its response, the handler included: no hand-over between threads on the way. A
/// handler that blocks (database work) holds its loop, so the other connections of that loop wait for it
/// while the other loops go on; connections are accepted on a loop of their own, which no handler holds.
/// A handler that the placement puts off the loop (Runs::kOffLoop: a report, a rendered document) runs
/// instead on a fixed pool of worker threads, compression of its answer included, while its loop goes on
/// serving its other connections; the connection waits for it, and its loop writes the answer. Such a
/// request is touched by one thread at a time: the loop hands it over and takes it back through the
/// pool's and the loop's queues. Requests beyond the workers wait in the pool's queue, in order.
/// Each response carries X-Request-Id, Content-Type (unless the handler left it empty) and Content-Length;
/// 1xx, 204 and 304 responses go without a body and without these two, as HTTP requires. Bodies of text
/// and JSON are compressed with gzip or brotli for clients that accept it (CompressForClient).
///
/// The server answers by itself, in the API's error shape: 400 "malformed_request" for unreadable HTTP or
/// an unusable target, 413 "body_too_large" for a body over the limit, 500 "internal" when the handler
/// throws. After a 400 or 413 for unreadable input, it closes the connection.
class Server {
public:
    /// Every handler runs where `placement` says; without one, on the loop.
    Server(ServerConfig config, Handler handler, Placement placement = {});
    /// Serves `router`'s routes, each where its operation says (Router::RunsFor). The router must outlive
    /// the server.
    Server(ServerConfig config, const Router& router);
    /// Run() must have returned (or never been called) by then.
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// Binds and starts listening; connections queue until Run(). Returns the bound port (the chosen one
    /// when config.port is 0). Fails with kInvalidArgument (field "address") when the address is not an
    /// IP address, and with kUnavailable ("cannot listen on 127.0.0.1:8080: address in use") when the
    /// system refuses. Call it once, before Run().
    Result<std::uint16_t> Listen();

    /// Serves until Stop() is called or the process gets SIGINT or SIGTERM, then shuts down gracefully:
    /// stops accepting, closes idle connections, lets requests in progress finish and be answered, and
    /// returns once every connection is closed (an answer being made off the loop is waited for). The calling
    /// thread accepts the connections. Requires a successful Listen(); call it once. A second SIGINT or SIGTERM during
    /// shutdown ends the process.
    void Run();

    /// Asks Run() to shut down as described there, and returns at once. Safe from any thread, including
    /// from a handler, and before Run() has started; calling it again does nothing more.
    void Stop();

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rapport::http
