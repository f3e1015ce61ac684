#include "support/api_fixture.hpp"

#include <atomic>
#include <stdexcept>

namespace rapport::test {

void ApiTest::SetUpTestSuite() {
    directory_ = std::make_unique<TempDir>();
    auto db = directory_->SqliteUrl();
    auto added = RunRapport({"--db", db, "users", "add", "--email", "admin@test.example", "--name", "Test Admin",
                             "--role", "admin", "--password-stdin"},
                            std::string(kPassword) + "\n");
    if (added.exit_code != 0) throw std::runtime_error("users add failed: " + added.err);
    server_ = std::make_unique<ServerProcess>(db);
    auto client = Anonymous();
    auto login = client->Post("/api/v1/auth/login",
                              boost::json::serialize(boost::json::object{{"email", "admin@test.example"}, {"password", kPassword}}));
    if (login.status != 200) throw std::runtime_error("admin login failed: " + login.body);
    admin_ = std::make_unique<TestUser>(TestUser{Text(login.json.at("user"), "id"), "admin@test.example", Text(login.json, "token")});
}

void ApiTest::TearDownTestSuite() {
    admin_.reset();
    server_.reset();
    directory_.reset();
}

std::unique_ptr<HttpClient> ApiTest::Anonymous() { return std::make_unique<HttpClient>("127.0.0.1", server_->port()); }

std::unique_ptr<HttpClient> ApiTest::As(const TestUser& user) {
    auto client = Anonymous();
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
    auto login = Anonymous()->Post("/api/v1/auth/login",
                                   boost::json::serialize(boost::json::object{{"email", email}, {"password", kPassword}}));
    if (login.status != 200) throw std::runtime_error("login failed: " + login.body);
    return TestUser{Text(user, "id"), email, Text(login.json, "token")};
}

boost::json::object ApiTest::Create(const TestUser& user, const std::string& collection, const boost::json::object& body) {
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

}  // namespace rapport::test
