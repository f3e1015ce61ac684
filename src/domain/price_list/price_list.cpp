#include "domain/price_list/price_list.hpp"

#include <set>
#include <utility>

namespace rapport::domain {
namespace {

std::string LineField(std::string_view lines, std::int64_t line_no, std::string_view field) {
    return std::string(lines) + "[" + std::to_string(line_no - 1) + "]." + std::string(field);
}

Status CheckCurrency(const Money& money, const Currency& currency, const std::string& field) {
    if (money.currency() == currency) return {};
    return InvalidField(field, field + " is in " + std::string(money.currency().code()) + "; the list is in " +
                                   std::string(currency.code()));
}

Status CheckDiscount(Percent percent, const std::string& field) {
    return percent.CheckRange(Percent{}, Percent::Whole(100), field);
}

Status CheckLine(const PriceListLine& line, const Currency& currency) {
    auto field = [&](std::string_view name) { return LineField("lines", line.line_no, name); };
    if (line.price.has_value() == line.discount_percent.has_value()) {
        return InvalidField(field("price"), "a price list line gives either price or discount_percent");
    }
    if (line.price) {
        RAPPORT_CHECK(CheckCurrency(*line.price, currency, field("price")));
        if (line.price->minor_units() < 0) return InvalidField(field("price"), field("price") + " may not be negative");
    }
    if (line.discount_percent) RAPPORT_CHECK(CheckDiscount(*line.discount_percent, field("discount_percent")));
    if (line.min_quantity <= Quantity{}) {
        return InvalidField(field("min_quantity"), field("min_quantity") + " must be greater than zero");
    }
    return {};
}

}  // namespace

Status Validate(const PriceList& list) {
    RAPPORT_CHECK(CheckLength(list.name, "name", 1, 200));
    auto currency = RAPPORT_TRY(Currency::Parse(list.currency));
    if (list.valid_from && list.valid_to && *list.valid_to < *list.valid_from) {
        return InvalidField("valid_to", "valid_to may not be before valid_from");
    }
    std::set<std::pair<ProductId, Quantity>> tiers;
    for (const auto& line : list.lines.items) {
        RAPPORT_CHECK(CheckLine(line, currency));
        if (!tiers.emplace(line.product_id, line.min_quantity).second) {
            return InvalidField(LineField("lines", line.line_no, "min_quantity"),
                                "the list already prices this product from this quantity");
        }
    }
    std::set<std::int64_t> totals;
    for (const auto& tier : list.order_tiers.items) {
        auto field = [&](std::string_view name) { return LineField("order_tiers", tier.line_no, name); };
        RAPPORT_CHECK(CheckCurrency(tier.min_total, currency, field("min_total")));
        if (tier.min_total.minor_units() < 0) return InvalidField(field("min_total"), "min_total may not be negative");
        RAPPORT_CHECK(CheckDiscount(tier.discount_percent, field("discount_percent")));
        if (!totals.insert(tier.min_total.minor_units()).second) {
            return InvalidField(field("min_total"), "the list already has a tier from this total");
        }
    }
    return {};
}

}  // namespace rapport::domain
