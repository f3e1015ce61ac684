#include "service/activity_rules.hpp"

#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"

namespace rapport::service {
namespace {

// Checks the records the activity points at and fills its account from its deal or contact.
Status CheckLinks(Context& context, domain::Activity& activity) {
    const auto& scope = context.caller.scope;
    if (activity.deal_id) {
        auto deal = RAPPORT_TRY(store::RecordStore<domain::Deal>::Find(context.transaction, *activity.deal_id, scope));
        if (!deal) return InvalidField("deal_id", "deal_id does not name a deal you can see");
        if (activity.account_id && *activity.account_id != deal->account_id) {
            return InvalidField("deal_id", "deal_id belongs to another account than account_id");
        }
        activity.account_id = deal->account_id;
    }
    if (activity.contact_id) {
        auto contact =
            RAPPORT_TRY(store::RecordStore<domain::Contact>::Find(context.transaction, *activity.contact_id, scope));
        if (!contact) return InvalidField("contact_id", "contact_id does not name a contact you can see");
        if (activity.account_id && *activity.account_id != contact->account_id) {
            return InvalidField("contact_id", "contact_id belongs to another account than account_id");
        }
        activity.account_id = contact->account_id;
    }
    if (activity.account_id) RAPPORT_CHECK(RequireVisibleAccount(context, *activity.account_id));
    return {};
}

}  // namespace

Status Rules<domain::Activity>::BeforeCreate(Context& context, domain::Activity& activity, const FieldNames& given) {
    if (!given.contains("owner_id")) activity.owner_id = context.caller.id;
    RAPPORT_CHECK(RequireManageableOwner(context, activity.owner_id));
    return CheckLinks(context, activity);
}

Status Rules<domain::Activity>::BeforeUpdate(Context& context, const domain::Activity& before,
                                             domain::Activity& after, const FieldNames& given) {
    if (after.owner_id != before.owner_id) RAPPORT_CHECK(RequireManageableOwner(context, after.owner_id));
    bool links_changed = given.contains("account_id") || given.contains("deal_id") || given.contains("contact_id");
    return links_changed ? CheckLinks(context, after) : Status{};
}

}  // namespace rapport::service
