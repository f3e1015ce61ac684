#include "support/api_fixture.hpp"

namespace rapport::test {
namespace {

using boost::json::object;
using boost::json::serialize;

class ArchiveApiTest : public ApiTest {};

TEST_F(ArchiveApiTest, ArchivingAnAccountArchivesItsContactsDealsAndActivities) {
    auto manager = MakeUser("manager");
    auto account = MakeAccount(manager);
    auto account_id = Text(account, "id");
    auto contact = Create(manager, "contacts", {{"account_id", account_id}, {"last_name", "Follows"}});
    auto deal = Create(manager, "deals",
                       {{"account_id", account_id}, {"title", "Follows too"}, {"amount", {{"amount", "10.00"}, {"currency", "EUR"}}}});
    auto activity = Create(manager, "activities", {{"account_id", account_id}, {"kind", "note"}, {"subject", "Also"}});

    auto archived = As(manager)->Delete("/api/v1/accounts/" + account_id);

    ASSERT_EQ(archived.status, 204) << archived.body;
    auto client = As(Admin());
    EXPECT_EQ(client->Get("/api/v1/contacts/" + Text(contact, "id")).status, 404);
    EXPECT_EQ(client->Get("/api/v1/deals/" + Text(deal, "id")).status, 404);
    EXPECT_EQ(client->Get("/api/v1/activities/" + Text(activity, "id")).status, 404);
    auto audit = client->Get("/api/v1/audit?collection=deals&record_id=" + Text(deal, "id"));
    ASSERT_EQ(audit.status, 200) << audit.body;
    EXPECT_EQ(Text(audit.json.at("items").as_array().at(0), "action"), "archive");
}

TEST_F(ArchiveApiTest, APatchThatChangesNothingKeepsTheVersionAndWritesNoAuditRow) {
    auto manager = MakeUser("manager");
    auto account = MakeAccount(manager, {{"industry", "Retail"}});
    auto path = "/api/v1/accounts/" + Text(account, "id");

    auto same = As(manager)->Patch(path, serialize(object{{"industry", "Retail"}}), {{"If-Match", "\"1\""}});
    auto empty = As(manager)->Patch(path, "{}");

    ASSERT_EQ(same.status, 200) << same.body;
    EXPECT_EQ(same.json.at("version").as_int64(), 1);
    ASSERT_EQ(empty.status, 200) << empty.body;
    EXPECT_EQ(empty.json.at("version").as_int64(), 1);
    auto audit = As(Admin())->Get("/api/v1/audit?collection=accounts&record_id=" + Text(account, "id"));
    ASSERT_EQ(audit.status, 200) << audit.body;
    EXPECT_EQ(audit.json.at("items").as_array().size(), 1u) << "only the create";
}

}  // namespace
}  // namespace rapport::test
