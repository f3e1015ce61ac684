#pragma once

#include "domain/account/account.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Accounts: owned by the creator unless another owner in the caller's scope is named; their
/// search document follows every change.
template <>
struct Rules<domain::Account> : DefaultRules {
    static constexpr bool kImportable = true;
    static constexpr bool kRestorable = true;
    static Status CheckRole(const Caller& caller) { return RequireSalesRole(caller, "accounts"); }
    static Status BeforeCreate(Context& context, domain::Account& account, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::Account& before, domain::Account& after,
                               const FieldNames& given);
    static Status AfterWrite(Context& context, const domain::Account* before, const domain::Account& after);
    /// Archiving (and restoring) an account is for its owner's head, directors and admins.
    static Status BeforeArchive(Context& context, const domain::Account& account);
    static Status BeforeRestore(Context& context, const domain::Account& account) {
        return BeforeArchive(context, account);
    }
    /// Related records follow their account (service/account_followers.hpp): they are archived and
    /// restored with it, each through its own rules and with its own audit row.
    static Status AfterArchive(Context& context, const domain::Account& account);
    static Status AfterRestore(Context& context, const domain::Account& account);
    static Result<std::optional<UserId>> Owner(Context&, const domain::Account& account) {
        return std::optional<UserId>(account.owner_id);
    }
};

}  // namespace rapport::service
