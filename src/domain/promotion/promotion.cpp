#include "domain/promotion/promotion.hpp"

#include <set>

namespace rapport::domain {

Status Validate(const Promotion& promotion) {
    RAPPORT_CHECK(CheckLength(promotion.name, "name", 1, 200));
    if (promotion.ends_on < promotion.starts_on) return InvalidField("ends_on", "ends_on may not be before starts_on");
    std::set<ProductId> seen;
    for (std::size_t i = 0; i < promotion.product_ids.items.size(); ++i) {
        if (!seen.insert(promotion.product_ids.items[i].product_id).second) {
            auto field = "product_ids[" + std::to_string(i) + "]";
            return InvalidField(field, field + " names a product already listed");
        }
    }
    if (promotion.min_quantity <= Quantity{}) {
        return InvalidField("min_quantity", "min_quantity must be greater than zero");
    }
    return promotion.discount_percent.CheckRange(Percent{}, Percent::Whole(100), "discount_percent");
}

bool AppliesTo(const Promotion& promotion, ProductId product, Quantity quantity, Date on) {
    if (on < promotion.starts_on || promotion.ends_on < on || quantity < promotion.min_quantity) return false;
    const auto& items = promotion.product_ids.items;
    if (items.empty()) return true;
    for (const auto& item : items) {
        if (item.product_id == product) return true;
    }
    return false;
}

}  // namespace rapport::domain

namespace rapport {

using PromotionProducts = domain::Lines<domain::PromotionProduct>;

boost::json::value Codec<PromotionProducts>::ToJson(const Lines& lines) {
    boost::json::array ids;
    ids.reserve(lines.items.size());
    for (const auto& item : lines.items) ids.push_back(Codec<ProductId>::ToJson(item.product_id));
    return ids;
}

Result<PromotionProducts> Codec<PromotionProducts>::FromJson(const boost::json::value& json, std::string_view field) {
    if (!json.is_array()) return codec_detail::WrongType(field, "an array of product ids");
    const auto& array = json.get_array();
    if (array.size() > domain::kMaxLines) {
        return InvalidField(std::string(field), std::string(field) + " may name at most " +
                                                    std::to_string(domain::kMaxLines) + " products");
    }
    Lines lines;
    for (std::size_t i = 0; i < array.size(); ++i) {
        auto name = std::string(field) + "[" + std::to_string(i) + "]";
        lines.items.push_back({0, RAPPORT_TRY(Codec<ProductId>::FromJson(array[i], name))});
    }
    domain::NumberLines(lines);
    return lines;
}

std::string Codec<PromotionProducts>::ToText(const Lines& lines) {
    std::string text;
    for (const auto& item : lines.items) {
        if (!text.empty()) text += ';';
        text += Codec<ProductId>::ToText(item.product_id);
    }
    return text;
}

Result<PromotionProducts> Codec<PromotionProducts>::FromText(std::string_view text, std::string_view field) {
    Lines lines;
    std::size_t index = 0;
    while (!text.empty()) {
        auto end = text.find(';');
        auto name = std::string(field) + "[" + std::to_string(index++) + "]";
        lines.items.push_back({0, RAPPORT_TRY(Codec<ProductId>::FromText(text.substr(0, end), name))});
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    }
    domain::NumberLines(lines);
    return lines;
}

boost::json::object Codec<PromotionProducts>::Schema() {
    return {{"type", "array"}, {"maxItems", domain::kMaxLines}, {"items", Codec<ProductId>::Schema()}};
}

}  // namespace rapport
