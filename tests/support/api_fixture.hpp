#pragma once

#include "support/http_client.hpp"
#include "support/process.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace rapport::test {

/// A signed-in user of the server under test.
struct TestUser {
    std::string id;
    std::string email;
    std::string token;
};

/// Which way a test client's requests go when the suite checks conformance (see ApiTest).
enum class Via {
    kPrism,   // Through Prism's validating proxy: the default.
    kServer,  // Straight to the server, for what Prism would change or refuse to carry; say why at the call.
};

/// Starts one real `rapport serve` per test suite, on a fresh SQLite database in a temp dir, with
/// an admin made through `rapport users add`. Tests make their own users and records with unique
/// names (Unique()), so that they do not depend on one another.
///
/// With RAPPORT_API_CONFORMANCE=1, the suite also starts Prism's validating proxy (the program named by
/// RAPPORT_PRISM) in front of the server, over the document the server serves at /api/v1/openapi.json, and
/// Anonymous() and As() speak to it: every exchange must conform to the document (HttpClient says which
/// violations fail a test). Prism's log is `prism.log` in the suite's directory.
class ApiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { StartSuite({}); }
    static void TearDownTestSuite();

    /// Starts the suite's server with `serve_args` after `rapport serve`: for a suite whose
    /// SetUpTestSuite needs the server started otherwise.
    static void StartSuite(const std::vector<std::string>& serve_args);

    static constexpr const char* kPassword = "correct horse battery";

    /// A client with no credentials, and one signed in as `user`.
    static std::unique_ptr<HttpClient> Anonymous(Via via = Via::kPrism);
    static std::unique_ptr<HttpClient> As(const TestUser& user, Via via = Via::kPrism);

    static const TestUser& Admin() { return *admin_; }

    /// "prefix-N": unique within the process.
    static std::string Unique(const std::string& prefix);

    /// Makes a team (as admin) and returns its id; `head_id` may be empty.
    static std::string MakeTeam(const std::string& head_id = {});

    /// Makes a user with `role` in `team_id` (may be empty) and signs them in.
    static TestUser MakeUser(const std::string& role, const std::string& team_id = {});

    /// POSTs `body` to /api/v1/<collection> as `user`; fails the test unless 201; returns the record.
    static boost::json::object Create(const TestUser& user, const std::string& collection,
                                      const boost::json::object& body);

    /// An account owned by `user` (created as them), with `extra` fields merged in.
    static boost::json::object MakeAccount(const TestUser& user, boost::json::object extra = {});

    static std::uint16_t port() { return server_->port(); }
    static const TempDir& directory() { return *directory_; }

private:
    static void StartPrism();

    static inline std::unique_ptr<TempDir> directory_;
    static inline std::unique_ptr<ServerProcess> server_;
    static inline std::unique_ptr<HelperProcess> prism_;  // With RAPPORT_API_CONFORMANCE=1.
    static inline std::uint16_t prism_port_ = 0;
    static inline std::unique_ptr<TestUser> admin_;
};

/// A database URL no other test uses: SQLite in `directory`, or with RAPPORT_API_ENGINE=postgres a
/// fresh schema of the PostgreSQL server in RAPPORT_TEST_PG.
std::string FreshDatabaseUrl(const TempDir& directory);

/// Makes an admin with `rapport users add`.
void AddAdmin(const std::string& db_url, const std::string& email, const std::string& password);

/// Signs in through `client` and returns the token; throws when refused.
std::string SignIn(HttpClient& client, const std::string& email, const std::string& password);

/// The string value of `json[key]`, or "" when absent or not a string.
std::string Text(const boost::json::value& json, std::string_view key);

/// The error code of an API error body, or "".
std::string ErrorCode(const HttpClient::Reply& reply);

/// The `field` of an API error body, or "".
std::string ErrorField(const HttpClient::Reply& reply);

/// Today's date (UTC, as the server counts days) moved by `days`, as "YYYY-MM-DD".
std::string DateFromToday(int days = 0);

}  // namespace rapport::test
