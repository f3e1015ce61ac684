#include "service/caller_cache.hpp"

#include <mutex>

namespace rapport::service {

std::optional<Caller> CallerCache::Find(const std::string& token_hash, Timestamp now) const {
    std::shared_lock lock(mutex_);
    auto found = entries_.find(token_hash);
    if (found == entries_.end()) return std::nullopt;
    const auto& entry = found->second;
    if (Clock::now() >= entry.fresh_until || now >= entry.session_end || DateOf(now) != entry.day) return std::nullopt;
    return entry.caller;
}

void CallerCache::Remember(const std::string& token_hash, const Caller& caller, Timestamp session_end,
                           std::uint64_t generation, Timestamp now) {
    std::unique_lock lock(mutex_);
    // Checked under the lock that Forget() takes, so an entry resolved before a change never outlives it.
    if (generation != generation_.load(std::memory_order_acquire)) return;
    // Tokens past their freshness are not swept one by one: when the map is full it starts again.
    if (entries_.size() >= kMaxEntries) entries_.clear();
    entries_.insert_or_assign(token_hash, Entry{caller, Clock::now() + kLifetime, session_end, DateOf(now)});
}

void CallerCache::Forget() {
    std::unique_lock lock(mutex_);
    generation_.fetch_add(1, std::memory_order_acq_rel);
    entries_.clear();
}

}  // namespace rapport::service
