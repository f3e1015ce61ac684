#include "domain/activity/activity.hpp"

namespace rapport::domain {

Status Validate(const Activity& activity) {
    RAPPORT_CHECK(CheckLength(activity.subject, "subject", 1, 200));
    RAPPORT_CHECK(CheckLength(activity.body, "body", 20000));
    RAPPORT_CHECK(CheckLength(activity.outcome, "outcome", 2000));
    bool directed = activity.kind == ActivityKind::kCall || activity.kind == ActivityKind::kEmail;
    if (activity.direction && !directed) {
        return InvalidField("direction", "direction applies only to calls and e-mails");
    }
    return {};
}

}  // namespace rapport::domain
