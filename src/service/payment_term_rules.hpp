#pragma once

#include "domain/payment_term/payment_term.hpp"
#include "service/rule_helpers.hpp"

#include <string_view>

namespace rapport::service {

/// Payment terms: reference data every signed-in user reads; only an admin changes it. A code names one term
/// among those not archived.
template <>
struct Rules<domain::PaymentTerm> : DefaultRules {
    static constexpr bool kImportable = true;
    static Status CheckRole(const Caller& caller) { return RequireAdmin(caller, "payment terms"); }
    static Status BeforeCreate(Context& context, domain::PaymentTerm& term, const FieldNames&) {
        return RequireFreeCode(context, term);
    }
    static Status BeforeUpdate(Context& context, const domain::PaymentTerm& before, domain::PaymentTerm& after,
                               const FieldNames&) {
        return after.code == before.code ? Status{} : RequireFreeCode(context, after);
    }
    static Status AfterWrite(Context&, const domain::PaymentTerm*, const domain::PaymentTerm&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::PaymentTerm&) { return std::optional<UserId>{}; }

private:
    // The unique index says the same, but with no field to name; this names it.
    static Status RequireFreeCode(Context& context, const domain::PaymentTerm& term);
};

/// Checks that `code` names a payment term that is not archived; kInvalidArgument naming `field` otherwise.
Status RequirePaymentTerm(Context& context, std::string_view code, std::string_view field = "payment_terms");

}  // namespace rapport::service
