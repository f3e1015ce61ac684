#include "support/process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace rapport::test {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (auto& text : strings) pointers.push_back(text.data());
    pointers.push_back(nullptr);
    return pointers;
}

// The caller's environment less `options.unset` and the names it sets, plus what it sets.
std::vector<std::string> Environment(const RunOptions& options) {
    std::vector<std::string> environment;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        std::string_view text(*entry);
        auto name = std::string(text.substr(0, text.find('=')));
        bool dropped = options.environment.contains(name) ||
                       std::find(options.unset.begin(), options.unset.end(), name) != options.unset.end();
        if (!dropped) environment.emplace_back(text);
    }
    for (const auto& [name, value] : options.environment) environment.push_back(name + "=" + value);
    return environment;
}

// Spawns with stdin, stdout and stderr redirected to the given descriptors.
pid_t Spawn(std::vector<std::string> args, int in, int out, int err, const RunOptions& options = {}) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in, 0);
    posix_spawn_file_actions_adddup2(&actions, out, 1);
    posix_spawn_file_actions_adddup2(&actions, err, 2);
    if (!options.directory.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.directory.c_str());
    auto argv = Pointers(args);
    auto environment = Environment(options);
    auto envp = Pointers(environment);
    pid_t pid = -1;
    int code = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (code != 0) throw std::runtime_error("cannot start " + args[0]);
    return pid;
}

int WaitFor(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) throw std::runtime_error("waitpid failed");
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

// The exit code of a reaped process, as WaitFor gives it: 128 + the signal when a signal ended it.
int ExitCodeOf(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

}  // namespace

TempDir::TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("rapport-test-" + std::to_string(random()) + "-" + std::to_string(getpid()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::SqliteUrl(const std::string& name) const { return "sqlite:" + (path_ / name).string(); }

std::string RapportBinary() {
    const char* binary = std::getenv("RAPPORT_BINARY");
    if (!binary || !*binary) throw std::runtime_error("RAPPORT_BINARY is not set: run the tests through ctest");
    return binary;
}

RunResult RunRapport(const std::vector<std::string>& args, const std::string& input, const RunOptions& options) {
    TempDir io;
    auto in_path = io.path() / "in", out_path = io.path() / "out", err_path = io.path() / "err";
    std::ofstream(in_path, std::ios::binary) << input;
    int in = open(in_path.c_str(), O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> command{RapportBinary()};
    command.insert(command.end(), args.begin(), args.end());
    auto pid = Spawn(command, in, out, err, options);
    close(in);
    close(out);
    close(err);
    RunResult result;
    result.exit_code = WaitFor(pid);
    result.out = ReadFile(out_path);
    result.err = ReadFile(err_path);
    return result;
}

RapportProcess::RapportProcess(const std::vector<std::string>& args, const std::string& input,
                               const RunOptions& options) {
    std::ofstream(io_.path() / "in", std::ios::binary) << input;
    int in = open((io_.path() / "in").c_str(), O_RDONLY);
    int out = open((io_.path() / "out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open((io_.path() / "err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> command{RapportBinary()};
    command.insert(command.end(), args.begin(), args.end());
    pid_ = Spawn(command, in, out, err, options);
    close(in);
    close(out);
    close(err);
}

RapportProcess::~RapportProcess() {
    // Not Kill(), which throws on a failed waitpid: a destructor must not.
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
}

bool RapportProcess::Running() {
    if (pid_ <= 0) return false;
    int status = 0;
    pid_t reaped = waitpid(pid_, &status, WNOHANG);
    if (reaped == 0) return true;
    if (reaped < 0) throw std::runtime_error("waitpid failed");
    exit_code_ = ExitCodeOf(status);
    pid_ = -1;
    return false;
}

void RapportProcess::Kill() {
    if (!Running()) return;
    kill(pid_, SIGKILL);
    exit_code_ = WaitFor(pid_);
    pid_ = -1;
}

RunResult RapportProcess::Wait() {
    if (pid_ > 0) {
        exit_code_ = WaitFor(pid_);
        pid_ = -1;
    }
    return RunResult{exit_code_, ReadFile(io_.path() / "out"), ReadFile(io_.path() / "err")};
}

HelperProcess::HelperProcess(const std::vector<std::string>& command, const std::filesystem::path& log) {
    int null_in = open("/dev/null", O_RDONLY);
    int out = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_ = Spawn(command, null_in, out, out);
    close(null_in);
    close(out);
}

HelperProcess::~HelperProcess() {
    if (!Running()) return;
    kill(pid_, SIGTERM);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
}

bool HelperProcess::Running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == 0) return true;
    pid_ = -1;
    return false;
}

ServerProcess::ServerProcess(std::string db_url, const std::vector<std::string>& serve_args) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    int null_in = open("/dev/null", O_RDONLY);
    std::vector<std::string> args{RapportBinary(), "--db",  db_url,     "--log-level",
                                  "warn",          "serve", "--listen", "127.0.0.1:0"};
    args.insert(args.end(), serve_args.begin(), serve_args.end());
    pid_ = Spawn(args, null_in, pipe_fds[1], 2);
    close(null_in);
    close(pipe_fds[1]);
    // The server prints "listening on http://127.0.0.1:PORT" once bound; read up to that line.
    std::string line;
    char c = 0;
    while (read(pipe_fds[0], &c, 1) == 1 && c != '\n') line += c;
    close(pipe_fds[0]);
    auto colon = line.rfind(':');
    if (!line.starts_with("listening on ") || colon == std::string::npos) {
        Kill();
        throw std::runtime_error("rapport serve did not start: " + line);
    }
    port_ = static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0) Stop();
}

void ServerProcess::Kill() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    WaitFor(pid_);
    pid_ = -1;
}

int ServerProcess::Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = WaitFor(pid_);
    pid_ = -1;
    return status;
}

}  // namespace rapport::test
