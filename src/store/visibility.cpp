#include "store/visibility.hpp"

namespace rapport::store {

// One placeholder per owner: the ids are bound, never spliced.
void AppendOwnerIn(std::string_view column, const Scope& scope, Condition& condition) {
    if (scope.owners.empty()) {
        condition.sql += "0 = 1";
        return;
    }
    condition.sql += column;
    condition.sql += " IN (";
    for (std::size_t i = 0; i < scope.owners.size(); ++i) {
        condition.sql += i == 0 ? "?" : ", ?";
        condition.params.emplace_back(scope.owners[i]);
    }
    condition.sql += ')';
}

namespace {

// How "the row's account is owned in scope" is written: as a subquery, as an array of the accounts' ids, which
// PostgreSQL can look up in an index on account_id beside another on owner_id (see VisibilityConditionForEveryRow),
// or from the owner the row keeps (AccountOwnerFrom::kRow).
enum class AccountsAs { kSubquery, kArray, kRowColumn };

void AppendAccountOwnerIn(std::string_view table, const Scope& scope, AccountsAs form, Condition& condition) {
    if (form == AccountsAs::kRowColumn) {
        AppendOwnerIn(std::string(table) + ".account_owner_id", scope, condition);
        return;
    }
    condition.sql += std::string(table) +
                     (form == AccountsAs::kArray ? ".account_id = ANY(ARRAY(" : ".account_id IN (") +
                     "SELECT id FROM account WHERE ";
    AppendOwnerIn("owner_id", scope, condition);
    condition.sql += form == AccountsAs::kArray ? "))" : ")";
}

Condition BuildCondition(domain::VisibleBy by, std::string_view table, const Scope& scope, AccountsAs form) {
    Condition condition;
    if (scope.everything || by == domain::VisibleBy::kEveryone) return condition;
    if (by == domain::VisibleBy::kFulfilment && scope.fulfilment) return condition;
    auto column = [&](std::string_view name) { return std::string(table) + "." + std::string(name); };
    switch (by) {
        case domain::VisibleBy::kEveryone: break;
        case domain::VisibleBy::kOwner: AppendOwnerIn(column("owner_id"), scope, condition); break;
        case domain::VisibleBy::kAccount: AppendAccountOwnerIn(table, scope, form, condition); break;
        case domain::VisibleBy::kOwnerOrAccount:
        case domain::VisibleBy::kFulfilment:
            condition.sql += '(';
            AppendOwnerIn(column("owner_id"), scope, condition);
            condition.sql += " OR ";
            AppendAccountOwnerIn(table, scope, form, condition);
            condition.sql += ')';
            break;
        case domain::VisibleBy::kAbsence:
            condition.sql += '(';
            AppendOwnerIn(column("user_id"), scope, condition);
            condition.sql += " OR " + column("deputy_id") + " = ?)";
            condition.params.emplace_back(scope.self);
            break;
    }
    return condition;
}

}  // namespace

Condition VisibilityCondition(domain::VisibleBy by, std::string_view table, const Scope& scope, AccountOwnerFrom from) {
    return BuildCondition(by, table, scope,
                          from == AccountOwnerFrom::kRow ? AccountsAs::kRowColumn : AccountsAs::kSubquery);
}

Condition VisibilityConditionForEveryRow(domain::VisibleBy by, std::string_view table, const Scope& scope,
                                         Engine engine) {
    return BuildCondition(by, table, scope, engine == Engine::kPostgres ? AccountsAs::kArray : AccountsAs::kSubquery);
}

// PostgreSQL plans a prepared statement once for any owner (its generic plan), as if each owner's rows were spread
// evenly over the ids; for "owner_id = $1 ORDER BY id LIMIT 51" it then walks the primary key and filters on the
// owner (at dataset M, 2,818 rows removed for one page of a manager's offers, and every older row for a manager hired
// last year). Written as an array, the owner is no longer an equality the planner may drop from "ORDER BY owner_id,
// id", an order that only the index on (owner_id, id) gives: it reads the page's rows and stops. SQLite reads
// "owner_id = ?" through that index either way.
Condition OwnerIs(std::string_view column, std::int64_t owner, Engine engine) {
    auto test = engine == Engine::kPostgres ? " = ANY(ARRAY[?::bigint])" : " = ?";
    return Condition{std::string(column) + test, {owner}};
}

OwnerPairConditions VisibleOwnerPairs(std::string_view table, const Scope& scope) {
    OwnerPairConditions pairs;
    if (scope.everything) return pairs;
    std::string owner = std::string(table) + ".owner_id";
    AppendOwnerIn(owner, scope, pairs.owned);
    AppendOwnerIn(std::string(table) + ".account_owner_id", scope, pairs.through_account);
    if (scope.owners.empty()) return pairs;
    pairs.through_account.sql += " AND NOT (";
    AppendOwnerIn(owner, scope, pairs.through_account);
    pairs.through_account.sql += ')';
    return pairs;
}

}  // namespace rapport::store
