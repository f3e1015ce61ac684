#pragma once

#include "core/assert.hpp"
#include "service/audit_log.hpp"
#include "service/batch.hpp"
#include "service/caller.hpp"
#include "service/record_json.hpp"
#include "store/database.hpp"
#include "store/record_store.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace rapport::domain {
struct Account;
struct Settings;
}  // namespace rapport::domain

namespace rapport::service {

class Catalogue;

/// What a rule hook gets: the open transaction, who acts, and the time the change is stamped with;
/// within a batch of creates (an import), what they share.
struct Context {
    store::Transaction& transaction;
    const Caller& caller;
    Timestamp now;
    Batch* batch = nullptr;  // Set while a batch runs; FinishBatch must then end it in the same transaction.
    // The settings in force, read at most once per use case (SettingsIn, service/settings_service.hpp): pricing,
    // numbering and a document's letterhead all ask for them within one offer's create.
    std::shared_ptr<const domain::Settings> settings = nullptr;
    // The catalogue at the token this use case read first (CatalogueIn, service/catalogue.hpp).
    std::shared_ptr<const Catalogue> catalogue = nullptr;
    // The account that the use case's record names, as the caller sees it, read once (VisibleAccount,
    // service/rule_helpers.hpp): a document's rules check it, its pricing reads the client's terms from it.
    std::shared_ptr<const domain::Account> account = nullptr;
};

/// Today for the use case of `context`: the company's day at context.now, in the time zone of the settings
/// (domain::DayAt; service/settings_service.cpp). Whatever a request means by "today" — an offer's expiry, a
/// sending day, a number's year, the prices and promotions in force, a report's last day — is this day.
Result<Date> Today(Context& context);

/// Per record type, the business rules around the generic create/update/archive. Each
/// specialisation (service/<object>_rules.cpp) defines:
///   static Status CheckRole(const Caller&);                    // may this role write at all?
///   static Status BeforeCreate(Context&, R&, const FieldNames& given);
///   static Status BeforeUpdate(Context&, const R& before, R& after, const FieldNames& given);
///   static Status BeforeArchive(Context&, const R&);
///   static Status AfterWrite(Context&, const R* before, const R& after);  // history, search index
///   static Status AfterArchive(Context&, const R&);
///   static Status BeforeRestore(Context&, const R&);                // who may bring it back
///   static Status AfterRestore(Context&, const R&);
///   static Result<std::optional<UserId>> Owner(Context&, const R&);      // for on_behalf_of
template <typename Record>
struct Rules;

/// Changes a loaded record; records the names of the fields it set in `given`.
template <typename Record>
using Patch = std::function<Status(Record&, FieldNames& given)>;

/// Create, read, update, archive and list for one record type: one transaction per call, the
/// caller's visibility on every read, the type's rules on every write, an audit row per change.
template <typename Record>
class RecordService {
public:
    using Id = typename store::Traits<Record>::Id;
    using Store = store::RecordStore<Record>;
    using RecordRules = Rules<Record>;

    explicit RecordService(store::Database& database) : database_(database) {}

    /// kNotFound when absent, archived or not visible to `caller`.
    Result<Record> Get(const Caller& caller, Id id) {
        return database_.TransactFor<Record>(
            store::Access::kRead, [&](store::Transaction& transaction) { return GetIn(transaction, caller, id); });
    }

    /// Get within an open transaction (a use case that reads what hangs off a record it must first see).
    static Result<Record> GetIn(store::Transaction& transaction, const Caller& caller, Id id) {
        Context context{transaction, caller, Now()};
        return Answer(context, RAPPORT_TRY(Load(transaction, caller, id)));
    }

    Result<store::Page<Record>> List(const Caller& caller, const store::ListRequest& request) {
        return database_.TransactFor<store::Page<Record>>(
            store::Access::kRead, [&](store::Transaction& transaction) -> Result<store::Page<Record>> {
                Context context{transaction, caller, Now()};
                auto asked = RAPPORT_TRY(WithDerivedFilters(context, request));
                auto page = RAPPORT_TRY(Store::List(transaction, caller.scope, asked));
                RAPPORT_CHECK(AsRead(context, std::span(page.items)));
                return page;
            });
    }

    /// kInvalidArgument for a field that breaks a rule; kForbidden when the role may not create.
    Result<Record> Create(const Caller& caller, Record draft, const FieldNames& given) {
        auto created = database_.TransactFor<Record>(
            store::Access::kWrite, [&](store::Transaction& transaction) -> Result<Record> {
                Context context{transaction, caller, Now()};
                return Answer(context, RAPPORT_TRY(CreateIn(context, std::move(draft), given)));
            });
        if (created) NotifyCommitted();
        return created;
    }

    /// Creates within an open transaction (imports create many records in one, use cases one beside another).
    static Result<Record> CreateIn(Context& context, Record draft, const FieldNames& given) {
        RAPPORT_CHECK(RecordRules::CheckRole(context.caller));
        RAPPORT_CHECK(RecordRules::BeforeCreate(context, draft, given));
        RAPPORT_CHECK(Validate(draft));
        auto record = RAPPORT_TRY(Insert(context, std::move(draft)));
        RAPPORT_CHECK(RecordRules::AfterWrite(context, nullptr, record));
        // An import's creates share one audit row, which FinishBatch writes; an update keeps its from/to row.
        if (context.batch && context.batch->audits_as_one_row()) {
            context.batch->CountCreated(store::Traits<Record>::kCollection, ToInt(record.id));
        } else {
            RAPPORT_CHECK(Audit(context, record, domain::AuditAction::kCreate, CreationChangesJson(record)));
        }
        return record;
    }

    /// Applies `patch` to the current record. kStale when `expected_version` is given and is not
    /// the current one; without it the change applies to whatever is current (last writer wins).
    Result<Record> Update(const Caller& caller, Id id, std::optional<std::int64_t> expected_version,
                          const Patch<Record>& patch) {
        auto updated = database_.TransactFor<Record>(
            store::Access::kWrite, [&](store::Transaction& transaction) -> Result<Record> {
                Context context{transaction, caller, Now()};
                return Answer(context, RAPPORT_TRY(UpdateIn(context, id, expected_version, patch)));
            });
        if (updated) NotifyCommitted();
        return updated;
    }

    /// Updates within an open transaction.
    static Result<Record> UpdateIn(Context& context, Id id, std::optional<std::int64_t> expected_version,
                                   const Patch<Record>& patch) {
        RAPPORT_ASSERT(context.batch == nullptr, "a batch only creates: what it remembers would go stale");
        RAPPORT_CHECK(RecordRules::CheckRole(context.caller));
        auto before = RAPPORT_TRY(Load(context.transaction, context.caller, id));
        RAPPORT_CHECK(CheckVersion(before, expected_version));
        auto after = before;
        FieldNames given;
        RAPPORT_CHECK(patch(after, given));
        RAPPORT_CHECK(RecordRules::BeforeUpdate(context, before, after, given));
        RAPPORT_CHECK(Validate(after));
        auto changes = Diff(ToJson(before), ToJson(after));
        // A patch that changes nothing is not a change: no new version, no audit row.
        if (changes.empty()) return before;
        RAPPORT_CHECK(Store::Update(context.transaction, after, context.caller.id, context.now));
        RAPPORT_CHECK(RecordRules::AfterWrite(context, &before, after));
        RAPPORT_CHECK(Audit(context, after, domain::AuditAction::kUpdate, boost::json::serialize(changes)));
        return after;
    }

    /// What an action answers: the record acted on, or a record the action made in its place (a revision).
    struct Acted {
        Record record;
        bool made = false;
    };

    /// Changes the record as `apply` says, then the store, then the audit. `apply` gets the record as it is and a
    /// copy to change, in the use case's transaction: an action (POST …/{id}/send) moves the status through the
    /// type's status machine and may change other records through their own services (a deal won with its offer).
    /// It answers a record it made instead (a revision), or none. kStale as Update.
    using Apply = std::function<Result<std::optional<Record>>(Context&, const Record& before, Record& after)>;
    /// Who may act: those whose role writes the type (its rules' CheckRole), or whoever sees the record (an order's
    /// events, which operations staff post).
    enum class Actors { kWriters, kReaders };
    Result<Acted> Act(const Caller& caller, Id id, std::optional<std::int64_t> expected_version, const Apply& apply,
                      Actors actors = Actors::kWriters) {
        auto acted =
            database_.TransactFor<Acted>(store::Access::kWrite, [&](store::Transaction& transaction) -> Result<Acted> {
                Context context{transaction, caller, Now()};
                auto done = RAPPORT_TRY(ActIn(context, id, expected_version, apply, actors));
                RAPPORT_CHECK(AsRead(context, std::span(&done.record, 1)));
                return done;
            });
        if (acted) NotifyCommitted();
        return acted;
    }

    /// Acts within an open transaction (a use case, the demo).
    static Result<Acted> ActIn(Context& context, Id id, std::optional<std::int64_t> expected_version,
                               const Apply& apply, Actors actors = Actors::kWriters) {
        if (actors == Actors::kWriters) RAPPORT_CHECK(RecordRules::CheckRole(context.caller));
        auto before = RAPPORT_TRY(Load(context.transaction, context.caller, id));
        RAPPORT_CHECK(CheckVersion(before, expected_version));
        auto after = before;
        auto made = RAPPORT_TRY(apply(context, before, after));
        RAPPORT_CHECK(Validate(after));
        auto changes = Diff(ToJson(before), ToJson(after));
        if (!changes.empty()) {
            RAPPORT_CHECK(Store::Update(context.transaction, after, context.caller.id, context.now));
            RAPPORT_CHECK(RecordRules::AfterWrite(context, &before, after));
            RAPPORT_CHECK(Audit(context, after, domain::AuditAction::kUpdate, boost::json::serialize(changes)));
        }
        if (made) return Acted{std::move(*made), true};
        return Acted{std::move(after), false};
    }

    /// Archives the record: it is kept for the audit trail and vanishes from reads and lists.
    Status Archive(const Caller& caller, Id id, std::optional<std::int64_t> expected_version) {
        auto archived = database_.Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
            Context context{transaction, caller, Now()};
            RAPPORT_CHECK(RecordRules::CheckRole(caller));
            auto record = RAPPORT_TRY(Load(transaction, caller, id));
            RAPPORT_CHECK(CheckVersion(record, expected_version));
            return ArchiveIn(context, record);
        });
        if (archived) NotifyCommitted();
        return archived;
    }

    /// Archives `record`, read in this transaction, through the type's rules, with an audit row whose
    /// changes are `changes` (a serialized JSON object): for a use case that archives records along with another.
    static Status ArchiveIn(Context& context, const Record& record, std::string changes = "{}") {
        RAPPORT_CHECK(RecordRules::BeforeArchive(context, record));
        RAPPORT_CHECK(
            Store::Archive(context.transaction, record.id, record.meta.version, context.caller.id, context.now));
        RAPPORT_CHECK(RecordRules::AfterArchive(context, record));
        return Audit(context, record, domain::AuditAction::kArchive, std::move(changes));
    }

    /// Brings back an archived record (and whatever its rules bring back with it). kNotFound when there is
    /// no such record the caller could see; kConflict when it is not archived; kStale as Update.
    Result<Record> Restore(const Caller& caller, Id id, std::optional<std::int64_t> expected_version) {
        auto restored = database_.TransactFor<Record>(
            store::Access::kWrite, [&](store::Transaction& transaction) -> Result<Record> {
                Context context{transaction, caller, Now()};
                RAPPORT_CHECK(RecordRules::CheckRole(caller));
                auto record = RAPPORT_TRY(LoadArchived(transaction, caller, id));
                RAPPORT_CHECK(CheckVersion(record, expected_version));
                RAPPORT_CHECK(RestoreIn(context, record));
                return Answer(context, std::move(record));
            });
        if (restored) NotifyCommitted();
        return restored;
    }

    /// Restores `record`, read archived in this transaction, through the type's rules, with an audit row
    /// whose changes are `changes`; `record` comes back at its new version.
    static Status RestoreIn(Context& context, Record& record, std::string changes = "{}") {
        RAPPORT_CHECK(RecordRules::BeforeRestore(context, record));
        RAPPORT_CHECK(Store::Restore(context.transaction, record, context.caller.id, context.now));
        RAPPORT_CHECK(RecordRules::AfterRestore(context, record));
        return Audit(context, record, domain::AuditAction::kRestore, std::move(changes));
    }

    store::Database& database() { return database_; }

    /// Calls `listener` each time a Create, Update or Archive of this service has committed (not the
    /// …In forms, whose transaction belongs to their caller): for caches of what these records decide.
    void AfterCommit(std::function<void()> listener) { after_commit_ = std::move(listener); }
    void NotifyCommitted() const {
        if (after_commit_) after_commit_();
    }

private:
    // A record as every answer shows it, a read's or a write's: what the type's rules derive when it is read, for a
    // page at once — `static Status AsRead(Context&, std::span<Record>)` (a sent offer past its validity reads as
    // expired; an offer names its account). Only at the edge of a use case: the …In forms give the stored record,
    // which another write may go on from.
    static Status AsRead([[maybe_unused]] Context& context, [[maybe_unused]] std::span<Record> records) {
        if constexpr (requires { RecordRules::AsRead(context, records); }) {
            return RecordRules::AsRead(context, records);
        } else {
            return {};
        }
    }

    static Result<Record> Answer(Context& context, Record record) {
        RAPPORT_CHECK(AsRead(context, std::span(&record, 1)));
        return record;
    }

    // A filter on a value derived from the day (`?status=expired` of offers) is the type's rules' to turn into a
    // condition on stored columns: `static std::optional<Result<store::Condition>> DerivedFilter(std::string_view
    // name, std::string_view text, Date today)`, none for a filter it leaves to the store.
    static Result<store::ListRequest> WithDerivedFilters([[maybe_unused]] Context& context,
                                                         const store::ListRequest& request) {
        if constexpr (requires { RecordRules::DerivedFilter("", "", Date{}); }) {
            if (request.filters.empty()) return request;
            store::ListRequest asked = request;
            asked.filters.clear();
            auto today = RAPPORT_TRY(Today(context));
            for (const auto& [name, text] : request.filters) {
                auto derived = RecordRules::DerivedFilter(name, text, today);
                if (derived) {
                    asked.conditions.push_back(RAPPORT_TRY(std::move(*derived)));
                } else {
                    asked.filters.emplace_back(name, text);
                }
            }
            return asked;
        } else {
            return request;
        }
    }

    static Result<Record> Load(store::Transaction& transaction, const Caller& caller, Id id) {
        auto record = RAPPORT_TRY(Store::Find(transaction, id, caller.scope));
        if (!record) {
            return MakeError(ErrorCode::kNotFound, std::string(store::Traits<Record>::kSingular) + " " +
                                                       std::to_string(ToInt(id)) + " not found");
        }
        return std::move(*record);
    }

    static Result<Record> LoadArchived(store::Transaction& transaction, const Caller& caller, Id id) {
        auto record = RAPPORT_TRY(Store::FindArchived(transaction, id, caller.scope));
        if (record) return std::move(*record);
        auto current = RAPPORT_TRY(Load(transaction, caller, id));
        return MakeError(ErrorCode::kConflict, std::string(store::Traits<Record>::kSingular) + " " +
                                                   std::to_string(ToInt(current.id)) + " is not archived");
    }

    // A batch queues its new records, many to a statement: a round trip each costs PostgreSQL more than the row.
    // A document with lines is written at once, so that its lines' rows follow a row that is there.
    static Result<Record> Insert(Context& context, Record draft) {
        if (!context.batch || store::HasLines<Record>())
            return Store::Insert(context.transaction, std::move(draft), context.caller.id, context.now);
        auto& queue =
            context.batch->records(store::Traits<Record>::kTable, [] { return Store::NewQueue(kRecordsPerStatement); });
        return Store::InsertQueued(context.transaction, queue, std::move(draft), context.caller.id, context.now);
    }

    static Status CheckVersion(const Record& record, std::optional<std::int64_t> expected_version) {
        if (expected_version && *expected_version != record.meta.version) {
            return MakeError(ErrorCode::kStale, std::string(store::Traits<Record>::kSingular) + " is at version " +
                                                    std::to_string(record.meta.version) + ", not " +
                                                    std::to_string(*expected_version) + "; reload it and try again");
        }
        return {};
    }

    // `changes` is the audit row's JSON object, already serialized.
    static Status Audit(Context& context, const Record& record, domain::AuditAction action, std::string changes) {
        auto owner = RAPPORT_TRY(RecordRules::Owner(context, record));
        AuditRow row{context.now,
                     context.caller.id,
                     owner ? context.caller.OnBehalfOf(*owner) : std::nullopt,
                     action,
                     std::string(store::Traits<Record>::kCollection),
                     ToInt(record.id),
                     std::move(changes)};
        if (context.batch) return context.batch->audits().Add(context.transaction, std::move(row));
        return WriteAudit(context.transaction, std::move(row));
    }

    static constexpr std::size_t kRecordsPerStatement = 64;

    store::Database& database_;
    std::function<void()> after_commit_;
};

}  // namespace rapport::service
