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

// The INSERT of a full queue, built once.
const std::string& InsertOfAFullQueue() {
    static const std::string sql = [] {
        std::string text(kInsert);
        for (std::size_t i = 0; i < AuditQueue::kRowsPerStatement; ++i) {
            if (i > 0) text += ", ";
            text += kRowPlaceholders;
        }
        return text;
    }();
    return sql;
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
    return ToStatus(transaction.Execute(sql, params));
}

Status AuditQueue::Add(store::Transaction& transaction, AuditRow row) {
    rows_.push_back(std::move(row));
    return rows_.size() == kRowsPerStatement ? Flush(transaction) : Status{};
}

Status AuditQueue::Flush(store::Transaction& transaction) {
    Status status;
    if (rows_.size() == kRowsPerStatement) {
        std::vector<store::Value> params;
        params.reserve(rows_.size() * kColumns);
        for (auto& row : rows_) AppendParams(std::move(row), params);
        status = ToStatus(transaction.Execute(InsertOfAFullQueue(), params));
    } else {
        // A short remainder goes a row at a time, so that only two statements are ever prepared.
        for (auto& row : rows_) {
            status = WriteAudit(transaction, std::move(row));
            if (!status) break;
        }
    }
    rows_.clear();
    return status;
}

}  // namespace rapport::service
