#include "service/audit_log.hpp"

#include <boost/json/serialize.hpp>

namespace rapport::service {

Status WriteAudit(store::Transaction& transaction, const Caller& caller, std::optional<UserId> on_behalf_of,
                  domain::AuditAction action, std::string_view collection, std::int64_t record_id,
                  const boost::json::object& changes, Timestamp at) {
    std::vector<store::Value> params{
        ToSeconds(at),
        ToInt(caller.id),
        on_behalf_of ? store::Value{ToInt(*on_behalf_of)} : store::Value{},
        std::string(EnumName(action)),
        std::string(collection),
        record_id,
        boost::json::serialize(changes),
    };
    return ToStatus(transaction.Execute(
        "INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        params));
}

}  // namespace rapport::service
