#pragma once

#include "domain/product/product.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Products: the catalogue every signed-in user prices from; only an admin changes it. An SKU names one
/// product among those not archived.
template <>
struct Rules<domain::Product> : DefaultRules {
    static constexpr bool kImportable = true;
    static Status CheckRole(const Caller& caller) { return RequireAdmin(caller, "products"); }
    static Status BeforeCreate(Context& context, domain::Product& product, const FieldNames&) {
        return RequireFreeSku(context, product);
    }
    static Status BeforeUpdate(Context& context, const domain::Product& before, domain::Product& after,
                               const FieldNames&) {
        return after.sku == before.sku ? Status{} : RequireFreeSku(context, after);
    }
    static Status AfterWrite(Context&, const domain::Product*, const domain::Product&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::Product&) { return std::optional<UserId>{}; }

private:
    // The unique index says the same, but with no field to name; this names it.
    static Status RequireFreeSku(Context& context, const domain::Product& product);
};

}  // namespace rapport::service
