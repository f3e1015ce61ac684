#pragma once

#include "domain/settings/settings.hpp"
#include "service/caller.hpp"
#include "service/record_service.hpp"
#include "store/database.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace rapport::service {

/// The settings with their bookkeeping. Version 1 with no time or author: the defaults, never changed.
struct StoredSettings {
    domain::Settings settings;
    std::int64_t version = 1;
    std::optional<Timestamp> updated_at;
    std::optional<UserId> updated_by;
};

/// The settings in force, read in `transaction`: for use cases that price or number inside their own
/// transaction (offers, the price engine). The defaults when none were ever saved. kInternal when the stored
/// settings cannot be read.
Result<domain::Settings> LoadSettings(store::Transaction& transaction);

/// The settings in force for the use case of `context`: the catalogue's (service/catalogue.hpp) the first time, then
/// the same, kept in the context (a use case that changes them through SettingsService::UpdateIn sees its own
/// change).
Result<std::shared_ptr<const domain::Settings>> SettingsIn(Context& context);

/// The company-wide settings (API.md, "Settings"): every signed-in user reads them, admins change them. A
/// change replaces each member it gives, whole, and is audited as collection `settings`, record 1.
class SettingsService {
public:
    explicit SettingsService(store::Database& database) : database_(database) {}

    Result<StoredSettings> Get(const Caller& caller);

    /// Today for a request that needs the day and nothing else of a use case (a report's default period).
    Result<Date> Today(const Caller& caller);

    /// Replaces in the settings each member that `patch` gives. kForbidden unless the caller is an admin; kStale
    /// when `expected_version` is given and is not the current one (without it the last writer wins);
    /// kInvalidArgument naming the path of the first value that is unreadable or breaks a rule, or an unknown
    /// member, and then nothing changes. A patch that changes nothing keeps the version and writes no audit row.
    Result<StoredSettings> Update(const Caller& caller, std::optional<std::int64_t> expected_version,
                                  const boost::json::object& patch);

    /// Update within an open write transaction (the demo sets its company's details in its own).
    static Result<StoredSettings> UpdateIn(Context& context, std::optional<std::int64_t> expected_version,
                                           const boost::json::object& patch);

    /// Calls `listener` each time an Update has committed: for caches of what the settings decide (the day, and so
    /// whose absence is in force).
    void AfterCommit(std::function<void()> listener) { after_commit_ = std::move(listener); }

private:
    store::Database& database_;
    std::function<void()> after_commit_;
};

}  // namespace rapport::service
