#include "service/account_rules.hpp"

#include "service/account_followers.hpp"
#include "service/deal_rules.hpp"

namespace rapport::service {

Status Rules<domain::Account>::BeforeCreate(Context& context, domain::Account& account, const FieldNames& given) {
    if (!given.contains("owner_id")) account.owner_id = context.caller.id;
    return RequireOwnerForNew(context, account.owner_id);
}

Status Rules<domain::Account>::BeforeUpdate(Context& context, const domain::Account& before, domain::Account& after,
                                            const FieldNames&) {
    return RequireOwnerMove(context, before.owner_id, after.owner_id);
}

Status Rules<domain::Account>::AfterWrite(Context& context, const domain::Account* before,
                                          const domain::Account& after) {
    if (!before) return IndexNewAccount(context, after);
    // Its deals are seen through the account's owner too: the per-owner deal summaries follow the account.
    if (before->owner_id != after.owner_id) {
        RAPPORT_CHECK(MoveDealSummaries(context, after.id, before->owner_id, after.owner_id));
    }
    return RefreshSearchDocument(context, after.id);
}

Status Rules<domain::Account>::BeforeArchive(Context& context, const domain::Account& account) {
    if (context.caller.IsHeadOf(account.owner_id)) return {};
    return MakeError(ErrorCode::kForbidden,
                     "archiving or restoring an account is for its owner's head, directors and admins");
}

Status Rules<domain::Account>::AfterArchive(Context& context, const domain::Account& account) {
    RAPPORT_CHECK(context.transaction.RemoveSearchDocument(ToInt(account.id)));
    return ArchiveFollowers(context, account);
}

Status Rules<domain::Account>::AfterRestore(Context& context, const domain::Account& account) {
    RAPPORT_CHECK(RestoreFollowers(context, account));
    // Once, after the contacts are back: their names and e-mails are part of the document.
    return RefreshSearchDocument(context, account.id);
}

}  // namespace rapport::service
