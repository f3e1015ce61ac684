#pragma once

#include "domain/team/team.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Teams: everyone reads them; only an admin changes them.
template <>
struct Rules<domain::Team> : DefaultRules {
    static Status CheckRole(const Caller& caller) { return RequireAdmin(caller, "teams"); }
    static Status BeforeCreate(Context& context, domain::Team& team, const FieldNames&) {
        return CheckHead(context, team);
    }
    static Status BeforeUpdate(Context& context, const domain::Team&, domain::Team& after, const FieldNames&) {
        return CheckHead(context, after);
    }
    static Status AfterWrite(Context&, const domain::Team*, const domain::Team&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::Team&) { return std::optional<UserId>{}; }

private:
    static Status CheckHead(Context& context, const domain::Team& team) {
        return team.head_id ? RequireActiveUser(context, *team.head_id, "head_id") : Status{};
    }
};

}  // namespace rapport::service
