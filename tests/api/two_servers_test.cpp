#include "support/api_fixture.hpp"

#include <atomic>
#include <thread>

namespace rapport::test {
namespace {

constexpr const char* kEmail = "two@test.example";
constexpr const char* kPassword = "correct horse battery";

// Two servers over one database, as behind a load balancer: a token from one works on the other,
// and concurrent If-Match updates of the same deal through both let exactly one writer win per
// version; every other gets 412, and the audit trail has one row per change that happened.
TEST(TwoServersTest, ConcurrentIfMatchUpdatesHaveExactlyOneWinnerPerVersion) {
    TempDir directory;
    auto db = FreshDatabaseUrl(directory);
    AddAdmin(db, kEmail, kPassword);
    ServerProcess first(db);
    ServerProcess second(db);
    HttpClient setup("127.0.0.1", first.port());
    auto token = SignIn(setup, kEmail, kPassword);
    setup.set_token(token);
    auto account = setup.Post("/api/v1/accounts", R"({"name":"Shared account"})");
    ASSERT_EQ(account.status, 201) << account.body;
    std::vector<std::string> deals;
    for (int i = 0; i < 5; ++i) {
        auto deal = setup.Post("/api/v1/deals", R"({"account_id":")" + Text(account.json, "id") +
                                                    R"(","title":"Deal )" + std::to_string(i) +
                                                    R"(","amount":{"amount":"100.00","currency":"EUR"}})");
        ASSERT_EQ(deal.status, 201) << deal.body;
        deals.push_back(Text(deal.json, "id"));
    }

    constexpr int kRounds = 4;
    constexpr int kWritersPerServer = 3;
    std::atomic<int> wins{0};
    std::atomic<int> stale{0};
    std::atomic<int> other{0};
    for (int round = 1; round <= kRounds; ++round) {
        std::vector<std::thread> writers;
        for (int writer = 0; writer < 2 * kWritersPerServer; ++writer) {
            auto port = writer % 2 == 0 ? first.port() : second.port();
            writers.emplace_back([&, port, writer, round] {
                HttpClient client("127.0.0.1", port);
                client.set_token(token);
                for (const auto& deal : deals) {
                    // Never the amount a deal already has: a patch that changes nothing is no change.
                    auto amount = std::to_string(1000 * round + writer + 1);
                    auto reply = client.Patch("/api/v1/deals/" + deal,
                                              R"({"amount":{"amount":")" + amount + R"(","currency":"EUR"}})",
                                              {{"If-Match", "\"" + std::to_string(round) + "\""}});
                    if (reply.status == 200) {
                        ++wins;
                    } else if (reply.status == 412) {
                        ++stale;
                    } else {
                        ++other;
                    }
                }
            });
        }
        for (auto& writer : writers) writer.join();
    }

    EXPECT_EQ(wins.load(), kRounds * static_cast<int>(deals.size()));
    EXPECT_EQ(stale.load(), kRounds * static_cast<int>(deals.size()) * (2 * kWritersPerServer - 1));
    EXPECT_EQ(other.load(), 0);
    HttpClient reader("127.0.0.1", second.port());
    reader.set_token(token);
    for (const auto& deal : deals) {
        auto current = reader.Get("/api/v1/deals/" + deal);
        ASSERT_EQ(current.status, 200);
        EXPECT_EQ(current.json.at("version").as_int64(), kRounds + 1);
        auto audit = reader.Get("/api/v1/audit?collection=deals&record_id=" + deal + "&limit=500");
        ASSERT_EQ(audit.status, 200) << audit.body;
        int updates = 0;
        for (const auto& entry : audit.json.at("items").as_array()) updates += Text(entry, "action") == "update";
        EXPECT_EQ(updates, kRounds) << "deal " << deal;
    }
}

}  // namespace
}  // namespace rapport::test
