#include "cli/cli_sandbox.hpp"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

// A sandbox with an admin (user 1) and a manager, anna@example.com (user 2), ready to import.
class ImportCommandTest : public testing::Test {
protected:
    void SetUp() override {
        sandbox_.AddAdmin("admin@example.com");
        sandbox_.AddManager("anna@example.com");
    }

    // The value of `column` in each exported row of `collection`, in id order.
    std::vector<std::string> ExportedColumn(const std::string& collection, const std::string& column) {
        auto rows = sandbox_.Export(collection);
        std::vector<std::string> values;
        for (std::size_t i = 1; i < rows.size(); ++i) values.push_back(rows[i][Column(rows, column)]);
        return values;
    }

    CliSandbox sandbox_;
};

constexpr const char* kOneBadRow =
    "name,email\r\n"
    "Good One,one@example.com\r\n"
    "Bad Two,not-an-email\r\n"
    "Good Three,three@example.com\r\n";

TEST_F(ImportCommandTest, QuotedFieldsWithCommasLineBreaksAndUtf8SurviveImportAndExport) {
    std::string csv =
        "name,kind,status,industry,source,phone,email,website,address,tags,custom\r\n"
        "\"Müller & Söhne, Bau\",company,active,Construction,referral,+49 30 1234,info@mueller.example,"
        "https://mueller.example,\"Hauptstraße 1\r\n10115 Berlin\",vip;key,\"{\"\"employees\"\":12}\"\r\n"
        "\"Ωmega \"\"Labs\"\" 東京\",person,prospect,,cold call,,,,,,\r\n";

    auto result = sandbox_.Import("accounts", csv);

    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto rows = sandbox_.Export("accounts");
    auto sent = ParseCsv(csv);
    ASSERT_EQ(rows.size(), 3u);
    for (std::size_t row = 1; row < 3; ++row) {
        for (std::size_t field = 0; field < sent[0].size(); ++field) {
            auto expected = sent[row][field];
            if (expected.empty() && sent[0][field] == "custom") expected = "{}";
            EXPECT_EQ(rows[row][Column(rows, sent[0][field])], expected) << sent[0][field] << " of row " << row;
        }
    }
}

TEST_F(ImportCommandTest, OneRefusedRowImportsNothingAndNamesItsLineAndReason) {
    auto result = sandbox_.Import("accounts", kOneBadRow);

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 3: email must be an e-mail address"));
    EXPECT_TRUE(HasText(result.err, "imported nothing"));
    EXPECT_EQ(sandbox_.Export("accounts").size(), 1u) << "only the header";
}

TEST_F(ImportCommandTest, LineNumbersCountPhysicalLinesOfQuotedLineBreaks) {
    auto result = sandbox_.Import("accounts", "name,address,email\nA,\"two\nlines\",\nB,,bad\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 4: email must be an e-mail address"));
}

TEST_F(ImportCommandTest, SkipInvalidImportsTheOtherRowsAndStillExitsOne) {
    auto result = sandbox_.Import("accounts", kOneBadRow, {"--skip-invalid"});

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "imported 2 accounts, refused 1 (line 3: email must be an e-mail address)"));
    EXPECT_TRUE(HasText(result.err, "rows/s"));
    EXPECT_EQ(ExportedColumn("accounts", "name"), (std::vector<std::string>{"Good One", "Good Three"}));
}

TEST_F(ImportCommandTest, AGoodFileImportsEveryRowAndExitsZero) {
    auto result = sandbox_.Import("accounts", "name\nA\nB\nC\n");

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(HasText(result.err, "imported 3 accounts in "));
    EXPECT_EQ(ExportedColumn("accounts", "name"), (std::vector<std::string>{"A", "B", "C"}));
}

TEST_F(ImportCommandTest, AnUnknownColumnRefusesTheWholeFile) {
    auto result = sandbox_.Import("accounts", "name,emial\nA,a@example.com\n", {"--skip-invalid"});

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "unknown column \"emial\""));
    EXPECT_EQ(sandbox_.Export("accounts").size(), 1u);
}

TEST_F(ImportCommandTest, ARepeatedColumnRefusesTheWholeFile) {
    auto result = sandbox_.Import("accounts", "name,email,email\nA,a@example.com,b@example.com\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "duplicate column \"email\""));
    EXPECT_EQ(sandbox_.Export("accounts").size(), 1u);
}

TEST_F(ImportCommandTest, AMissingRequiredColumnRefusesTheWholeFile) {
    auto result = sandbox_.Import("deals", "account_id,title\n1,Rollout\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "missing required column \"amount\""));
}

TEST_F(ImportCommandTest, BrokenQuotingIsRefusedWithItsLineNumberEvenWhenSkippingInvalidRows) {
    auto result = sandbox_.Import("accounts", "name,email\nGood,g@example.com\n\"Broken,x@example.com\nMore,\n",
                                  {"--skip-invalid"});

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 3: unterminated quoted field"));
    EXPECT_TRUE(HasText(result.err, "nothing was imported"));
    EXPECT_EQ(sandbox_.Export("accounts").size(), 1u);
}

TEST_F(ImportCommandTest, AQuoteInsideAnUnquotedFieldIsRefusedWithItsLineNumber) {
    auto result = sandbox_.Import("accounts", "name\nGood\nBro\"ken\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 3: quote inside an unquoted field"));
}

TEST_F(ImportCommandTest, ARowWithTheWrongNumberOfFieldsIsRefused) {
    auto result = sandbox_.Import("accounts", "name,email\nA\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 2: 1 field, but the header has 2"));
}

TEST_F(ImportCommandTest, EmptyLinesBetweenRowsAreSkipped) {
    auto result = sandbox_.Import("accounts", "name,email\nA,\n\nB,\n");

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ExportedColumn("accounts", "name"), (std::vector<std::string>{"A", "B"}));
}

TEST_F(ImportCommandTest, AnEmptyFileIsRefused) {
    auto result = sandbox_.Import("accounts", "");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "is empty"));
}

TEST_F(ImportCommandTest, TextThatIsNotUtf8IsRefusedWithItsLine) {
    using namespace std::string_literals;  // Keeps the NUL byte inside the string.
    auto result = sandbox_.Import("accounts",
                                  "name\nGood\nLatin-1 caf\xE9\nNul\x00"
                                  "byte\n"s);

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 3: name is not valid UTF-8 text"));
    EXPECT_TRUE(HasText(result.err, "line 4: name is not valid UTF-8 text"));
}

TEST_F(ImportCommandTest, AnEmptyRequiredCellIsRefused) {
    auto result = sandbox_.Import("deals", "account_id,title,amount\n,Rollout,100.00 EUR\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 2: account_id is required"));
}

TEST_F(ImportCommandTest, OwnerEmailSetsTheOwnerAndRowsWithoutOneGoToTheFirstAdmin) {
    auto result = sandbox_.Import("accounts", "name,owner_email\nAnna's,ANNA@example.com\nAdmin's,\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ExportedColumn("accounts", "owner_id"), (std::vector<std::string>{"2", "1"}));
}

TEST_F(ImportCommandTest, TheOwnerOptionOwnsRowsThatNameNoOwner) {
    auto result = sandbox_.Import("accounts", "name,owner_email\nAnna's,\nAdmin's,admin@example.com\n",
                                  {"--owner", "anna@example.com"});

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ExportedColumn("accounts", "owner_id"), (std::vector<std::string>{"2", "1"}));
}

TEST_F(ImportCommandTest, AnOwnerEmailOfNoUserRefusesTheRow) {
    auto result = sandbox_.Import("accounts", "name,owner_email\nA,nobody@example.com\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 2: owner_email nobody@example.com names no user"));
}

TEST_F(ImportCommandTest, AnOwnerOptionOfNoUserIsAUsageError) {
    auto result = sandbox_.Import("accounts", "name\nA\n", {"--owner", "nobody@example.com"});

    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(sandbox_.Export("accounts").size(), 1u);
}

TEST_F(ImportCommandTest, OwnersDoNotApplyToContacts) {
    auto option = sandbox_.Import("contacts", "account_id,last_name\n1,Berg\n", {"--owner", "anna@example.com"});
    auto column = sandbox_.Import("contacts", "account_id,last_name,owner_email\n1,Berg,anna@example.com\n");

    EXPECT_EQ(option.exit_code, 2);
    EXPECT_EQ(column.exit_code, 1);
    EXPECT_TRUE(HasText(column.err, "unknown column \"owner_email\""));
}

TEST_F(ImportCommandTest, DealsBelongToTheirAccountsOwnerUnlessNamed) {
    ASSERT_EQ(sandbox_.Import("accounts", "name,owner_email\nClient,anna@example.com\n").exit_code, 0);

    auto result = sandbox_.Import("deals", "account_id,title,amount\n1,Rollout,1250.50 EUR\n1,Licences,99 USD\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ExportedColumn("deals", "owner_id"), (std::vector<std::string>{"2", "2"}));
    EXPECT_EQ(ExportedColumn("deals", "amount"), (std::vector<std::string>{"1250.50 EUR", "99.00 USD"}));
    EXPECT_EQ(ExportedColumn("deals", "stage"), (std::vector<std::string>{"new", "new"}));
}

TEST_F(ImportCommandTest, ContactsNeedAnAccountThatExists) {
    ASSERT_EQ(sandbox_.Import("accounts", "name\nClient\n").exit_code, 0);

    auto result = sandbox_.Import("contacts", "account_id,first_name,last_name\n1,Ana,Berg\n42,Bo,Lund\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 3: account_id does not name an account you can see"));
    EXPECT_EQ(sandbox_.Export("contacts").size(), 1u);
}

TEST_F(ImportCommandTest, ActivitiesAcrossManyRowsAreLinkedAndRefusedInTheOrderOfTheFile) {
    ASSERT_EQ(sandbox_.Import("accounts", "name\nFirst\nSecond\n").exit_code, 0);
    ASSERT_EQ(sandbox_.Import("deals", "account_id,title,amount\n2,Renewal,100 EUR\n").exit_code, 0);
    ASSERT_EQ(sandbox_.Import("contacts", "account_id,last_name\n1,Berg\n").exit_code, 0);
    // Rows are created a few hundred at a time, after the deals, contacts and accounts they name are read
    // together: 600 rows span three groups, and the refusals come from parsing and from creating.
    std::string csv = "kind,subject,account_id,deal_id,contact_id\n";
    for (int i = 0; i < 600; ++i) {
        if (i == 300) {
            csv += "call,Unknown deal,,77,\n";
        } else if (i == 301) {
            csv += "chat,Unknown kind,1,,\n";
        } else if (i == 302) {
            csv += "call,Deal of another account,1,1,\n";
        } else {
            csv += i % 2 == 0 ? "call,Deal call,,1,\n" : "email,Contact mail,,,1\n";
        }
    }

    auto result = sandbox_.Import("activities", csv, {"--skip-invalid"});

    EXPECT_EQ(result.exit_code, 1);
    auto unknown_deal = result.err.find("line 302: deal_id does not name a deal you can see");
    auto unknown_kind = result.err.find("line 303: kind");
    auto other_account = result.err.find("line 304: deal_id belongs to another account than account_id");
    ASSERT_NE(unknown_deal, std::string::npos) << result.err;
    ASSERT_NE(unknown_kind, std::string::npos) << result.err;
    ASSERT_NE(other_account, std::string::npos) << result.err;
    EXPECT_LT(unknown_deal, unknown_kind);
    EXPECT_LT(unknown_kind, other_account);
    EXPECT_TRUE(HasText(result.err, "imported 597 activities, refused 3"));
    auto accounts = ExportedColumn("activities", "account_id");
    ASSERT_EQ(accounts.size(), 597u);
    EXPECT_EQ(accounts.front(), "2") << "a deal's activity belongs to the deal's account";
    EXPECT_EQ(accounts[1], "1") << "a contact's activity belongs to the contact's account";
}

TEST_F(ImportCommandTest, DryRunChecksEveryRowAndWritesNothing) {
    auto good = sandbox_.Import("accounts", "name\nA\nB\n", {"--dry-run"});
    auto bad = sandbox_.Import("accounts", kOneBadRow, {"--dry-run", "--skip-invalid"});

    EXPECT_EQ(good.exit_code, 0) << good.err;
    EXPECT_TRUE(HasText(good.err, "dry run: would import 2 accounts; nothing was written"));
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_TRUE(HasText(bad.err, "line 3: email must be an e-mail address"));
    EXPECT_EQ(sandbox_.Export("accounts").size(), 1u);
}

TEST_F(ImportCommandTest, AtMostFiftyRefusedRowsAreListedThenCounted) {
    std::string csv = "name,email\n";
    for (int i = 0; i < 60; ++i) csv += "Bad,nope\n";

    auto result = sandbox_.Import("accounts", csv);

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "line 51: email"));
    EXPECT_FALSE(HasText(result.err, "line 52: email"));
    EXPECT_TRUE(HasText(result.err, "and 10 more"));
    EXPECT_TRUE(HasText(result.err, "refused 60 of 60 rows"));
}

TEST_F(ImportCommandTest, ReadsStandardInputForADash) {
    auto result = sandbox_.Run({"import", "accounts", "-"}, "name\nFrom a pipe\n");

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ExportedColumn("accounts", "name"), (std::vector<std::string>{"From a pipe"}));
}

TEST_F(ImportCommandTest, AFileThatCannotBeReadIsAUsageError) {
    auto result = sandbox_.Run({"import", "accounts", "missing.csv"});

    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(HasText(result.err, "cannot read missing.csv"));
}

TEST_F(ImportCommandTest, ProductsImportWithExactPricesAndTheirSkuChecked) {
    auto result = sandbox_.Import("products",
                                  "sku,name,kind,unit,price,cost,tax_rate\r\n"
                                  "HRC-2.0,Hot-rolled coil 2.0 mm,good,t,61500.00 INR,55200.00 INR,18\r\n"
                                  "CUT-1,Cutting to length,service,pcs,450.00 INR,,18\r\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ExportedColumn("products", "sku"), (std::vector<std::string>{"HRC-2.0", "CUT-1"}));
    EXPECT_EQ(ExportedColumn("products", "price"), (std::vector<std::string>{"61500.00 INR", "450.00 INR"}));
    EXPECT_EQ(ExportedColumn("products", "tax_rate"), (std::vector<std::string>{"18.00", "18.00"}));

    auto again = sandbox_.Import("products", "sku,name,unit,price\r\nHRC-2.0,Again,t,1.00 INR\r\n");
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_TRUE(HasText(again.err, "line 2: a product with SKU HRC-2.0 already exists")) << again.err;
}

TEST_F(ImportCommandTest, PaymentTermsImportWithSignedAdjustmentsAndTheirCodeChecked) {
    auto result = sandbox_.Import("payment_terms",
                                  "code,name,days,adjust_percent,min_grade\r\n"
                                  "prepaid,Prepayment,0,-2,\r\n"
                                  "net60,60 days net,60,1.5,B\r\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(ExportedColumn("payment_terms", "code"), (std::vector<std::string>{"prepaid", "net60"}));
    EXPECT_EQ(ExportedColumn("payment_terms", "adjust_percent"), (std::vector<std::string>{"-2.00", "1.50"}));
    EXPECT_EQ(ExportedColumn("payment_terms", "min_grade"), (std::vector<std::string>{"", "B"}));

    auto again = sandbox_.Import("payment_terms", "code,name\r\nnet60,Again\r\n");
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_TRUE(HasText(again.err, "line 2: payment terms with code net60 already exist")) << again.err;

    auto accounts = sandbox_.Import("accounts", "name,payment_terms,language\r\nA,net60,hi\r\nB,net90,\r\n");
    EXPECT_EQ(accounts.exit_code, 1);
    EXPECT_TRUE(HasText(accounts.err, "line 3: payment_terms names no payment terms: net90")) << accounts.err;
    ASSERT_EQ(sandbox_.Import("accounts", "name,payment_terms,language\r\nA,net60,hi\r\n").exit_code, 0);
    EXPECT_EQ(ExportedColumn("accounts", "payment_terms"), (std::vector<std::string>{"net60"}));
    EXPECT_EQ(ExportedColumn("accounts", "language"), (std::vector<std::string>{"hi"}));
}

TEST_F(ImportCommandTest, OwnerAppliesOnlyToCollectionsWithOwners) {
    auto result = sandbox_.Run({"import", "products", "products.csv", "--owner", "anna@example.com"});

    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(HasText(result.err, "--owner applies to records with an owner; products have none")) << result.err;
}

TEST(ImportWithoutUsersTest, AnImportNeedsAnAdminToActAs) {
    CliSandbox sandbox;

    auto result = sandbox.Import("accounts", "name\nA\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "no admin user"));
}

}  // namespace
}  // namespace rapport::test
