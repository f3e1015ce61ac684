#pragma once

#include "domain/deal/deal.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Deals: on an account the caller can see, owned by that account's owner unless named; stage
/// moves follow the pipeline (domain/deal) and each stage entered is kept for the funnel; every
/// write and archive keeps the deal summaries (store/deal_summary.hpp) true in its transaction, and so
/// does a change of an account's owner (MoveDealSummaries).
template <>
struct Rules<domain::Deal> : DefaultRules {
    static constexpr bool kImportable = true;
    static Status CheckRole(const Caller& caller) { return RequireSalesRole(caller, "deals"); }
    static Status BeforeCreate(Context& context, domain::Deal& deal, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::Deal& before, domain::Deal& after,
                               const FieldNames& given);
    static Status AfterWrite(Context& context, const domain::Deal* before, const domain::Deal& after);
    static Status BeforeArchive(Context& context, const domain::Deal& deal);
    static Status AfterArchive(Context& context, const domain::Deal& deal);
    static Status AfterRestore(Context& context, const domain::Deal& deal);
    static Result<std::optional<UserId>> Owner(Context&, const domain::Deal& deal) {
        return std::optional<UserId>(deal.owner_id);
    }
};

/// Moves the summaries of the deals of `account` that are not archived from its owner `from` to `to`, in
/// the per-owner summaries through which the account's owner sees them: for a change of the account's owner.
Status MoveDealSummaries(Context& context, AccountId account, UserId from, UserId to);

}  // namespace rapport::service
