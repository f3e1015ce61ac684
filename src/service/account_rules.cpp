#include "service/account_rules.hpp"

#include "store/deal_summary.hpp"

#include <algorithm>
#include <span>

namespace rapport::service {
namespace {

// Takes the deals an account's archive just archived out of the deal summaries.
Status SubtractArchivedDeals(Context& context, std::span<const std::int64_t> ids) {
    store::DealSummaryChange change;
    RAPPORT_CHECK(change.SubtractDeals(context.transaction, ids));
    return change.Write(context.transaction);
}

}  // namespace

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
    RAPPORT_CHECK(context.transaction.RemoveSearchDocument(ToInt(account.id)));
    auto seconds = ToSeconds(context.now);
    auto on_behalf_of = context.caller.OnBehalfOf(account.owner_id);
    for (std::string_view table : {"activity", "deal", "contact"}) {
        // Table names come from this fixed list, never from input. RETURNING names exactly the rows this
        // statement archived, even when another writer archives some of them meanwhile.
        std::vector<std::int64_t> ids;
        std::vector<store::Value> params{seconds, seconds, ToInt(context.caller.id), ToInt(account.id)};
        RAPPORT_CHECK(context.transaction.Query(
            "UPDATE " + std::string(table) +
                " SET archived_at = ?, version = version + 1, updated_at = ?, updated_by = ? "
                "WHERE account_id = ? AND archived_at IS NULL RETURNING id",
            params, [&](const store::Row& row) -> Status {
                ids.push_back(row.Int(0));
                return {};
            }));
        if (ids.empty()) continue;
        std::sort(ids.begin(), ids.end());  // RETURNING gives them in no set order.
        // The deals are read after their archive, which holds them: no one changes them in between.
        if (table == "deal") RAPPORT_CHECK(SubtractArchivedDeals(context, ids));
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
