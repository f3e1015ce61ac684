#pragma once

#include "domain/user/user.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Users: everyone reads the directory; only an admin creates, changes roles or archives. A
/// user's own name and password changes go through UserService.
template <>
struct Rules<domain::User> : DefaultRules {
    static Status CheckRole(const Caller&) { return {}; }
    static Status BeforeCreate(Context& context, domain::User& user, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::User& before, domain::User& after,
                               const FieldNames& given);
    static Status BeforeArchive(Context& context, const domain::User& user);
    static Status AfterWrite(Context&, const domain::User*, const domain::User&) { return {}; }
    static Status AfterArchive(Context& context, const domain::User& user);
    static Result<std::optional<UserId>> Owner(Context&, const domain::User&) { return std::optional<UserId>{}; }
};

}  // namespace rapport::service
