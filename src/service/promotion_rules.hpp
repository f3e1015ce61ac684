#pragma once

#include "domain/promotion/promotion.hpp"
#include "service/rule_helpers.hpp"

#include <vector>

namespace rapport::service {

/// Promotions: reference data every signed-in user reads; only an admin changes them. Every product they name
/// is in the catalogue.
template <>
struct Rules<domain::Promotion> : DefaultRules {
    static Status CheckRole(const Caller& caller) { return RequireAdmin(caller, "promotions"); }
    static Status BeforeCreate(Context& context, domain::Promotion& promotion, const FieldNames&) {
        return RequireProducts(context, promotion);
    }
    static Status BeforeUpdate(Context& context, const domain::Promotion& before, domain::Promotion& after,
                               const FieldNames&) {
        return after.product_ids == before.product_ids ? Status{} : RequireProducts(context, after);
    }
    static Status AfterWrite(Context&, const domain::Promotion*, const domain::Promotion&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::Promotion&) { return std::optional<UserId>{}; }

private:
    // kInvalidArgument naming the first of product_ids that is missing or archived ("product_ids[2]").
    static Status RequireProducts(Context& context, const domain::Promotion& promotion);
};

/// Every promotion not archived, with its products, in id order, past and future ones included: for the catalogue
/// (service/catalogue.hpp), which the price engine asks for those in force on a document's day (it picks the best
/// of them for each line, domain::AppliesTo). One query.
Result<std::vector<domain::Promotion>> LivePromotions(store::Transaction& transaction);

}  // namespace rapport::service
