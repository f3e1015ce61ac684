#include "support/api_fixture.hpp"

#include <string>

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

// Payment terms (API.md, "Products and prices"): reference data that accounts and documents name by code.
class PaymentTermsApiTest : public ApiTest {
protected:
    static object Terms(const std::string& code) {
        return {{"code", code}, {"name", "60 days net"}, {"days", 60}, {"adjust_percent", "1.5"}, {"min_grade", "B"}};
    }

    // Codes are lower-case: Unique's "prefix-N" would not do.
    static std::string Code(const std::string& prefix) {
        auto unique = Unique(prefix);
        for (auto& c : unique) {
            if (c == '-') c = '_';
        }
        return unique;
    }
};

TEST_F(PaymentTermsApiTest, AnAdminKeepsTermsWithASignedAdjustment) {
    auto code = Code("net");

    auto created = As(Admin())->Post("/api/v1/payment_terms", serialize(Terms(code)));

    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(Text(created.json, "code"), code);
    EXPECT_EQ(created.json.at("days"), 60);
    EXPECT_EQ(Text(created.json, "adjust_percent"), "1.50") << "positive: a surcharge for deferral";
    EXPECT_EQ(Text(created.json, "min_grade"), "B");

    auto path = "/api/v1/payment_terms/" + Text(created.json, "id");
    auto changed =
        As(Admin())->Patch(path, R"({"adjust_percent":"-2","days":0,"min_grade":null})", {{"If-Match", "\"1\""}});
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(Text(changed.json, "adjust_percent"), "-2.00") << "negative: a discount for paying early";
    EXPECT_TRUE(changed.json.at("min_grade").is_null());
    auto found = As(Admin())->Get("/api/v1/payment_terms?code=" + code);
    ASSERT_EQ(found.status, 200) << found.body;
    ASSERT_EQ(found.json.at("items").as_array().size(), 1u);
}

TEST_F(PaymentTermsApiTest, EverySignedInUserReadsTermsButOnlyAnAdminChangesThem) {
    auto terms = Create(Admin(), "payment_terms", Terms(Code("read")));
    auto path = "/api/v1/payment_terms/" + Text(terms, "id");

    for (const auto& role : {"manager", "head", "director", "operations"}) {
        auto user = MakeUser(role);
        EXPECT_EQ(As(user)->Get(path).status, 200) << role;
        EXPECT_EQ(As(user)->Get("/api/v1/payment_terms").status, 200) << role;
        EXPECT_EQ(As(user)->Post("/api/v1/payment_terms", serialize(Terms(Code("mine")))).status, 403) << role;
        EXPECT_EQ(As(user)->Patch(path, R"({"days":90})").status, 403) << role;
        EXPECT_EQ(As(user)->Delete(path).status, 403) << role;
    }
}

TEST_F(PaymentTermsApiTest, ACodeNamesOneLiveTermAndATakenOneIsAConflictNamingIt) {
    auto code = Code("dup");
    auto first = Create(Admin(), "payment_terms", Terms(code));

    auto again = As(Admin())->Post("/api/v1/payment_terms", serialize(Terms(code)));
    EXPECT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(ErrorField(again), "code");
    auto other = Create(Admin(), "payment_terms", Terms(Code("other")));
    auto renamed = As(Admin())->Patch("/api/v1/payment_terms/" + Text(other, "id"), serialize(object{{"code", code}}));
    EXPECT_EQ(renamed.status, 409) << renamed.body;
    EXPECT_EQ(ErrorField(renamed), "code");

    ASSERT_EQ(As(Admin())->Delete("/api/v1/payment_terms/" + Text(first, "id")).status, 204);
    EXPECT_EQ(As(Admin())->Post("/api/v1/payment_terms", serialize(Terms(code))).status, 201)
        << "an archived term's code may be given again";
}

TEST_F(PaymentTermsApiTest, BadValuesAre422NamingTheFieldAndChangeNothing) {
    struct Case {
        const char* field;
        boost::json::value value;
    };
    const Case cases[] = {
        {"code", "Net30"},   // Upper case.
        {"code", "net 30"},  // A space.
        {"days", 366},       // Over a year.
        {"days", -1},        //
        {"adjust_percent", "-100.01"},
        {"adjust_percent", "100.5"},
        {"adjust_percent", 2},  // A number, not a decimal string.
        {"min_grade", "E"},
        {"name", ""},
    };
    auto count = [] { return As(Admin())->Get("/api/v1/payment_terms?limit=500").json.at("items").as_array().size(); };
    auto before = count();
    for (const auto& [field, value] : cases) {
        auto body = Terms(Code("bad"));
        body[field] = value;

        auto reply = As(Admin())->Post("/api/v1/payment_terms", serialize(body));

        EXPECT_EQ(reply.status, 422) << field << " = " << serialize(value) << ": " << reply.body;
        EXPECT_EQ(ErrorField(reply), field) << reply.body;
    }
    EXPECT_EQ(count(), before) << "no refused term was saved";
}

}  // namespace
}  // namespace rapport::test
