#pragma once

#include "domain/contact/contact.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Contacts: belong to an account the caller can see; their names and e-mails are part of that
/// account's search document.
template <>
struct Rules<domain::Contact> : DefaultRules {
    static constexpr bool kImportable = true;
    static Status CheckRole(const Caller& caller) { return RequireSalesRole(caller, "contacts"); }
    static Status BeforeCreate(Context& context, domain::Contact& contact, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::Contact& before, domain::Contact& after,
                               const FieldNames& given);
    static Status AfterWrite(Context& context, const domain::Contact* before, const domain::Contact& after);
    static Status AfterArchive(Context& context, const domain::Contact& contact);
    // A contact comes back only with its account, whose restore rewrites the search document once.
    static Result<std::optional<UserId>> Owner(Context& context, const domain::Contact& contact);
};

}  // namespace rapport::service
