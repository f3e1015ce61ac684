#include "cli/cli_sandbox.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace rapport::test {
namespace {

struct Collection {
    std::string name;
    std::string header;
};

class ExportHeaderTest : public testing::TestWithParam<Collection> {};

TEST_P(ExportHeaderTest, IsIdThenTheReadableApiFields) {
    CliSandbox sandbox;

    auto result = sandbox.Run({"export", GetParam().name});

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, GetParam().header + "\r\n");
}

INSTANTIATE_TEST_SUITE_P(
    Collections, ExportHeaderTest,
    testing::Values(Collection{"accounts",
                               "id,name,kind,owner_id,status,industry,source,phone,email,website,address,tags,custom,"
                               "price_list_id,payment_terms,language"},
                    Collection{"contacts", "id,account_id,first_name,last_name,title,email,phone,consent"},
                    Collection{"deals",
                               "id,account_id,title,owner_id,stage,amount,probability,expected_close,closed_at,"
                               "lost_reason,competitor_id"},
                    Collection{"activities",
                               "id,account_id,deal_id,contact_id,kind,direction,subject,body,due_at,done_at,"
                               "owner_id,outcome"},
                    Collection{"users", "id,email,name,role,team_id,level,active,locale"},
                    Collection{"teams", "id,name,head_id"},
                    Collection{"absences", "id,user_id,deputy_id,starts_on,ends_on,reason"},
                    Collection{"payment_terms", "id,code,name,days,adjust_percent,min_grade"},
                    Collection{"promotions", "id,name,starts_on,ends_on,product_ids,min_quantity,discount_percent"}),
    [](const testing::TestParamInfo<Collection>& param) { return param.param.name; });

TEST(ExportCommandTest, WritesEveryRecordAcrossPages) {
    CliSandbox sandbox;
    sandbox.AddAdmin();
    std::string csv = "name\n";
    for (int i = 0; i < 1234; ++i) csv += "Account " + std::to_string(i) + "\n";
    ASSERT_EQ(sandbox.Import("accounts", csv).exit_code, 0);

    auto rows = sandbox.Export("accounts");

    ASSERT_EQ(rows.size(), 1235u);
    EXPECT_EQ(rows[1][1], "Account 0");
    EXPECT_EQ(rows[1234][1], "Account 1233");
    EXPECT_EQ(rows[1234][0], "1234");
}

TEST(ExportCommandTest, AFileExportLeavesNoTemporaryFileAndIsPrivate) {
    CliSandbox sandbox;
    sandbox.Write("teams.csv", "an older export\n");

    auto result = sandbox.Run({"export", "teams", "--out", "teams.csv"});

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(HasText(result.err, "exported 0 teams to teams.csv"));
    EXPECT_EQ(sandbox.Read("teams.csv"), "id,name,head_id\r\n");
    for (const auto& entry : std::filesystem::directory_iterator(sandbox.Path(""))) {
        EXPECT_FALSE(HasText(entry.path().filename().string(), ".tmp-"));
    }
    struct stat info {};
    ASSERT_EQ(stat(sandbox.Path("teams.csv").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

TEST(ExportCommandTest, AnExportThatCannotBeWrittenFailsAndLeavesNoFile) {
    CliSandbox sandbox;

    auto result = sandbox.Run({"export", "users", "--out", "no/such/dir/users.csv"});

    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(HasText(result.err, "cannot create"));
    EXPECT_FALSE(std::filesystem::exists(sandbox.Path("no")));
}

TEST(ExportCommandTest, CellsAreVerbatimUnlessFormulasAreToBeEscaped) {
    CliSandbox sandbox;
    sandbox.AddAdmin();
    ASSERT_EQ(sandbox.Import("accounts", "name,phone\n\"=HYPERLINK(\"\"x\"\")\",+49 30 1\n").exit_code, 0);

    auto verbatim = sandbox.Run({"export", "accounts"});
    auto escaped = sandbox.Run({"export", "accounts", "--escape-formulas"});

    auto plain = ParseCsv(verbatim.out);
    auto safe = ParseCsv(escaped.out);
    EXPECT_EQ(plain[1][Column(plain, "name")], "=HYPERLINK(\"x\")");
    EXPECT_EQ(plain[1][Column(plain, "phone")], "+49 30 1");
    EXPECT_EQ(safe[1][Column(safe, "name")], "'=HYPERLINK(\"x\")");
    EXPECT_EQ(safe[1][Column(safe, "phone")], "'+49 30 1");
}

TEST(ExportCommandTest, StandardOutputCarriesOnlyTheCsv) {
    CliSandbox sandbox;
    sandbox.AddAdmin();

    auto result = sandbox.Run({"export", "users"});

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(result.out.starts_with("id,email,")) << result.out;
    EXPECT_EQ(ParseCsv(result.out).size(), 2u);
    EXPECT_TRUE(HasText(result.err, "exported 1 user in"));
}

}  // namespace
}  // namespace rapport::test
