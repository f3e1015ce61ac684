#include "service/price_list_rules.hpp"

#include <set>

namespace rapport::service {

Status Rules<domain::PriceList>::RequireProducts(Context& context, const domain::PriceList& list) {
    if (list.lines.items.empty()) return {};
    std::string in;
    std::vector<store::Value> params;
    for (const auto& line : list.lines.items) {
        in += in.empty() ? "?" : ", ?";
        params.emplace_back(ToInt(line.product_id));
    }
    std::set<std::int64_t> known;
    RAPPORT_CHECK(context.transaction.Query("SELECT id FROM product WHERE archived_at IS NULL AND id IN (" + in + ")",
                                            params, [&](const store::Row& row) -> Status {
                                                known.insert(row.Int(0));
                                                return {};
                                            }));
    for (const auto& line : list.lines.items) {
        if (known.contains(ToInt(line.product_id))) continue;
        auto field = "lines[" + std::to_string(line.line_no - 1) + "].product_id";
        return InvalidField(field, field + " names no product of the catalogue");
    }
    return {};
}

}  // namespace rapport::service
