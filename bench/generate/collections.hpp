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

/// What the commerce files hold, for the manifest.
struct CommerceCounts {
    std::int64_t products = 0;
    std::int64_t price_lists = 0;
    std::int64_t offers = 0;
    std::int64_t offer_lines = 0;
    std::int64_t sent = 0;      // Sent, whatever follows: accepted and declined ones included.
    std::int64_t accepted = 0;  // Each makes an order.
    std::int64_t declined = 0;
};

/// DIR/offers.jsonl: one JSON object a line, an offer on about one deal in five (account_id, deal_id, optional
/// contact_id and notes, the owner's e-mail, lines of catalogue SKUs) and what to do with it once created
/// ("then": send, accept or decline; absent for a draft). `rapport import` takes no records with lines, so
/// bench/run posts these through the API, as their owners. Adds to `counts`.
Result<FileStats> WriteOffers(const World& world, const std::string& dir, CommerceCounts& counts);

/// The password every generated user gets; the orchestrator pipes it into `rapport users add`.
inline constexpr std::string_view kPassword = "rapport-bench-password";

/// DIR/manifest.json: what was generated, and what a benchmark needs to use it.
Status WriteManifest(const World& world, const std::string& dir, const std::vector<FileStats>& files,
                     const std::vector<std::string>& prefixes, const CommerceCounts& commerce);

}  // namespace rapport::bench
