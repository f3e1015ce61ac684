#include "support/api_fixture.hpp"

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

namespace rapport::test {
namespace {

// Several writers create activities as fast as they can; the server is killed with SIGKILL in the
// middle of the burst. Every create that was answered 201 must be there after a restart.
TEST(DurabilityTest, EveryAcknowledgedWriteSurvivesSigkill) {
    TempDir directory;
    auto db = directory.SqliteUrl();
    auto added = RunRapport({"--db", db, "users", "add", "--email", "crash@test.example", "--name", "Crash",
                             "--role", "admin", "--password-stdin"},
                            "correct horse battery\n");
    ASSERT_EQ(added.exit_code, 0) << added.err;
    auto server = std::make_unique<ServerProcess>(db);
    HttpClient login_client("127.0.0.1", server->port());
    auto login = login_client.Post("/api/v1/auth/login", R"({"email":"crash@test.example","password":"correct horse battery"})");
    ASSERT_EQ(login.status, 200) << login.body;
    auto token = Text(login.json, "token");

    std::mutex mutex;
    std::set<std::string> acknowledged;
    std::atomic<bool> killed{false};
    std::atomic<int> answered{0};
    std::vector<std::thread> writers;
    for (int writer = 0; writer < 4; ++writer) {
        writers.emplace_back([&, writer, port = server->port()] {
            HttpClient client("127.0.0.1", port);
            client.set_token(token);
            for (int i = 0; i < 2000 && !killed; ++i) {
                auto subject = "burst " + std::to_string(writer) + "-" + std::to_string(i);
                try {
                    auto reply = client.Post("/api/v1/activities", R"({"kind":"note","subject":")" + subject + R"("})");
                    if (reply.status == 201) {
                        std::lock_guard lock(mutex);
                        acknowledged.insert(Text(reply.json, "id"));
                        ++answered;
                    }
                } catch (const std::exception&) {
                    return;  // The connection died with the server.
                }
            }
        });
    }
    while (answered < 200) std::this_thread::yield();
    server->Kill();
    killed = true;
    for (auto& writer : writers) writer.join();

    ServerProcess restarted(db);
    HttpClient client("127.0.0.1", restarted.port());
    auto relogin = client.Post("/api/v1/auth/login", R"({"email":"crash@test.example","password":"correct horse battery"})");
    ASSERT_EQ(relogin.status, 200) << relogin.body;
    client.set_token(Text(relogin.json, "token"));
    std::set<std::string> stored;
    std::string cursor;
    do {
        auto page = client.Get("/api/v1/activities?limit=500" + (cursor.empty() ? "" : "&cursor=" + cursor));
        ASSERT_EQ(page.status, 200) << page.body;
        for (const auto& item : page.json.at("items").as_array()) stored.insert(Text(item, "id"));
        cursor = Text(page.json, "next_cursor");
    } while (!cursor.empty());
    EXPECT_GE(acknowledged.size(), 200u);
    for (const auto& id : acknowledged) EXPECT_TRUE(stored.contains(id)) << "acknowledged activity " << id << " was lost";
}

}  // namespace
}  // namespace rapport::test
