#pragma once

#include "domain/audit/audit.hpp"
#include "service/caller.hpp"
#include "store/database.hpp"
#include "store/insert_queue.hpp"

#include <boost/json/object.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::service {

/// One line of the audit trail, ready to write; `changes` is its JSON object, serialized.
struct AuditRow {
    Timestamp at;
    UserId user_id{};
    std::optional<UserId> on_behalf_of;
    domain::AuditAction action = domain::AuditAction::kUpdate;
    std::string collection;
    std::int64_t record_id = 0;
    std::string changes;
};

/// Appends one audit row in the caller's transaction, so that it commits or rolls back with the
/// change it records.
Status WriteAudit(store::Transaction& transaction, const Caller& caller, std::optional<UserId> on_behalf_of,
                  domain::AuditAction action, std::string_view collection, std::int64_t record_id,
                  const boost::json::object& changes, Timestamp at);

/// Same, for a row already made.
Status WriteAudit(store::Transaction& transaction, AuditRow row);

/// Audit rows held back to be written together, kRowsPerStatement to one INSERT: an import audits
/// every record it creates, and a statement per audit row costs more than writing the row itself.
/// The rows must be flushed in the transaction of the changes they record, before it commits.
class AuditQueue {
public:
    static constexpr std::size_t kRowsPerStatement = 32;

    AuditQueue();

    /// Queues `row`, and writes the queue once it holds kRowsPerStatement rows.
    Status Add(store::Transaction& transaction, AuditRow row);

    /// Writes every row still queued.
    Status Flush(store::Transaction& transaction);

private:
    store::InsertQueue rows_;
};

}  // namespace rapport::service
