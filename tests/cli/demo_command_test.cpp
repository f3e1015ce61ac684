#include "cli/cli_sandbox.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <set>

namespace rapport::test {
namespace {

std::set<std::string> Values(const CsvRows& rows, const std::string& column) {
    std::set<std::string> values;
    for (std::size_t i = 1; i < rows.size(); ++i) values.insert(rows[i][Column(rows, column)]);
    return values;
}

std::string Today() {
    auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(today.year()),
                  static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    return text;
}

TEST(DemoCommandTest, FillsAnEmptyDatabaseWithABelievableCompany) {
    CliSandbox sandbox;

    auto result = sandbox.Run({"demo"});

    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(HasText(result.out, "admin@demo.rapport.test"));
    EXPECT_TRUE(HasText(result.out, "rapport-demo-admin"));
    auto users = sandbox.Export("users");
    EXPECT_EQ(Values(users, "role"), (std::set<std::string>{"admin", "director", "head", "manager"}));
    EXPECT_EQ(Values(users, "level"), (std::set<std::string>{"1", "2", "3", "4"}));
    auto teams = sandbox.Export("teams");
    EXPECT_GE(teams.size(), 4u);
    EXPECT_FALSE(Values(teams, "head_id").contains("")) << "every team has a head";
    auto accounts = sandbox.Export("accounts");
    EXPECT_GE(accounts.size(), 201u);
    EXPECT_GE(sandbox.Export("contacts").size(), accounts.size());
    EXPECT_EQ(Values(sandbox.Export("deals"), "stage"),
              (std::set<std::string>{"new", "qualified", "proposal", "negotiation", "won", "lost"}));
}

TEST(DemoCommandTest, HasDoneAndPlannedActivitiesAndAnAbsenceInForceToday) {
    CliSandbox sandbox;

    ASSERT_EQ(sandbox.Run({"demo"}).exit_code, 0);

    auto activities = sandbox.Export("activities");
    EXPECT_EQ(Values(activities, "kind"), (std::set<std::string>{"call", "meeting", "email", "task", "note"}));
    EXPECT_TRUE(Values(activities, "done_at").contains("")) << "some are planned";
    EXPECT_GT(Values(activities, "done_at").size(), 100u) << "many are done";
    auto products = sandbox.Export("products");
    EXPECT_GT(products.size(), 20u) << "a catalogue of goods and services";
    EXPECT_EQ(Values(products, "kind"), (std::set<std::string>{"good", "service"}));
    EXPECT_EQ(sandbox.Export("price_lists").size(), 3u) << "a header and two lists";
    EXPECT_EQ(Values(sandbox.Export("payment_terms"), "code"), (std::set<std::string>{"prepaid", "net30", "net60"}));
    EXPECT_EQ(sandbox.Export("promotions").size(), 4u) << "a header and three promotions";
    auto accounts = sandbox.Export("accounts");
    EXPECT_EQ(Values(accounts, "payment_terms"), (std::set<std::string>{"", "prepaid", "net30", "net60"}));
    EXPECT_EQ(Values(accounts, "price_list_id").size(), 3u) << "none, wholesale or key accounts";
    auto absences = sandbox.Export("absences");
    ASSERT_EQ(absences.size(), 2u);
    EXPECT_LE(absences[1][Column(absences, "starts_on")], Today());
    EXPECT_GE(absences[1][Column(absences, "ends_on")], Today());
    EXPECT_NE(absences[1][Column(absences, "user_id")], absences[1][Column(absences, "deputy_id")]);
}

TEST(DemoCommandTest, ASecondRunRefusesAndChangesNothing) {
    CliSandbox sandbox;
    ASSERT_EQ(sandbox.Run({"demo"}).exit_code, 0);
    auto before = sandbox.Export("accounts");

    auto second = sandbox.Run({"demo", "--seed", "2"});

    EXPECT_EQ(second.exit_code, 1);
    EXPECT_TRUE(HasText(second.err, "has accounts already"));
    EXPECT_EQ(sandbox.Export("accounts"), before);
}

TEST(DemoCommandTest, IfEmptyLeavesAFilledDatabaseAloneAndSucceeds) {
    CliSandbox sandbox;
    ASSERT_EQ(sandbox.Run({"demo", "--if-empty"}).exit_code, 0);
    auto before = sandbox.Export("accounts");

    auto second = sandbox.Run({"demo", "--if-empty", "--seed", "2"});

    EXPECT_EQ(second.exit_code, 0) << second.err;
    EXPECT_TRUE(HasText(second.err, "demo data not loaded"));
    EXPECT_EQ(sandbox.Export("accounts"), before);
}

TEST(DemoCommandTest, TheSameSeedMakesTheSameCompanyAndAnotherSeedAnother) {
    CliSandbox first;
    CliSandbox second;
    CliSandbox other;

    ASSERT_EQ(first.Run({"demo", "--seed", "7"}).exit_code, 0);
    ASSERT_EQ(second.Run({"demo", "--seed", "7"}).exit_code, 0);
    ASSERT_EQ(other.Run({"demo", "--seed", "8"}).exit_code, 0);

    EXPECT_EQ(first.Export("accounts"), second.Export("accounts"));
    EXPECT_EQ(first.Export("contacts"), second.Export("contacts"));
    EXPECT_EQ(first.Export("users"), second.Export("users"));
    EXPECT_NE(first.Export("accounts"), other.Export("accounts"));
}

TEST(DemoCommandTest, JoinsAnExistingAdminInsteadOfRequiringAnEmptyUserList) {
    CliSandbox sandbox;
    sandbox.AddAdmin("owner@example.com");

    auto result = sandbox.Run({"demo"});

    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(Values(sandbox.Export("users"), "email").contains("owner@example.com"));
}

}  // namespace
}  // namespace rapport::test
