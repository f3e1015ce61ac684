#include "service/absence_rules.hpp"

namespace rapport::service {
namespace {

Status CheckMayRecord(Context& context, UserId absent) {
    const auto& caller = context.caller;
    // A head standing in for another head does not take over their team's absences.
    bool allowed = absent == caller.id || caller.IsHeadOf(absent);
    if (!allowed) {
        return MakeError(ErrorCode::kForbidden,
                         caller.role == domain::Role::kManager
                             ? "a manager records only their own absences"
                             : "you may record absences only for the members of your teams",
                         "user_id");
    }
    return {};
}

}  // namespace

Status Rules<domain::Absence>::BeforeCreate(Context& context, domain::Absence& absence, const FieldNames&) {
    RAPPORT_CHECK(CheckMayRecord(context, absence.user_id));
    RAPPORT_CHECK(RequireActiveUser(context, absence.user_id, "user_id"));
    return RequireActiveUser(context, absence.deputy_id, "deputy_id");
}

Status Rules<domain::Absence>::BeforeUpdate(Context& context, const domain::Absence& before, domain::Absence& after,
                                            const FieldNames&) {
    RAPPORT_CHECK(CheckMayRecord(context, before.user_id));
    if (after.deputy_id != before.deputy_id) return RequireActiveUser(context, after.deputy_id, "deputy_id");
    return {};
}

Status Rules<domain::Absence>::BeforeArchive(Context& context, const domain::Absence& absence) {
    return CheckMayRecord(context, absence.user_id);
}

}  // namespace rapport::service
