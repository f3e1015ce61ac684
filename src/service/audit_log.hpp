#pragma once

#include "domain/audit/audit.hpp"
#include "service/caller.hpp"
#include "store/database.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string_view>

namespace rapport::service {

/// Appends one audit row in the caller's transaction, so that it commits or rolls back with the
/// change it records.
Status WriteAudit(store::Transaction& transaction, const Caller& caller, std::optional<UserId> on_behalf_of,
                  domain::AuditAction action, std::string_view collection, std::int64_t record_id,
                  const boost::json::object& changes, Timestamp at);

}  // namespace rapport::service
