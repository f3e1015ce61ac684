#include "service/product_rules.hpp"

namespace rapport::service {

Status Rules<domain::Product>::RequireFreeSku(Context& context, const domain::Product& product) {
    std::vector<store::Value> params{product.sku, ToInt(product.id)};
    bool taken = false;
    RAPPORT_CHECK(context.transaction.Query("SELECT 1 FROM product WHERE sku = ? AND id <> ? AND archived_at IS NULL",
                                            params, [&](const store::Row&) -> Status {
                                                taken = true;
                                                return {};
                                            }));
    if (!taken) return {};
    return MakeError(ErrorCode::kConflict, "a product with SKU " + product.sku + " already exists", "sku");
}

}  // namespace rapport::service
