#include "http/api.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <set>
#include <string>

namespace rapport::http {
namespace {

using boost::json::object;
using boost::json::value;

class OpenApiTest : public ::testing::Test {
protected:
    OpenApiTest() : backend_(database_), router_(BuildRouter(backend_)), document_(OpenApiDocument(router_)) {}

    static std::string Method(boost::beast::http::verb verb) {
        std::string method(boost::beast::http::to_string(verb));
        for (auto& c : method) c = static_cast<char>(c | 0x20);
        return method;
    }

    const object* OperationOf(const Route& route) const {
        auto item = document_.at("paths").as_object().if_contains(route.pattern);
        if (!item) return nullptr;
        auto operation = item->as_object().if_contains(Method(route.method));
        return operation ? &operation->as_object() : nullptr;
    }

    // The schema a "$ref" names, or the schema itself.
    const object& Resolve(const value& schema) const {
        if (auto ref = schema.as_object().if_contains("$ref")) {
            std::string name(ref->as_string());
            name.erase(0, std::string("#/components/schemas/").size());
            return document_.at("components").at("schemas").at(name).as_object();
        }
        return schema.as_object();
    }

    NoDatabase database_;
    Backend backend_;
    Router router_;
    object document_;
};

bool IsApi(const std::string& pattern) { return pattern.starts_with("/api/") || pattern == "/healthz"; }

TEST_F(OpenApiTest, EveryRouteOfTheApiIsInTheDocumentWithAUniqueOperationIdAndATag) {
    std::set<std::string> ids;
    int documented = 0;
    for (const auto& route : router_.Described()) {
        if (!IsApi(route.pattern)) continue;
        SCOPED_TRACE(Method(route.method) + " " + route.pattern);
        const auto* operation = OperationOf(route);
        ASSERT_NE(operation, nullptr) << "the route is served but not documented";
        std::string id(operation->at("operationId").as_string());
        EXPECT_TRUE(ids.insert(id).second) << "operationId " << id << " is used twice";
        EXPECT_EQ(operation->at("tags").as_array().size(), 1U);
        EXPECT_FALSE(operation->at("summary").as_string().empty());
        ++documented;
    }
    EXPECT_GE(documented, 45);
}

TEST_F(OpenApiTest, TheDocumentNamesNoRouteTheServerLacks) {
    std::set<std::pair<std::string, std::string>> served;
    for (const auto& route : router_.Described()) served.emplace(route.pattern, Method(route.method));

    for (const auto& [path, item] : document_.at("paths").as_object()) {
        for (const auto& [method, operation] : item.as_object()) {
            EXPECT_TRUE(served.contains({std::string(path), std::string(method)})) << method << " " << path;
        }
    }
}

TEST_F(OpenApiTest, APatchBodyRequiresNothingAndACreateBodyRequiresTheRequiredFields) {
    int patches = 0;
    for (const auto& [path, item] : document_.at("paths").as_object()) {
        auto patch = item.as_object().if_contains("patch");
        if (!patch) continue;
        SCOPED_TRACE(std::string(path));
        const auto& schema = Resolve(patch->at("requestBody").at("content").at("application/json").at("schema"));
        EXPECT_FALSE(schema.contains("required"));
        EXPECT_FALSE(schema.at("properties").as_object().contains("id"));
        ++patches;
    }
    int collections = 0;
    (void)service::Collections::ForEach([&]<typename>() -> Status {
        ++collections;
        return {};
    });
    EXPECT_EQ(patches, collections + 2) << "users, settings and each of service::Collections";

    const auto& deal = document_.at("components").at("schemas").at("DealCreate").as_object();
    std::set<std::string> required;
    for (const auto& name : deal.at("required").as_array()) required.emplace(name.as_string());
    EXPECT_EQ(required, (std::set<std::string>{"account_id", "title", "amount"}));
    // closed_at is read-only through the API: the read schema has it, the bodies do not.
    EXPECT_TRUE(document_.at("components").at("schemas").at("Deal").at("properties").as_object().contains("closed_at"));
    EXPECT_FALSE(deal.at("properties").as_object().contains("closed_at"));
    EXPECT_TRUE(document_.at("components")
                    .at("schemas")
                    .at("UserCreate")
                    .at("properties")
                    .at("password")
                    .at("writeOnly")
                    .as_bool());
}

TEST_F(OpenApiTest, EveryOperationDocumentsTheRefusalsItsShapeCanMeet) {
    for (const auto& route : router_.Described()) {
        if (!route.operation) continue;
        SCOPED_TRACE(Method(route.method) + " " + route.pattern);
        const auto& responses = OperationOf(route)->at("responses").as_object();
        EXPECT_TRUE(responses.contains("500"));
        EXPECT_TRUE(responses.contains("503"));
        if (route.operation->signed_in) {
            EXPECT_TRUE(responses.contains("401"));
        }
        if (route.pattern.ends_with("{id}") || route.pattern.find("{id}/") != std::string::npos) {
            EXPECT_TRUE(responses.contains("404"));
        }
        if (!route.operation->body.is_null()) {
            EXPECT_TRUE(responses.contains("400"));
            EXPECT_TRUE(responses.contains("413"));
            EXPECT_TRUE(responses.contains("422"));
        }
        if (route.method == boost::beast::http::verb::patch) {
            EXPECT_TRUE(responses.contains("412"));
        }
    }
}

TEST_F(OpenApiTest, EverySchemaHasAnExampleAndEveryReferenceResolves) {
    const auto& components = document_.at("components").as_object();
    for (const auto& [name, schema] : components.at("schemas").as_object()) {
        EXPECT_TRUE(schema.as_object().contains("example")) << name;
    }
    // Every "$ref" in the document names a component that exists.
    std::function<void(const value&)> visit = [&](const value& node) {
        if (node.is_array()) {
            for (const auto& element : node.as_array()) visit(element);
        }
        if (!node.is_object()) return;
        for (const auto& [key, child] : node.as_object()) {
            if (key == "$ref") {
                std::string ref(child.as_string());
                ASSERT_TRUE(ref.starts_with("#/components/")) << ref;
                ref.erase(0, std::string("#/components/").size());
                auto slash = ref.find('/');
                EXPECT_TRUE(components.at(ref.substr(0, slash)).as_object().contains(ref.substr(slash + 1))) << ref;
            } else {
                visit(child);
            }
        }
    };
    visit(document_);
}

TEST_F(OpenApiTest, ListParametersAreTheOnesTheListReads) {
    const auto& parameters = document_.at("paths").at("/api/v1/deals").at("get").at("parameters").as_array();
    std::set<std::string> names;
    for (const auto& parameter : parameters) names.emplace(parameter.at("name").as_string());

    for (const auto* name : {"limit", "cursor", "sort", "q", "stage", "owner_id", "amount_from", "closed_at_before"}) {
        EXPECT_TRUE(names.contains(name)) << name;
    }
    EXPECT_FALSE(names.contains("title")) << "title is not a filter";
    // Absences have no text search: their list refuses q, and the document does not offer it.
    const auto& absences = document_.at("paths").at("/api/v1/absences").at("get").at("parameters").as_array();
    for (const auto& parameter : absences) EXPECT_NE(parameter.at("name").as_string(), "q");
}

TEST_F(OpenApiTest, TheVersionIsTheRelease) {
    EXPECT_EQ(document_.at("info").at("version").as_string(), RAPPORT_VERSION);
}

}  // namespace
}  // namespace rapport::http
