#include "cli/cli_sandbox.hpp"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

std::vector<std::string> AddArgs(const std::string& email, const std::string& role = "manager") {
    return {"users", "add", "--email", email, "--name", "Anna Berg", "--role", role, "--password-stdin"};
}

TEST(UsersCommandTest, AddsAUserWithThePasswordFromStandardInput) {
    CliSandbox sandbox;

    auto result = sandbox.Run(AddArgs("Ada@Example.com", "admin"), "a long enough password\n");

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(HasText(result.out, "created user 1 ada@example.com (admin"));
    auto users = sandbox.Export("users");
    ASSERT_EQ(users.size(), 2u);
    EXPECT_EQ(users[1][Column(users, "email")], "ada@example.com");
    EXPECT_EQ(users[1][Column(users, "role")], "admin");
}

TEST(UsersCommandTest, TheFirstUserNeedsNoAdminToExist) {
    CliSandbox sandbox;

    auto manager = sandbox.Run(AddArgs("first@example.com"), "a long enough password\n");

    EXPECT_EQ(manager.exit_code, 0) << manager.err;
}

TEST(UsersCommandTest, ADuplicateEmailIsRefused) {
    CliSandbox sandbox;
    sandbox.AddAdmin("ada@example.com");

    auto result = sandbox.Run(AddArgs("ADA@example.com"), "another long password\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "already exists"));
    EXPECT_EQ(sandbox.Export("users").size(), 2u);
}

TEST(UsersCommandTest, CreatesTheTeamByNameOnlyOnce) {
    CliSandbox sandbox;
    sandbox.AddAdmin();

    sandbox.AddManager("one@example.com", "North");
    sandbox.AddManager("two@example.com", "North");

    auto teams = sandbox.Export("teams");
    ASSERT_EQ(teams.size(), 2u);
    EXPECT_EQ(teams[1][Column(teams, "name")], "North");
    auto users = sandbox.Export("users");
    ASSERT_EQ(users.size(), 4u);
    EXPECT_EQ(users[2][Column(users, "team_id")], teams[1][0]);
    EXPECT_EQ(users[3][Column(users, "team_id")], teams[1][0]);
}

TEST(UsersCommandTest, ARefusedUserLeavesNoNewTeamBehind) {
    CliSandbox sandbox;
    sandbox.AddAdmin("ada@example.com");
    auto args = AddArgs("ada@example.com");
    args.insert(args.end(), {"--team", "East"});

    auto result = sandbox.Run(args, "another long password\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(sandbox.Export("teams").size(), 1u);
}

TEST(UsersCommandTest, AnEmptyPasswordIsAUsageError) {
    CliSandbox sandbox;

    auto result = sandbox.Run(AddArgs("anna@example.com"), "");

    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(HasText(result.err, "no password"));
    EXPECT_EQ(sandbox.Export("users").size(), 1u);
}

TEST(UsersCommandTest, AShortPasswordIsRefused) {
    CliSandbox sandbox;

    auto result = sandbox.Run(AddArgs("anna@example.com"), "short\n");

    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(HasText(result.err, "password must be between 10 and 200 characters"));
}

TEST(UsersCommandTest, OnlyTheFirstLineIsThePasswordAndItsLineBreakIsDropped) {
    CliSandbox sandbox;

    auto result = sandbox.Run(AddArgs("anna@example.com"), "0123456789\r\nsecond line\n");

    EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST(UsersCommandTest, ThePasswordMustComeFromStandardInput) {
    CliSandbox sandbox;

    auto result = sandbox.Run({"users", "add", "--email", "a@example.com", "--name", "A", "--role", "admin"});

    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(HasText(result.err, "--password-stdin"));
}

TEST(UsersCommandTest, AnUnknownRoleOrLevelIsAUsageError) {
    CliSandbox sandbox;
    auto bad_level = AddArgs("anna@example.com");
    bad_level.insert(bad_level.end(), {"--level", "5"});

    auto bad_role = sandbox.Run(AddArgs("anna@example.com", "boss"), "a long enough password\n");
    auto level = sandbox.Run(bad_level, "a long enough password\n");

    EXPECT_EQ(bad_role.exit_code, 2);
    EXPECT_EQ(level.exit_code, 2);
}

TEST(UsersCommandTest, ListShowsEveryUserWithTheirTeam) {
    CliSandbox sandbox;
    sandbox.AddAdmin("ada@example.com");
    sandbox.AddManager("manny@example.com", "Süd");

    auto result = sandbox.Run({"users", "list"});

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(HasText(result.out, "EMAIL"));
    EXPECT_TRUE(HasText(result.out, "ada@example.com"));
    EXPECT_TRUE(HasText(result.out, "manny@example.com"));
    EXPECT_TRUE(HasText(result.out, "Süd"));
}

}  // namespace
}  // namespace rapport::test
