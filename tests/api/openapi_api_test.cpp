#include "support/api_fixture.hpp"

#include <boost/beast/http/verb.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using boost::json::object;

class OpenApiApiTest : public ApiTest {
protected:
    static object Document() {
        auto reply = Anonymous()->Get("/api/v1/openapi.json");
        EXPECT_EQ(reply.status, 200) << reply.body;
        return reply.json.is_object() ? reply.json.as_object() : object{};
    }

    // The methods documented for `path`, in lower case, sorted; empty when the path is missing.
    static std::vector<std::string> MethodsOf(const object& document, const std::string& path) {
        std::vector<std::string> methods;
        auto paths = document.if_contains("paths");
        if (!paths || !paths->is_object()) return methods;
        auto item = paths->as_object().if_contains(path);
        if (!item || !item->is_object()) return methods;
        for (const auto& [method, operation] : item->as_object()) methods.emplace_back(method);
        std::sort(methods.begin(), methods.end());
        return methods;
    }
};

TEST_F(OpenApiApiTest, TheDocumentIsServedWithoutSigningInAsOpenApi3) {
    auto client = Anonymous();

    auto reply = client->Get("/api/v1/openapi.json");

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_NE(reply.header("Content-Type").find("application/json"), std::string::npos);
    EXPECT_TRUE(Text(reply.json, "openapi").starts_with("3.")) << Text(reply.json, "openapi");
    EXPECT_FALSE(Text(reply.json.at("info"), "title").empty());
    EXPECT_TRUE(reply.json.at("paths").is_object());
}

TEST_F(OpenApiApiTest, EveryCollectionIsDocumentedWithItsMethods) {
    auto document = Document();

    for (const auto* collection : {"users", "teams", "accounts", "contacts", "deals", "activities", "absences"}) {
        auto path = std::string("/api/v1/") + collection;

        EXPECT_EQ(MethodsOf(document, path), (std::vector<std::string>{"get", "post"})) << path;
        EXPECT_EQ(MethodsOf(document, path + "/{id}"), (std::vector<std::string>{"delete", "get", "patch"})) << path;
    }
}

TEST_F(OpenApiApiTest, AuthReportsAuditAndHealthAreDocumented) {
    auto document = Document();

    EXPECT_EQ(MethodsOf(document, "/api/v1/auth/login"), std::vector<std::string>{"post"});
    EXPECT_EQ(MethodsOf(document, "/api/v1/auth/logout"), std::vector<std::string>{"post"});
    EXPECT_EQ(MethodsOf(document, "/api/v1/auth/me"), std::vector<std::string>{"get"});
    EXPECT_EQ(MethodsOf(document, "/api/v1/reports/pipeline"), std::vector<std::string>{"get"});
    EXPECT_EQ(MethodsOf(document, "/api/v1/reports/funnel"), std::vector<std::string>{"get"});
    EXPECT_EQ(MethodsOf(document, "/api/v1/audit"), std::vector<std::string>{"get"});
    EXPECT_EQ(MethodsOf(document, "/healthz"), std::vector<std::string>{"get"});
}

// Signed out, a served route answers 401 (or does its work, for the open ones); a route the server
// does not have answers 404 or 405. So no documented operation may answer either.
TEST_F(OpenApiApiTest, EveryDocumentedOperationIsServed) {
    auto document = Document();
    auto client = Anonymous();
    ASSERT_TRUE(document.contains("paths"));

    for (const auto& [path, item] : document.at("paths").as_object()) {
        std::string target(path);
        if (auto at = target.find("{id}"); at != std::string::npos) target.replace(at, 4, "987654");
        for (const auto& [method, operation] : item.as_object()) {
            std::string name(method);
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
            auto reply = client->Request(boost::beast::http::string_to_verb(name), target, method == "get" ? "" : "{}");

            EXPECT_NE(reply.status, 404) << name << " " << target << ": " << reply.body;
            EXPECT_NE(reply.status, 405) << name << " " << target << ": " << reply.body;
        }
    }
}

TEST_F(OpenApiApiTest, ThePasswordIsWriteOnlyInTheBodiesAndAbsentFromTheUserAsRead) {
    auto document = Document();
    const auto& schemas = document.at("components").at("schemas");

    EXPECT_EQ(schemas.at("UserCreate").at("properties").at("password").at("writeOnly"), true);
    EXPECT_EQ(schemas.at("UserPatch").at("properties").at("password").at("writeOnly"), true);
    EXPECT_FALSE(schemas.at("User").at("properties").as_object().contains("password"));
    EXPECT_EQ(schemas.at("User").at("properties").at("id").at("readOnly"), true);
}

TEST_F(OpenApiApiTest, HealthzAnswersOkWithoutSigningIn) {
    auto client = Anonymous();

    auto reply = client->Get("/healthz");

    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(boost::json::serialize(reply.json), R"({"status":"ok"})");
}

}  // namespace
}  // namespace rapport::test
