#pragma once

#include "support/process.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rapport::test {

/// What one run of the `rapport` binary did (exit code 128 + the signal when a signal ended it).
using CliResult = RunResult;

/// CSV text parsed into records, the header first.
using CsvRows = std::vector<std::vector<std::string>>;

/// A fresh temporary directory with its own SQLite database, in which the real `rapport` binary (the path in
/// the environment variable RAPPORT_BINARY) runs as a subprocess. Removed with everything in it at the end.
/// Failures to set up throw std::runtime_error: this is test code, and a test that cannot run its subject has
/// nothing else to do.
class CliSandbox {
public:
    CliSandbox() = default;

    /// Runs `rapport --db sqlite:<dir>/rapport.db ARGS…` in the sandbox directory, with `input` on standard
    /// input, and waits for it to end.
    CliResult Run(const std::vector<std::string>& args, const std::string& input = {}) const;

    /// Runs `rapport ARGS…` as given, without --db, with `env` added to the environment (RAPPORT_DB is
    /// removed from it unless `env` names it).
    CliResult RunRaw(const std::vector<std::string>& args, const std::string& input = {},
                     const std::map<std::string, std::string>& env = {}) const;

    /// Adds an admin with the e-mail `email`, failing the test when that does not work.
    void AddAdmin(const std::string& email = "admin@example.com") const;

    /// Adds a manager, failing the test when that does not work.
    void AddManager(const std::string& email, const std::string& team = "North") const;

    /// Exports `collection` to a file and parses it, failing the test when that does not work.
    CsvRows Export(const std::string& collection) const;

    /// Imports `csv` (written to a file first) with extra `options`.
    CliResult Import(const std::string& collection, const std::string& csv,
                     const std::vector<std::string>& options = {}) const;

    std::filesystem::path Path(const std::string& name) const { return directory_.path() / name; }
    void Write(const std::string& name, const std::string& content) const;
    std::string Read(const std::string& name) const;
    std::string db_url() const { return "sqlite:" + Path("rapport.db").string(); }

private:
    TempDir directory_;
};

/// Parses CSV text with the project's own reader; throws on malformed input.
CsvRows ParseCsv(const std::string& text);

/// The index of `name` in a header row; throws when it is not there.
std::size_t Column(const CsvRows& rows, const std::string& name);

/// Whether `text` contains `part`; the failure message shows the whole text, which is usually the output that
/// explains what went wrong.
testing::AssertionResult HasText(const std::string& text, const std::string& part);

/// The password the sandbox gives its users.
inline constexpr const char* kTestPassword = "correct horse battery";

}  // namespace rapport::test
