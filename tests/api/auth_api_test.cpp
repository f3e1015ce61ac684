#include "support/api_fixture.hpp"

#include <cctype>
#include <string>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

// Every wrong password in this suite counts against 127.0.0.1, which is rate-limited after 20 failures
// in 15 minutes: the tests here stay well below that together.
class AuthApiTest : public ApiTest {
protected:
    static HttpClient::Reply Login(const std::string& email, const std::string& password) {
        return Anonymous()->Post("/api/v1/auth/login", serialize(object{{"email", email}, {"password", password}}));
    }

    static object UserBody(const std::string& email) {
        return {{"email", email}, {"name", "Person " + email}, {"role", "manager"}, {"password", kPassword}};
    }
};

TEST_F(AuthApiTest, LoginReturnsATokenAndTheUserWithoutAnyPassword) {
    auto email = Unique("login") + "@test.example";
    auto user = Create(Admin(), "users", UserBody(email));

    auto reply = Login(email, kPassword);

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_FALSE(Text(reply.json, "token").empty());
    const auto& shown = reply.json.at("user");
    EXPECT_EQ(Text(shown, "id"), Text(user, "id"));
    EXPECT_EQ(Text(shown, "email"), email);
    EXPECT_EQ(Text(shown, "role"), "manager");
    EXPECT_EQ(reply.body.find("password"), std::string::npos) << reply.body;
    EXPECT_FALSE(user.contains("password"));
    auto read = As(Admin())->Get("/api/v1/users/" + Text(user, "id"));
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(read.body.find("password"), std::string::npos) << read.body;
}

TEST_F(AuthApiTest, LoginSetsAnHttpOnlySameSiteSessionCookieHoldingTheToken) {
    auto user = MakeUser("manager");

    auto reply = Login(user.email, kPassword);

    ASSERT_EQ(reply.status, 200) << reply.body;
    auto cookie = reply.header("Set-Cookie");
    EXPECT_NE(cookie.find("rapport_session=" + Text(reply.json, "token")), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite"), std::string::npos) << cookie;
}

TEST_F(AuthApiTest, AWrongPasswordIsRefusedExactlyLikeAnUnknownEmail) {
    auto user = MakeUser("manager");

    auto wrong_password = Login(user.email, "not the password at all");
    auto unknown_email = Login(Unique("nobody") + "@test.example", kPassword);

    EXPECT_EQ(wrong_password.status, 401) << wrong_password.body;
    EXPECT_EQ(unknown_email.status, 401) << unknown_email.body;
    EXPECT_EQ(ErrorCode(wrong_password), "unauthenticated");
    EXPECT_EQ(serialize(wrong_password.json.at("error")), serialize(unknown_email.json.at("error")));
}

TEST_F(AuthApiTest, FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne) {
    auto user = MakeUser("manager");
    for (int attempt = 0; attempt < 5; ++attempt) {
        ASSERT_EQ(Login(user.email, "wrong password " + std::to_string(attempt)).status, 401);
    }

    auto reply = Login(user.email, kPassword);

    EXPECT_EQ(reply.status, 429) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "rate_limited");
    EXPECT_TRUE(Text(reply.json, "token").empty());
    auto other = MakeUser("manager");
    EXPECT_EQ(Login(other.email, kPassword).status, 200) << "the lock is per account, not for everyone";
}

TEST_F(AuthApiTest, LoginWithoutAPasswordIsAValidationError) {
    auto user = MakeUser("manager");

    auto reply = Anonymous()->Post("/api/v1/auth/login", serialize(object{{"email", user.email}}));

    EXPECT_EQ(reply.status, 422) << reply.body;
    EXPECT_EQ(ErrorField(reply), "password");
}

TEST_F(AuthApiTest, ARequestWithoutCredentialsIs401WithAChallenge) {
    auto client = Anonymous();

    auto reply = client->Get("/api/v1/accounts");

    EXPECT_EQ(reply.status, 401) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "unauthenticated");
    EXPECT_NE(reply.header("WWW-Authenticate").find("Bearer"), std::string::npos);
}

TEST_F(AuthApiTest, AGarbledTokenIs401WithAChallenge) {
    auto client = Anonymous();
    client->set_token("garbled.not-a-token");

    auto reply = client->Get("/api/v1/auth/me");

    EXPECT_EQ(reply.status, 401) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "unauthenticated");
    EXPECT_NE(reply.header("WWW-Authenticate").find("Bearer"), std::string::npos);
}

TEST_F(AuthApiTest, LogoutRevokesThatTokenOnly) {
    auto user = MakeUser("manager");
    auto second = Login(user.email, kPassword);
    ASSERT_EQ(second.status, 200) << second.body;
    TestUser second_session{user.id, user.email, Text(second.json, "token")};

    auto logout = As(second_session)->Post("/api/v1/auth/logout", "");

    EXPECT_EQ(logout.status, 204) << logout.body;
    auto revoked = As(second_session)->Get("/api/v1/auth/me");
    EXPECT_EQ(revoked.status, 401) << revoked.body;
    EXPECT_NE(revoked.header("WWW-Authenticate").find("Bearer"), std::string::npos);
    EXPECT_EQ(As(user)->Get("/api/v1/auth/me").status, 200) << "the user's other session stays valid";
}

TEST_F(AuthApiTest, TheSessionCookieAuthenticatesLikeABearerToken) {
    auto user = MakeUser("manager");
    auto client = Anonymous();

    auto reply = client->Get("/api/v1/auth/me", {{"Cookie", "theme=dark; rapport_session=" + user.token}});

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(Text(reply.json, "id"), user.id);
    EXPECT_EQ(Text(reply.json, "email"), user.email);
}

TEST_F(AuthApiTest, MeShowsWhomTheUserStandsInForDuringAnAbsence) {
    auto absent = MakeUser("manager");
    auto deputy = MakeUser("manager");
    Create(absent, "absences",
           {{"user_id", absent.id},
            {"deputy_id", deputy.id},
            {"starts_on", DateFromToday()},
            {"ends_on", DateFromToday(2)}});

    auto deputy_me = As(deputy)->Get("/api/v1/auth/me");
    auto absent_me = As(absent)->Get("/api/v1/auth/me");

    ASSERT_EQ(deputy_me.status, 200) << deputy_me.body;
    EXPECT_EQ(serialize(deputy_me.json.at("deputy_for")), serialize(boost::json::array{boost::json::value(absent.id)}));
    ASSERT_EQ(absent_me.status, 200) << absent_me.body;
    EXPECT_TRUE(absent_me.json.at("deputy_for").as_array().empty());
}

TEST_F(AuthApiTest, ChangingOnesOwnPasswordRequiresTheCurrentPassword) {
    auto user = MakeUser("manager");
    auto path = "/api/v1/users/" + user.id;

    auto without = As(user)->Patch(path, serialize(object{{"password", "a brand new secret"}}));
    auto wrong =
        As(user)->Patch(path, serialize(object{{"password", "a brand new secret"}, {"current_password", "guess"}}));

    EXPECT_EQ(without.status, 422) << without.body;
    EXPECT_EQ(ErrorField(without), "current_password");
    EXPECT_EQ(wrong.status, 422) << wrong.body;
    EXPECT_EQ(ErrorField(wrong), "current_password");
    EXPECT_EQ(As(user)->Get("/api/v1/auth/me").status, 200) << "a refused change signs nobody out";
    EXPECT_EQ(Login(user.email, kPassword).status, 200) << "a refused change keeps the old password";
}

TEST_F(AuthApiTest, ANewPasswordEndsEveryOldSessionAndReplacesTheOldPassword) {
    auto user = MakeUser("manager");
    const std::string new_password = "a brand new secret";

    auto reply = As(user)->Patch("/api/v1/users/" + user.id,
                                 serialize(object{{"password", new_password}, {"current_password", kPassword}}));

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.body.find("password"), std::string::npos) << reply.body;
    EXPECT_EQ(As(user)->Get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(Login(user.email, new_password).status, 200);
    EXPECT_EQ(Login(user.email, kPassword).status, 401);
}

TEST_F(AuthApiTest, AManagerCannotChangeAnotherUsersPassword) {
    auto user = MakeUser("manager");
    auto other = MakeUser("manager");

    auto reply = As(user)->Patch("/api/v1/users/" + other.id,
                                 serialize(object{{"password", "taken over now"}, {"current_password", kPassword}}));

    EXPECT_EQ(reply.status, 403) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "forbidden");
    EXPECT_EQ(Login(other.email, kPassword).status, 200);
}

TEST_F(AuthApiTest, OnlyAnAdminMayCreateUsers) {
    auto team = MakeTeam();
    auto manager = MakeUser("manager", team);
    auto head = MakeUser("head", team);
    auto director = MakeUser("director");

    for (const auto* user : {&manager, &head, &director}) {
        auto email = Unique("refused") + "@test.example";
        auto reply = As(*user)->Post("/api/v1/users", serialize(UserBody(email)));

        EXPECT_EQ(reply.status, 403) << user->email << ": " << reply.body;
        EXPECT_EQ(ErrorCode(reply), "forbidden");
        EXPECT_EQ(Login(email, kPassword).status, 401) << "no user was made";
    }
}

TEST_F(AuthApiTest, ASecondUserWithTheSameEmailIsAConflict) {
    auto email = Unique("twice") + "@test.example";
    Create(Admin(), "users", UserBody(email));
    auto upper = email;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));

    auto same = As(Admin())->Post("/api/v1/users", serialize(UserBody(email)));
    auto other_case = As(Admin())->Post("/api/v1/users", serialize(UserBody(upper)));

    EXPECT_EQ(same.status, 409) << same.body;
    EXPECT_EQ(ErrorCode(same), "conflict");
    EXPECT_EQ(ErrorField(same), "email");
    EXPECT_EQ(other_case.status, 409) << "e-mails are compared without case: " << other_case.body;
}

TEST_F(AuthApiTest, APasswordShorterThanTenCharactersIsRefused) {
    auto email = Unique("short") + "@test.example";
    auto body = UserBody(email);
    body["password"] = "too short";

    auto reply = As(Admin())->Post("/api/v1/users", serialize(body));

    EXPECT_EQ(reply.status, 422) << reply.body;
    EXPECT_EQ(ErrorField(reply), "password");
}

TEST_F(AuthApiTest, AUserMayRenameThemselvesButNotChangeTheirOwnRole) {
    auto user = MakeUser("manager");
    auto path = "/api/v1/users/" + user.id;

    auto rename = As(user)->Patch(path, R"({"name":"New Name"})");
    auto promote = As(user)->Patch(path, R"({"role":"admin"})");

    EXPECT_EQ(rename.status, 200) << rename.body;
    EXPECT_EQ(Text(rename.json, "name"), "New Name");
    EXPECT_EQ(promote.status, 403) << promote.body;
    EXPECT_EQ(Text(As(Admin())->Get(path).json, "role"), "manager");
}

TEST_F(AuthApiTest, ADeactivatedUserIsSignedOutAndCannotSignIn) {
    auto user = MakeUser("manager");

    auto deactivate = As(Admin())->Patch("/api/v1/users/" + user.id, R"({"active":false})");

    ASSERT_EQ(deactivate.status, 200) << deactivate.body;
    EXPECT_EQ(As(user)->Get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(Login(user.email, kPassword).status, 401);
}

TEST_F(AuthApiTest, AnArchivedUserIsSignedOutAndCannotSignIn) {
    auto user = MakeUser("manager");

    auto archive = As(Admin())->Delete("/api/v1/users/" + user.id);

    ASSERT_EQ(archive.status, 204) << archive.body;
    EXPECT_EQ(As(user)->Get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(Login(user.email, kPassword).status, 401);
    EXPECT_EQ(As(Admin())->Get("/api/v1/users/" + user.id).status, 404);
}

TEST_F(AuthApiTest, AnAdminCannotDeactivateOrArchiveThemselves) {
    auto path = "/api/v1/users/" + Admin().id;

    auto deactivate = As(Admin())->Patch(path, R"({"active":false})");
    auto archive = As(Admin())->Delete(path);

    EXPECT_EQ(deactivate.status, 409) << deactivate.body;
    EXPECT_EQ(archive.status, 409) << archive.body;
    EXPECT_EQ(As(Admin())->Get("/api/v1/auth/me").status, 200);
}

TEST_F(AuthApiTest, ChangingOnesOwnRoleIsRefusedInTheseWordsAndNotAsADuplicateEmail) {
    auto path = "/api/v1/users/" + Admin().id;

    auto reply = As(Admin())->Patch(path, R"({"role":"manager"})");

    EXPECT_EQ(reply.status, 409) << reply.body;
    EXPECT_EQ(ErrorField(reply), "role");
    EXPECT_EQ(Text(reply.json.at("error"), "message"), "you cannot change your own role");
}

TEST_F(AuthApiTest, ASecondTeamWithTheSameNameIsAConflict) {
    auto name = Unique("Sales");
    Create(Admin(), "teams", {{"name", name}});

    auto reply = As(Admin())->Post("/api/v1/teams", serialize(object{{"name", name}}));

    EXPECT_EQ(reply.status, 409) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "conflict");
}

// A suite of its own, so that its server starts with no failures counted against 127.0.0.1.
class AddressRateLimitApiTest : public AuthApiTest {};

TEST_F(AddressRateLimitApiTest, TwentyFailuresFromOneAddressLockItForEveryAccount) {
    auto user = MakeUser("manager");
    for (int attempt = 0; attempt < 20; ++attempt) {
        ASSERT_EQ(Login(Unique("stranger") + "@test.example", "wrong password").status, 401) << attempt;
    }

    auto reply = Login(user.email, kPassword);

    EXPECT_EQ(reply.status, 429) << reply.body;
    EXPECT_EQ(ErrorCode(reply), "rate_limited");
    EXPECT_EQ(As(user)->Get("/api/v1/auth/me").status, 200) << "sessions already open keep working";
}

// Behind a load balancer every connection comes from the proxy: its X-Forwarded-For names the client.
class TrustedProxyApiTest : public AuthApiTest {
protected:
    static void SetUpTestSuite() {
        StartSuite({"--trusted-proxy", "127.0.0.1", "--public-url", "https://crm.test.example"});
    }

    static HttpClient::Reply LoginFrom(const std::string& client, const std::string& email,
                                       const std::string& password) {
        return Anonymous()->Post("/api/v1/auth/login", serialize(object{{"email", email}, {"password", password}}),
                                 {{"X-Forwarded-For", client}});
    }
};

TEST_F(TrustedProxyApiTest, TwentyFailuresFromOneClientLockOnlyThatClient) {
    auto user = MakeUser("manager");
    for (int attempt = 0; attempt < 20; ++attempt) {
        ASSERT_EQ(LoginFrom("203.0.113.7", Unique("stranger") + "@test.example", "wrong password").status, 401)
            << attempt;
    }

    auto attacker = LoginFrom("203.0.113.7", user.email, kPassword);
    auto forged = LoginFrom("198.51.100.1, 203.0.113.7", user.email, kPassword);
    auto colleague = LoginFrom("203.0.113.8", user.email, kPassword);

    EXPECT_EQ(attacker.status, 429) << attacker.body;
    EXPECT_EQ(forged.status, 429) << "an address the client put in front of its own counts for nothing";
    EXPECT_EQ(colleague.status, 200) << colleague.body;
}

TEST_F(TrustedProxyApiTest, TheSessionCookieIsSecureBehindAnHttpsPublicUrl) {
    auto user = MakeUser("manager");

    auto login = LoginFrom("203.0.113.9", user.email, kPassword);

    ASSERT_EQ(login.status, 200) << login.body;
    auto cookie = login.header("Set-Cookie");
    EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
}

TEST_F(AuthApiTest, WithoutATrustedProxyTheCookieIsNotSecureAndXForwardedForIsIgnored) {
    auto user = MakeUser("manager");

    auto login =
        Anonymous()->Post("/api/v1/auth/login", serialize(object{{"email", user.email}, {"password", kPassword}}),
                          {{"X-Forwarded-For", "203.0.113.10"}});

    ASSERT_EQ(login.status, 200) << login.body;
    EXPECT_EQ(login.header("Set-Cookie").find("Secure"), std::string::npos);
}

}  // namespace
}  // namespace rapport::test
