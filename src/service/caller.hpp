#pragma once

#include "core/ids.hpp"
#include "domain/user/user.hpp"
#include "store/visibility.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::service {

/// Who is acting, resolved once per request from their session: role, team, and the scope of
/// records they may see and edit today (their own, their team's, or those of absent colleagues
/// whose deputy they are).
struct Caller {
    UserId id{};
    std::string name;
    domain::Role role = domain::Role::kManager;
    std::optional<TeamId> team_id;
    store::Scope scope;
    std::vector<UserId> deputy_for;  // Colleagues absent today who named this caller deputy.

    bool IsAdmin() const { return role == domain::Role::kAdmin; }
    bool SeesEverything() const { return scope.everything; }

    /// The owner on whose behalf the caller acts when changing a record owned by `owner`:
    /// that owner when the caller is their deputy today, else none.
    std::optional<UserId> OnBehalfOf(UserId owner) const;

    /// Whether records owned by `owner` are within the caller's scope.
    bool CanManage(UserId owner) const;
};

/// The caller used by the command line: an administrator acting as `id`.
Caller SystemCaller(UserId id);

}  // namespace rapport::service
