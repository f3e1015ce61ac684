#include "service/audit_service.hpp"

#include <spdlog/spdlog.h>

namespace rapport::service {

Result<AuditPage> AuditService::List(const Caller& caller, const AuditQuery& query) {
    if (caller.role != domain::Role::kDirector && caller.role != domain::Role::kAdmin) {
        return MakeError(ErrorCode::kForbidden, "only directors and admins read the audit trail");
    }
    std::string sql =
        "SELECT id, at, user_id, on_behalf_of, action, collection, record_id, changes FROM audit WHERE 1 = 1";
    std::vector<store::Value> params;
    if (query.collection) {
        sql += " AND collection = ?";
        params.emplace_back(*query.collection);
    }
    if (query.record_id) {
        sql += " AND record_id = ?";
        params.emplace_back(*query.record_id);
    }
    if (query.user_id) {
        sql += " AND user_id = ?";
        params.emplace_back(ToInt(*query.user_id));
    }
    if (query.before_id) {
        sql += " AND id < ?";
        params.emplace_back(*query.before_id);
    }
    sql += " ORDER BY id DESC LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(query.limit) + 1);
    AuditPage page;
    RAPPORT_CHECK(database_.Transact(store::Access::kRead, [&](store::Transaction& transaction) {
        return transaction.Query(sql, params, [&](const store::Row& row) -> Status {
            if (static_cast<int>(page.items.size()) == query.limit) {
                page.next_before_id = ToInt(page.items.back().id);
                return {};
            }
            domain::AuditEntry entry;
            entry.id = static_cast<AuditId>(row.Int(0));
            entry.at = Timestamp{std::chrono::seconds{row.Int(1)}};
            entry.user_id = static_cast<UserId>(row.Int(2));
            if (!row.IsNull(3)) entry.on_behalf_of = static_cast<UserId>(row.Int(3));
            auto action = ParseEnum<domain::AuditAction>(row.Text(4));
            // Read as anything else, the trail would tell a wrong story: fail, and say which row.
            if (!action) {
                spdlog::error("audit row {} has an unknown action '{}'", row.Int(0), row.Text(4));
                return MakeError(ErrorCode::kInternal, "audit row " + std::to_string(row.Int(0)) + " cannot be read");
            }
            entry.action = *action;
            entry.collection = row.Text(5);
            entry.record_id = row.Int(6);
            entry.changes.text = row.Text(7);
            page.items.push_back(std::move(entry));
            return {};
        });
    }));
    return page;
}

}  // namespace rapport::service
