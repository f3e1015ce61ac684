#include "service/rule_helpers.hpp"

#include "core/assert.hpp"
#include "domain/contact/contact.hpp"
#include "store/statement_shapes.hpp"

#include <algorithm>

namespace rapport::service {
namespace {

// How many new accounts' search documents a batch holds before it writes them.
constexpr std::size_t kNewSearchDocumentsPerGroup = 8192;

// The account's own searchable fields; its contacts' names and e-mails follow them.
std::string OwnDocument(const domain::Account& account) {
    std::string document = account.name;
    for (const auto& part : {account.email, account.phone, account.website}) {
        if (part) document += " " + *part;
    }
    return document;
}

Status WriteNewSearchDocuments(Context& context) {
    // PostgreSQL's documents refer to their accounts, which the batch may still hold back.
    RAPPORT_CHECK(context.batch->FlushRecords(context.transaction));
    return context.transaction.AddSearchDocuments(context.batch->TakeNewSearchDocuments());
}

// How many new records a batch creates before the engine is told that their table has changed (see
// Transaction::RefreshStatistics): read through a plan made for an empty table, a few thousand new contacts
// cost each group read of their accounts' documents a scan of the whole table.
constexpr std::size_t kRowsThatChangePlans = 1000;

// How many accounts' documents one read gathers when many are rewritten.
constexpr std::size_t kAccountsPerRead = 64;

// Rewrites the documents of up to kAccountsPerRead accounts with one read: their own fields (those of
// OwnDocument, in its order) and their contacts'. Each row repeats its account's fields; an account without
// contacts has one row whose contact columns are null.
Status RefreshGroup(Context& context, std::span<const AccountId> ids) {
    std::vector<std::int64_t> numbers;
    for (auto id : ids) numbers.push_back(ToInt(id));
    auto in_list = store::MakeInList(numbers);
    auto query =
        "SELECT account.id, account.owner_id, account.name, account.email, account.phone, account.website, "
        "contact.first_name, contact.last_name, contact.email "
        "FROM account LEFT JOIN contact ON contact.account_id = account.id AND contact.archived_at IS NULL "
        "WHERE account.archived_at IS NULL AND account.id IN (" +
        in_list.placeholders + ") ORDER BY account.id, contact.id";
    std::vector<store::SearchDocument> documents;
    RAPPORT_CHECK(context.transaction.Query(query, in_list.params, [&](const store::Row& row) -> Status {
        bool first_row = documents.empty() || documents.back().account_id != row.Int(0);
        if (first_row) {
            documents.push_back({.account_id = row.Int(0), .owner_id = row.Int(1), .text = std::string(row.Text(2))});
        }
        auto& text = documents.back().text;
        for (int column = first_row ? 3 : 6; column < 9; ++column) {
            if (!row.IsNull(column)) {
                text += ' ';
                text += row.Text(column);
            }
        }
        return {};
    }));
    // An account without a row is gone or archived, and so is its document.
    for (auto id : numbers) {
        bool found = std::ranges::any_of(documents, [&](const auto& document) { return document.account_id == id; });
        if (!found) RAPPORT_CHECK(context.transaction.RemoveSearchDocument(id));
    }
    return context.transaction.ReplaceSearchDocuments(documents);
}

}  // namespace

Result<UserId> RequireVisibleAccount(Context& context, AccountId id, std::string_view field) {
    if (context.batch) {
        if (auto owner = context.batch->OwnerOfVisibleAccount(id)) return *owner;
    }
    auto account = RAPPORT_TRY(VisibleAccount(context, id, field));
    if (context.batch) context.batch->RememberVisibleAccount(id, account->owner_id);
    return account->owner_id;
}

Result<std::shared_ptr<const domain::Account>> VisibleAccount(Context& context, AccountId id, std::string_view field) {
    if (context.account && context.account->id == id) return context.account;
    auto account =
        RAPPORT_TRY(store::RecordStore<domain::Account>::Find(context.transaction, id, context.caller.scope));
    if (!account) {
        return InvalidField(std::string(field), std::string(field) + " does not name an account you can see");
    }
    context.account = std::make_shared<const domain::Account>(std::move(*account));
    return context.account;
}

Result<std::optional<UserId>> OwnerOfAccount(Context& context, AccountId id) {
    // An account the caller could see exists and is not archived, so its owner is everyone's answer.
    if (context.batch) {
        if (auto owner = context.batch->OwnerOfVisibleAccount(id)) return owner;
    }
    auto everything = store::Scope::Everything();
    auto account = RAPPORT_TRY(store::RecordStore<domain::Account>::Find(context.transaction, id, everything));
    if (!account) return std::optional<UserId>{};
    return std::optional<UserId>(account->owner_id);
}

namespace {

// The user `user` if active; kInvalidArgument naming `field` otherwise.
Result<domain::User> FindActiveUser(Context& context, UserId user, std::string_view field) {
    auto everyone = store::Scope::Everything();
    auto found = RAPPORT_TRY(store::RecordStore<domain::User>::Find(context.transaction, user, everyone));
    if (!found || !found->active) {
        return InvalidField(std::string(field), std::string(field) + " does not name an active user");
    }
    return std::move(*found);
}

// Checks that `user` is active and may own records: operations staff own none.
Status RequireRecordOwner(Context& context, UserId user, std::string_view field) {
    if (context.batch && context.batch->KnowsRecordOwner(user)) return {};
    const auto& caller = context.caller;
    if (user == caller.id && caller.signed_in && caller.role != domain::Role::kOperations) return {};
    auto found = RAPPORT_TRY(FindActiveUser(context, user, field));
    if (found.role == domain::Role::kOperations) {
        return InvalidField(std::string(field), std::string(field) + " names operations staff, who own no records");
    }
    if (context.batch) context.batch->RememberRecordOwner(user);
    return {};
}

}  // namespace

Status RequireActiveUser(Context& context, UserId user, std::string_view field) {
    if (context.batch && context.batch->KnowsActiveUser(user)) return {};
    RAPPORT_CHECK(ToStatus(FindActiveUser(context, user, field)));
    if (context.batch) context.batch->RememberActiveUser(user);
    return {};
}

Status RequireSalesRole(const Caller& caller, std::string_view what) {
    if (caller.role != domain::Role::kOperations) return {};
    return MakeError(ErrorCode::kForbidden, "operations staff do not write " + std::string(what));
}

Status RequireOwnerForNew(Context& context, UserId owner, std::string_view field) {
    RAPPORT_CHECK(RequireRecordOwner(context, owner, field));
    if (!context.caller.MayCreateFor(owner)) {
        return MakeError(ErrorCode::kForbidden,
                         "you may create records only for yourself, a colleague you stand in for, or your teams",
                         std::string(field));
    }
    return {};
}

Status RequireOwnerMove(Context& context, UserId from, UserId to, std::string_view field) {
    if (from == to) return {};
    RAPPORT_CHECK(RequireRecordOwner(context, to, field));
    if (!context.caller.MayMove(from, to)) {
        // A deputy acts for an absent colleague but never takes their records (API.md, "Visibility").
        return MakeError(ErrorCode::kForbidden,
                         "only heads within their teams, directors and admins give records to another owner",
                         std::string(field));
    }
    return {};
}

Status RefreshSearchDocument(Context& context, AccountId id) { return RefreshSearchDocuments(context, {&id, 1}); }

Status RefreshSearchDocuments(Context& context, std::span<const AccountId> ids) {
    for (std::size_t first = 0; first < ids.size(); first += kAccountsPerRead) {
        RAPPORT_CHECK(RefreshGroup(context, ids.subspan(first, std::min(kAccountsPerRead, ids.size() - first))));
    }
    return {};
}

Status RefreshSearchDocumentOnce(Context& context, AccountId id) {
    if (!context.batch) return RefreshSearchDocument(context, id);
    context.batch->DeferSearchRefresh(id);
    return {};
}

Status IndexNewAccount(Context& context, const domain::Account& account) {
    // A new account has no contacts yet (they need it to exist, and account ids are never reused), so
    // its own fields are its whole document, and there is no old one to replace.
    store::SearchDocument document{
        .account_id = ToInt(account.id), .owner_id = ToInt(account.owner_id), .text = OwnDocument(account)};
    if (!context.batch) return context.transaction.AddSearchDocument(document);
    // A batch writes them in groups, apart from its other writes: SQLite's full-text index writes out
    // what it holds in memory whenever a statement opens a savepoint to be undone alone (as the batch's
    // multi-row audit INSERTs do), and writing out once per group costs far less than every few rows.
    context.batch->AddNewSearchDocument(std::move(document));
    if (context.batch->new_search_documents() < kNewSearchDocumentsPerGroup) return {};
    return WriteNewSearchDocuments(context);
}

Status FinishBatch(Context& context) {
    RAPPORT_ASSERT(context.batch != nullptr, "FinishBatch ends a batch");
    // Records, audit, stage history and summary rows first: no multi-row INSERT may follow the full-text writes
    // (see IndexNewAccount), and the rewrites below read the new records.
    RAPPORT_CHECK(context.batch->FlushRecords(context.transaction));
    if (context.batch->records_created() >= kRowsThatChangePlans) {
        RAPPORT_CHECK(context.transaction.RefreshStatistics(context.batch->records_table()));
    }
    RAPPORT_CHECK(context.batch->audits().Flush(context.transaction));
    if (auto row = context.batch->OneAuditRow(context.caller, context.now)) {
        RAPPORT_CHECK(WriteAudit(context.transaction, std::move(*row)));
    }
    RAPPORT_CHECK(context.batch->stage_history().Flush(context.transaction));
    RAPPORT_CHECK(context.batch->deal_summaries().Write(context.transaction));
    // The rewrites of search documents find an account's contacts by their account.
    RAPPORT_CHECK(context.transaction.BuildDeferredIndexes());
    RAPPORT_CHECK(WriteNewSearchDocuments(context));
    auto refreshes = context.batch->TakeDeferredSearchRefreshes();
    return RefreshSearchDocuments(context, std::vector<AccountId>(refreshes.begin(), refreshes.end()));
}

Status RequireAdmin(const Caller& caller, std::string_view what) {
    if (caller.IsAdmin()) return {};
    return MakeError(ErrorCode::kForbidden, "only an admin may change " + std::string(what));
}

}  // namespace rapport::service
