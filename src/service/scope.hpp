#pragma once

#include "service/caller.hpp"
#include "store/database.hpp"

namespace rapport::service {

/// Resolves the full Caller for user `id` on `today`: role, team, deputised colleagues and the
/// scope that follows (API.md, "Visibility"). kUnauthenticated when the user is gone or inactive.
Result<Caller> ResolveCaller(store::Transaction& transaction, UserId id, Date today);

}  // namespace rapport::service
