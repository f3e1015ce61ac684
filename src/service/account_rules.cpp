#include "service/account_rules.hpp"

#include "service/account_followers.hpp"
#include "service/deal_rules.hpp"
#include "service/payment_term_rules.hpp"

namespace rapport::service {
namespace {

Status RequirePriceList(Context& context, PriceListId id) {
    std::vector<store::Value> params{ToInt(id)};
    bool found = false;
    RAPPORT_CHECK(context.transaction.Query("SELECT 1 FROM price_list WHERE id = ? AND archived_at IS NULL", params,
                                            [&](const store::Row&) -> Status {
                                                found = true;
                                                return {};
                                            }));
    if (found) return {};
    return InvalidField("price_list_id", "price_list_id names no price list: " + std::to_string(ToInt(id)));
}

// The price list and payment terms an account names must be there when they are named; an account keeps a list
// or terms archived since, until someone changes them.
Status RequireCommercialTerms(Context& context, const domain::Account* before, const domain::Account& after) {
    if (after.price_list_id && (!before || before->price_list_id != after.price_list_id)) {
        RAPPORT_CHECK(RequirePriceList(context, *after.price_list_id));
    }
    if (after.payment_terms && (!before || before->payment_terms != after.payment_terms)) {
        RAPPORT_CHECK(RequirePaymentTerm(context, *after.payment_terms));
    }
    return {};
}

}  // namespace

Status Rules<domain::Account>::BeforeCreate(Context& context, domain::Account& account, const FieldNames& given) {
    if (!given.contains("owner_id")) account.owner_id = context.caller.id;
    RAPPORT_CHECK(RequireOwnerForNew(context, account.owner_id));
    return RequireCommercialTerms(context, nullptr, account);
}

Status Rules<domain::Account>::BeforeUpdate(Context& context, const domain::Account& before, domain::Account& after,
                                            const FieldNames&) {
    RAPPORT_CHECK(RequireOwnerMove(context, before.owner_id, after.owner_id));
    return RequireCommercialTerms(context, &before, after);
}

Status Rules<domain::Account>::AfterWrite(Context& context, const domain::Account* before,
                                          const domain::Account& after) {
    if (!before) return IndexNewAccount(context, after);
    // Its followers are seen through the account's owner too: the per-owner deal summaries follow the account,
    // and so does the owner its documents keep.
    if (before->owner_id != after.owner_id) {
        RAPPORT_CHECK(MoveDealSummaries(context, after.id, before->owner_id, after.owner_id));
        RAPPORT_CHECK(MoveFollowersAccountOwner(context, after.id, after.owner_id));
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
