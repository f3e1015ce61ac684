#include "http/server.hpp"

#include "core/assert.hpp"
#include "http/compression.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <csignal>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

namespace rapport::http {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

// Completion token that reports failures as an error_code in a tuple instead of throwing.
constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);

// After refusing a request we keep reading (and discarding) what the client still sends, for a short
// while, before closing: closing a socket with unread input makes the kernel send RST, which can destroy
// our 400/413 before the client reads it.
constexpr auto kLingerTimeout = std::chrono::seconds(2);
constexpr std::size_t kLingerLimit = 16 << 20;

// Many loops per core, because a thread waiting on the database (a commit's fsync, a report) stops its
// loop while it waits; and writers that wait together are committed together.
int ThreadCount(int configured) {
    constexpr int kPerCore = 8;
    if (configured > 0) return configured;
    return kPerCore * static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

// Handlers placed off the loops mostly wait on the database or compute (a report, a PDF): one thread per
// core keeps the cores busy without letting slow work crowd out the loops; two at least, so that one slow
// request does not make every other wait behind it on a one-core machine.
std::size_t WorkerCount(int configured) {
    if (configured > 0) return static_cast<std::size_t>(configured);
    return std::max(2U, std::thread::hardware_concurrency());
}

// How often the deadlines of reads and writes are checked, and so how much later than its timeout a
// silent connection may be closed.
constexpr auto kDeadlineTick = std::chrono::seconds(1);

struct Connection {
    explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}

    // The read or write about to start must end within `timeout`, or the connection is closed.
    void ExpireAfter(Clock::duration timeout) {
        deadline.store((Clock::now() + timeout).time_since_epoch().count(), std::memory_order_relaxed);
    }
    // No read or write is pending: the handler runs, however long it takes.
    void ExpireNever() { deadline.store(Clock::duration::max().count(), std::memory_order_relaxed); }
    bool Expired() const { return deadline.load(std::memory_order_relaxed) <= Clock::now().time_since_epoch().count(); }

    // Without timeouts of its own: a timeout armed for each read and write costs two system calls a request
    // (timerfd_settime, when the timer becomes the loop's next), which Server::Impl::CloseExpired saves.
    beast::tcp_stream stream;
    // Set on the connection's loop; read by CloseExpired on another.
    std::atomic<Clock::rep> deadline{Clock::duration::max().count()};
    // Both are touched only on the connection's loop.
    bool busy = false;     // From a request's header to the end of its response: Stop() lets it finish.
    bool closing = false;  // The server is stopping: finish the request in progress, then close.
};

// What the server says by itself, in the API's error shape.
Response Refusal(ErrorCode code, std::string message) { return ErrorResponse(MakeError(code, std::move(message))); }

// The id lets an operator find the logged cause without the client learning anything about it.
Response InternalError(std::uint64_t request_id) {
    return Refusal(ErrorCode::kInternal, "internal error (request " + std::to_string(request_id) + ")");
}

// A read error that says the client sent something that is not HTTP, as opposed to the connection
// ending, timing out, or being cancelled.
bool IsMalformed(const beast::error_code& error) {
    if (error.category() != bhttp::make_error_code(bhttp::error::bad_method).category()) return false;
    return error != bhttp::error::end_of_stream && error != bhttp::error::partial_message &&
           error != bhttp::error::short_read;
}

std::string DescribeListenError(const beast::error_code& error) {
    if (error == asio::error::address_in_use) return "address in use";
    if (error == asio::error::access_denied) return "permission denied";
    if (error == boost::system::errc::address_not_available) return "address not available on this machine";
    std::string text = error.message();
    if (!text.empty()) text.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(text.front())));
    return text;
}

}  // namespace

class Server::Impl {
public:
    Impl(ServerConfig config, Handler handler, Placement placement)
        : config_(std::move(config)),
          handler_(std::move(handler)),
          placement_(std::move(placement)),
          workers_(WorkerCount(config_.workers)),
          loops_(MakeLoops(ThreadCount(config_.threads))),
          strand_(asio::make_strand(accept_loop_)),
          acceptor_(strand_),
          signals_(strand_),
          deadline_tick_(strand_) {
        RAPPORT_ASSERT(handler_, "the server has a handler");
        for (auto& loop : loops_) keep_running_.push_back(asio::make_work_guard(*loop));
    }

    Result<std::uint16_t> Listen();
    void Run();
    void Stop() {
        asio::post(strand_, [this] { Shutdown(); });
    }

private:
    // One event loop per thread, each run by that thread alone: a request is read, handled and answered
    // without waking another thread, and a loop's queue takes no lock that another thread contends for.
    // (One io_context shared by all threads hands every completion through one queue and wakes a
    // sleeping thread for most of them: two to three context switches per request.)
    static std::vector<std::unique_ptr<asio::io_context>> MakeLoops(int count) {
        std::vector<std::unique_ptr<asio::io_context>> loops;
        for (int i = 0; i < count; ++i) loops.push_back(std::make_unique<asio::io_context>(1));
        return loops;
    }
    asio::io_context& NextLoop() { return *loops_[next_loop_++ % loops_.size()]; }

    asio::awaitable<void> Accept();
    asio::awaitable<void> Serve(std::shared_ptr<Connection> connection);
    Response CallHandler(Request& request);
    Response Answer(Request& request);
    asio::awaitable<Response> AnswerOffLoop(Request& request);
    asio::awaitable<beast::error_code> Write(Connection& connection, Response response, unsigned version,
                                             bool keep_alive, std::uint64_t request_id);
    asio::awaitable<void> Refuse(Connection& connection, const beast::error_code& read_error);
    asio::awaitable<void> LingerAndClose(Connection& connection);
    asio::awaitable<void> CloseExpired();
    void Shutdown();
    void Forget(const std::shared_ptr<Connection>& connection);

    ServerConfig config_;
    Handler handler_;
    Placement placement_;  // Empty: every handler runs on its loop.
    // Runs the handlers placed off the loops. Declared before the loops, so that it outlives them: a loop's
    // coroutine may be waiting on it.
    asio::thread_pool workers_;
    // The acceptor and the signals have a loop of their own: on a loop that also serves connections, one
    // handler that blocks (a long report) would stop the whole server taking new connections.
    asio::io_context accept_loop_{1};
    std::vector<std::unique_ptr<asio::io_context>> loops_;
    // Keeps the loops running while they have no connection; Shutdown() lets them end.
    std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running_;
    std::size_t next_loop_ = 0;  // On strand_.
    // Serialises the acceptor, the signal set and Shutdown(), which touch one another.
    asio::any_io_executor strand_;
    tcp::acceptor acceptor_;
    asio::signal_set signals_;
    asio::steady_timer deadline_tick_;  // On strand_: CloseExpired's.
    std::atomic<std::uint64_t> next_request_id_{1};
    bool listening_ = false;
    bool stopping_ = false;  // On strand_.
    // Live connections, so that Shutdown() can reach the idle ones. Connections start and end on
    // different threads, hence the mutex; it is taken once per connection, not per request.
    std::mutex connections_mutex_;
    std::unordered_set<std::shared_ptr<Connection>> connections_;
};

Result<std::uint16_t> Server::Impl::Listen() {
    beast::error_code error;
    auto address = asio::ip::make_address(config_.address, error);
    if (error) return InvalidField("address", "listen address \"" + config_.address + "\" is not an IP address");
    tcp::endpoint endpoint(address, config_.port);

    auto fail = [&](const beast::error_code& cause) -> Error {
        beast::error_code ignored;
        acceptor_.close(ignored);
        std::string where = address.is_v6() ? "[" + config_.address + "]" : config_.address;
        return MakeError(ErrorCode::kUnavailable, "cannot listen on " + where + ":" + std::to_string(config_.port) +
                                                      ": " + DescribeListenError(cause));
    };
    acceptor_.open(endpoint.protocol(), error);
    if (error) return fail(error);
    // Lets a restarted server bind while connections of its predecessor linger in TIME_WAIT.
    acceptor_.set_option(asio::socket_base::reuse_address(true), error);
    if (error) return fail(error);
    acceptor_.bind(endpoint, error);
    if (error) return fail(error);
    acceptor_.listen(asio::socket_base::max_listen_connections, error);
    if (error) return fail(error);
    auto bound = acceptor_.local_endpoint(error);
    if (error) return fail(error);

    listening_ = true;
    spdlog::debug("listening on {}:{}", config_.address, bound.port());
    return bound.port();
}

void Server::Impl::Run() {
    RAPPORT_ASSERT(listening_, "Listen() succeeded before Run()");

    beast::error_code ignored;
    signals_.add(SIGINT, ignored);
    signals_.add(SIGTERM, ignored);
    signals_.async_wait([this](const beast::error_code& error, int signal) {
        if (error) return;
        spdlog::info("signal {} received, stopping", signal);
        Shutdown();
    });
    asio::co_spawn(strand_, Accept(), [](std::exception_ptr exception) {
        if (exception) spdlog::error("the accept loop ended by an exception; no new connections are taken");
    });
    asio::co_spawn(strand_, CloseExpired(), [](std::exception_ptr exception) {
        if (exception) spdlog::error("the deadline check ended by an exception; silent connections stay open");
    });

    std::vector<std::thread> threads;
    for (auto& loop : loops_) threads.emplace_back([&loop] { loop->run(); });
    // Ends once the acceptor is closed and the signals are cancelled, that is at Shutdown().
    accept_loop_.run();
    for (auto& thread : threads) thread.join();
    // Every connection has been answered and closed, so no work is left for the workers.
    workers_.join();
}

void Server::Impl::Shutdown() {
    if (stopping_) return;
    stopping_ = true;

    beast::error_code ignored;
    acceptor_.close(ignored);
    deadline_tick_.cancel();
    // Clearing gives SIGINT and SIGTERM back their default action, so a second Ctrl-C during a slow
    // shutdown ends the process at once.
    signals_.cancel(ignored);
    signals_.clear(ignored);
    for (auto& guard : keep_running_) guard.reset();

    std::lock_guard lock(connections_mutex_);
    for (const auto& connection : connections_) {
        asio::post(connection->stream.get_executor(), [connection] {
            connection->closing = true;
            if (!connection->busy) connection->stream.cancel();
        });
    }
}

// Once a tick, cancels the pending read or write of each connection past its deadline; the coroutine that
// waits on it then sees an error and closes the connection.
asio::awaitable<void> Server::Impl::CloseExpired() {
    while (!stopping_) {
        deadline_tick_.expires_after(kDeadlineTick);
        auto [error] = co_await deadline_tick_.async_wait(kNoThrow);
        if (error || stopping_) co_return;
        std::lock_guard lock(connections_mutex_);
        for (const auto& connection : connections_) {
            if (!connection->Expired()) continue;
            asio::post(connection->stream.get_executor(), [connection] {
                // Checked again on the connection's loop, which may have started another read since.
                beast::error_code ignored;
                if (connection->Expired()) connection->stream.socket().cancel(ignored);
            });
        }
    }
}

void Server::Impl::Forget(const std::shared_ptr<Connection>& connection) {
    std::lock_guard lock(connections_mutex_);
    connections_.erase(connection);
}

asio::awaitable<void> Server::Impl::Accept() {
    for (;;) {
        // A connection lives on one loop, and so on one thread, from its first byte to its last.
        auto [error, socket] = co_await acceptor_.async_accept(NextLoop(), kNoThrow);
        if (stopping_) co_return;
        if (error) {
            if (error == asio::error::operation_aborted) co_return;
            // Out of descriptors and the like: pause rather than spin until one frees up.
            spdlog::warn("cannot accept a connection: {}", error.message());
            asio::steady_timer pause(strand_, std::chrono::milliseconds(100));
            co_await pause.async_wait(kNoThrow);
            continue;
        }

        socket.set_option(tcp::no_delay(true), error);
        auto connection = std::make_shared<Connection>(std::move(socket));
        {
            // Registered here, on strand_, so that Shutdown() either sees it or runs before stopping_ is read.
            std::lock_guard lock(connections_mutex_);
            connections_.insert(connection);
        }
        asio::co_spawn(connection->stream.get_executor(), Serve(connection), [](std::exception_ptr exception) {
            if (exception) spdlog::error("a connection ended by an exception");
        });
    }
}

asio::awaitable<void> Server::Impl::Serve(std::shared_ptr<Connection> connection) {
    struct Registration {
        Impl& server;
        const std::shared_ptr<Connection>& connection;
        ~Registration() { server.Forget(connection); }
    } registration{*this, connection};

    beast::tcp_stream& stream = connection->stream;
    beast::error_code error;
    std::string remote_address = stream.socket().remote_endpoint(error).address().to_string();
    beast::flat_buffer buffer;

    while (!connection->closing) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.body_limit(config_.body_limit);

        connection->ExpireAfter(config_.idle_timeout);
        auto [header_error, header_bytes] = co_await bhttp::async_read_header(stream, buffer, parser, kNoThrow);
        if (header_error) {
            co_await Refuse(*connection, header_error);
            co_return;
        }
        connection->busy = true;
        auto started = Clock::now();

        auto& message = parser.get();
        if (beast::iequals(message[bhttp::field::expect], "100-continue")) {
            bhttp::response<bhttp::empty_body> go_on{bhttp::status::continue_, message.version()};
            auto [write_error, written] = co_await bhttp::async_write(stream, go_on, kNoThrow);
            if (write_error) co_return;
        }
        if (!parser.is_done()) {
            auto [body_error, body_bytes] = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
            if (body_error) {
                co_await Refuse(*connection, body_error);
                co_return;
            }
        }

        connection->ExpireNever();

        Request request;
        request.method = message.method();
        request.request_id = next_request_id_.fetch_add(1, std::memory_order_relaxed);
        request.remote_address = remote_address;
        for (const auto& field : message) request.headers.emplace_back(field.name_string(), field.value());
        request.body = std::move(message.body());

        Response response;
        if (auto parsed = ParseTarget(message.target(), request); !parsed) {
            response = ErrorResponse(parsed.error());
            CompressForClient(request, response);
        } else if (placement_ && placement_(request) == Runs::kOffLoop) {
            // Until the worker is done, this coroutine is suspended and touches neither the request nor the
            // response; the connection stays busy, so neither Shutdown() nor CloseExpired() cancels it.
            response = co_await AnswerOffLoop(request);
        } else {
            // Run right here: a hand-over to another thread and back would cost more than most handlers
            // take. A handler that waits on the database holds this loop; the other loops go on.
            response = Answer(request);
        }

        auto status = response.status;
        bool keep_alive = message.keep_alive() && !connection->closing;
        auto write_error =
            co_await Write(*connection, std::move(response), message.version(), keep_alive, request.request_id);
        connection->busy = false;
        if (spdlog::should_log(spdlog::level::debug)) {
            auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count();
            spdlog::debug("request {} {} {} {} -> {} in {} us", request.request_id, remote_address,
                          bhttp::to_string(request.method), request.path, static_cast<unsigned>(status), micros);
        }
        if (write_error || !keep_alive) break;
    }

    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream.socket().close(ignored);
}

// The handler's answer, compressed for the client: a page of JSON takes tens of microseconds at the fast levels,
// a large report more, which is then spent off the loop along with the handler's work.
Response Server::Impl::Answer(Request& request) {
    Response response = CallHandler(request);
    CompressForClient(request, response);
    return response;
}

// co_spawn hands the answer back through the loop's queue (the awaiting coroutine's executor), so the
// coroutine resumes on its own loop, as if Answer had run there.
asio::awaitable<Response> Server::Impl::AnswerOffLoop(Request& request) {
    co_return co_await asio::co_spawn(
        workers_, [this, &request]() -> asio::awaitable<Response> { co_return Answer(request); }, asio::use_awaitable);
}

Response Server::Impl::CallHandler(Request& request) {
    try {
        return handler_(request);
    } catch (const std::exception& exception) {
        spdlog::error("request {} ({} {}): the handler threw: {}", request.request_id, bhttp::to_string(request.method),
                      request.path, exception.what());
    } catch (...) {  // The last resort: a bug in a handler costs one request, not the process.
        spdlog::error("request {} ({} {}): the handler threw a non-standard exception", request.request_id,
                      bhttp::to_string(request.method), request.path);
    }
    return InternalError(request.request_id);
}

asio::awaitable<beast::error_code> Server::Impl::Write(Connection& connection, Response response, unsigned version,
                                                       bool keep_alive, std::uint64_t request_id) {
    bhttp::response<bhttp::string_body> message{response.status, version};
    for (auto& [name, value] : response.headers) message.insert(name, value);
    message.set("X-Request-Id", std::to_string(request_id));
    if (ForbidsBody(response.status)) {
        message.erase(bhttp::field::content_length);
        message.erase(bhttp::field::content_type);
    } else {
        if (!response.content_type.empty()) message.set(bhttp::field::content_type, response.content_type);
        message.content_length(response.body.size());
        message.body() = std::move(response.body);
    }
    message.keep_alive(keep_alive);

    connection.ExpireAfter(config_.idle_timeout);
    auto [error, written] = co_await bhttp::async_write(connection.stream, message, kNoThrow);
    connection.ExpireNever();
    co_return error;
}

asio::awaitable<void> Server::Impl::Refuse(Connection& connection, const beast::error_code& read_error) {
    Response response;
    if (read_error == bhttp::error::body_limit) {
        response = Refusal(ErrorCode::kTooLarge,
                           "request body is larger than " + std::to_string(config_.body_limit) + " bytes");
    } else if (read_error == bhttp::error::header_limit) {
        response = Refusal(ErrorCode::kMalformed, "request header is too large");
    } else if (IsMalformed(read_error)) {
        response = Refusal(ErrorCode::kMalformed, "malformed HTTP request (" + read_error.message() + ")");
    } else {
        co_return;  // The connection ended, timed out or was cancelled: nobody to answer.
    }

    connection.busy = true;
    auto request_id = next_request_id_.fetch_add(1, std::memory_order_relaxed);
    auto status = response.status;
    auto write_error = co_await Write(connection, std::move(response), 11, false, request_id);
    spdlog::debug("request {} refused with {}: {}", request_id, static_cast<unsigned>(status), read_error.message());
    connection.busy = false;
    if (!write_error) co_await LingerAndClose(connection);
}

asio::awaitable<void> Server::Impl::LingerAndClose(Connection& connection) {
    beast::error_code ignored;
    connection.stream.socket().shutdown(tcp::socket::shutdown_send, ignored);

    std::array<char, 4096> sink;
    std::size_t drained = 0;
    connection.ExpireAfter(kLingerTimeout);
    while (drained < kLingerLimit && !connection.closing) {
        auto [error, bytes] = co_await connection.stream.async_read_some(asio::buffer(sink), kNoThrow);
        if (error) break;
        drained += bytes;
    }
    connection.stream.socket().close(ignored);
}

Server::Server(ServerConfig config, Handler handler, Placement placement)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(handler), std::move(placement))) {}

Server::Server(ServerConfig config, const Router& router)
    : Server(
          std::move(config), [&router](Request& request) { return router.Dispatch(request); },
          [&router](const Request& request) { return router.RunsFor(request); }) {}

Server::~Server() = default;

Result<std::uint16_t> Server::Listen() { return impl_->Listen(); }

void Server::Run() { impl_->Run(); }

void Server::Stop() { impl_->Stop(); }

}  // namespace rapport::http
