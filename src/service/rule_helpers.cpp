#include "service/rule_helpers.hpp"

#include "domain/contact/contact.hpp"

namespace rapport::service {

Result<domain::Account> RequireVisibleAccount(Context& context, AccountId id, std::string_view field) {
    auto account = RAPPORT_TRY(store::RecordStore<domain::Account>::Find(context.transaction, id, context.caller.scope));
    if (!account) {
        return InvalidField(std::string(field), std::string(field) + " does not name an account you can see");
    }
    return std::move(*account);
}

Status RequireActiveUser(Context& context, UserId user, std::string_view field) {
    auto everyone = store::Scope::Everything();
    auto found = RAPPORT_TRY(store::RecordStore<domain::User>::Find(context.transaction, user, everyone));
    if (!found || !found->active) {
        return InvalidField(std::string(field), std::string(field) + " does not name an active user");
    }
    return {};
}

Status RequireManageableOwner(Context& context, UserId owner, std::string_view field) {
    RAPPORT_CHECK(RequireActiveUser(context, owner, field));
    if (!context.caller.CanManage(owner)) {
        return MakeError(ErrorCode::kForbidden, "you cannot give records to a user outside your scope",
                         std::string(field));
    }
    return {};
}

Status RefreshSearchDocument(Context& context, AccountId id) {
    auto everything = store::Scope::Everything();
    auto account = RAPPORT_TRY(store::RecordStore<domain::Account>::Find(context.transaction, id, everything));
    if (!account) return context.transaction.ReplaceSearchDocument(ToInt(id), "");
    return RefreshSearchDocument(context, *account);
}

Status RefreshSearchDocument(Context& context, const domain::Account& account) {
    std::string document = account.name;
    for (const auto& part : {account.email, account.phone, account.website}) {
        if (part) document += " " + *part;
    }
    std::vector<store::Value> params{ToInt(account.id)};
    RAPPORT_CHECK(context.transaction.Query(
        "SELECT first_name, last_name, email FROM contact WHERE account_id = ? AND archived_at IS NULL", params,
        [&](const store::Row& row) -> Status {
            for (int column = 0; column < 3; ++column) {
                if (!row.IsNull(column)) {
                    document += ' ';
                    document += row.Text(column);
                }
            }
            return {};
        }));
    return context.transaction.ReplaceSearchDocument(ToInt(account.id), document);
}

Status RequireAdmin(const Caller& caller, std::string_view what) {
    if (caller.IsAdmin()) return {};
    return MakeError(ErrorCode::kForbidden, "only an admin may change " + std::string(what));
}

}  // namespace rapport::service
