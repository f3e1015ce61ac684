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

Caller SystemCaller(UserId id) {
    Caller caller;
    caller.id = id;
    caller.name = "rapport command line";
    caller.role = domain::Role::kAdmin;
    caller.scope = store::Scope::Everything(ToInt(id));
    return caller;
}

}  // namespace rapport::service
