#include "domain/absence/absence.hpp"

namespace rapport::domain {

Status Validate(const Absence& absence) {
    if (absence.ends_on < absence.starts_on) {
        return InvalidField("ends_on", "ends_on must not be before starts_on");
    }
    if (absence.deputy_id == absence.user_id) {
        return InvalidField("deputy_id", "a user cannot be their own deputy");
    }
    return {};
}

bool IsInForce(const Absence& absence, Date day) { return absence.starts_on <= day && day <= absence.ends_on; }

}  // namespace rapport::domain
