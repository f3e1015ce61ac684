#include "service/promotion_rules.hpp"

#include "store/record_sql.hpp"

#include <set>

namespace rapport::service {

Status Rules<domain::Promotion>::RequireProducts(Context& context, const domain::Promotion& promotion) {
    const auto& items = promotion.product_ids.items;
    if (items.empty()) return {};
    std::string in;
    std::vector<store::Value> params;
    for (const auto& item : items) {
        in += in.empty() ? "?" : ", ?";
        params.emplace_back(ToInt(item.product_id));
    }
    std::set<std::int64_t> known;
    RAPPORT_CHECK(context.transaction.Query("SELECT id FROM product WHERE archived_at IS NULL AND id IN (" + in + ")",
                                            params, [&](const store::Row& row) -> Status {
                                                known.insert(row.Int(0));
                                                return {};
                                            }));
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (known.contains(ToInt(items[i].product_id))) continue;
        auto field = "product_ids[" + std::to_string(i) + "]";
        return InvalidField(field, field + " names no product of the catalogue");
    }
    return {};
}

Result<std::vector<domain::Promotion>> LivePromotions(store::Transaction& transaction) {
    const auto& sql = store::RecordSql<domain::Promotion>::Get();
    // The product's column follows the promotion's: bookkeeping, then its field columns (Lines take none).
    const int product_column = 6 + static_cast<int>(sql.field_columns.size());
    std::vector<domain::Promotion> found;
    RAPPORT_CHECK(transaction.Query(
        "SELECT " + sql.select_list +
            ", promotion_product.product_id FROM promotion "
            "LEFT JOIN promotion_product ON promotion_product.parent_id = promotion.id "
            "WHERE promotion.archived_at IS NULL ORDER BY promotion.id, promotion_product.line_no",
        {}, [&](const store::Row& row) -> Status {
            if (found.empty() || ToInt(found.back().id) != row.Int(0)) {
                found.push_back(RAPPORT_TRY(store::ReadRecord<domain::Promotion>(row)));
            }
            if (!row.IsNull(product_column)) {
                auto& items = found.back().product_ids.items;
                items.push_back({static_cast<std::int64_t>(items.size()) + 1, ProductId{row.Int(product_column)}});
            }
            return {};
        }));
    return found;
}

}  // namespace rapport::service
