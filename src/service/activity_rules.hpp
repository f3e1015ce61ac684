#pragma once

#include "domain/activity/activity.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Activities: owned by the creator unless named; any account, deal or contact they point at
/// must be visible to the caller, and a deal or contact fills in its account.
template <>
struct Rules<domain::Activity> : DefaultRules {
    static constexpr bool kImportable = true;
    static Status CheckRole(const Caller& caller) { return RequireSalesRole(caller, "activities"); }
    static Status BeforeCreate(Context& context, domain::Activity& activity, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::Activity& before, domain::Activity& after,
                               const FieldNames& given);
    static Status AfterWrite(Context&, const domain::Activity*, const domain::Activity&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::Activity& activity) {
        return std::optional<UserId>(activity.owner_id);
    }
};

}  // namespace rapport::service
