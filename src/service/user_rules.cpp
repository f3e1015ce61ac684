#include "service/user_rules.hpp"

#include "domain/team/team.hpp"

#include <algorithm>

namespace rapport::service {
namespace {

Status CheckTeam(Context& context, const domain::User& user) {
    if (!user.team_id) return {};
    auto everyone = store::Scope::Everything();
    auto team = RAPPORT_TRY(store::RecordStore<domain::Team>::Find(context.transaction, *user.team_id, everyone));
    if (!team) return InvalidField("team_id", "team_id does not name a team");
    return {};
}

}  // namespace

Status Rules<domain::User>::BeforeCreate(Context& context, domain::User& user, const FieldNames&) {
    RAPPORT_CHECK(RequireAdmin(context.caller, "users"));
    user.email = domain::NormalizeEmail(user.email);
    return CheckTeam(context, user);
}

Status Rules<domain::User>::BeforeUpdate(Context& context, const domain::User& before, domain::User& after,
                                         const FieldNames& given) {
    // Everyone may rename themselves and choose their own language; every other change is an admin's.
    bool own_fields_only =
        before.id == context.caller.id && !given.empty() &&
        std::all_of(given.begin(), given.end(), [](const auto& name) { return name == "name" || name == "locale"; });
    if (!own_fields_only && !given.empty()) RAPPORT_CHECK(RequireAdmin(context.caller, "users"));
    // Each carries its field: a conflict without one is the store's duplicate e-mail (UserService).
    if (before.id == context.caller.id && !after.active) {
        return MakeError(ErrorCode::kConflict, "you cannot deactivate yourself", "active");
    }
    if (before.id == context.caller.id && after.role != before.role) {
        return MakeError(ErrorCode::kConflict, "you cannot change your own role", "role");
    }
    after.email = domain::NormalizeEmail(after.email);
    return CheckTeam(context, after);
}

Status Rules<domain::User>::BeforeArchive(Context& context, const domain::User& user) {
    RAPPORT_CHECK(RequireAdmin(context.caller, "users"));
    if (user.id == context.caller.id) return MakeError(ErrorCode::kConflict, "you cannot archive yourself");
    return {};
}

Status Rules<domain::User>::AfterArchive(Context& context, const domain::User& user) {
    std::vector<store::Value> params{ToInt(user.id)};
    return ToStatus(context.transaction.Execute("DELETE FROM session WHERE user_id = ?", params));
}

}  // namespace rapport::service
