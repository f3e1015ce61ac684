#include "store/visibility.hpp"

namespace rapport::store {
namespace {

// "column IN (?, ?, ?)" with one placeholder per owner; the ids are bound, never spliced.
void AppendOwnerList(std::string_view column, const Scope& scope, Condition& condition) {
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

void AppendAccountOwnerIn(std::string_view table, const Scope& scope, Condition& condition) {
    condition.sql += std::string(table) + ".account_id IN (SELECT id FROM account WHERE ";
    AppendOwnerList("owner_id", scope, condition);
    condition.sql += ')';
}

}  // namespace

Condition VisibilityCondition(domain::VisibleBy by, std::string_view table, const Scope& scope) {
    Condition condition;
    if (scope.everything || by == domain::VisibleBy::kEveryone) return condition;
    auto column = [&](std::string_view name) { return std::string(table) + "." + std::string(name); };
    switch (by) {
        case domain::VisibleBy::kEveryone: break;
        case domain::VisibleBy::kOwner: AppendOwnerList(column("owner_id"), scope, condition); break;
        case domain::VisibleBy::kAccount: AppendAccountOwnerIn(table, scope, condition); break;
        case domain::VisibleBy::kOwnerOrAccount:
            condition.sql += '(';
            AppendOwnerList(column("owner_id"), scope, condition);
            condition.sql += " OR ";
            AppendAccountOwnerIn(table, scope, condition);
            condition.sql += ')';
            break;
        case domain::VisibleBy::kAbsence:
            condition.sql += '(';
            AppendOwnerList(column("user_id"), scope, condition);
            condition.sql += " OR " + column("deputy_id") + " = ?)";
            condition.params.emplace_back(scope.self);
            break;
    }
    return condition;
}

}  // namespace rapport::store
