#pragma once

#include "domain/price_list/price_list.hpp"
#include "service/rule_helpers.hpp"

namespace rapport::service {

/// Price lists: reference data every signed-in user prices from; only an admin changes them. Every line
/// names a product of the catalogue.
template <>
struct Rules<domain::PriceList> : DefaultRules {
    static Status CheckRole(const Caller& caller) { return RequireAdmin(caller, "price lists"); }
    static Status BeforeCreate(Context& context, domain::PriceList& list, const FieldNames&) {
        return RequireProducts(context, list);
    }
    static Status BeforeUpdate(Context& context, const domain::PriceList& before, domain::PriceList& after,
                               const FieldNames&) {
        return after.lines == before.lines ? Status{} : RequireProducts(context, after);
    }
    static Status AfterWrite(Context&, const domain::PriceList*, const domain::PriceList&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::PriceList&) { return std::optional<UserId>{}; }

private:
    // kInvalidArgument naming the first line whose product is missing or archived.
    static Status RequireProducts(Context& context, const domain::PriceList& list);
};

}  // namespace rapport::service
