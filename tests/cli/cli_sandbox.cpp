#include "cli/cli_sandbox.hpp"

#include "core/csv.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace rapport::test {
namespace {

std::string BinaryPath() {
    const char* path = std::getenv("RAPPORT_BINARY");
    if (path == nullptr || *path == '\0') {
        throw std::runtime_error("set RAPPORT_BINARY to the path of the rapport binary (ctest does)");
    }
    return path;
}

// The parent's environment, without RAPPORT_DB unless the test sets it, plus `extra`.
std::vector<std::string> Environment(const std::map<std::string, std::string>& extra) {
    std::vector<std::string> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        std::string_view text(*entry);
        auto name = std::string(text.substr(0, text.find('=')));
        if (name != "RAPPORT_DB" && !extra.contains(name)) env.emplace_back(text);
    }
    for (const auto& [name, value] : extra) env.push_back(name + "=" + value);
    return env;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (auto& text : strings) pointers.push_back(text.data());
    pointers.push_back(nullptr);
    return pointers;
}

}  // namespace

CliSandbox::CliSandbox() {
    auto pattern = (std::filesystem::temp_directory_path() / "rapport-cli-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a temporary directory");
    dir_ = pattern;
}

CliSandbox::~CliSandbox() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

CliResult CliSandbox::Run(const std::vector<std::string>& args, const std::string& input) const {
    std::vector<std::string> all{"--db", db_url()};
    all.insert(all.end(), args.begin(), args.end());
    return RunRaw(all, input);
}

CliResult CliSandbox::RunRaw(const std::vector<std::string>& args, const std::string& input,
                             const std::map<std::string, std::string>& env) const {
    Write(".stdin", input);
    std::vector<std::string> argv{BinaryPath()};
    argv.insert(argv.end(), args.begin(), args.end());
    auto environment = Environment(env);
    auto argv_pointers = Pointers(argv);
    auto env_pointers = Pointers(environment);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    auto in = Path(".stdin").string();
    auto out = Path(".stdout").string();
    auto err = Path(".stderr").string();
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addchdir_np(&actions, dir_.c_str());
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, argv_pointers.data(), env_pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::runtime_error("cannot start " + argv[0]);

    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) throw std::runtime_error("cannot wait for " + argv[0]);
    }
    CliResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = Read(".stdout");
    result.err = Read(".stderr");
    return result;
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
