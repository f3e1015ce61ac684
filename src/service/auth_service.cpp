#include "service/auth_service.hpp"

#include "service/audit_log.hpp"
#include "service/password.hpp"
#include "service/scope.hpp"
#include "service/settings_service.hpp"
#include "store/record_store.hpp"

namespace rapport::service {
namespace {

using store::Value;

Error WrongCredentials() { return MakeError(ErrorCode::kUnauthenticated, "e-mail or password is wrong"); }

struct Candidate {
    std::optional<domain::User> user;
    std::string hash;
    std::int64_t account_failures = 0;
    std::int64_t address_failures = 0;
};

Result<std::int64_t> Count(store::Transaction& transaction, std::string_view sql, std::vector<Value> params) {
    std::int64_t count = 0;
    RAPPORT_CHECK(transaction.Query(sql, params, [&](const store::Row& row) -> Status {
        count = row.Int(0);
        return {};
    }));
    return count;
}

}  // namespace

Result<LoginResult> AuthService::Login(std::string_view email_text, std::string_view password, std::string_view address) {
    auto email = domain::NormalizeEmail(email_text);
    auto now = Now();
    auto since = ToSeconds(now - kFailureWindow);
    auto candidate = RAPPORT_TRY(database_.TransactFor<Candidate>(store::Access::kRead, [&](store::Transaction& transaction) -> Result<Candidate> {
        Candidate found;
        found.account_failures = RAPPORT_TRY(
            Count(transaction, "SELECT COUNT(*) FROM login_failure WHERE email = ? AND at >= ?", {email, since}));
        found.address_failures = RAPPORT_TRY(Count(
            transaction, "SELECT COUNT(*) FROM login_failure WHERE address = ? AND at >= ?", {std::string(address), since}));
        std::vector<Value> params{email};
        RAPPORT_CHECK(transaction.Query("SELECT id, password_hash FROM app_user WHERE email = ? AND archived_at IS NULL",
                                        params, [&](const store::Row& row) -> Status {
                                            found.hash = row.Text(1);
                                            auto everyone = store::Scope::Everything();
                                            found.user = RAPPORT_TRY(store::RecordStore<domain::User>::Find(
                                                transaction, static_cast<UserId>(row.Int(0)), everyone));
                                            return {};
                                        }));
        return found;
    }));
    if (candidate.account_failures >= kFailuresPerAccount || candidate.address_failures >= kFailuresPerAddress) {
        return MakeError(ErrorCode::kRateLimited, "too many failed sign-ins; try again in 15 minutes");
    }

    // Verify outside any transaction: Argon2id is slow on purpose and must not hold the writer.
    bool valid = candidate.user && candidate.user->active && VerifyPassword(candidate.hash, password);
    auto result = database_.TransactFor<LoginResult>(store::Access::kWrite, [&](store::Transaction& transaction) -> Result<LoginResult> {
        if (!valid) {
            std::vector<Value> params{email, std::string(address), ToSeconds(now)};
            RAPPORT_CHECK(transaction.Execute("INSERT INTO login_failure (email, address, at) VALUES (?, ?, ?)", params));
            // The failure row must commit even though the sign-in fails, so it is returned as a value.
            return LoginResult{};
        }
        std::vector<Value> clear{email};
        RAPPORT_CHECK(transaction.Execute("DELETE FROM login_failure WHERE email = ?", clear));
        // Sign-ins are rare enough to carry the sweeping of what has expired.
        std::vector<Value> expired{ToSeconds(now)};
        RAPPORT_CHECK(transaction.Execute("DELETE FROM session WHERE expires_at <= ?", expired));
        std::vector<Value> stale{since};
        RAPPORT_CHECK(transaction.Execute("DELETE FROM login_failure WHERE at < ?", stale));
        auto token = NewToken();
        std::vector<Value> params{token.hash, ToInt(candidate.user->id), ToSeconds(now), ToSeconds(now + kSessionLifetime)};
        RAPPORT_CHECK(transaction.Execute(
            "INSERT INTO session (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)", params));
        auto caller = SystemCaller(candidate.user->id);
        RAPPORT_CHECK(WriteAudit(transaction, caller, std::nullopt, domain::AuditAction::kLogin, "users",
                                 ToInt(candidate.user->id), {}, now));
        return LoginResult{std::move(token.token), *candidate.user};
    });
    if (result && !valid) return WrongCredentials();
    return result;
}

Result<Caller> AuthService::Authenticate(std::string_view token) {
    if (token.empty()) return MakeError(ErrorCode::kUnauthenticated, "sign in first: no credentials were sent");
    auto hash = HashToken(token);
    auto now = Now();
    if (auto known = callers_.Find(hash, now)) return std::move(*known);
    auto generation = callers_.generation();
    Timestamp session_end{};
    auto caller = database_.TransactFor<Caller>(store::Access::kRead, [&](store::Transaction& transaction) -> Result<Caller> {
        std::optional<UserId> user;
        std::vector<Value> params{hash, ToSeconds(now)};
        RAPPORT_CHECK(transaction.Query("SELECT user_id, expires_at FROM session WHERE token_hash = ? AND expires_at > ?",
                                        params, [&](const store::Row& row) -> Status {
                                            user = static_cast<UserId>(row.Int(0));
                                            session_end = Timestamp{std::chrono::seconds{row.Int(1)}};
                                            return {};
                                        }));
        if (!user) return MakeError(ErrorCode::kUnauthenticated, "the session is unknown or expired; sign in again");
        // Absences run by the company's days: a deputy's scope turns at its midnight.
        return ResolveCaller(transaction, *user, domain::DayAt(RAPPORT_TRY(LoadSettings(transaction)), now));
    });
    if (caller) callers_.Remember(hash, *caller, session_end, generation, now);
    return caller;
}

Status AuthService::Logout(const Caller& caller, std::string_view token) {
    auto hash = HashToken(token);
    auto status = database_.Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
        std::vector<Value> params{hash};
        RAPPORT_CHECK(transaction.Execute("DELETE FROM session WHERE token_hash = ?", params));
        return WriteAudit(transaction, caller, std::nullopt, domain::AuditAction::kLogout, "users", ToInt(caller.id),
                          {}, Now());
    });
    callers_.Forget();
    return status;
}

}  // namespace rapport::service
