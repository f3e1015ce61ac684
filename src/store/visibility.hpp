#pragma once

#include "domain/record.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::store {

/// Whose records a caller may see and edit, computed once per request (service/scope.cpp):
/// everything, or the records owned by a set of users.
struct Scope {
    bool everything = false;
    std::vector<std::int64_t> owners;  // When not everything: the visible owners' ids.
    std::int64_t self = 0;              // The caller, who always sees the absences naming them.

    /// Everything visible: for the system's own look-ups (references, owners, sign-in).
    static Scope Everything(std::int64_t self = 0) { return Scope{.everything = true, .owners = {}, .self = self}; }
};

/// A SQL condition with its parameters, to be joined with AND.
struct Condition {
    std::string sql;
    std::vector<Value> params;
};

/// The condition that limits rows of `table` to `scope`, for a collection made visible `by`
/// (see domain::VisibleBy). Empty when everything is visible. This is the only place that turns
/// visibility into SQL.
Condition VisibilityCondition(domain::VisibleBy by, std::string_view table, const Scope& scope);

}  // namespace rapport::store
