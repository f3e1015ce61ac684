// rapport-bench-bare: the ceiling Rapport's server is measured against. The same Beast and Asio primitives as
// src/http/server.cpp (coroutines, one event loop per thread with connections dealt to the loops in turn,
// keep-alive), but no routing, no database, no logging: every request gets the same JSON body. What Rapport adds on top of this is the cost of Rapport.

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <charconv>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);

struct Options {
    std::string address = "127.0.0.1";
    unsigned short port = 8090;
    int threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    std::size_t body_bytes = 600;
};

// One account as Rapport returns it, padded with a custom field to exactly `bytes` (or left as it is when
// that is already longer), so that the response costs what a real one costs on the wire.
std::string AccountBody(std::size_t bytes) {
    std::string body = R"({"id":"4711","version":3,"name":"Müller Logistik GmbH","kind":"company",)"
                       R"("owner_id":"12","status":"active","industry":"Logistics","source":"referral",)"
                       R"("phone":"+49 40 5550123","email":"info@mueller-logistik.de",)"
                       R"("website":"https://www.mueller-logistik.de","address":"Hafenstraße 12, 20457 Hamburg, Germany",)"
                       R"("tags":["key","vip"],"created_at":"2026-03-02T09:14:00Z","updated_at":"2026-11-20T16:41:07Z",)"
                       R"("custom":{"notes":")";
    constexpr std::string_view kEnd = R"("}})";
    constexpr std::string_view kNote = "Key account since 2019; prefers calls in the morning. ";
    for (std::size_t i = 0; body.size() + kEnd.size() < bytes; ++i) body += kNote[i % kNote.size()];
    return body.append(kEnd);
}

asio::awaitable<void> Serve(tcp::socket socket, const std::string& body) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    for (;;) {
        http::request<http::string_body> request;
        auto [read_error, read] = co_await http::async_read(stream, buffer, request, kNoThrow);
        if (read_error) break;
        http::response<http::string_body> response{http::status::ok, request.version()};
        response.set(http::field::content_type, "application/json");
        response.body() = body;  // A copy per response, as Rapport builds a fresh body for each.
        response.content_length(body.size());
        response.keep_alive(request.keep_alive());
        auto [write_error, written] = co_await http::async_write(stream, response, kNoThrow);
        if (write_error || !response.keep_alive()) break;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> Accept(tcp::acceptor& acceptor, std::vector<std::unique_ptr<asio::io_context>>& loops,
                             const std::string& body) {
    for (std::size_t next = 0;; ++next) {
        auto [error, socket] = co_await acceptor.async_accept(*loops[next % loops.size()], kNoThrow);
        if (error) co_return;  // Closed by the signal handler.
        socket.set_option(tcp::no_delay(true), error);
        asio::co_spawn(socket.get_executor(), Serve(std::move(socket), body), asio::detached);
    }
}

constexpr std::string_view kUsage =
    "usage: rapport-bench-bare [--listen 127.0.0.1:8090] [--threads N] [--body-bytes 600]\n";

template <typename Number>
bool ParseNumber(std::string_view text, Number& out) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc{} && end == text.data() + text.size();
}

// Fills `options` from "--flag value" pairs; false on anything else.
bool Parse(int argc, char** argv, Options& options) {
    if (argc % 2 == 0) return false;
    for (int i = 1; i < argc; i += 2) {
        std::string_view flag = argv[i];
        std::string_view value = argv[i + 1];
        auto colon = value.rfind(':');
        bool ok = false;
        if (flag == "--listen" && colon != std::string_view::npos) {
            options.address = std::string(value.substr(0, colon));
            ok = ParseNumber(value.substr(colon + 1), options.port);
        } else if (flag == "--threads") {
            ok = ParseNumber(value, options.threads) && options.threads > 0;
        } else if (flag == "--body-bytes") {
            ok = ParseNumber(value, options.body_bytes);
        }
        if (!ok) return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (argc == 2 && std::string_view(argv[1]) == "--help") {
        std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
        return 0;
    }
    if (!Parse(argc, argv, options)) {
        std::fwrite(kUsage.data(), 1, kUsage.size(), stderr);
        return 2;
    }
    const std::string body = AccountBody(options.body_bytes);

    std::vector<std::unique_ptr<asio::io_context>> loops;
    for (int i = 0; i < options.threads; ++i) loops.push_back(std::make_unique<asio::io_context>(1));
    std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running;
    for (auto& loop : loops) keep_running.push_back(asio::make_work_guard(*loop));
    auto& io = *loops.front();
    beast::error_code error;
    auto address = asio::ip::make_address(options.address, error);
    tcp::acceptor acceptor(io);
    tcp::endpoint endpoint(address, options.port);
    if (!error) acceptor.open(endpoint.protocol(), error);
    if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error) acceptor.bind(endpoint, error);
    if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error) {
        std::fprintf(stderr, "rapport-bench-bare: cannot listen on %s:%u: %s\n", options.address.c_str(),
                     static_cast<unsigned>(options.port), error.message().c_str());
        return 1;
    }

    // On a signal: stop accepting, and stop the loop; open connections end with the process.
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const beast::error_code&, int) {
        beast::error_code ignored;
        acceptor.close(ignored);
        for (auto& loop : loops) loop->stop();
    });
    asio::co_spawn(io, Accept(acceptor, loops, body), asio::detached);

    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < loops.size(); ++i) threads.emplace_back([&loops, i] { loops[i]->run(); });
    io.run();
    for (auto& thread : threads) thread.join();
    return 0;
}
