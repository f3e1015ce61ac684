#pragma once

#include "domain/account/account.hpp"
#include "domain/user/user.hpp"
#include "service/record_service.hpp"

#include <string_view>

namespace rapport::service {

/// The account `id` if the caller can see it; kInvalidArgument naming `field` otherwise, so that
/// a reference to an invisible account reads exactly like one to a missing account.
Result<domain::Account> RequireVisibleAccount(Context& context, AccountId id, std::string_view field = "account_id");

/// Checks that `owner` is an active user whose records the caller manages; kForbidden otherwise.
Status RequireManageableOwner(Context& context, UserId owner, std::string_view field = "owner_id");

/// Checks that `user` names an active user; kInvalidArgument naming `field` otherwise.
Status RequireActiveUser(Context& context, UserId user, std::string_view field);

/// Rewrites the search document of an account from its own fields and its contacts'.
Status RefreshSearchDocument(Context& context, AccountId id);

/// Same, for an account already in hand (no need to read it again).
Status RefreshSearchDocument(Context& context, const domain::Account& account);

/// Defaults shared by record types whose writes any role may make and that have no extra hooks.
struct DefaultRules {
    static Status CheckRole(const Caller&) { return {}; }
    template <typename Record>
    static Status BeforeArchive(Context&, const Record&) {
        return {};
    }
    template <typename Record>
    static Status AfterArchive(Context&, const Record&) {
        return {};
    }
};

/// Fails with kForbidden unless the caller is an admin.
Status RequireAdmin(const Caller& caller, std::string_view what);

}  // namespace rapport::service
