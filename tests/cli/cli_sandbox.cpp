#include "cli/cli_sandbox.hpp"

#include "core/csv.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace rapport::test {

CliResult CliSandbox::Run(const std::vector<std::string>& args, const std::string& input) const {
    std::vector<std::string> all{"--db", db_url()};
    all.insert(all.end(), args.begin(), args.end());
    return RunRaw(all, input);
}

CliResult CliSandbox::RunRaw(const std::vector<std::string>& args, const std::string& input,
                             const std::map<std::string, std::string>& env) const {
    // RAPPORT_DB from the developer's shell must not leak into a test unless the test sets it.
    RunOptions options{directory_.path(), env, {"RAPPORT_DB"}};
    return RunRapport(args, input, options);
}

void CliSandbox::AddAdmin(const std::string& email) const {
    auto result = Run({"users", "add", "--email", email, "--name", "Ada Admin", "--role", "admin", "--password-stdin"},
                      std::string(kTestPassword) + "\n");
    ASSERT_EQ(result.exit_code, 0) << result.err;
}

void CliSandbox::AddManager(const std::string& email, const std::string& team) const {
    auto result = Run({"users", "add", "--email", email, "--name", "Manny Manager", "--role", "manager", "--team", team,
                       "--password-stdin"},
                      std::string(kTestPassword) + "\n");
    ASSERT_EQ(result.exit_code, 0) << result.err;
}

CsvRows CliSandbox::Export(const std::string& collection) const {
    auto result = Run({"export", collection, "--out", collection + "-export.csv"});
    if (result.exit_code != 0) throw std::runtime_error("export " + collection + " failed: " + result.err);
    return ParseCsv(Read(collection + "-export.csv"));
}

CliResult CliSandbox::Import(const std::string& collection, const std::string& csv,
                             const std::vector<std::string>& options) const {
    Write(collection + "-import.csv", csv);
    std::vector<std::string> args{"import", collection, collection + "-import.csv"};
    args.insert(args.end(), options.begin(), options.end());
    return Run(args);
}

void CliSandbox::Write(const std::string& name, const std::string& content) const {
    std::ofstream file(Path(name), std::ios::binary);
    file << content;
    if (!file) throw std::runtime_error("cannot write " + Path(name).string());
}

std::string CliSandbox::Read(const std::string& name) const {
    std::ifstream file(Path(name), std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + Path(name).string());
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

CsvRows ParseCsv(const std::string& text) {
    std::istringstream in(text);
    csv::Reader reader(in);
    CsvRows rows;
    std::vector<std::string> fields;
    while (true) {
        auto more = reader.Next(fields);
        if (!more) throw std::runtime_error("malformed CSV: " + more.error().message);
        if (!*more) return rows;
        rows.push_back(fields);
    }
}

testing::AssertionResult HasText(const std::string& text, const std::string& part) {
    if (text.find(part) == std::string::npos) {
        return testing::AssertionFailure() << "\"" << part << "\" is not in:\n" << text;
    }
    return testing::AssertionSuccess() << "\"" << part << "\" is in:\n" << text;
}

std::size_t Column(const CsvRows& rows, const std::string& name) {
    if (rows.empty()) throw std::runtime_error("no header row");
    for (std::size_t i = 0; i < rows.front().size(); ++i) {
        if (rows.front()[i] == name) return i;
    }
    throw std::runtime_error("no column " + name);
}

}  // namespace rapport::test
