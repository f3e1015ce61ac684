#include "store/settings_store.hpp"

#include <vector>

namespace rapport::store {
namespace {

constexpr std::string_view kColumns = "version, body, updated_at, updated_by";

SettingsRow ReadRow(const Row& row) {
    SettingsRow read;
    read.version = row.Int(0);
    if (!row.IsNull(1)) read.json = std::string(row.Text(1));
    if (!row.IsNull(2)) read.updated_at = Timestamp{std::chrono::seconds{row.Int(2)}};
    if (!row.IsNull(3)) read.updated_by = static_cast<UserId>(row.Int(3));
    return read;
}

}  // namespace

Result<SettingsRow> LoadSettingsRow(Transaction& transaction) {
    SettingsRow found;
    RAPPORT_CHECK(transaction.Query("SELECT " + std::string(kColumns) + " FROM settings WHERE id = 1", {},
                                    [&](const Row& row) -> Status {
                                        found = ReadRow(row);
                                        return {};
                                    }));
    return found;
}

Result<SettingsRow> LockSettingsRow(Transaction& transaction) {
    // One statement that makes the row or touches it: either way both engines hold its lock until the commit,
    // and a second writer waits here and then reads what the first wrote (PostgreSQL reads at each statement).
    std::optional<SettingsRow> found;
    RAPPORT_CHECK(
        transaction.Query("INSERT INTO settings (id, version) VALUES (1, 1) "
                          "ON CONFLICT (id) DO UPDATE SET version = settings.version RETURNING " +
                              std::string(kColumns),
                          {}, [&](const Row& row) -> Status {
                              found = ReadRow(row);
                              return {};
                          }));
    if (!found) return MakeError(ErrorCode::kInternal, "the settings row could not be read");
    return *found;
}

Status SaveSettingsRow(Transaction& transaction, std::int64_t version, const std::string& json, UserId by,
                       Timestamp at) {
    std::vector<Value> params{version + 1, json, ToSeconds(at), ToInt(by), version};
    auto changed = RAPPORT_TRY(transaction.Execute(
        "UPDATE settings SET version = ?, body = ?, updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?",
        params));
    if (changed != 1) return MakeError(ErrorCode::kStale, "the settings were changed by someone else; reload them");
    return {};
}

}  // namespace rapport::store
