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
    std::int64_t self = 0;             // The caller, who always sees the absences naming them.
    bool fulfilment = false;           // Operations staff: every order and invoice (domain::VisibleBy::kFulfilment).

    /// Everything visible: for the system's own look-ups (references, owners, sign-in).
    static Scope Everything(std::int64_t self = 0) { return Scope{.everything = true, .owners = {}, .self = self}; }
};

/// A SQL condition with its parameters, to be joined with AND.
struct Condition {
    std::string sql;
    std::vector<Value> params;
};

/// Where the owner of a row's account is read from: the account, or the row's own account_owner_id, which the
/// store keeps for the record types that say so (KeepsAccountOwner).
enum class AccountOwnerFrom { kAccount, kRow };

/// Whether rows of `Record` keep their account's owner in account_owner_id (RecordTraits::kKeepsAccountOwner):
/// written with every insert and update of the row, and moved with the account's owner (migration 0012); NULL where
/// the row's own owner is the account's (migration 0013), so that the column's index and statistics hold the few
/// rows a teammate owns on someone's account.
template <typename Record>
concept KeepsAccountOwner = requires {
    requires domain::RecordTraits<Record>::kKeepsAccountOwner;
};

/// The condition that limits rows of `table` to `scope`, for a collection made visible `by`
/// (see domain::VisibleBy). Empty when everything is visible. This is the only place that turns
/// visibility into SQL.
Condition VisibilityCondition(domain::VisibleBy by, std::string_view table, const Scope& scope,
                              AccountOwnerFrom from = AccountOwnerFrom::kAccount);

/// VisibilityCondition for the rows of `Record`'s own table, reading the account's owner from the row when it is kept
/// there.
template <typename Record>
Condition VisibilityOf(const Scope& scope) {
    using Traits = domain::RecordTraits<Record>;
    return VisibilityCondition(Traits::kVisibleBy, Traits::kTable, scope,
                               KeepsAccountOwner<Record> ? AccountOwnerFrom::kRow : AccountOwnerFrom::kAccount);
}

/// The same rows, for a query that reads every visible row (a report's sums) rather than a page in key order
/// or one row by its key. PostgreSQL checks "account_id IN (subquery)" row by row, which suits a page (it
/// walks the key and stops when the page is full) but makes a report of a manager's deals scan every deal:
/// it cannot look the subquery up in an index beside "owner_id IN (…)". Given the accounts' ids as an array
/// instead, it reads just the visible rows through both indexes (a manager's pipeline at 100,000 accounts:
/// 21 ms → 5 ms). SQLite reads both forms through its indexes; it gets the first.
Condition VisibilityConditionForEveryRow(domain::VisibleBy by, std::string_view table, const Scope& scope,
                                         Engine engine);

/// "column IN (?, …)" with one bound owner of `scope` each ("0 = 1" for none), appended to `condition`.
void AppendOwnerIn(std::string_view column, const Scope& scope, Condition& condition);

/// The rows whose `column` (owner_id, or account_owner_id where it is kept) holds `owner`, written for a walk of one
/// owner's rows in the order of the index on (column, id), as a page of a restricted scope is read
/// (BuildListQuery in store/list_query.hpp).
Condition OwnerIs(std::string_view column, std::int64_t owner, Engine engine);

/// The rows of a summary kept per pair of owners (owner_id, account_owner_id: migration 0005) that add up the
/// records of `scope` made visible by their owner or their account (domain::VisibleBy::kOwnerOrAccount), as two
/// conditions on `table` that no row meets both of: owned in scope, and seen only through the account's owner.
/// Each reads through an index of its own, where one OR would make an engine read both and drop the overlap.
/// Both empty when everything is visible.
struct OwnerPairConditions {
    Condition owned;
    Condition through_account;
};
OwnerPairConditions VisibleOwnerPairs(std::string_view table, const Scope& scope);

}  // namespace rapport::store
