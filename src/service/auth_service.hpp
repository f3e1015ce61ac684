#pragma once

#include "domain/user/user.hpp"
#include "service/caller.hpp"
#include "service/caller_cache.hpp"
#include "store/database.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace rapport::service {

struct LoginResult {
    std::string token;
    domain::User user;
};

/// Sign-in with Argon2id passwords, bearer tokens kept as hashes in the database (so that any
/// server of a cluster accepts them), and throttling of wrong passwords per account and address.
class AuthService {
public:
    explicit AuthService(store::Database& database) : database_(database) {}

    /// kUnauthenticated for a wrong e-mail or password (the same message for both); kRateLimited
    /// after too many recent failures for the account or the address.
    Result<LoginResult> Login(std::string_view email, std::string_view password, std::string_view address);

    /// The caller a token stands for. kUnauthenticated when unknown, revoked or expired. Remembered for a
    /// moment (CallerCache): a revocation by another server takes up to CallerCache::kLifetime to reach this one.
    Result<Caller> Authenticate(std::string_view token);

    /// Revokes the token. Idempotent.
    Status Logout(const Caller& caller, std::string_view token);

    /// Forgets every remembered caller: to be called once a change to users, teams or absences commits.
    void ForgetCallers() { callers_.Forget(); }

    static constexpr auto kSessionLifetime = std::chrono::hours{24 * 7};
    static constexpr auto kFailureWindow = std::chrono::minutes{15};
    static constexpr int kFailuresPerAccount = 5;
    static constexpr int kFailuresPerAddress = 20;

private:
    store::Database& database_;
    CallerCache callers_;
};

}  // namespace rapport::service
