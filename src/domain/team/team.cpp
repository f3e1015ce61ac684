#include "domain/team/team.hpp"

namespace rapport::domain {

Status Validate(const Team& team) { return CheckLength(team.name, "name", 1, 100); }

}  // namespace rapport::domain
