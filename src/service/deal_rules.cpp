#include "service/deal_rules.hpp"

namespace rapport::service {

Status Rules<domain::Deal>::BeforeCreate(Context& context, domain::Deal& deal, const FieldNames& given) {
    auto account_owner = RAPPORT_TRY(RequireVisibleAccount(context, deal.account_id));
    if (!given.contains("owner_id")) deal.owner_id = account_owner;
    RAPPORT_CHECK(RequireManageableOwner(context, deal.owner_id));
    if (!given.contains("probability")) deal.probability = domain::DefaultProbability(deal.stage);
    // A deal recorded as already closed (an import of history) is closed as of now.
    if (domain::IsClosed(deal.stage)) deal.closed_at = context.now;
    return {};
}

Status Rules<domain::Deal>::BeforeUpdate(Context& context, const domain::Deal& before, domain::Deal& after,
                                         const FieldNames& given) {
    if (after.owner_id != before.owner_id) RAPPORT_CHECK(RequireManageableOwner(context, after.owner_id));
    return domain::ApplyStageChange(after, before.stage, context.now, given.contains("probability"));
}

Status Rules<domain::Deal>::AfterWrite(Context& context, const domain::Deal* before, const domain::Deal& after) {
    std::vector<domain::Stage> entered;
    if (before) {
        entered = domain::StagesEntered(before->stage, after.stage);
    } else {
        entered = domain::StagesEntered(domain::Stage::kNew, after.stage);
        entered.insert(entered.begin(), domain::Stage::kNew);
    }
    if (entered.empty()) return {};
    if (context.batch) {
        for (auto stage : entered) {
            std::vector<store::Value> row{ToInt(after.id), std::string(EnumName(stage)), ToSeconds(context.now),
                                          ToInt(context.caller.id)};
            RAPPORT_CHECK(context.batch->stage_history().Add(context.transaction, row));
        }
        return {};
    }
    // One statement for every stage entered: a deal imported as won enters five at once.
    std::string sql = "INSERT INTO deal_stage_history (deal_id, stage, entered_at, entered_by) VALUES ";
    std::vector<store::Value> params;
    params.reserve(entered.size() * 4);
    for (auto stage : entered) {
        if (!params.empty()) sql += ", ";
        sql += "(?, ?, ?, ?)";
        params.insert(params.end(), {ToInt(after.id), std::string(EnumName(stage)), ToSeconds(context.now),
                                     ToInt(context.caller.id)});
    }
    return ToStatus(context.transaction.Execute(sql, params));
}

}  // namespace rapport::service
