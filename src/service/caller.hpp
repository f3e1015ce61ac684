#pragma once

#include "core/ids.hpp"
#include "domain/user/user.hpp"
#include "store/visibility.hpp"

#include <cstdint>
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
    std::int64_t level = 1;  // A manager's seniority, which bounds their manual discounts (settings).
    // Resolved from a session (ResolveCaller): an active user then, who may own records unless in operations. The
    // command line's caller is not (SystemCaller): it acts as an administrator, whoever it names.
    bool signed_in = false;
    std::optional<TeamId> team_id;
    store::Scope scope;
    std::vector<UserId> deputy_for;  // Colleagues absent today who named this caller deputy.
    // For a head: the members of their own team and of the teams they head, the head included, and those
    // who left (archived users) while in one of them, whose records stay with the head until given away.
    std::vector<UserId> team_members;

    bool IsAdmin() const { return role == domain::Role::kAdmin; }
    bool SeesEverything() const { return scope.everything; }

    /// The owner on whose behalf the caller acts when changing a record owned by `owner`:
    /// that owner when the caller is their deputy today, else none.
    std::optional<UserId> OnBehalfOf(UserId owner) const;

    /// Whether records owned by `owner` are within the caller's scope.
    bool CanManage(UserId owner) const;

    /// Whether the caller may create a record owned by `owner`: directors and admins for anyone, a head
    /// for their teams, anyone for themselves and, as their deputy, for an absent colleague.
    bool MayCreateFor(UserId owner) const;

    /// Whether the caller may move a record from `from` to `to` (API.md, "Visibility", second release):
    /// directors and admins always, a head when both are in their teams; a manager or a deputy never.
    bool MayMove(UserId from, UserId to) const;

    /// Whether the caller heads `user`'s team (or is a director or an admin), not merely deputising.
    bool IsHeadOf(UserId user) const;
};

/// The caller used by the command line: an administrator acting as `id`.
Caller SystemCaller(UserId id);

}  // namespace rapport::service
