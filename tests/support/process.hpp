#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rapport::test {

/// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    /// "sqlite:<dir>/<name>", a database URL inside this directory.
    std::string SqliteUrl(const std::string& name = "rapport.db") const;

private:
    std::filesystem::path path_;
};

/// The path of the `rapport` binary under test, from RAPPORT_BINARY (set by CTest). Fails the
/// test when it is missing.
std::string RapportBinary();

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Where and with what environment a command runs.
struct RunOptions {
    std::filesystem::path directory;                 // The working directory; empty keeps the caller's.
    std::map<std::string, std::string> environment;  // Set on top of the caller's environment.
    std::vector<std::string> unset;                  // Removed from the caller's environment.
};

/// Runs `rapport ARGS…` to completion with `input` on its standard input. Test code: failures to
/// spawn throw.
RunResult RunRapport(const std::vector<std::string>& args, const std::string& input = {},
                     const RunOptions& options = {});

/// `rapport ARGS…` started in the background with `input` on its standard input, its standard output and
/// error written to files: for a test that kills a command midway (SIGKILL, the crash of a long import)
/// or waits for it. Killed on destruction if still running. Test code: failures to spawn throw.
class RapportProcess {
public:
    explicit RapportProcess(const std::vector<std::string>& args, const std::string& input = {},
                            const RunOptions& options = {});
    ~RapportProcess();
    RapportProcess(const RapportProcess&) = delete;
    RapportProcess& operator=(const RapportProcess&) = delete;

    pid_t pid() const { return pid_; }

    /// Whether it has not exited yet; never blocks.
    bool Running();

    /// SIGKILL, unless it has exited already; waits for it to be gone.
    void Kill();

    /// Waits for its end: the exit code (128 + the signal when killed) and what it wrote.
    RunResult Wait();

private:
    TempDir io_;
    pid_t pid_ = -1;
    int exit_code_ = -1;  // Once reaped.
};

/// A program other than rapport (Prism's proxy, say) started in the background with its standard output and
/// error written to `log`; stopped with SIGTERM, and waited for, on destruction. Test code: failures to
/// spawn throw.
class HelperProcess {
public:
    HelperProcess(const std::vector<std::string>& command, const std::filesystem::path& log);
    ~HelperProcess();
    HelperProcess(const HelperProcess&) = delete;
    HelperProcess& operator=(const HelperProcess&) = delete;

    /// Whether it has not exited yet; never blocks.
    bool Running();

private:
    pid_t pid_ = -1;
};

/// A `rapport serve` process on a free loopback port over `db_url`, with `serve_args` after `serve`. Started
/// by the constructor, which returns once the server printed the port it listens on; stopped with SIGTERM
/// on destruction.
class ServerProcess {
public:
    explicit ServerProcess(std::string db_url, const std::vector<std::string>& serve_args = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    std::uint16_t port() const { return port_; }

    /// SIGKILL: the crash test's power cut. Waits for the process to be gone.
    void Kill();

    /// SIGTERM, then waits for a clean exit; returns the exit status.
    int Stop();

private:
    pid_t pid_ = -1;
    std::uint16_t port_ = 0;
};

}  // namespace rapport::test
