#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

// users.locale (API.md, "Languages"): the language of a user's web UI, one of en, hi, mr, he and fil, or
// null for the browser's. Every user chooses their own; nobody but an admin chooses another's.
class LocaleApiTest : public ApiTest {
protected:
    static HttpClient::Reply Login(const TestUser& user) {
        return Anonymous()->Post("/api/v1/auth/login",
                                 serialize(object{{"email", user.email}, {"password", kPassword}}));
    }
};

TEST_F(LocaleApiTest, ANewUserHasNoLanguageSoTheirUiFollowsTheBrowser) {
    auto user = MakeUser("manager");

    auto me = As(user)->Get("/api/v1/auth/me");

    ASSERT_EQ(me.status, 200) << me.body;
    ASSERT_TRUE(me.json.as_object().contains("locale")) << me.body;
    EXPECT_TRUE(me.json.at("locale").is_null()) << me.body;
}

TEST_F(LocaleApiTest, AManagerChoosesTheirOwnLanguageAndLoginAndMeReturnIt) {
    auto user = MakeUser("manager");
    auto path = "/api/v1/users/" + user.id;

    auto hindi = As(user)->Patch(path, R"({"locale":"hi"})");

    ASSERT_EQ(hindi.status, 200) << hindi.body;
    EXPECT_EQ(Text(hindi.json, "locale"), "hi");
    EXPECT_EQ(Text(As(user)->Get("/api/v1/auth/me").json, "locale"), "hi");
    auto login = Login(user);
    ASSERT_EQ(login.status, 200) << login.body;
    EXPECT_EQ(Text(login.json.at("user"), "locale"), "hi");
}

TEST_F(LocaleApiTest, EveryLanguageOfTheUiIsAcceptedAndNullGoesBackToTheBrowsers) {
    auto user = MakeUser("manager");
    auto path = "/api/v1/users/" + user.id;

    for (const char* code : {"en", "hi", "mr", "he", "fil"}) {
        auto reply = As(user)->Patch(path, serialize(object{{"locale", code}}));
        ASSERT_EQ(reply.status, 200) << code << ": " << reply.body;
        EXPECT_EQ(Text(reply.json, "locale"), code);
    }
    auto cleared = As(user)->Patch(path, R"({"locale":null})");

    ASSERT_EQ(cleared.status, 200) << cleared.body;
    EXPECT_TRUE(cleared.json.at("locale").is_null()) << cleared.body;
}

TEST_F(LocaleApiTest, AnUnknownLanguageIs422NamingTheField) {
    auto user = MakeUser("manager");
    auto path = "/api/v1/users/" + user.id;

    auto german = As(user)->Patch(path, R"({"locale":"de"})");
    auto regional = As(user)->Patch(path, R"({"locale":"hi-IN"})");
    auto number = As(user)->Patch(path, R"({"locale":7})");
    auto created = As(Admin())->Post("/api/v1/users", serialize(object{{"email", Unique("de") + "@test.example"},
                                                                       {"name", "Dora Deutsch"},
                                                                       {"role", "manager"},
                                                                       {"password", kPassword},
                                                                       {"locale", "de"}}));

    for (const auto* reply : {&german, &regional, &number, &created}) {
        EXPECT_EQ(reply->status, 422) << reply->body;
        EXPECT_EQ(ErrorField(*reply), "locale") << reply->body;
    }
    EXPECT_TRUE(As(user)->Get("/api/v1/auth/me").json.at("locale").is_null());
}

TEST_F(LocaleApiTest, NobodyButAnAdminChoosesAnotherUsersLanguage) {
    auto user = MakeUser("manager");
    auto colleague = MakeUser("manager");
    auto path = "/api/v1/users/" + user.id;

    auto by_colleague = As(colleague)->Patch(path, R"({"locale":"he"})");
    auto by_admin = As(Admin())->Patch(path, R"({"locale":"mr"})");

    EXPECT_EQ(by_colleague.status, 403) << by_colleague.body;
    ASSERT_EQ(by_admin.status, 200) << by_admin.body;
    EXPECT_EQ(Text(As(user)->Get("/api/v1/auth/me").json, "locale"), "mr");
}

TEST_F(LocaleApiTest, ChoosingOnesLanguageDoesNotOpenTheOtherFieldsOfOnesRecord) {
    auto user = MakeUser("manager");
    auto path = "/api/v1/users/" + user.id;

    auto with_level = As(user)->Patch(path, R"({"locale":"fil","level":4})");
    auto with_name = As(user)->Patch(path, R"({"locale":"fil","name":"Ligaya Santos"})");

    EXPECT_EQ(with_level.status, 403) << with_level.body;
    ASSERT_EQ(with_name.status, 200) << with_name.body;
    EXPECT_EQ(Text(with_name.json, "locale"), "fil");
    EXPECT_EQ(Text(with_name.json, "name"), "Ligaya Santos");
    EXPECT_EQ(As(Admin())->Get(path).json.at("level").as_int64(), 1);
}

}  // namespace
}  // namespace rapport::test
