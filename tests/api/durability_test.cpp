#include "support/api_fixture.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

namespace rapport::test {
namespace {

constexpr const char* kEmail = "crash@test.example";
constexpr const char* kPassword = "correct horse battery";
constexpr int kWriters = 4;
constexpr int kWritesPerWriter = 2000;
// Enough answered creates that the kill lands in the middle of a burst, not before it.
constexpr int kAnsweredBeforeKill = 200;
// Bounds the wait for them, should the writers fail (their failures are then the test's finding).
constexpr auto kBurstDeadline = std::chrono::seconds(60);

// The ids of every activity the server has, read page by page.
std::set<std::string> StoredActivityIds(HttpClient& client) {
    std::set<std::string> stored;
    std::string cursor;
    do {
        auto page = client.Get("/api/v1/activities?limit=500" + (cursor.empty() ? "" : "&cursor=" + cursor));
        EXPECT_EQ(page.status, 200) << page.body;
        if (page.status != 200) break;
        for (const auto& item : page.json.at("items").as_array()) stored.insert(Text(item, "id"));
        cursor = Text(page.json, "next_cursor");
    } while (!cursor.empty());
    return stored;
}

// Several writers create activities as fast as they can; the server is killed with SIGKILL in the middle of
// the burst. Every create that was answered 201 must be there after a restart: on SQLite that is the log's
// fsync at every commit (synchronous=FULL), on PostgreSQL that the server answers only once COMMIT returned.
TEST(DurabilityTest, EveryAcknowledgedWriteSurvivesSigkill) {
    TempDir directory;
    auto db = FreshDatabaseUrl(directory);
    AddAdmin(db, kEmail, kPassword);
    auto server = std::make_unique<ServerProcess>(db);
    HttpClient login_client("127.0.0.1", server->port());
    auto token = SignIn(login_client, kEmail, kPassword);

    std::mutex mutex;
    std::set<std::string> acknowledged;
    std::atomic<bool> killed{false};
    std::atomic<int> answered{0};
    std::atomic<int> finished{0};
    std::vector<std::thread> writers;
    for (int writer = 0; writer < kWriters; ++writer) {
        writers.emplace_back([&, writer, port = server->port()] {
            HttpClient client("127.0.0.1", port);
            client.set_token(token);
            for (int i = 0; i < kWritesPerWriter && !killed; ++i) {
                auto subject = "burst " + std::to_string(writer) + "-" + std::to_string(i);
                try {
                    auto reply = client.Post("/api/v1/activities", R"({"kind":"note","subject":")" + subject + R"("})");
                    if (reply.status == 201) {
                        std::lock_guard lock(mutex);
                        acknowledged.insert(Text(reply.json, "id"));
                        ++answered;
                    }
                } catch (const std::exception&) {
                    break;  // The connection died with the server.
                }
            }
            ++finished;
        });
    }
    auto deadline = std::chrono::steady_clock::now() + kBurstDeadline;
    while (answered < kAnsweredBeforeKill && finished < kWriters && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    server->Kill();
    killed = true;
    for (auto& writer : writers) writer.join();

    ServerProcess restarted(db);
    HttpClient client("127.0.0.1", restarted.port());
    client.set_token(SignIn(client, kEmail, kPassword));
    auto stored = StoredActivityIds(client);
    EXPECT_GE(acknowledged.size(), static_cast<std::size_t>(kAnsweredBeforeKill));
    for (const auto& id : acknowledged) {
        EXPECT_TRUE(stored.contains(id)) << "acknowledged activity " << id << " was lost";
    }
}

}  // namespace
}  // namespace rapport::test
