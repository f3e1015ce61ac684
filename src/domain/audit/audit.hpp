#pragma once

#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "domain/record.hpp"

#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

enum class AuditAction { kCreate, kUpdate, kArchive, kRestore, kImport, kRead, kLogin, kLogout };

/// One line of the audit trail: who did what to which record, and on whose behalf.
/// Written in the same transaction as the change it records; never updated.
struct AuditEntry {
    AuditId id{};
    RecordMeta meta;
    Timestamp at{};
    UserId user_id{};
    std::optional<UserId> on_behalf_of;
    AuditAction action = AuditAction::kUpdate;
    std::string collection;
    std::int64_t record_id = 0;
    JsonObject changes;  // {"field": {"from": old, "to": new}, ...}
};

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::AuditAction> {
    static constexpr std::array kValues = {
        std::pair{domain::AuditAction::kCreate, std::string_view{"create"}},
        std::pair{domain::AuditAction::kUpdate, std::string_view{"update"}},
        std::pair{domain::AuditAction::kArchive, std::string_view{"archive"}},
        std::pair{domain::AuditAction::kRestore, std::string_view{"restore"}},
        std::pair{domain::AuditAction::kImport, std::string_view{"import"}},
        std::pair{domain::AuditAction::kRead, std::string_view{"read"}},
        std::pair{domain::AuditAction::kLogin, std::string_view{"login"}},
        std::pair{domain::AuditAction::kLogout, std::string_view{"logout"}},
    };
};
}  // namespace rapport
