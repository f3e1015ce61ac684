#pragma once

#include "core/result.hpp"
#include "generate/csv_file.hpp"
#include "generate/text.hpp"
#include "generate/world.hpp"

#include <string>
#include <vector>

namespace rapport::bench {

/// Each writes DIR/<collection>.csv in the columns `rapport import <collection>` (or, for users, the
/// orchestrator's `rapport users add` loop) takes. Fail with kUnavailable when the file cannot be written.
Result<FileStats> WriteUsers(const World& world, const std::string& dir);
/// Also counts the prefixes of the words in account names into `prefixes`.
Result<FileStats> WriteAccounts(const World& world, const std::string& dir, PrefixCounter& prefixes);
Result<FileStats> WriteContacts(const World& world, const std::string& dir);
Result<FileStats> WriteDeals(const World& world, const std::string& dir);
Result<FileStats> WriteActivities(const World& world, const std::string& dir);

/// The password every generated user gets; the orchestrator pipes it into `rapport users add`.
inline constexpr std::string_view kPassword = "rapport-bench-password";

/// DIR/manifest.json: what was generated, and what a benchmark needs to use it.
Status WriteManifest(const World& world, const std::string& dir, const std::vector<FileStats>& files,
                     const std::vector<std::string>& prefixes);

}  // namespace rapport::bench
