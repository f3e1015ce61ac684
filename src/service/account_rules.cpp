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

Status Rules<domain::Account>::AfterWrite(Context& context, const domain::Account* before,
                                          const domain::Account& after) {
    return before ? RefreshSearchDocument(context, after.id) : IndexNewAccount(context, after);
}

Status Rules<domain::Account>::AfterArchive(Context& context, const domain::Account& account) {
    RAPPORT_CHECK(context.transaction.ReplaceSearchDocument(ToInt(account.id), ""));
    auto seconds = ToSeconds(context.now);
    auto on_behalf_of = context.caller.OnBehalfOf(account.owner_id);
    for (std::string_view table : {"activity", "deal", "contact"}) {
        // Table names come from this fixed list, never from input.
        std::vector<std::int64_t> ids;
        std::vector<store::Value> account_param{ToInt(account.id)};
        RAPPORT_CHECK(context.transaction.Query(
            "SELECT id FROM " + std::string(table) + " WHERE account_id = ? AND archived_at IS NULL", account_param,
            [&](const store::Row& row) -> Status {
                ids.push_back(row.Int(0));
                return {};
            }));
        if (ids.empty()) continue;
        std::vector<store::Value> params{seconds, seconds, ToInt(context.caller.id), ToInt(account.id)};
        RAPPORT_CHECK(context.transaction.Execute(
            "UPDATE " + std::string(table) +
                " SET archived_at = ?, version = version + 1, updated_at = ?, updated_by = ? "
                "WHERE account_id = ? AND archived_at IS NULL",
            params));
        auto collection = table == "activity" ? "activities" : std::string(table) + "s";
        boost::json::object changes{{"account_id", {{"archived_with", Codec<AccountId>::ToText(account.id)}}}};
        for (auto id : ids) {
            RAPPORT_CHECK(WriteAudit(context.transaction, context.caller, on_behalf_of, domain::AuditAction::kArchive,
                                     collection, id, changes, context.now));
        }
    }
    return {};
}

}  // namespace rapport::service
