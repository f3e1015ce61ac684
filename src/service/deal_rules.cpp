#include "service/deal_rules.hpp"

#include "store/deal_summary.hpp"

namespace rapport::service {

Status Rules<domain::Deal>::BeforeCreate(Context& context, domain::Deal& deal, const FieldNames& given) {
    auto account_owner = RAPPORT_TRY(RequireVisibleAccount(context, deal.account_id));
    if (!given.contains("owner_id")) deal.owner_id = account_owner;
    RAPPORT_CHECK(RequireOwnerForNew(context, deal.owner_id));
    if (!given.contains("probability")) deal.probability = domain::DefaultProbability(deal.stage);
    // A deal recorded as already closed keeps the date an import of history gives it, or is closed as of now.
    if (!given.contains("closed_at")) {
        if (domain::IsClosed(deal.stage)) deal.closed_at = context.now;
        return {};
    }
    if (!domain::IsClosed(deal.stage)) return InvalidField("closed_at", "closed_at is only for a won or lost deal");
    if (deal.closed_at && *deal.closed_at > context.now) {
        return InvalidField("closed_at", "closed_at must not be in the future");
    }
    return {};
}

Status Rules<domain::Deal>::BeforeUpdate(Context& context, const domain::Deal& before, domain::Deal& after,
                                         const FieldNames& given) {
    // Closed deals are what pay and reports stand on: only those who answer for them may correct them.
    bool may_correct = context.caller.role == domain::Role::kDirector || context.caller.role == domain::Role::kAdmin;
    if (!may_correct) RAPPORT_CHECK(domain::CheckClosedDealUnchanged(before, after));
    RAPPORT_CHECK(RequireOwnerMove(context, before.owner_id, after.owner_id));
    RAPPORT_CHECK(domain::ApplyStageChange(after, before.stage, context.now, given.contains("probability")));
    // Before the deal's row is written: see AccountOwner below.
    return ToStatus(store::AccountOwnerForSummaries(context.transaction, after.account_id));
}

Status Rules<domain::Deal>::BeforeArchive(Context& context, const domain::Deal& deal) {
    return ToStatus(store::AccountOwnerForSummaries(context.transaction, deal.account_id));
}

namespace {

// Adds the write's change to the deal summaries: within a batch to the batch's, written when it
// finishes; otherwise written at once.
Status Summarise(Context& context, const std::function<Status(store::DealSummaryChange&)>& add) {
    if (context.batch) return add(context.batch->deal_summaries());
    store::DealSummaryChange change;
    RAPPORT_CHECK(add(change));
    return change.Write(context.transaction);
}

// The owner of the deal's account, under whom the per-owner summaries count it: within a batch the one
// BeforeCreate saw (the batch is the only writer). BeforeUpdate and BeforeArchive read it first, before the
// deal's row is written, so that on PostgreSQL every writer takes the account's lock before the deal's, as
// an account's archive does, and none waits for the other's.
Result<UserId> AccountOwner(Context& context, AccountId account) {
    if (context.batch) {
        if (auto owner = context.batch->OwnerOfVisibleAccount(account)) return *owner;
    }
    return store::AccountOwnerForSummaries(context.transaction, account);
}

}  // namespace

Status MoveDealSummaries(Context& context, AccountId account, UserId from, UserId to) {
    return Summarise(context, [&](store::DealSummaryChange& change) {
        return change.MoveAccount(context.transaction, account, from, to);
    });
}

Status Rules<domain::Deal>::AfterWrite(Context& context, const domain::Deal* before, const domain::Deal& after) {
    std::vector<domain::Stage> entered;
    // A new closed deal entered its stages when it closed: today, or the date an import of history gave it.
    auto entered_at = !before && after.closed_at ? *after.closed_at : context.now;
    if (before) {
        entered = domain::StagesEntered(before->stage, after.stage);
    } else {
        entered = domain::StagesEntered(domain::Stage::kNew, after.stage);
        entered.insert(entered.begin(), domain::Stage::kNew);
    }
    // A new deal has entered no stage before; a moved one may re-enter a stage, which the funnel must
    // know to count the deal once (read before this write's own entries are added).
    std::map<domain::Stage, Timestamp> last_entries;
    if (before && !entered.empty()) last_entries = RAPPORT_TRY(store::LastStageEntries(context.transaction, after.id));
    // A deal's account never changes (account_id is create-only); its owner may have since the deal was written.
    auto account_owner = RAPPORT_TRY(AccountOwner(context, after.account_id));
    store::DealOwners owners{after.owner_id, account_owner};
    RAPPORT_CHECK(Summarise(context, [&](store::DealSummaryChange& change) -> Status {
        if (before) change.AddDeal(*before, account_owner, -1);
        change.AddDeal(after, account_owner, 1);
        // The entries written so far follow the deal to its new owner; this write's own are added below.
        if (before && before->owner_id != after.owner_id) {
            RAPPORT_CHECK(change.MoveEntries(context.transaction, after.id, {before->owner_id, account_owner}, owners));
        }
        for (auto stage : entered) {
            auto last = last_entries.find(stage);
            auto previous = last == last_entries.end() ? std::nullopt : std::optional<Timestamp>(last->second);
            change.AddEntry(after.id, owners, stage, entered_at, previous, 1);
        }
        return {};
    }));
    if (entered.empty()) return {};
    if (context.batch) {
        for (auto stage : entered) {
            std::vector<store::Value> row{ToInt(after.id), std::string(EnumName(stage)), ToSeconds(entered_at),
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
        params.insert(params.end(),
                      {ToInt(after.id), std::string(EnumName(stage)), ToSeconds(entered_at), ToInt(context.caller.id)});
    }
    return ToStatus(context.transaction.Execute(sql, params));
}

Status Rules<domain::Deal>::AfterArchive(Context& context, const domain::Deal& deal) {
    auto account_owner = RAPPORT_TRY(AccountOwner(context, deal.account_id));
    return Summarise(context, [&](store::DealSummaryChange& change) {
        return change.SubtractDeal(context.transaction, deal, account_owner);
    });
}

Status Rules<domain::Deal>::AfterRestore(Context& context, const domain::Deal& deal) {
    auto account_owner = RAPPORT_TRY(AccountOwner(context, deal.account_id));
    return Summarise(context, [&](store::DealSummaryChange& change) {
        return change.AddBackDeal(context.transaction, deal, account_owner);
    });
}

}  // namespace rapport::service
