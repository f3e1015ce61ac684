#include "service/user_service.hpp"

#include "service/password.hpp"

namespace rapport::service {
namespace {

Status SetPasswordHash(store::Transaction& transaction, UserId id, const std::string& hash) {
    std::vector<store::Value> params{hash, ToInt(id)};
    return ToStatus(transaction.Execute("UPDATE app_user SET password_hash = ? WHERE id = ?", params));
}

Error EmailTaken() { return MakeError(ErrorCode::kConflict, "a user with this e-mail already exists", "email"); }

}  // namespace

Result<domain::User> UserService::Create(const Caller& caller, domain::User draft, const FieldNames& given,
                                         std::string_view password) {
    // Hashing is slow by design: refuse whoever may not create users before it, and take the write lock after it.
    RAPPORT_CHECK(RequireAdmin(caller, "users"));
    RAPPORT_CHECK(CheckPasswordStrength(password));
    auto hash = RAPPORT_TRY(HashPassword(password));
    auto created = database_.TransactFor<domain::User>(store::Access::kWrite, [&](store::Transaction& transaction) {
        Context context{transaction, caller, Now()};
        return CreateIn(context, std::move(draft), given, hash);
    });
    if (created) records_.NotifyCommitted();
    return created;
}

Result<domain::User> UserService::CreateIn(Context& context, domain::User draft, const FieldNames& given,
                                           std::string_view password_hash) {
    auto user = records_.CreateIn(context, std::move(draft), given);
    if (!user && user.error().code == ErrorCode::kConflict && user.error().field.empty()) return EmailTaken();
    if (!user) return user.error();
    RAPPORT_CHECK(SetPasswordHash(context.transaction, user->id, std::string(password_hash)));
    return user;
}

Result<domain::User> UserService::Update(const Caller& caller, UserId id, std::optional<std::int64_t> expected_version,
                                         const boost::json::object& patch) {
    auto fields = patch;
    std::optional<std::string> password;
    std::optional<std::string> current_password;
    for (auto [key, target] : {std::pair{"password", &password}, std::pair{"current_password", &current_password}}) {
        if (auto value = fields.if_contains(key)) {
            if (!value->is_string()) return InvalidField(key, std::string(key) + " must be a string");
            *target = std::string(value->get_string());
            fields.erase(key);
        }
    }
    std::optional<std::string> hash;
    if (password) {
        RAPPORT_CHECK(CheckPasswordStrength(*password));
        if (!caller.IsAdmin() && caller.id != id) RAPPORT_CHECK(RequireAdmin(caller, "other users' passwords"));
        if (!caller.IsAdmin()) {
            if (!current_password) return InvalidField("current_password", "current_password is required");
            std::string stored;
            RAPPORT_CHECK(database_.Transact(store::Access::kRead, [&](store::Transaction& transaction) -> Status {
                std::vector<store::Value> params{ToInt(id)};
                return transaction.Query("SELECT password_hash FROM app_user WHERE id = ?", params,
                                         [&](const store::Row& row) -> Status {
                                             stored = row.Text(0);
                                             return {};
                                         });
            }));
            if (!VerifyPassword(stored, *current_password)) {
                return InvalidField("current_password", "current_password is not right");
            }
        }
        hash = RAPPORT_TRY(HashPassword(*password));
    } else if (current_password) {
        return InvalidField("current_password", "current_password goes with a new password");
    }
    auto changed = database_.TransactFor<domain::User>(
        store::Access::kWrite, [&](store::Transaction& transaction) -> Result<domain::User> {
            Context context{transaction, caller, Now()};
            auto updated = records_.UpdateIn(context, id, expected_version, [&](domain::User& user, FieldNames& given) {
                return ApplyJson(user, fields, Mode::kUpdate, given);
            });
            if (!updated && updated.error().code == ErrorCode::kConflict && updated.error().field.empty()) {
                return EmailTaken();
            }
            if (!updated || !hash) return updated;
            RAPPORT_CHECK(SetPasswordHash(transaction, id, *hash));
            // A new password signs the user out everywhere; the hash itself never enters the audit.
            std::vector<store::Value> params{ToInt(id)};
            RAPPORT_CHECK(transaction.Execute("DELETE FROM session WHERE user_id = ?", params));
            boost::json::object change{{"password", {{"to", "(changed)"}}}};
            RAPPORT_CHECK(WriteAudit(transaction, caller, std::nullopt, domain::AuditAction::kUpdate, "users",
                                     ToInt(id), change, context.now));
            return updated;
        });
    if (changed) records_.NotifyCommitted();
    return changed;
}

Result<std::optional<domain::User>> UserService::FirstAdmin() {
    store::ListRequest request;
    request.filters = {{"role", "admin"}, {"active", "true"}};
    request.limit = 1;
    auto page = RAPPORT_TRY(records_.List(SystemCaller(UserId{0}), request));
    if (page.items.empty()) return std::optional<domain::User>{};
    return std::optional<domain::User>(page.items.front());
}

Result<std::optional<domain::User>> UserService::FindByEmail(std::string_view email) {
    store::ListRequest request;
    request.filters = {{"email", domain::NormalizeEmail(email)}};
    request.limit = 1;
    auto page = RAPPORT_TRY(records_.List(SystemCaller(UserId{0}), request));
    if (page.items.empty()) return std::optional<domain::User>{};
    return std::optional<domain::User>(page.items.front());
}

}  // namespace rapport::service
