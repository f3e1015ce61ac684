#pragma once

#include "core/ids.hpp"
#include "core/time.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::store {

/// The stored settings: their JSON text (domain/settings/settings_json.hpp) and when and by whom it was last
/// written. No text: never changed, the defaults apply, at version 1.
struct SettingsRow {
    std::int64_t version = 1;
    std::optional<std::string> json;
    std::optional<Timestamp> updated_at;
    std::optional<UserId> updated_by;
};

/// The settings row as it is; the defaults' (version 1, no text) when there is none.
Result<SettingsRow> LoadSettingsRow(Transaction& transaction);

/// The settings row, locked until the transaction ends, so that a change reads and writes it without another
/// change between: for a write transaction only. Makes the defaults' row (version 1, no text) when there is none.
Result<SettingsRow> LockSettingsRow(Transaction& transaction);

/// Writes `json` over the row that LockSettingsRow returned at `version`, as version + 1.
Status SaveSettingsRow(Transaction& transaction, std::int64_t version, const std::string& json, UserId by,
                       Timestamp at);

}  // namespace rapport::store
