#include "support/api_fixture.hpp"

#include "store/database.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

namespace rapport::test {
namespace {

constexpr const char* kEmail = "off-loop@test.example";
constexpr const char* kPassword = "correct horse battery";

bool OnPostgres() {
    const char* engine = std::getenv("RAPPORT_API_ENGINE");
    return engine && std::string_view(engine) == "postgres";
}

// Holds PostgreSQL's strongest lock on the table the company-wide pipeline is read from, in a transaction of its
// own, until Release(): every report request blocks in the database, deterministically, for as long as the test
// wants it to.
class TableLock {
public:
    TableLock(const std::string& db_url, std::string table) : table_(std::move(table)) {
        auto opened = store::Open(db_url);
        if (!opened) throw std::runtime_error("cannot open the database: " + opened.error().message);
        database_ = std::move(*opened);
        holder_ = std::thread([this] {
            auto held = database_->Transact(store::Access::kWrite, [this](store::Transaction& transaction) {
                auto locked = transaction.Execute("LOCK TABLE " + table_ + " IN ACCESS EXCLUSIVE MODE", {});
                Notify(locked.has_value());
                std::unique_lock lock(mutex_);
                condition_.wait(lock, [this] { return released_; });
                return ToStatus(locked);
            });
            if (!held) Notify(false);
        });
        std::unique_lock lock(mutex_);
        condition_.wait(lock, [this] { return state_ != State::kWaiting; });
        if (state_ != State::kHeld) {
            lock.unlock();
            Release();
            throw std::runtime_error("cannot lock " + table_);
        }
    }
    ~TableLock() { Release(); }

    void Release() {
        {
            std::lock_guard lock(mutex_);
            released_ = true;
        }
        condition_.notify_all();
        if (holder_.joinable()) holder_.join();
    }

private:
    enum class State { kWaiting, kHeld, kFailed };
    void Notify(bool held) {
        std::lock_guard lock(mutex_);
        if (state_ == State::kWaiting) state_ = held ? State::kHeld : State::kFailed;
        condition_.notify_all();
    }

    std::string table_;
    std::unique_ptr<store::Database> database_;
    std::thread holder_;
    std::mutex mutex_;
    std::condition_variable condition_;
    State state_ = State::kWaiting;
    bool released_ = false;
};

// How many sessions wait for a lock on `table`: the report requests that reached the database.
int LockWaiters(store::Database& database, const std::string& table) {
    std::int64_t waiting = -1;
    auto counted = database.Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '" + table + "'::regclass", {},
            [&](const store::Row& row) -> Status {
                waiting = row.Int(0);
                return {};
            });
    });
    return counted ? static_cast<int>(waiting) : -1;
}

// A server with a single event loop answers a fast request while report requests, which run off the loop, are
// held in the database: a report that ran on the loop would hold the account read behind it until the lock was
// released. Deterministic: the reports cannot finish before the test releases the lock, which it does only once
// the account is answered (or the client gives up after its 30 s timeout, failing the test).
TEST(OffLoopApiTest, AnAccountIsReadWhileReportsWaitOnTheSameLoop) {
    if (!OnPostgres()) GTEST_SKIP() << "needs PostgreSQL's LOCK TABLE to hold a report in the database";
    TempDir directory;
    auto db = FreshDatabaseUrl(directory);
    AddAdmin(db, kEmail, kPassword);
    ServerProcess server(db, {"--threads", "1"});
    HttpClient setup("127.0.0.1", server.port());
    auto token = SignIn(setup, kEmail, kPassword);
    setup.set_token(token);
    auto account = setup.Post("/api/v1/accounts", R"({"name":"Read while reports wait"})");
    ASSERT_EQ(account.status, 201) << account.body;
    auto observer = store::Open(db);
    ASSERT_TRUE(observer) << observer.error().message;
    const std::string table = "deal_company_pipeline";  // What an admin's pipeline reads.

    TableLock lock(db, table);
    constexpr int kReports = 2;  // No more than the server's workers (at least two), so each reaches the lock.
    std::atomic<int> reports_answered{0};
    std::vector<int> report_statuses(kReports, 0);
    std::vector<std::thread> reports;
    for (int i = 0; i < kReports; ++i) {
        reports.emplace_back([&, i] {
            HttpClient client("127.0.0.1", server.port());
            client.set_token(token);
            try {
                report_statuses[i] = client.Get("/api/v1/reports/pipeline").status;
            } catch (const std::exception&) {
                report_statuses[i] = -1;  // Timed out: the status check below fails.
            }
            ++reports_answered;
        });
    }
    auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (LockWaiters(**observer, table) < kReports && std::chrono::steady_clock::now() < give_up) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // Not ASSERT: the lock must be released and the report threads joined whatever happens.
    EXPECT_EQ(LockWaiters(**observer, table), kReports) << "the reports did not reach the database";

    auto read = setup.Get("/api/v1/accounts/" + Text(account.json, "id"));
    int answered_before_release = reports_answered.load();
    lock.Release();
    for (auto& report : reports) report.join();

    EXPECT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(answered_before_release, 0);
    for (int status : report_statuses) EXPECT_EQ(status, 200);
}

}  // namespace
}  // namespace rapport::test
