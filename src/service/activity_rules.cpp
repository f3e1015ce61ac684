#include "service/activity_rules.hpp"

#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"

namespace rapport::service {
namespace {

// The account of the deal or contact `id` (a `Record`) when the caller can see it; kInvalidArgument
// naming `field` otherwise. A batch reads each one once: an import of activities names them again and again.
template <typename Record>
Result<AccountId> AccountOfVisible(Context& context, typename store::Traits<Record>::Id id, std::string_view field) {
    if (context.batch) {
        if (auto account = context.batch->AccountOfVisible(id)) return *account;
    }
    auto record = RAPPORT_TRY(store::RecordStore<Record>::Find(context.transaction, id, context.caller.scope));
    if (!record) {
        return InvalidField(std::string(field), std::string(field) + " does not name a " +
                                                    std::string(store::Traits<Record>::kSingular) + " you can see");
    }
    if (context.batch) context.batch->RememberVisible(id, record->account_id);
    return record->account_id;
}

// Fills the activity's account from `linked`, the account of its deal or contact named by `field`.
Status Link(domain::Activity& activity, AccountId linked, std::string_view field) {
    if (activity.account_id && *activity.account_id != linked) {
        return InvalidField(std::string(field), std::string(field) + " belongs to another account than account_id");
    }
    activity.account_id = linked;
    return {};
}

// Checks the records the activity points at and fills its account from its deal or contact.
Status CheckLinks(Context& context, domain::Activity& activity) {
    if (activity.deal_id) {
        auto account = RAPPORT_TRY(AccountOfVisible<domain::Deal>(context, *activity.deal_id, "deal_id"));
        RAPPORT_CHECK(Link(activity, account, "deal_id"));
    }
    if (activity.contact_id) {
        auto account = RAPPORT_TRY(AccountOfVisible<domain::Contact>(context, *activity.contact_id, "contact_id"));
        RAPPORT_CHECK(Link(activity, account, "contact_id"));
    }
    if (activity.account_id) RAPPORT_CHECK(RequireVisibleAccount(context, *activity.account_id));
    return {};
}

}  // namespace

Status Rules<domain::Activity>::BeforeCreate(Context& context, domain::Activity& activity, const FieldNames& given) {
    if (!given.contains("owner_id")) activity.owner_id = context.caller.id;
    RAPPORT_CHECK(RequireOwnerForNew(context, activity.owner_id));
    return CheckLinks(context, activity);
}

Status Rules<domain::Activity>::BeforeUpdate(Context& context, const domain::Activity& before, domain::Activity& after,
                                             const FieldNames& given) {
    RAPPORT_CHECK(RequireOwnerMove(context, before.owner_id, after.owner_id));
    bool links_changed = given.contains("account_id") || given.contains("deal_id") || given.contains("contact_id");
    return links_changed ? CheckLinks(context, after) : Status{};
}

}  // namespace rapport::service
