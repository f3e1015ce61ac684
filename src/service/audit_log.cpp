#include "service/audit_log.hpp"

#include <boost/json/serialize.hpp>

#include <utility>

namespace rapport::service {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes) VALUES ";
constexpr std::string_view kRowPlaceholders = "(?, ?, ?, ?, ?, ?, ?)";

constexpr std::size_t kColumns = 7;

void AppendParams(AuditRow row, std::vector<store::Value>& params) {
    params.emplace_back(ToSeconds(row.at));
    params.emplace_back(ToInt(row.user_id));
    if (row.on_behalf_of) {
        params.emplace_back(ToInt(*row.on_behalf_of));
    } else {
        params.emplace_back();  // NULL
    }
    params.emplace_back(std::string(EnumName(row.action)));
    params.emplace_back(std::move(row.collection));
    params.emplace_back(row.record_id);
    params.emplace_back(std::move(row.changes));
}

}  // namespace

Status WriteAudit(store::Transaction& transaction, const Caller& caller, std::optional<UserId> on_behalf_of,
                  domain::AuditAction action, std::string_view collection, std::int64_t record_id,
                  const boost::json::object& changes, Timestamp at) {
    return WriteAudit(transaction, AuditRow{at, caller.id, on_behalf_of, action, std::string(collection), record_id,
                                            boost::json::serialize(changes)});
}

Status WriteAudit(store::Transaction& transaction, AuditRow row) {
    static const std::string sql = std::string(kInsert) + std::string(kRowPlaceholders);
    std::vector<store::Value> params;
    params.reserve(kColumns);
    AppendParams(std::move(row), params);
    return transaction.ExecuteLater(sql, params);
}

AuditQueue::AuditQueue()
    : rows_("audit (at, user_id, on_behalf_of, action, collection, record_id, changes)", kColumns, kRowsPerStatement) {}

Status AuditQueue::Add(store::Transaction& transaction, AuditRow row) {
    std::vector<store::Value> params;
    params.reserve(kColumns);
    AppendParams(std::move(row), params);
    return rows_.Add(transaction, params);
}

Status AuditQueue::Flush(store::Transaction& transaction) { return rows_.Flush(transaction); }

}  // namespace rapport::service
