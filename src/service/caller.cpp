#include "service/caller.hpp"

#include <algorithm>

namespace rapport::service {

std::optional<UserId> Caller::OnBehalfOf(UserId owner) const {
    if (owner == id) return std::nullopt;
    if (std::find(deputy_for.begin(), deputy_for.end(), owner) != deputy_for.end()) return owner;
    return std::nullopt;
}

bool Caller::CanManage(UserId owner) const {
    if (scope.everything) return true;
    return std::find(scope.owners.begin(), scope.owners.end(), ToInt(owner)) != scope.owners.end();
}

bool Caller::MayCreateFor(UserId owner) const {
    return owner == id || IsHeadOf(owner) || std::find(deputy_for.begin(), deputy_for.end(), owner) != deputy_for.end();
}

bool Caller::MayMove(UserId from, UserId to) const { return IsHeadOf(from) && IsHeadOf(to); }

bool Caller::IsHeadOf(UserId user) const {
    if (role == domain::Role::kDirector || role == domain::Role::kAdmin) return true;
    if (role != domain::Role::kHead) return false;
    return std::find(team_members.begin(), team_members.end(), user) != team_members.end();
}

Caller SystemCaller(UserId id) {
    Caller caller;
    caller.id = id;
    caller.name = "rapport command line";
    caller.role = domain::Role::kAdmin;
    caller.scope = store::Scope::Everything(ToInt(id));
    return caller;
}

}  // namespace rapport::service
