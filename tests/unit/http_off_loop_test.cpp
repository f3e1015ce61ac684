// Handlers placed off the loop (Runs::kOffLoop) run on the server's worker pool: a slow one no longer holds up
// the other connections of its loop. Every test here serves from a single loop, where a handler run on the loop
// would make the others wait; ordering is proved with signals between the handlers and the test, never with time.
#include "http/router.hpp"
#include "http/server.hpp"
#include "support/http_client.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace rapport::http {
namespace {

using boost::beast::http::verb;
using test::HttpClient;

// Bounds every wait, so that a server that runs the slow handler on its loop fails a test instead of hanging it.
constexpr auto kPatience = std::chrono::seconds(10);

// Counts notifications between threads; a waiter waits (at most kPatience) until there have been enough.
class Signal {
public:
    void Notify() {
        std::lock_guard lock(mutex_);
        ++count_;
        condition_.notify_all();
    }
    bool Wait(int count = 1) {
        std::unique_lock lock(mutex_);
        return condition_.wait_for(lock, kPatience, [&] { return count_ >= count; });
    }

private:
    std::mutex mutex_;
    std::condition_variable condition_;
    int count_ = 0;
};

Response Text(std::string body) {
    Response response;
    response.body = std::move(body);
    response.content_type = "text/plain";
    return response;
}

Operation OffLoop(std::string id) {
    return {.id = std::move(id), .tag = "test", .summary = "slow", .runs = Runs::kOffLoop};
}

// The order in which the test's clients got their answers.
class Answers {
public:
    void Add(std::string name) {
        std::lock_guard lock(mutex_);
        order_.push_back(std::move(name));
    }
    std::vector<std::string> order() {
        std::lock_guard lock(mutex_);
        return order_;
    }

private:
    std::mutex mutex_;
    std::vector<std::string> order_;
};

class HttpOffLoopTest : public ::testing::Test {
protected:
    void SetUp() override {
        router_.Add(verb::get, "/fast", [](Request&) { return Text("fast"); });
        router_.Add(verb::get, "/slow", OffLoop("slow"), [this](Request& request) {
            entered_.Notify();
            // The request is the worker's alone now: reading and writing it must not race with the loop.
            request.body = release_.Wait() ? "released" : "never released";
            return Text(request.body + " " + request.path);
        });
    }

    void TearDown() override {
        release_.Notify();
        if (!server_) return;
        server_->Stop();
        thread_.join();
    }

    void Start(ServerConfig config) {
        config.port = 0;
        server_ = std::make_unique<Server>(config, router_);
        auto port = server_->Listen();
        ASSERT_TRUE(port) << port.error().message;
        port_ = *port;
        thread_ = std::thread([this] { server_->Run(); });
    }

    Router router_;
    Signal entered_;
    Signal release_;
    std::unique_ptr<Server> server_;
    std::thread thread_;
    std::uint16_t port_ = 0;
};

TEST(RouterRunsForTest, NamesWhereTheMatchedRouteAsksToRun) {
    Router router;
    router.Add(verb::get, "/reports/{name}", OffLoop("report"), [](Request&) { return Text(""); });
    router.Add(verb::get, "/reports/summary", {.id = "summary", .tag = "test", .summary = "summary"},
               [](Request&) { return Text(""); });
    router.Add(verb::get, "/assets", [](Request&) { return Text(""); });
    auto request = [](verb method, std::string path) {
        Request made;
        made.method = method;
        made.path = std::move(path);
        return made;
    };

    EXPECT_EQ(router.RunsFor(request(verb::get, "/reports/pipeline")), Runs::kOffLoop);
    EXPECT_EQ(router.RunsFor(request(verb::get, "/reports/summary")), Runs::kOnLoop);
    EXPECT_EQ(router.RunsFor(request(verb::get, "/assets")), Runs::kOnLoop);
    EXPECT_EQ(router.RunsFor(request(verb::post, "/reports/pipeline")), Runs::kOnLoop);  // 405.
    EXPECT_EQ(router.RunsFor(request(verb::get, "/nowhere")), Runs::kOnLoop);            // 404.
}

// With one loop, the fast request shares the slow one's thread unless the slow one runs elsewhere: the fast answer
// arrives while the slow handler is still waiting to be released, and only then is it released.
TEST_F(HttpOffLoopTest, AFastRequestIsAnsweredWhileSlowOnesWaitOnTheSameLoop) {
    Start({.threads = 1, .workers = 2});
    Answers answers;
    std::vector<HttpClient::Reply> slow(2);
    std::vector<std::thread> slow_clients;
    for (auto& reply : slow) {
        slow_clients.emplace_back([&] {
            reply = HttpClient("127.0.0.1", port_).Get("/slow");
            answers.Add("slow");
        });
    }
    ASSERT_TRUE(entered_.Wait(2));  // Both slow handlers run, one on each worker.

    auto fast = HttpClient("127.0.0.1", port_).Get("/fast");
    answers.Add("fast");
    release_.Notify();
    for (auto& client : slow_clients) client.join();

    EXPECT_EQ(fast.body, "fast");
    EXPECT_EQ(answers.order(), (std::vector<std::string>{"fast", "slow", "slow"}));
    for (const auto& reply : slow) {
        EXPECT_EQ(reply.status, 200);
        EXPECT_EQ(reply.body, "released /slow");
    }
}

// More slow requests than workers wait in the pool's queue; each is answered, on its own keep-alive connection.
TEST_F(HttpOffLoopTest, MoreSlowRequestsThanWorkersAreAllAnswered) {
    release_.Notify();
    Start({.threads = 1, .workers = 2});
    constexpr int kClients = 6;
    constexpr int kRequestsEach = 5;
    std::atomic<int> answered{0};

    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.emplace_back([&] {
            HttpClient client("127.0.0.1", port_);
            for (int i = 0; i < kRequestsEach; ++i) {
                auto reply = client.Get("/slow?i=" + std::to_string(i));
                if (reply.status == 200 && reply.body == "released /slow") ++answered;
            }
        });
    }
    for (auto& client : clients) client.join();

    EXPECT_EQ(answered, kClients * kRequestsEach);
}

TEST_F(HttpOffLoopTest, StopLetsARequestRunningOffTheLoopFinish) {
    Start({.threads = 1, .workers = 2});
    HttpClient::Reply reply;
    std::thread client([&] { reply = HttpClient("127.0.0.1", port_).Get("/slow"); });
    ASSERT_TRUE(entered_.Wait());

    server_->Stop();
    release_.Notify();
    client.join();
    thread_.join();
    server_.reset();

    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, "released /slow");
}

TEST_F(HttpOffLoopTest, AHandlerThatThrowsOffTheLoopGets500) {
    router_.Add(verb::get, "/throw", OffLoop("throw"), [](Request&) -> Response { throw std::runtime_error("boom"); });
    Start({.threads = 1, .workers = 2});
    HttpClient client("127.0.0.1", port_);

    auto reply = client.Get("/throw");
    auto after = client.Get("/fast");

    EXPECT_EQ(reply.status, 500);
    EXPECT_NE(reply.body.find("internal"), std::string::npos);
    EXPECT_EQ(after.body, "fast");
}

}  // namespace
}  // namespace rapport::http
