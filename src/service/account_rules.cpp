#include "service/account_rules.hpp"

namespace rapport::service {

Status Rules<domain::Account>::BeforeCreate(Context& context, domain::Account& account, const FieldNames& given) {
    if (!given.contains("owner_id")) account.owner_id = context.caller.id;
    return RequireManageableOwner(context, account.owner_id);
}

Status Rules<domain::Account>::BeforeUpdate(Context& context, const domain::Account& before, domain::Account& after,
                                            const FieldNames&) {
    if (after.owner_id != before.owner_id) return RequireManageableOwner(context, after.owner_id);
    return {};
}

Status Rules<domain::Account>::AfterWrite(Context& context, const domain::Account*, const domain::Account& after) {
    return RefreshSearchDocument(context, after.id);
}

}  // namespace rapport::service
