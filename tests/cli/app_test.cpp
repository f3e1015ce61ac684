#include "cli/cli_sandbox.hpp"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

class SubcommandHelp : public testing::TestWithParam<std::vector<std::string>> {};

TEST_P(SubcommandHelp, ExitsZeroWithUsageOnStandardOutput) {
    CliSandbox sandbox;
    auto args = GetParam();
    args.emplace_back("--help");

    auto result = sandbox.RunRaw(args);

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(HasText(result.out, "Usage: rapport"));
    EXPECT_FALSE(std::filesystem::exists(sandbox.Path("rapport.db"))) << "help must not touch the database";
}

TEST_P(SubcommandHelp, ShowsExamplesForEveryCommand) {
    CliSandbox sandbox;
    auto args = GetParam();
    args.emplace_back("--help");

    auto result = sandbox.RunRaw(args);

    EXPECT_TRUE(HasText(result.out, args.size() == 1 ? "Exit codes:" : "Example"));
}

INSTANTIATE_TEST_SUITE_P(Commands, SubcommandHelp,
                         testing::Values(std::vector<std::string>{}, std::vector<std::string>{"serve"},
                                         std::vector<std::string>{"migrate"}, std::vector<std::string>{"users"},
                                         std::vector<std::string>{"users", "add"},
                                         std::vector<std::string>{"users", "list"}, std::vector<std::string>{"import"},
                                         std::vector<std::string>{"export"}, std::vector<std::string>{"demo"}));

TEST(AppTest, HelpDocumentsTheExitCodes) {
    CliSandbox sandbox;

    auto main_help = sandbox.RunRaw({"--help"});
    auto import_help = sandbox.RunRaw({"import", "--help"});

    for (const auto& help : {main_help.out, import_help.out}) {
        EXPECT_TRUE(HasText(help, "0  success"));
        EXPECT_TRUE(HasText(help, "2  usage"));
        EXPECT_TRUE(HasText(help, "3  the database cannot be opened"));
    }
}

TEST(AppTest, AnUnknownSubcommandIsAUsageError) {
    CliSandbox sandbox;

    auto result = sandbox.Run({"frobnicate"});

    EXPECT_EQ(result.exit_code, 2);
}

TEST(AppTest, NoSubcommandIsAUsageError) {
    CliSandbox sandbox;

    auto result = sandbox.RunRaw({});

    EXPECT_EQ(result.exit_code, 2);
}

TEST(AppTest, AnUnknownOptionIsAUsageError) {
    CliSandbox sandbox;

    auto result = sandbox.Run({"migrate", "--frobnicate"});

    EXPECT_EQ(result.exit_code, 2);
}

TEST(AppTest, ADatabaseThatCannotBeOpenedExitsThree) {
    CliSandbox sandbox;

    auto result = sandbox.RunRaw({"--db", "sqlite:" + sandbox.Path("no/such/dir/x.db").string(), "migrate"});

    EXPECT_EQ(result.exit_code, 3);
    EXPECT_TRUE(HasText(result.err, "rapport: cannot open database"));
}

TEST(AppTest, ADatabaseUrlOfUnknownFormIsAUsageError) {
    CliSandbox sandbox;

    auto result = sandbox.RunRaw({"--db", "mysql://localhost/x", "migrate"});

    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(HasText(result.err, "sqlite:"));
}

TEST(AppTest, TheDatabaseDefaultsToRapportDbInTheWorkingDirectory) {
    CliSandbox sandbox;

    auto result = sandbox.RunRaw({"migrate"});

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(std::filesystem::exists(sandbox.Path("rapport.db")));
}

TEST(AppTest, TheDatabaseComesFromRapportDbInTheEnvironment) {
    CliSandbox sandbox;

    auto result = sandbox.RunRaw({"migrate"}, {}, {{"RAPPORT_DB", "sqlite:from-env.db"}});

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(std::filesystem::exists(sandbox.Path("from-env.db")));
    EXPECT_FALSE(std::filesystem::exists(sandbox.Path("rapport.db")));
}

TEST(AppTest, TheDbOptionBeatsTheEnvironmentAndMayFollowTheSubcommand) {
    CliSandbox sandbox;

    auto result = sandbox.RunRaw({"migrate", "--db", "sqlite:chosen.db"}, {}, {{"RAPPORT_DB", "sqlite:from-env.db"}});

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(std::filesystem::exists(sandbox.Path("chosen.db")));
    EXPECT_FALSE(std::filesystem::exists(sandbox.Path("from-env.db")));
}

TEST(AppTest, LogsGoToStandardErrorAndFollowTheLogLevel) {
    CliSandbox sandbox;

    auto verbose = sandbox.RunRaw({"--db", "sqlite:one.db", "migrate"});
    auto quiet = sandbox.RunRaw({"--db", "sqlite:two.db", "--log-level", "error", "migrate"});

    EXPECT_TRUE(HasText(verbose.err, "applying migration"));
    EXPECT_FALSE(HasText(verbose.out, "applying migration"));
    EXPECT_FALSE(HasText(quiet.err, "applying migration"));
}

TEST(AppTest, AnUnknownLogLevelIsAUsageError) {
    CliSandbox sandbox;

    auto result = sandbox.Run({"--log-level", "chatty", "migrate"});

    EXPECT_EQ(result.exit_code, 2);
}

TEST(MigrateCommandTest, AppliesTheSchemaOnceThenSaysItIsUpToDate) {
    CliSandbox sandbox;

    auto first = sandbox.Run({"migrate"});
    auto second = sandbox.Run({"migrate"});

    EXPECT_EQ(first.exit_code, 0) << first.err;
    EXPECT_TRUE(HasText(first.out, "applied 0001_init"));
    EXPECT_EQ(second.exit_code, 0) << second.err;
    EXPECT_TRUE(HasText(second.out, "schema is up to date"));
    EXPECT_FALSE(HasText(second.out, "applied 0001"));
}

}  // namespace
}  // namespace rapport::test
