#include "support/api_fixture.hpp"

#include "store/database.hpp"

#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

namespace rapport::test {

// The engine the API suites run against: SQLite in a temp dir, or, when RAPPORT_API_ENGINE is
// "postgres", a fresh schema of the server in RAPPORT_TEST_PG (scripts/with-postgres starts one).
std::string FreshDatabaseUrl(const TempDir& directory) {
    const char* engine = std::getenv("RAPPORT_API_ENGINE");
    if (!engine || std::string_view(engine) != "postgres") return directory.SqliteUrl();
    const char* base = std::getenv("RAPPORT_TEST_PG");
    if (!base || !*base)
        throw std::runtime_error(
            "RAPPORT_API_ENGINE=postgres needs RAPPORT_TEST_PG: run through scripts/with-postgres");
    static std::atomic<int> suites{0};
    auto schema = "api_" + std::to_string(getpid()) + "_" + std::to_string(++suites);
    auto database = store::Open(base);
    if (!database) throw std::runtime_error("cannot reach PostgreSQL: " + database.error().message);
    auto created = (*database)->Transact(store::Access::kWrite, [&](store::Transaction& transaction) {
        return ToStatus(transaction.Execute("CREATE SCHEMA " + schema, {}));
    });
    if (!created) throw std::runtime_error("cannot create schema " + schema + ": " + created.error().message);
    std::string url(base);
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

void AddAdmin(const std::string& db_url, const std::string& email, const std::string& password) {
    auto added = RunRapport({"--db", db_url, "users", "add", "--email", email, "--name", "Test Admin", "--role",
                             "admin", "--password-stdin"},
                            password + "\n");
    if (added.exit_code != 0) throw std::runtime_error("users add failed: " + added.err);
}

std::string SignIn(HttpClient& client, const std::string& email, const std::string& password) {
    auto login = client.Post("/api/v1/auth/login",
                             boost::json::serialize(boost::json::object{{"email", email}, {"password", password}}));
    if (login.status != 200) throw std::runtime_error("login failed: " + login.body);
    return Text(login.json, "token");
}

namespace {

// A loopback port free now, for a program that must be told its port (the race with another taker is
// harmless: Prism would fail to start, and the suite with it).
std::uint16_t FreePort() {
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

bool Accepts(std::uint16_t port) {
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket socket(io);
    boost::system::error_code error;
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), port}, error);
    return !error;
}

std::string ReadLog(const std::filesystem::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

void ApiTest::StartPrism() {
    const char* prism = std::getenv("RAPPORT_PRISM");
    if (!prism || !std::filesystem::exists(prism))
        throw std::runtime_error(
            "RAPPORT_API_CONFORMANCE=1 needs RAPPORT_PRISM, Prism's program (web/node_modules/.bin/prism)");
    auto server = "http://127.0.0.1:" + std::to_string(server_->port());
    prism_port_ = FreePort();
    auto log = directory_->path() / "prism.log";
    // --errors stays off: Prism forwards every request and only reports, so that the server's own answer to bad
    // input is what the test sees.
    prism_ = std::make_unique<HelperProcess>(
        std::vector<std::string>{prism, "proxy", server + "/api/v1/openapi.json", server, "--host", "127.0.0.1",
                                 "--port", std::to_string(prism_port_), "--verboseLevel", "warn"},
        log);
    // Prism listens once it has read the document; Node takes a second or two to get there.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!Accepts(prism_port_)) {
        if (!prism_->Running() || std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("Prism did not start: " + ReadLog(log));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

void ApiTest::StartSuite(const std::vector<std::string>& serve_args) {
    directory_ = std::make_unique<TempDir>();
    auto db = FreshDatabaseUrl(*directory_);
    AddAdmin(db, "admin@test.example", kPassword);
    server_ = std::make_unique<ServerProcess>(db, serve_args);
    const char* conformance = std::getenv("RAPPORT_API_CONFORMANCE");
    if (conformance && std::string_view(conformance) == "1") StartPrism();
    auto client = Anonymous();
    auto login = client->Post("/api/v1/auth/login", boost::json::serialize(boost::json::object{
                                                        {"email", "admin@test.example"}, {"password", kPassword}}));
    if (login.status != 200) throw std::runtime_error("admin login failed: " + login.body);
    admin_ = std::make_unique<TestUser>(
        TestUser{Text(login.json.at("user"), "id"), "admin@test.example", Text(login.json, "token")});
}

void ApiTest::TearDownTestSuite() {
    admin_.reset();
    prism_.reset();
    prism_port_ = 0;
    server_.reset();
    directory_.reset();
}

std::unique_ptr<HttpClient> ApiTest::Anonymous(Via via) {
    if (prism_ && via == Via::kPrism) return std::make_unique<HttpClient>("127.0.0.1", server_->port(), prism_port_);
    return std::make_unique<HttpClient>("127.0.0.1", server_->port());
}

std::unique_ptr<HttpClient> ApiTest::As(const TestUser& user, Via via) {
    auto client = Anonymous(via);
    client->set_token(user.token);
    return client;
}

std::string ApiTest::Unique(const std::string& prefix) {
    static std::atomic<int> counter{0};
    return prefix + "-" + std::to_string(++counter);
}

std::string ApiTest::MakeTeam(const std::string& head_id) {
    boost::json::object body{{"name", Unique("Team")}};
    if (!head_id.empty()) body["head_id"] = head_id;
    return Text(Create(Admin(), "teams", body), "id");
}

TestUser ApiTest::MakeUser(const std::string& role, const std::string& team_id) {
    auto email = Unique(role) + "@test.example";
    boost::json::object body{{"email", email}, {"name", "User " + email}, {"role", role}, {"password", kPassword}};
    if (!team_id.empty()) body["team_id"] = team_id;
    auto user = Create(Admin(), "users", body);
    auto login = Anonymous()->Post(
        "/api/v1/auth/login", boost::json::serialize(boost::json::object{{"email", email}, {"password", kPassword}}));
    if (login.status != 200) throw std::runtime_error("login failed: " + login.body);
    return TestUser{Text(user, "id"), email, Text(login.json, "token")};
}

boost::json::object ApiTest::Create(const TestUser& user, const std::string& collection,
                                    const boost::json::object& body) {
    auto reply = As(user)->Post("/api/v1/" + collection, boost::json::serialize(body));
    EXPECT_EQ(reply.status, 201) << "POST /api/v1/" << collection << ": " << reply.body;
    if (reply.status != 201 || !reply.json.is_object()) return {};
    return reply.json.as_object();
}

boost::json::object ApiTest::MakeAccount(const TestUser& user, boost::json::object extra) {
    boost::json::object body{{"name", Unique("Account")}};
    for (auto& [key, value] : extra) body[key] = value;
    return Create(user, "accounts", body);
}

std::string Text(const boost::json::value& json, std::string_view key) {
    if (!json.is_object()) return {};
    auto value = json.as_object().if_contains(key);
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

std::string ErrorCode(const HttpClient::Reply& reply) {
    if (!reply.json.is_object()) return {};
    auto error = reply.json.as_object().if_contains("error");
    return error ? Text(*error, "code") : std::string();
}

std::string ErrorField(const HttpClient::Reply& reply) {
    if (!reply.json.is_object()) return {};
    auto error = reply.json.as_object().if_contains("error");
    return error ? Text(*error, "field") : std::string();
}

std::string DateFromToday(int days) {
    auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) + std::chrono::days{days};
    std::chrono::year_month_day date{day};
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

}  // namespace rapport::test
