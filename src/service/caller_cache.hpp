#pragma once

#include "core/time.hpp"
#include "service/caller.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace rapport::service {

/// The callers that recent requests' tokens resolved to, so that a burst of requests with one token
/// (a page's parallel calls, an integration's loop) reads the session, the user and their absences
/// once per `kLifetime` rather than once per request.
///
/// What this server changes is seen at once: Forget() after every committed change to users, teams,
/// absences or sessions empties the cache, and a resolution that raced with such a change is not
/// kept. What another server (or the command line) changes is seen within `kLifetime`: a session
/// signed out elsewhere still works here for at most that long. Thread-safe.
class CallerCache {
public:
    static constexpr auto kLifetime = std::chrono::seconds{2};
    static constexpr std::size_t kMaxEntries = 10'000;

    /// The generation to pass to Remember(): read it before reading what the caller is made of.
    std::uint64_t generation() const { return generation_.load(std::memory_order_acquire); }

    /// The caller remembered for this token hash, while fresh, on the same day, before the session ends.
    std::optional<Caller> Find(const std::string& token_hash, Timestamp now) const;

    /// Keeps `caller` unless Forget() ran since `generation` was read.
    void Remember(const std::string& token_hash, const Caller& caller, Timestamp session_end, std::uint64_t generation,
                  Timestamp now);

    /// Drops every entry, and every resolution still in flight.
    void Forget();

private:
    using Clock = std::chrono::steady_clock;

    struct Entry {
        Caller caller;
        Clock::time_point fresh_until;
        Timestamp session_end;
        // A deputy's scope holds for one day: absences start and end on dates, the company's (service::Today). Its
        // midnight reaches an entry within kLifetime, as changes made elsewhere do; the UTC day is checked besides.
        Date day;
    };

    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
    std::atomic<std::uint64_t> generation_{0};
};

}  // namespace rapport::service
