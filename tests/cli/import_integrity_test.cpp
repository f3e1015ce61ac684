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
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'accounts'"), 1) << "one row for the import";
    EXPECT_EQ(Count("SELECT json_extract(changes, '$.records') FROM audit WHERE collection = 'accounts'"), 2);
    EXPECT_EQ(Count("SELECT json_extract(changes, '$.refused') FROM audit WHERE collection = 'accounts'"), 2);
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

TEST_F(ImportIntegrityTest, AnImportWritesOneAuditRowNamingItsFileTheFilesDigestAndTheIds) {
    auto result = sandbox_.Import("accounts", "name\nNordwind Logistik\nAlpen Bau\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'accounts'"), 1);
    auto import_row = [&](const std::string& condition) {
        return Count("SELECT COUNT(*) FROM audit WHERE collection = 'accounts' AND action = 'import' AND " + condition);
    };
    // sha256sum of the file's bytes, as the shell computes it.
    EXPECT_EQ(import_row("json_extract(changes, '$.sha256') = "
                         "'b141c2e74cc21197f691c143a4280ecd5f055154ee9eb9c42e3d79f086cd416b'"),
              1);
    EXPECT_EQ(import_row("json_extract(changes, '$.file') = 'accounts-import.csv'"), 1);
    EXPECT_EQ(import_row("json_extract(changes, '$.records') = 2 AND json_extract(changes, '$.rows') = 2"), 1);
    EXPECT_EQ(import_row("json_extract(changes, '$.ids.from') = (SELECT CAST(MIN(id) AS TEXT) FROM account) AND "
                         "json_extract(changes, '$.ids.to') = (SELECT CAST(MAX(id) AS TEXT) FROM account) AND "
                         "record_id = (SELECT MIN(id) FROM account)"),
              1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM account_search WHERE account_search MATCH 'nordwind'"), 1);
}

TEST_F(ImportIntegrityTest, ImportedHistoryKeepsItsClosingDates) {
    ASSERT_EQ(sandbox_.Import("accounts", "name\nNordwind\n").exit_code, 0);

    auto result = sandbox_.Import("deals",
                                  "account_id,title,amount,stage,closed_at\n"
                                  "1,Won in 2024,100.00 EUR,won,2024-03-05T10:00:00Z\n"
                                  "1,Won today,100.00 EUR,won,\n"
                                  "1,Open but dated,100.00 EUR,new,2024-03-05T10:00:00Z\n"
                                  "1,From the future,100.00 EUR,won,2999-01-01T00:00:00Z\n",
                                  {"--skip-invalid"});

    EXPECT_TRUE(HasText(result.err, "imported 2 deals, refused 2"));
    EXPECT_TRUE(HasText(result.err, "line 4: closed_at is only for a won or lost deal"));
    EXPECT_TRUE(HasText(result.err, "line 5: closed_at must not be in the future"));
    EXPECT_EQ(Count("SELECT closed_at FROM deal WHERE title = 'Won in 2024'"), 1709632800);
    EXPECT_GT(Count("SELECT closed_at FROM deal WHERE title = 'Won today'"), 1709632800);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM deal_stage_history WHERE entered_at = 1709632800"), 5)
        << "new to won, entered when the deal closed";
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

TEST_F(ImportIntegrityTest, ALargeImportIsOneAuditRowThatCountsEveryRecord) {
    // More rows than the audit rows written per statement once were, and not a multiple of it.
    std::string csv = "name\n";
    for (int i = 1; i <= 75; ++i) csv += "Account " + std::to_string(i) + "\n";

    auto result = sandbox_.Import("accounts", csv);

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM audit WHERE collection = 'accounts' AND action = 'create'"), 0);
    EXPECT_EQ(Count("SELECT json_extract(changes, '$.records') FROM audit WHERE action = 'import'"), 75);
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
    EXPECT_EQ(Count("SELECT json_extract(changes, '$.records') FROM audit WHERE collection = 'activities'"), 3);
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
    EXPECT_FALSE(HasText(imported_deals.err, "ignoring column closed_at")) << "the dates of history are kept";
    EXPECT_EQ(target.Export("accounts"), accounts);
    EXPECT_EQ(target.Export("deals"), deals);
}

}  // namespace
}  // namespace rapport::test
