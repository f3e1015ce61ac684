#include "service/settings_service.hpp"

#include "domain/settings/settings_json.hpp"
#include "service/audit_log.hpp"
#include "service/catalogue.hpp"
#include "service/record_json.hpp"
#include "service/rule_helpers.hpp"
#include "store/settings_store.hpp"

#include <boost/json.hpp>

namespace rapport::service {
namespace {

// The audit trail names the settings as one record of their own collection.
constexpr std::string_view kCollection = "settings";
constexpr std::int64_t kRecordId = 1;

// Read over the defaults, so that a member added by a later release has its default in settings saved before.
Result<domain::Settings> Decode(const std::optional<std::string>& json) {
    if (!json) return domain::DefaultSettings();
    boost::system::error_code error;
    auto parsed = boost::json::parse(*json, error);
    if (error || !parsed.is_object()) return MakeError(ErrorCode::kInternal, "the stored settings are not JSON");
    auto settings = domain::ApplySettingsJson(domain::DefaultSettings(), parsed.get_object());
    if (!settings)
        return MakeError(ErrorCode::kInternal, "the stored settings cannot be read: " + settings.error().message);
    return std::move(*settings);
}

Result<StoredSettings> FromRow(const store::SettingsRow& row) {
    return StoredSettings{RAPPORT_TRY(Decode(row.json)), row.version, row.updated_at, row.updated_by};
}

}  // namespace

Result<domain::Settings> LoadSettings(store::Transaction& transaction) {
    auto row = RAPPORT_TRY(store::LoadSettingsRow(transaction));
    return Decode(row.json);
}

Result<std::shared_ptr<const domain::Settings>> SettingsIn(Context& context) {
    if (!context.settings) context.settings = RAPPORT_TRY(CatalogueIn(context))->settings();
    return context.settings;
}

Result<Date> Today(Context& context) { return domain::DayAt(*RAPPORT_TRY(SettingsIn(context)), context.now); }

Result<Date> SettingsService::Today(const Caller& caller) {
    return database_.TransactFor<Date>(store::Access::kRead, [&](store::Transaction& transaction) {
        Context context{transaction, caller, Now()};
        return service::Today(context);
    });
}

Result<StoredSettings> SettingsService::Get(const Caller&) {
    return database_.TransactFor<StoredSettings>(store::Access::kRead,
                                                 [](store::Transaction& transaction) -> Result<StoredSettings> {
                                                     return FromRow(RAPPORT_TRY(store::LoadSettingsRow(transaction)));
                                                 });
}

Result<StoredSettings> SettingsService::Update(const Caller& caller, std::optional<std::int64_t> expected_version,
                                               const boost::json::object& patch) {
    auto updated = database_.TransactFor<StoredSettings>(
        store::Access::kWrite, [&](store::Transaction& transaction) -> Result<StoredSettings> {
            Context context{transaction, caller, Now()};
            return UpdateIn(context, expected_version, patch);
        });
    if (updated && after_commit_) after_commit_();
    return updated;
}

Result<StoredSettings> SettingsService::UpdateIn(Context& context, std::optional<std::int64_t> expected_version,
                                                 const boost::json::object& patch) {
    RAPPORT_CHECK(RequireAdmin(context.caller, "the settings"));
    for (std::string_view key : {"version", "updated_at", "updated_by"}) {
        if (patch.contains(key))
            return InvalidField(std::string(key), std::string(key) + " is set by the server and cannot be written");
    }
    auto before = RAPPORT_TRY(FromRow(RAPPORT_TRY(store::LockSettingsRow(context.transaction))));
    if (expected_version && *expected_version != before.version) {
        return MakeError(ErrorCode::kStale, "the settings are at version " + std::to_string(before.version) + ", not " +
                                                std::to_string(*expected_version) + "; reload them and try again");
    }
    auto after = before;
    after.settings = RAPPORT_TRY(domain::ApplySettingsJson(before.settings, patch));
    RAPPORT_CHECK(domain::Validate(after.settings));
    auto json = domain::SettingsToJson(after.settings);
    auto changes = Diff(domain::SettingsToJson(before.settings), json);
    if (changes.empty()) return before;
    RAPPORT_CHECK(store::SaveSettingsRow(context.transaction, before.version, boost::json::serialize(json),
                                         context.caller.id, context.now));
    RAPPORT_CHECK(WriteAudit(context.transaction, context.caller, std::nullopt, domain::AuditAction::kUpdate,
                             kCollection, kRecordId, changes, context.now));
    context.settings = std::make_shared<const domain::Settings>(after.settings);
    context.catalogue = nullptr;  // The settings are part of it: the next read in this use case reads it anew.
    after.version = before.version + 1;
    after.updated_at = context.now;
    after.updated_by = context.caller.id;
    return after;
}

}  // namespace rapport::service
