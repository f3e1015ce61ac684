#include "service/contact_rules.hpp"

namespace rapport::service {

Status Rules<domain::Contact>::BeforeCreate(Context& context, domain::Contact& contact, const FieldNames&) {
    return ToStatus(RequireVisibleAccount(context, contact.account_id));
}

Status Rules<domain::Contact>::BeforeUpdate(Context& context, const domain::Contact& before, domain::Contact& after,
                                            const FieldNames&) {
    if (after.account_id != before.account_id) return ToStatus(RequireVisibleAccount(context, after.account_id));
    return {};
}

Status Rules<domain::Contact>::AfterWrite(Context& context, const domain::Contact* before,
                                          const domain::Contact& after) {
    if (before && before->account_id != after.account_id) {
        RAPPORT_CHECK(RefreshSearchDocumentOnce(context, before->account_id));
    }
    return RefreshSearchDocumentOnce(context, after.account_id);
}

Status Rules<domain::Contact>::AfterArchive(Context& context, const domain::Contact& contact) {
    return RefreshSearchDocument(context, contact.account_id);
}

Result<std::optional<UserId>> Rules<domain::Contact>::Owner(Context& context, const domain::Contact& contact) {
    return OwnerOfAccount(context, contact.account_id);
}

}  // namespace rapport::service
