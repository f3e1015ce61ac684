#include "service/audit_service.hpp"

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

class AuditServiceTest : public StoreTest {
protected:
    void WriteRow(std::string_view action) {
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            std::vector<store::Value> params{std::int64_t{1}, ToInt(kFixtureUser), std::string(action),
                                             "accounts",      std::int64_t{7},     "{}"};
            return ToStatus(transaction.Execute(
                "INSERT INTO audit (at, user_id, action, collection, record_id, changes) VALUES (?, ?, ?, ?, ?, ?)",
                params));
        }));
    }

    Result<service::AuditPage> ListAsAdmin() {
        service::AuditService audit(database());
        return audit.List(service::SystemCaller(kFixtureUser), service::AuditQuery{});
    }
};

TEST_P(AuditServiceTest, EveryKnownActionReadsBackAsItself) {
    for (auto [action, name] : EnumNames<domain::AuditAction>::kValues) WriteRow(name);

    auto page = ListAsAdmin();

    ASSERT_TRUE(page) << page.error().message;
    ASSERT_EQ(page->items.size(), EnumNames<domain::AuditAction>::kValues.size());
    auto expected = EnumNames<domain::AuditAction>::kValues.rbegin();  // Newest first.
    for (const auto& entry : page->items) EXPECT_EQ(entry.action, (expected++)->first);
}

TEST_P(AuditServiceTest, AnUnknownActionFailsLoudlyInsteadOfReadingAsAnUpdate) {
    WriteRow("create");
    WriteRow("teleport");

    auto page = ListAsAdmin();

    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::kInternal);
    EXPECT_EQ(page.error().message.find("teleport"), std::string::npos) << "the client is told no internals";
}

INSTANTIATE_TEST_SUITE_P(Engines, AuditServiceTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
