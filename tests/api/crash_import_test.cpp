#include "support/api_fixture.hpp"

#include "store/database.hpp"

#include <atomic>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

// Issue 14, "Crashes in the middle of everything": `rapport import` writes a whole file in one transaction,
// and a server on the same database goes on taking writes meanwhile (on PostgreSQL beside the import's; on
// SQLite, one writer at a time, before and after its transaction, waiting for it in between). Killed with SIGKILL
// halfway through, the import must leave no trace (no record, no search document, no audit row, no dropped
// index), the server must lose none of the writes it acknowledged, and the same file must then import whole.
// Invoices and webhooks join this test when they land: an invoice numbered inside the killed import must not
// use up its number, and no webhook may be sent for a record the crash rolled back.

namespace rapport::test {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::seconds;

constexpr const char* kEmail = "crash-import@test.example";
constexpr const char* kPassword = "correct horse battery";
// Enough for the import to run for seconds in the sanitizer build (3 to 9 s on 2 cores), so that the kill
// lands mid-way, and to outnumber the server's accounts, so that SQLite's import drops their indexes.
constexpr int kImportRows = 100'000;
// Every imported account is named "Crashimport N", a word nothing else in the database has.
constexpr const char* kImportedAccounts = "SELECT COUNT(*) FROM account WHERE name LIKE 'Crashimport %'";
constexpr const char* kImportedSearchDocuments =
    "SELECT COUNT(*) FROM account_search WHERE LOWER(document) LIKE '%crashimport%'";
constexpr const char* kImportAuditRows = "SELECT COUNT(*) FROM audit WHERE action = 'import'";
constexpr int kWriters = 3;
constexpr int kMaxWritesPerWriter = 20'000;
// Answers the server gives before the import starts, and after it was killed: it goes on working.
constexpr int kAnswersBefore = 30;
constexpr int kAnswersAfter = 30;
// Bounds every wait: the import in a sanitizer build, or on a busy machine, is slow, but never this slow.
constexpr auto kDeadline = seconds(300);

// A CSV of `rows` accounts that a 2-core machine takes seconds to import.
std::filesystem::path WriteImportFile(const TempDir& directory, int rows) {
    auto path = directory.path() / "crash-import.csv";
    std::ofstream out(path, std::ios::binary);
    out << "name,email,industry,website\n";
    for (int row = 1; row <= rows; ++row) {
        out << "Crashimport " << row << ",row" << row << "@crash-import.example,Logistics,https://row" << row
            << ".crash-import.example\n";
    }
    return path;
}

// How far `pid` has read `file` (a canonical path): the offset of the descriptor it has open on it, from /proc;
// -1 when it has none open (not yet, or not any more). The process may end meanwhile, hence no throwing calls.
std::int64_t ReadOffset(pid_t pid, const std::filesystem::path& file) {
    std::error_code error;
    auto proc = std::filesystem::path("/proc") / std::to_string(pid);
    for (std::filesystem::directory_iterator entry(proc / "fd", error), end; !error && entry != end;
         entry.increment(error)) {
        if (std::filesystem::read_symlink(entry->path(), error) != file) continue;
        std::ifstream info(proc / "fdinfo" / entry->path().filename());
        std::string key;
        std::int64_t position = -1;
        while (info >> key && key != "pos:") {
        }
        info >> position;
        return position;
    }
    return -1;
}

// Waits until the import has read `offset` bytes of `file`, or has ended, or the deadline passed; returns how
// far it got.
std::int64_t WaitUntilRead(RapportProcess& import, const std::filesystem::path& file, std::int64_t offset) {
    auto deadline = Clock::now() + kDeadline;
    auto path = std::filesystem::canonical(file);
    std::int64_t read = -1;
    while (import.Running() && Clock::now() < deadline) {
        read = ReadOffset(import.pid(), path);
        if (read >= offset) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return read;
}

// Clients of the server that create accounts one after another, each keeping the ids answered 201. They stop
// on Stop(), after kMaxWritesPerWriter each, or when the server stops answering.
class AccountWriters {
public:
    AccountWriters(std::uint16_t port, const std::string& token) {
        for (int writer = 0; writer < kWriters; ++writer) {
            threads_.emplace_back([=, this] { Write(port, token, writer); });
        }
    }
    ~AccountWriters() { Stop(); }
    AccountWriters(const AccountWriters&) = delete;
    AccountWriters& operator=(const AccountWriters&) = delete;

    int answered() const { return answered_; }

    /// Waits until the server has acknowledged `count` creates in all; false when the deadline passed first.
    bool WaitForAnswered(int count) const {
        auto deadline = Clock::now() + kDeadline;
        while (answered_ < count && Clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return answered_ >= count;
    }

    /// Stops the writers; the ids of every account the server acknowledged.
    std::set<std::int64_t> Stop() {
        stop_ = true;
        for (auto& thread : threads_) thread.join();
        threads_.clear();
        return acknowledged_;
    }

private:
    void Write(std::uint16_t port, const std::string& token, int writer) {
        HttpClient client("127.0.0.1", port);
        client.set_token(token);
        for (int i = 0; i < kMaxWritesPerWriter && !stop_; ++i) {
            auto name = "Served " + std::to_string(writer) + "-" + std::to_string(i);
            try {
                // On SQLite a create waits for the import's write lock and may give up with 503 after the busy
                // timeout; only the 201s count.
                auto reply = client.Post("/api/v1/accounts", R"({"name":")" + name + R"("})");
                if (reply.status != 201) continue;
                std::lock_guard lock(mutex_);
                acknowledged_.insert(std::stoll(Text(reply.json, "id")));
                ++answered_;
            } catch (const std::exception&) {
                return;  // The server stopped answering: the ids it acknowledged are all there is to check.
            }
        }
    }

    std::atomic<bool> stop_{false};
    std::atomic<int> answered_{0};
    std::mutex mutex_;
    std::set<std::int64_t> acknowledged_;
    std::vector<std::thread> threads_;
};

// The first column of the first row of `sql`, read beneath the API on purpose: the import's traces (search
// documents, audit rows, indexes) are not all visible through it.
std::string Scalar(store::Database& database, const std::string& sql) {
    std::string value;
    auto status = database.Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query(sql, {}, [&](const store::Row& row) -> Status {
            if (value.empty()) value = row.IsNull(0) ? "" : std::string(row.Text(0));
            return {};
        });
    });
    EXPECT_TRUE(status) << sql << ": " << status.error().message;
    return value;
}

std::int64_t Count(store::Database& database, const std::string& sql) {
    auto text = Scalar(database, sql);
    std::int64_t number = -1;
    std::from_chars(text.data(), text.data() + text.size(), number);
    return number;
}

std::set<std::int64_t> StoredServedAccounts(store::Database& database) {
    std::set<std::int64_t> ids;
    auto status = database.Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query("SELECT id FROM account WHERE name LIKE 'Served %'", {}, [&](const store::Row& row) {
            ids.insert(row.Int(0));
            return Status{};
        });
    });
    EXPECT_TRUE(status) << status.error().message;
    return ids;
}

// The account table's indexes: SQLite's import drops them mid-way to build them again at the end
// (store::Transaction::DeferIndexes), a schema change the crash must take back with the rows.
std::int64_t AccountIndexes(store::Database& database) {
    if (database.engine() == store::Engine::kSqlite) {
        return Count(database, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'account'");
    }
    return Count(database,
                 "SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'account' AND schemaname = current_schema()");
}

void ExpectSqliteIntact(store::Database& database) {
    if (database.engine() != store::Engine::kSqlite) return;
    EXPECT_EQ(Scalar(database, "PRAGMA integrity_check"), "ok");
}

std::vector<std::string> ImportCommand(const std::string& db, const std::filesystem::path& file) {
    return {"--db", db, "--log-level", "warn", "import", "accounts", file.string()};
}

TEST(CrashImportTest, AnImportKilledHalfwayLeavesNoTraceAndTheServerBesideItLosesNoAcknowledgedWrite) {
    TempDir directory;
    auto db = FreshDatabaseUrl(directory);
    AddAdmin(db, kEmail, kPassword);
    auto file = WriteImportFile(directory, kImportRows);
    ServerProcess server(db);
    HttpClient client("127.0.0.1", server.port());
    auto token = SignIn(client, kEmail, kPassword);
    auto database = store::Open(db);
    ASSERT_TRUE(database) << database.error().message;
    auto indexes = AccountIndexes(**database);

    AccountWriters writers(server.port(), token);
    ASSERT_TRUE(writers.WaitForAnswered(kAnswersBefore)) << "the server acknowledged no creates";
    RapportProcess import(ImportCommand(db, file));
    auto half = static_cast<std::int64_t>(std::filesystem::file_size(file) / 2);
    auto read = WaitUntilRead(import, file, half);
    ASSERT_TRUE(import.Running()) << "the import ended before it could be killed: " << import.Wait().err;
    ASSERT_GE(read, half) << "the import did not get half-way within the deadline";
    import.Kill();
    auto answered_at_kill = writers.answered();
    EXPECT_TRUE(writers.WaitForAnswered(answered_at_kill + kAnswersAfter))
        << "the server stopped acknowledging writes after the import was killed";
    auto acknowledged = writers.Stop();

    auto stored = StoredServedAccounts(**database);
    for (auto id : acknowledged) EXPECT_TRUE(stored.contains(id)) << "acknowledged account " << id << " was lost";
    EXPECT_EQ(Count(**database, kImportedAccounts), 0);
    EXPECT_EQ(Count(**database, kImportedSearchDocuments), 0);
    EXPECT_EQ(Count(**database, kImportAuditRows), 0);
    EXPECT_EQ(AccountIndexes(**database), indexes);
    ExpectSqliteIntact(**database);

    auto again = RunRapport(ImportCommand(db, file));
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(Count(**database, kImportedAccounts), kImportRows);
    EXPECT_EQ(Count(**database, kImportedSearchDocuments), kImportRows);
    EXPECT_EQ(Count(**database, kImportAuditRows), 1);
    EXPECT_EQ(StoredServedAccounts(**database), stored) << "the second import changed the server's accounts";
    EXPECT_EQ(AccountIndexes(**database), indexes);
    ExpectSqliteIntact(**database);
}

}  // namespace
}  // namespace rapport::test
