#include "store/store_fixture.hpp"

#include <spdlog/spdlog.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>

namespace rapport::test {
namespace {

constexpr const char* kPostgresVariable = "RAPPORT_TEST_PG";

std::string PostgresUrl() {
    const char* url = std::getenv(kPostgresVariable);
    return url ? std::string(url) : std::string();
}

}  // namespace

std::vector<std::string> EnginesUnderTest() {
    std::vector<std::string> engines{"sqlite"};
    if (!PostgresUrl().empty()) engines.emplace_back("postgres");
    return engines;
}

std::string EngineName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

Timestamp FixtureNow() {
    using namespace std::chrono_literals;
    return std::chrono::sys_days{Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}}} + 9h;
}

store::Scope Everything() { return store::Scope::Everything(); }

store::Scope OwnersScope(std::vector<std::int64_t> owners, std::int64_t self) {
    return store::Scope{.everything = false, .owners = std::move(owners), .self = self};
}

domain::Team MakeTeam(std::string name) {
    domain::Team team;
    team.name = std::move(name);
    return team;
}

domain::User MakeUser(std::string email, domain::Role role, std::optional<TeamId> team) {
    domain::User user;
    user.name = email.substr(0, email.find('@'));
    user.email = std::move(email);
    user.role = role;
    user.team_id = team;
    return user;
}

domain::Account MakeAccount(UserId owner, std::string name) {
    domain::Account account;
    account.name = std::move(name);
    account.owner_id = owner;
    return account;
}

domain::Contact MakeContact(AccountId account, std::string last_name) {
    domain::Contact contact;
    contact.account_id = account;
    contact.last_name = std::move(last_name);
    return contact;
}

domain::Deal MakeDeal(AccountId account, UserId owner, std::string title) {
    domain::Deal deal;
    deal.account_id = account;
    deal.owner_id = owner;
    deal.title = std::move(title);
    return deal;
}

domain::Activity MakeActivity(UserId owner, std::optional<AccountId> account) {
    domain::Activity activity;
    activity.owner_id = owner;
    activity.account_id = account;
    activity.kind = domain::ActivityKind::kCall;
    activity.subject = "Call back";
    return activity;
}

domain::Absence MakeAbsence(UserId user, UserId deputy, Date starts_on, Date ends_on) {
    domain::Absence absence;
    absence.user_id = user;
    absence.deputy_id = deputy;
    absence.starts_on = starts_on;
    absence.ends_on = ends_on;
    return absence;
}

domain::Product MakeProduct(std::string sku, std::string price) {
    domain::Product product;
    product.name = "Product " + sku;
    product.sku = std::move(sku);
    product.unit = "t";
    product.price = *Money::Parse(price, "EUR");
    return product;
}

void StoreTest::SetUp() {
    // Each test migrates a fresh database; "applying migration" for every one is noise.
    spdlog::set_level(spdlog::level::warn);
    std::string url;
    if (GetParam() == "sqlite") {
        directory_ = std::make_unique<TempDir>();
        url = directory_->SqliteUrl();
    } else if (GetParam() == "postgres") {
        auto schema_url = FreshPostgresSchema();
        ASSERT_TRUE(schema_url) << "cannot prepare a PostgreSQL schema at " << store::Describe(PostgresUrl()) << " ("
                                << kPostgresVariable << "): " << schema_url.error().message;
        url = *schema_url;
    } else {
        FAIL() << "unknown engine " << GetParam();
    }

    auto opened = store::Open(url);
    ASSERT_TRUE(opened) << "cannot open the " << GetParam() << " database " << store::Describe(url) << ": "
                        << (opened ? "" : opened.error().message);
    database_ = std::move(*opened);
    auto migrated = database_->Migrate();
    ASSERT_TRUE(migrated) << "cannot migrate: " << migrated.error().message;
}

Result<std::string> StoreTest::FreshPostgresSchema() {
    // A schema of its own per test, so that tests (and other suites sharing the server) never see
    // one another's rows; the connection URL selects it through search_path.
    static std::atomic<int> schemas{0};
    auto base = PostgresUrl();
    server_ = RAPPORT_TRY(store::Open(base));
    auto schema = "store_" + std::to_string(getpid()) + "_" + std::to_string(++schemas);
    RAPPORT_CHECK(server_->Transact(store::Access::kWrite, [&](store::Transaction& transaction) {
        return ToStatus(transaction.Execute("CREATE SCHEMA " + schema, {}));
    }));
    schema_ = schema;
    return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
}

void StoreTest::TearDown() {
    database_.reset();
    directory_.reset();
    if (server_ && !schema_.empty()) {
        auto dropped = server_->Transact(store::Access::kWrite, [&](store::Transaction& transaction) {
            return ToStatus(transaction.Execute("DROP SCHEMA " + schema_ + " CASCADE", {}));
        });
        EXPECT_TRUE(dropped) << "cannot drop schema " << schema_ << ": " << dropped.error().message;
    }
    server_.reset();
}

Status StoreTest::Write(const std::function<Status(store::Transaction&)>& work) {
    return database_->Transact(store::Access::kWrite, work);
}

Status StoreTest::Read(const std::function<Status(store::Transaction&)>& work) {
    return database_->Transact(store::Access::kRead, work);
}

std::int64_t StoreTest::CountRows(std::string_view table) {
    return ReadInt("SELECT COUNT(*) FROM " + std::string(table) + " WHERE archived_at IS NULL");
}

std::int64_t StoreTest::ReadInt(const std::string& sql, std::vector<store::Value> params) {
    std::optional<std::int64_t> value;
    auto status = Read([&](store::Transaction& transaction) {
        return transaction.Query(sql, params, [&](const store::Row& row) -> Status {
            if (!value) value = row.Int(0);
            return {};
        });
    });
    EXPECT_TRUE(status) << sql << ": " << (status ? "" : status.error().message);
    return value.value_or(-1);
}

domain::User StoreTest::AddUser(std::string email, domain::Role role, std::optional<TeamId> team) {
    return Add(MakeUser(std::move(email), role, team));
}

}  // namespace rapport::test
