#pragma once

#include "core/assert.hpp"
#include "core/ids.hpp"
#include "service/audit_log.hpp"
#include "service/caller.hpp"
#include "store/insert_queue.hpp"
#include "store/deal_summary.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace rapport::service {

/// What the many creates of one batch (an import) share inside their one transaction, for one caller.
///
/// The batch only creates records and its transaction is the only writer while it runs, so what it
/// reads stays true until it ends: an active user stays active, a visible account keeps its owner, a
/// deal or contact stays on its account. Rules remember such facts here instead of reading them again
/// for every row. Only facts that hold are remembered: a failed check is read again next time.
///
/// Writes are grouped: new records, audit and stage history rows a few dozen to a statement, new accounts' search documents some
/// thousands at a time, and existing accounts' documents are rewritten once when the batch finishes
/// (FinishBatch in rule_helpers.hpp) instead of after every contact: three contacts of one account
/// would otherwise rebuild its document three times.
class Batch {
public:
    Batch() = default;
    // The queues refer to one another.
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    bool KnowsActiveUser(UserId user) const { return active_users_.contains(ToInt(user)); }
    void RememberActiveUser(UserId user) { active_users_.insert(ToInt(user)); }
    bool KnowsRecordOwner(UserId user) const { return record_owners_.contains(ToInt(user)); }
    void RememberRecordOwner(UserId user) { record_owners_.insert(ToInt(user)); }

    /// The owner of `account` if the batch has seen it visible to its caller.
    std::optional<UserId> OwnerOfVisibleAccount(AccountId account) const {
        return Find<UserId>(account_owners_, ToInt(account));
    }
    void RememberVisibleAccount(AccountId account, UserId owner) {
        account_owners_.insert_or_assign(ToInt(account), ToInt(owner));
    }

    /// The account of a deal or contact the batch has seen visible to its caller.
    std::optional<AccountId> AccountOfVisible(DealId deal) const {
        return Find<AccountId>(deal_accounts_, ToInt(deal));
    }
    std::optional<AccountId> AccountOfVisible(ContactId contact) const {
        return Find<AccountId>(contact_accounts_, ToInt(contact));
    }
    void RememberVisible(DealId deal, AccountId account) {
        deal_accounts_.insert_or_assign(ToInt(deal), ToInt(account));
    }
    void RememberVisible(ContactId contact, AccountId account) {
        contact_accounts_.insert_or_assign(ToInt(contact), ToInt(account));
    }

    /// Holds the first search document of a new account until the next group of them is written.
    void AddNewSearchDocument(store::SearchDocument document) { new_search_documents_.push_back(std::move(document)); }
    std::size_t new_search_documents() const { return new_search_documents_.size(); }

    /// The new documents held so far, in the order they came, and none after.
    std::vector<store::SearchDocument> TakeNewSearchDocuments() {
        return std::exchange(new_search_documents_, {});
    }

    /// Marks the search document of `account` for a rewrite when the batch finishes.
    void DeferSearchRefresh(AccountId account) { deferred_search_refreshes_.insert(account); }

    /// The accounts marked so far, in ascending order, and none after: FinishBatch takes them once.
    std::set<AccountId> TakeDeferredSearchRefreshes() { return std::exchange(deferred_search_refreshes_, {}); }

    /// The rows of the batch's new records that are not written yet. A batch creates records of one kind
    /// (an import's): the first create makes the queue with `make_queue`, for its `table`.
    template <typename MakeQueue>
    store::InsertQueue& records(std::string_view table, MakeQueue&& make_queue) {
        if (!records_) {
            records_.emplace(make_queue());
            records_table_ = table;
            // Stage history rows refer to their deal.
            stage_history_.Follow(*records_);
        }
        RAPPORT_ASSERT(table == records_table_, "a batch creates records of one kind");
        return *records_;
    }

    /// Writes the new records still queued: before anything reads them or refers to them.
    Status FlushRecords(store::Transaction& transaction) {
        return records_ ? records_->Flush(transaction) : Status{};
    }

    /// The table of the batch's new records and how many it created; none before its first create.
    std::string_view records_table() const { return records_table_; }
    std::size_t records_created() const { return records_ ? records_->added() : 0; }

    /// The audit rows of the batch's creates that are not written yet.
    AuditQueue& audits() { return audits_; }

    /// Makes the batch's creates share one audit row (AuditAction::kImport), written by FinishBatch, instead of a
    /// row each: an import's. The row names the collection, how many records were created and the range of their
    /// ids; `describe` adds what only the caller knows once the batch ends (the file's name and digest).
    void AuditAsOneRow(std::function<boost::json::object()> describe) { describe_batch_ = std::move(describe); }
    bool audits_as_one_row() const { return static_cast<bool>(describe_batch_); }

    /// Counts a create into the batch's one audit row.
    void CountCreated(std::string_view collection, std::int64_t id) {
        if (created_count_ == 0) created_collection_ = collection;
        RAPPORT_ASSERT(collection == created_collection_, "a batch creates records of one kind");
        first_created_ = created_count_ == 0 ? id : std::min(first_created_, id);
        last_created_ = created_count_ == 0 ? id : std::max(last_created_, id);
        ++created_count_;
    }

    /// The batch's one audit row, when AuditAsOneRow asked for it and the batch created anything.
    std::optional<AuditRow> OneAuditRow(const Caller& caller, Timestamp at) const {
        if (!audits_as_one_row() || created_count_ == 0) return std::nullopt;
        auto changes = describe_batch_();
        changes["records"] = created_count_;
        changes["ids"] = {{"from", std::to_string(first_created_)}, {"to", std::to_string(last_created_)}};
        return AuditRow{at, caller.id, std::nullopt, domain::AuditAction::kImport, created_collection_, first_created_,
                        boost::json::serialize(changes)};
    }

    /// The deal_stage_history rows (deal_id, stage, entered_at, entered_by) of the batch's new deals that are
    /// not written yet: a deal imported as won enters six stages.
    store::InsertQueue& stage_history() { return stage_history_; }

    /// What the batch's deals change in the deal summaries, written once when it finishes: an import
    /// of many deals touches a few hundred summary rows, not one per deal.
    store::DealSummaryChange& deal_summaries() { return deal_summaries_; }

private:
    using IdMap = std::unordered_map<std::int64_t, std::int64_t>;

    template <RecordId Value>
    static std::optional<Value> Find(const IdMap& map, std::int64_t key) {
        auto found = map.find(key);
        if (found == map.end()) return std::nullopt;
        return static_cast<Value>(found->second);
    }

    std::unordered_set<std::int64_t> active_users_;
    std::unordered_set<std::int64_t> record_owners_;
    IdMap account_owners_;
    IdMap deal_accounts_;
    IdMap contact_accounts_;
    std::optional<store::InsertQueue> records_;
    std::string records_table_;
    std::vector<store::SearchDocument> new_search_documents_;
    // Ordered, so that the rewrites go in rowid order, which a full-text index appends to cheaply.
    std::set<AccountId> deferred_search_refreshes_;
    AuditQueue audits_;
    std::function<boost::json::object()> describe_batch_;
    std::string created_collection_;
    std::int64_t created_count_ = 0;
    std::int64_t first_created_ = 0;
    std::int64_t last_created_ = 0;
    store::InsertQueue stage_history_{"deal_stage_history (deal_id, stage, entered_at, entered_by)", 4, 64};
    store::DealSummaryChange deal_summaries_;
};

}  // namespace rapport::service
