#pragma once

#include "domain/absence/absence.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Absences: a manager records their own, a head those of their team, a director or admin
/// anyone's; the deputy is an active colleague. Cancelling (archiving) ends the deputy's access.
template <>
struct Rules<domain::Absence> : DefaultRules {
    static Status BeforeCreate(Context& context, domain::Absence& absence, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::Absence& before, domain::Absence& after,
                               const FieldNames& given);
    static Status BeforeArchive(Context& context, const domain::Absence& absence);
    static Status AfterWrite(Context&, const domain::Absence*, const domain::Absence&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::Absence&) { return std::optional<UserId>{}; }
};

}  // namespace rapport::service
