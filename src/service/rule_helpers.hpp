#pragma once

#include "domain/account/account.hpp"
#include "domain/user/user.hpp"
#include "service/record_service.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string_view>

namespace rapport::service {

/// Account `id` if the caller can see it; kInvalidArgument naming `field` otherwise. Read once per use case: the
/// context keeps the last one read (a document's rules check its account, then its pricing reads the client's
/// terms).
Result<std::shared_ptr<const domain::Account>> VisibleAccount(Context& context, AccountId id,
                                                              std::string_view field = "account_id");

/// The owner of account `id` if the caller can see it; kInvalidArgument naming `field` otherwise, so
/// that a reference to an invisible account reads exactly like one to a missing account.
Result<UserId> RequireVisibleAccount(Context& context, AccountId id, std::string_view field = "account_id");

/// The owner of account `id` whoever may see it; none when it is missing or archived.
Result<std::optional<UserId>> OwnerOfAccount(Context& context, AccountId id);

/// Checks that a new record may be owned by `owner`: an active user (kInvalidArgument naming `field`) for
/// whom the caller may create records (Caller::MayCreateFor; kForbidden otherwise).
Status RequireOwnerForNew(Context& context, UserId owner, std::string_view field = "owner_id");

/// Checks that a record may move from `from` to `to`: an active user (kInvalidArgument naming `field`), and a
/// caller who may move records between them (Caller::MayMove; kForbidden otherwise). Nothing to check when
/// the owner stays.
Status RequireOwnerMove(Context& context, UserId from, UserId to, std::string_view field = "owner_id");

/// Checks that `user` names an active user; kInvalidArgument naming `field` otherwise.
Status RequireActiveUser(Context& context, UserId user, std::string_view field);

/// Rewrites the search document of an account from its own fields and its contacts' (none for an
/// account archived or missing).
Status RefreshSearchDocument(Context& context, AccountId id);

/// Same as RefreshSearchDocument(context, id), but within a batch only once, when the batch finishes.
Status RefreshSearchDocumentOnce(Context& context, AccountId id);

/// RefreshSearchDocument for many accounts, which it reads a group at a time.
Status RefreshSearchDocuments(Context& context, std::span<const AccountId> ids);

/// Writes the first search document of an account just created; within a batch, by the time it finishes.
Status IndexNewAccount(Context& context, const domain::Account& account);

/// Ends the batch of `context` in its transaction: writes the audit rows, deal summaries and search
/// documents it holds and rewrites those it deferred. Call it before the transaction commits; a batch that rolls back
/// needs no end.
Status FinishBatch(Context& context);

/// Defaults shared by record types whose writes any role may make and that have no extra hooks.
/// kRestorable says whether an archived record can be brought back through the API (POST …/{id}/restore);
/// kImportable whether `rapport import` creates them from CSV rows.
struct DefaultRules {
    static constexpr bool kRestorable = false;
    static constexpr bool kImportable = false;
    static Status CheckRole(const Caller&) { return {}; }
    template <typename Record>
    static Status BeforeArchive(Context&, const Record&) {
        return {};
    }
    template <typename Record>
    static Status AfterArchive(Context&, const Record&) {
        return {};
    }
    template <typename Record>
    static Status BeforeRestore(Context&, const Record&) {
        return {};
    }
    template <typename Record>
    static Status AfterRestore(Context&, const Record&) {
        return {};
    }
};

/// Fails with kForbidden for operations staff, who read orders and invoices but write no sales records.
Status RequireSalesRole(const Caller& caller, std::string_view what);

/// Fails with kForbidden unless the caller is an admin.
Status RequireAdmin(const Caller& caller, std::string_view what);

}  // namespace rapport::service
