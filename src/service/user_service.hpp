#pragma once

#include "domain/user/user.hpp"
#include "service/record_service.hpp"
#include "service/user_rules.hpp"

#include <boost/json/object.hpp>

namespace rapport::service {

/// Users and their passwords. Reads and archiving are the generic ones; creating and changing a
/// user also handle the write-only password.
class UserService {
public:
    explicit UserService(store::Database& database) : database_(database), records_(database) {}

    RecordService<domain::User>& records() { return records_; }

    /// Creates a user with `password` (hashed with Argon2id). Admins only. kConflict when the
    /// e-mail is taken.
    Result<domain::User> Create(const Caller& caller, domain::User draft, const FieldNames& given,
                                std::string_view password);

    /// Creates a user within an open transaction, with a password already hashed by HashPassword (of one that
    /// passed CheckPasswordStrength): for the command line, which creates a team and its user in one
    /// transaction, and seeds many users with one slow hash. Same errors as Create.
    Result<domain::User> CreateIn(Context& context, domain::User draft, const FieldNames& given,
                                  std::string_view password_hash);

    /// Applies a JSON patch. "password" may be set by an admin, or by the user themself together
    /// with "current_password"; other users' fields are an admin's to change, except one's own name.
    Result<domain::User> Update(const Caller& caller, UserId id, std::optional<std::int64_t> expected_version,
                                const boost::json::object& patch);

    /// The first admin (by id), used by the command line to own imported rows by default.
    Result<std::optional<domain::User>> FirstAdmin();

    /// The user with this e-mail, if any (archived ones included: e-mails stay unique).
    Result<std::optional<domain::User>> FindByEmail(std::string_view email);

private:
    store::Database& database_;
    RecordService<domain::User> records_;
};

}  // namespace rapport::service
