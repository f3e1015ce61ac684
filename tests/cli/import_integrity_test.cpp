#include "cli/cli_sandbox.hpp"
#include "cli/sqlite_peek.hpp"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

// Rows refused inside RecordService::CreateIn, at each of its checks before the INSERT: the owner rule
// (BeforeCreate: user 99 does not exist), the record's own validation (a bad e-mail), and the deal invariant
// that BeforeCreate's stamping makes Validate check (lost without a reason).
constexpr const char* kAccounts =
    "name,email,owner_id\n"
    "Kept One,one@example.com,\n"
    "Bad Owner,,99\n"
    "Bad Email,not-an-email,\n"
    "Kept Two,,\n";

constexpr const char* kDeals =
    "account_id,title,amount,stage\n"
    "1,Kept,100.00 EUR,proposal\n"
    "1,Lost without reason,100.00 EUR,lost\n"
    "42,On no account,100.00 EUR,new\n";

class ImportIntegrityTest : public testing::Test {
protected:
    void SetUp() override { sandbox_.AddAdmin(); }

    std::int64_t Count(const std::string& sql) { return QueryNumber(sandbox_.Path("rapport.db"), sql); }

    CliSandbox sandbox_;
};

TEST_F(ImportIntegrityTest, ARefusedRowLeavesNoTraceWhenTheOthersAreKept) {
    auto accounts = sandbox_.Import("accounts", kAccounts, {"--skip-invalid"});
    auto deals = sandbox_.Import("deals", kDeals, {"--skip-invalid"});

    EXPECT_TRUE(HasText(accounts.err, "imported 2 accounts, refused 2"));
    EXPECT_TRUE(HasText(deals.err, "imported 1 deal, refused 2"));
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account"), 2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search"), 2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'accounts'"), 2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM deal"), 1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'deals'"), 1);
    // new, qualified and proposal: the kept deal's funnel history, and nothing of the refused ones.
    EXPECT_EQ(Count("SELECT COUNT(*) FROM deal_stage_history"), 3);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM deal_stage_history WHERE deal_id NOT IN (SELECT id FROM deal)"), 0);
}

TEST_F(ImportIntegrityTest, ARefusedRowWithoutSkipInvalidLeavesNothingAtAll) {
    auto audit_before = Count("SELECT COUNT(*) FROM audit");

    auto result = sandbox_.Import("accounts", kAccounts);

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account"), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search"), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit"), audit_before);
}

TEST_F(ImportIntegrityTest, EveryImportedRecordIsAuditedAndSearchable) {
    auto result = sandbox_.Import("accounts", "name\nNordwind Logistik\nAlpen Bau\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'accounts' AND action = 'create'"), 2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search WHERE account_search MATCH 'nordwind'"), 1);
}

TEST_F(ImportIntegrityTest, ContactsImportedAfterTheirAccountMakeItFoundByTheirNames) {
    ASSERT_EQ(sandbox_.Import("accounts", "name\nNordwind Logistik\nAlpen Bau\n").exit_code, 0);

    auto result = sandbox_.Import("contacts",
                                  "account_id,first_name,last_name,email\n"
                                  "1,Ada,Lovelace,ada@engines.example\n"
                                  "2,Alan,Turing,\n"
                                  "1,Grace,Hopper,\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto found = [&](const std::string& words) {
        return Count("SELECT COALESCE(SUM(rowid), 0) FROM account_search WHERE account_search MATCH '" + words + "'");
    };
    EXPECT_EQ(found("lovelace"), 1);
    EXPECT_EQ(found("hopper"), 1);
    EXPECT_EQ(found("grace nordwind"), 1);
    EXPECT_EQ(found("ada engines"), 1);
    EXPECT_EQ(found("turing"), 2);
    EXPECT_EQ(found("alpen alan"), 2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search"), 2);
}

TEST_F(ImportIntegrityTest, ARefusedContactLeavesItsNameOutOfTheSearch) {
    ASSERT_EQ(sandbox_.Import("accounts", "name\nNordwind Logistik\n").exit_code, 0);

    auto result = sandbox_.Import("contacts",
                                  "account_id,first_name,last_name,email\n"
                                  "1,Ada,Lovelace,\n"
                                  "1,Bad,Mailer,not-an-email\n",
                                  {"--skip-invalid"});

    EXPECT_TRUE(HasText(result.err, "imported 1 contact, refused 1"));
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search WHERE account_search MATCH 'lovelace'"), 1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search WHERE account_search MATCH 'mailer'"), 0);
}

TEST_F(ImportIntegrityTest, EveryRecordOfALargeImportHasExactlyOneCreateAuditRow) {
    // More rows than the audit rows written per statement, and not a multiple of it.
    std::string csv = "name\n";
    for (int i = 1; i <= 75; ++i) csv += "Account " + std::to_string(i) + "\n";

    auto result = sandbox_.Import("accounts", csv);

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'accounts' AND action = 'create'"), 75);
    EXPECT_EQ(Count("SELECT COUNT(DISTINCT record_id) FROM audit WHERE collection = 'accounts' AND record_id IN "
                    "(SELECT id FROM account)"),
              75);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search WHERE account_search MATCH 'account'"), 75);
}

TEST_F(ImportIntegrityTest, ActivitiesTakeTheAccountOfTheirDealOrContactAndAreAudited) {
    ASSERT_EQ(sandbox_.Import("accounts", "name\nNordwind\nAlpen\n").exit_code, 0);
    ASSERT_EQ(sandbox_.Import("contacts", "account_id,last_name\n2,Berg\n").exit_code, 0);
    ASSERT_EQ(sandbox_.Import("deals", "account_id,title,amount\n1,Rollout,100.00 EUR\n").exit_code, 0);

    auto result = sandbox_.Import("activities",
                                  "account_id,deal_id,contact_id,kind,subject\n"
                                  ",1,,call,About the rollout\n"
                                  ",,1,meeting,Visit\n"
                                  ",1,,note,Again the rollout\n"
                                  "2,1,,task,Deal of another account\n"
                                  ",7,,task,No such deal\n",
                                  {"--skip-invalid"});

    EXPECT_TRUE(HasText(result.err, "imported 3 activities, refused 2"));
    EXPECT_TRUE(HasText(result.err, "line 5: deal_id belongs to another account than account_id"));
    EXPECT_TRUE(HasText(result.err, "line 6: deal_id does not name a deal you can see"));
    EXPECT_EQ(Count("SELECT COUNT(*) FROM activity WHERE account_id = 1"), 2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM activity WHERE account_id = 2"), 1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'activities' AND action = 'create'"), 3);
}

TEST(ImportRoundTripTest, AnExportImportsAgainIntoAnotherDatabase) {
    CliSandbox source;
    source.AddAdmin();
    ASSERT_EQ(source
                  .Import("accounts",
                          "name,email,tags,custom\n\"A, Inc.\",a@example.com,vip;key,\"{\"\"x\"\":1}\"\n"
                          "=SUM(A1),,,\n")
                  .exit_code,
              0);
    ASSERT_EQ(source
                  .Import("deals",
                          "account_id,title,amount,stage,lost_reason\n1,One,10.00 EUR,won,\n"
                          "2,Two,20.00 USD,lost,price too high\n")
                  .exit_code,
              0);
    auto accounts = source.Export("accounts");
    auto deals = source.Export("deals");
    CliSandbox target;
    target.AddAdmin();
    target.Write("accounts.csv", source.Read("accounts-export.csv"));
    target.Write("deals.csv", source.Read("deals-export.csv"));

    auto imported_accounts = target.Run({"import", "accounts", "accounts.csv"});
    auto imported_deals = target.Run({"import", "deals", "deals.csv"});

    ASSERT_EQ(imported_accounts.exit_code, 0) << imported_accounts.err;
    ASSERT_EQ(imported_deals.exit_code, 0) << imported_deals.err;
    EXPECT_TRUE(HasText(imported_accounts.err, "ignoring column id"));
    EXPECT_TRUE(HasText(imported_deals.err, "ignoring column closed_at"));
    EXPECT_EQ(target.Export("accounts"), accounts);
    auto copied = target.Export("deals");
    auto closed_at = Column(deals, "closed_at");
    for (auto* rows : {&deals, &copied}) {
        for (auto& row : *rows) row[closed_at].clear();  // Stamped at import: the one field that differs.
    }
    EXPECT_EQ(copied, deals);
}

}  // namespace
}  // namespace rapport::test
