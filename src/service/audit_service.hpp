#pragma once

#include "domain/audit/audit.hpp"
#include "service/caller.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::service {

struct AuditQuery {
    std::optional<std::string> collection;
    std::optional<std::int64_t> record_id;
    std::optional<UserId> user_id;
    std::optional<std::int64_t> before_id;  // Cursor: entries older than this one.
    int limit = 50;
};

struct AuditPage {
    std::vector<domain::AuditEntry> items;
    std::optional<std::int64_t> next_before_id;
};

/// The audit trail, newest first. Only directors and admins read it (kForbidden otherwise).
class AuditService {
public:
    explicit AuditService(store::Database& database) : database_(database) {}

    Result<AuditPage> List(const Caller& caller, const AuditQuery& query);

private:
    store::Database& database_;
};

}  // namespace rapport::service
