#include "http/server.hpp"

#include "http/router.hpp"
#include "support/http_client.hpp"

#include <gtest/gtest.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <poll.h>
#include <sys/socket.h>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;
using test::HttpClient;

// Bounds every wait in these tests, so that a broken server fails a test instead of hanging it.
constexpr auto kPatience = std::chrono::seconds(10);

// A one-way signal between threads: one side waits (at most kPatience) until the other notifies.
class Signal {
public:
    void Notify() {
        std::lock_guard lock(mutex_);
        notified_ = true;
        condition_.notify_all();
    }
    bool Wait() {
        std::unique_lock lock(mutex_);
        return condition_.wait_for(lock, kPatience, [this] { return notified_; });
    }

private:
    std::mutex mutex_;
    std::condition_variable condition_;
    bool notified_ = false;
};

Response Text(std::string body) {
    Response response;
    response.body = std::move(body);
    response.content_type = "text/plain";
    return response;
}

class HttpServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        router_.Add(verb::get, "/hello", [](Request&) { return Text("hello"); });
        router_.Add(verb::post, "/echo", [this](Request& request) {
            ++echo_calls_;
            return Text(request.body);
        });
        router_.Add(verb::get, "/query", [](Request& request) {
            boost::json::array pairs;
            for (const auto& [key, value] : request.query) pairs.push_back(boost::json::array{key, value});
            return JsonResponse(
                status::ok,
                boost::json::object{{"query", pairs}, {"path", request.path}, {"remote", request.remote_address}});
        });
        router_.Add(verb::get, "/throw", [](Request&) -> Response { throw std::runtime_error("boom"); });
        router_.Add(verb::get, "/throw-int", [](Request&) -> Response { throw 42; });
        router_.Add(verb::delete_, "/things/{id}", [](Request&) { return EmptyResponse(status::no_content); });
    }

    void TearDown() override {
        if (!server_) return;
        server_->Stop();
        thread_.join();
    }

    // Starts the server on a free loopback port; Listen() returns once bound, so clients may connect at once.
    void Start(ServerConfig config = {}) {
        config.port = 0;
        if (config.threads == 0) config.threads = 4;
        server_ = std::make_unique<Server>(config, [this](Request& request) { return router_.Dispatch(request); });
        auto port = server_->Listen();
        ASSERT_TRUE(port) << port.error().message;
        port_ = *port;
        thread_ = std::thread([this] { server_->Run(); });
    }

    // Stops the server and reports how long Run() took to return.
    std::chrono::steady_clock::duration StopAndJoin() {
        auto started = std::chrono::steady_clock::now();
        server_->Stop();
        thread_.join();
        server_.reset();
        return std::chrono::steady_clock::now() - started;
    }

    Router router_;
    std::atomic<int> echo_calls_{0};
    std::unique_ptr<Server> server_;
    std::thread thread_;
    std::uint16_t port_ = 0;
};

TEST_F(HttpServerTest, ServesSeveralRequestsOnOneKeepAliveConnection) {
    Start();
    HttpClient client("127.0.0.1", port_);

    std::vector<HttpClient::Reply> replies;
    for (int i = 0; i < 5; ++i) replies.push_back(client.Get("/hello"));

    EXPECT_EQ(client.connections_opened(), 1);
    for (const auto& reply : replies) {
        EXPECT_EQ(reply.status, 200);
        EXPECT_EQ(reply.body, "hello");
        EXPECT_EQ(reply.header("content-type"), "text/plain");
        EXPECT_EQ(reply.header("content-length"), "5");
        EXPECT_FALSE(reply.header("x-request-id").empty());
    }
    EXPECT_NE(replies[0].header("x-request-id"), replies[1].header("x-request-id"));
}

TEST_F(HttpServerTest, OversizedBodyGets413InTheErrorShapeAndTheConnectionCloses) {
    Start({.body_limit = 1024});
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Post("/echo", std::string(4096, 'x'));
    auto after = client.Post("/echo", "small");

    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.header("content-type"), "application/json");
    EXPECT_EQ(reply.header("connection"), "close");
    EXPECT_EQ(reply.json.at("error").at("code"), "body_too_large");
    EXPECT_EQ(reply.json.at("error").at("message"), "request body is larger than 1024 bytes");
    EXPECT_EQ(after.status, 200);
    EXPECT_EQ(after.body, "small");
    EXPECT_EQ(client.connections_opened(), 2);
    EXPECT_EQ(echo_calls_, 1);
}

TEST_F(HttpServerTest, OversizedChunkedBodyGets413) {
    Start({.body_limit = 16});
    HttpClient client("127.0.0.1", port_);

    auto reply = client.SendRaw(
        "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        "10\r\n0123456789abcdef\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n");

    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.json.at("error").at("code"), "body_too_large");
    EXPECT_EQ(echo_calls_, 0);
}

TEST_F(HttpServerTest, BodyAtTheLimitIsAccepted) {
    Start({.body_limit = 1024});
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Post("/echo", std::string(1024, 'x'));

    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body.size(), 1024U);
}

TEST_F(HttpServerTest, MalformedHttpGets400AndClose) {
    Start();
    HttpClient client("127.0.0.1", port_);

    auto reply = client.SendRaw("GET /hello HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");

    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.header("connection"), "close");
    EXPECT_EQ(reply.json.at("error").at("code"), "malformed_request");
}

TEST_F(HttpServerTest, UnusableTargetGets400AndTheConnectionStaysOpen) {
    Start();
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Get("/files/a%2Fb");
    auto after = client.Get("/hello");

    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.json.at("error").at("code"), "malformed_request");
    EXPECT_EQ(after.status, 200);
    EXPECT_EQ(client.connections_opened(), 1);
}

TEST_F(HttpServerTest, ExpectContinueGetsAnInterimResponseThenTheAnswer) {
    Start();
    HttpClient client("127.0.0.1", port_);

    auto reply = client.SendRaw(
        "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");

    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, "hi");
}

TEST_F(HttpServerTest, ThrowingHandlerGets500NamingTheRequestId) {
    Start();
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Get("/throw");
    auto non_standard = client.Get("/throw-int");
    auto after = client.Get("/hello");

    EXPECT_EQ(reply.status, 500);
    EXPECT_EQ(reply.json.at("error").at("code"), "internal");
    EXPECT_EQ(reply.json.at("error").at("message").as_string(),
              "internal error (request " + reply.header("x-request-id") + ")");
    EXPECT_EQ(non_standard.status, 500);
    EXPECT_EQ(non_standard.json.at("error").at("code"), "internal");
    EXPECT_EQ(after.status, 200);
    EXPECT_EQ(client.connections_opened(), 1);
}

TEST_F(HttpServerTest, QueryParametersArriveDecoded) {
    Start();
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Get("/query?name=J%C3%BCrgen&tag=a+b&tag=c%26d");

    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json.at("path"), "/query");
    EXPECT_EQ(reply.json.at("query"),
              (boost::json::array{boost::json::array{"name", "J\xC3\xBCrgen"}, boost::json::array{"tag", "a b"},
                                  boost::json::array{"tag", "c&d"}}));
    EXPECT_EQ(reply.json.at("remote"), "127.0.0.1");
}

TEST_F(HttpServerTest, NoContentResponseHasNoContentTypeOrLength) {
    Start();
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Delete("/things/7");

    EXPECT_EQ(reply.status, 204);
    EXPECT_EQ(reply.header("content-type"), "");
    EXPECT_EQ(reply.header("content-length"), "");
    EXPECT_FALSE(reply.header("x-request-id").empty());
}

TEST_F(HttpServerTest, RouterErrorsReachTheClient) {
    Start();
    HttpClient client("127.0.0.1", port_);

    auto missing = client.Get("/nowhere");
    auto wrong_method = client.Post("/hello", "{}");

    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.json.at("error").at("message"), "no route for GET /nowhere");
    EXPECT_EQ(wrong_method.status, 405);
    EXPECT_EQ(wrong_method.header("allow"), "GET");
}

TEST_F(HttpServerTest, ConcurrentRequestsFromSeveralThreadsAreAllAnswered) {
    Start();
    constexpr int kThreads = 8;
    constexpr int kRequestsEach = 25;
    std::atomic<int> answered{0};

    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            HttpClient client("127.0.0.1", port_);
            for (int i = 0; i < kRequestsEach; ++i) {
                std::string body = std::to_string(t) + ":" + std::to_string(i);
                auto reply = client.Post("/echo", body);
                if (reply.status == 200 && reply.body == body) ++answered;
            }
        });
    }
    for (auto& thread : threads) thread.join();

    EXPECT_EQ(answered, kThreads * kRequestsEach);
}

// A handler that blocks until a second request reaches its handler proves that a blocked handler leaves
// the other threads serving, and the server accepting: with a single thread, or with the acceptor on the
// blocked thread's loop, the second request could never be read.
TEST_F(HttpServerTest, BlockingHandlerDoesNotStallOtherConnections) {
    Signal second_arrived;
    router_.Add(verb::get, "/first", [&](Request&) { return Text(second_arrived.Wait() ? "ok" : "stalled"); });
    router_.Add(verb::get, "/second", [&](Request&) {
        second_arrived.Notify();
        return Text("ok");
    });
    Start({.threads = 2});

    HttpClient::Reply first;
    std::thread first_thread([&] { first = HttpClient("127.0.0.1", port_).Get("/first"); });
    auto second = HttpClient("127.0.0.1", port_).Get("/second");
    first_thread.join();

    EXPECT_EQ(second.body, "ok");
    EXPECT_EQ(first.body, "ok");
}

// Waits, at most kPatience, until the server closes `socket`; false when it stays open that long.
bool WaitForClose(boost::asio::ip::tcp::socket& socket) {
    auto give_up = std::chrono::steady_clock::now() + kPatience;
    std::array<char, 256> sink;
    pollfd descriptor{.fd = socket.native_handle(), .events = POLLIN, .revents = 0};
    while (std::chrono::steady_clock::now() < give_up) {
        if (poll(&descriptor, 1, 100) <= 0) continue;
        if (recv(descriptor.fd, sink.data(), sink.size(), 0) <= 0) return true;
    }
    return false;
}

TEST_F(HttpServerTest, AConnectionSilentPastTheIdleTimeoutIsClosed) {
    Start({.idle_timeout = std::chrono::seconds(1)});
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket socket(io);
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), port_});
    boost::asio::write(socket, boost::asio::buffer(std::string_view("GET /hello HTTP/1.1\r\n")));  // Never the rest.
    auto started = std::chrono::steady_clock::now();

    EXPECT_TRUE(WaitForClose(socket));

    // Closed at the timeout, or a tick of the deadline check later; never before.
    auto waited = std::chrono::steady_clock::now() - started;
    EXPECT_GE(waited, std::chrono::milliseconds(900));
    EXPECT_LT(waited, std::chrono::seconds(4));
}

TEST_F(HttpServerTest, AHandlerSlowerThanTheIdleTimeoutStillGetsItsAnswerOut) {
    router_.Add(verb::get, "/slow", [](Request&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2500));
        return Text("late but whole");
    });
    Start({.idle_timeout = std::chrono::seconds(1)});
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Get("/slow");

    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, "late but whole");
}

TEST_F(HttpServerTest, StopReturnsPromptlyWhileIdleKeepAliveConnectionsAreOpen) {
    Start({.idle_timeout = std::chrono::seconds(60)});
    HttpClient client("127.0.0.1", port_);
    ASSERT_EQ(client.Get("/hello").status, 200);

    auto took = StopAndJoin();

    EXPECT_LT(took, std::chrono::seconds(5));
}

TEST_F(HttpServerTest, StopLetsTheRequestInProgressFinish) {
    Signal entered;
    Signal release;
    router_.Add(verb::get, "/slow", [&](Request&) {
        entered.Notify();
        return Text(release.Wait() ? "finished" : "never released");
    });
    Start();

    HttpClient::Reply reply;
    std::thread client_thread([&] { reply = HttpClient("127.0.0.1", port_).Get("/slow"); });
    ASSERT_TRUE(entered.Wait());
    server_->Stop();
    release.Notify();
    client_thread.join();
    auto took = StopAndJoin();

    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, "finished");
    EXPECT_LT(took, std::chrono::seconds(5));
}

TEST_F(HttpServerTest, SigtermStopsTheServer) {
    Start();
    // An answered request proves Run() is serving, hence that its signal handlers are installed.
    ASSERT_EQ(HttpClient("127.0.0.1", port_).Get("/hello").status, 200);

    std::raise(SIGTERM);
    thread_.join();
    server_.reset();

    SUCCEED();
}

TEST_F(HttpServerTest, ListenOnAPortInUseFailsAsUnavailable) {
    Start();
    Server second({.port = port_}, [](Request&) { return Text(""); });

    auto result = second.Listen();

    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kUnavailable);
    EXPECT_EQ(result.error().message, "cannot listen on 127.0.0.1:" + std::to_string(port_) + ": address in use");
}

TEST_F(HttpServerTest, ListenOnSomethingThatIsNotAnAddressFailsNamingTheField) {
    Server server({.address = "localhost:80", .port = 0}, [](Request&) { return Text(""); });

    auto result = server.Listen();

    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(result.error().field, "address");
}

}  // namespace
}  // namespace rapport::http
