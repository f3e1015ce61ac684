#pragma once

#include "core/codec.hpp"
#include "core/decimal.hpp"
#include "core/field.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "core/time.hpp"
#include "domain/lines.hpp"
#include "domain/product/product.hpp"
#include "domain/record.hpp"

#include <array>
#include <string>
#include <tuple>

namespace rapport {
RAPPORT_DEFINE_ID(PromotionId);
}  // namespace rapport

namespace rapport::domain {

/// One product a promotion is limited to. Kept as a line of the promotion (its own table, written with it), so
/// that the promotions naming a product are found through an index; on the wire it is only the product's id.
struct PromotionProduct {
    std::int64_t line_no = 0;
    ProductId product_id{};
    bool operator==(const PromotionProduct&) const = default;
};

/// A discount in force from `starts_on` to `ends_on`, both days included, on lines of at least `min_quantity` of
/// the products named (none: every product). Promotions do not stack: the best one for a line applies (API.md,
/// "Products and prices"). Reference data: every signed-in user reads them; admins keep them.
struct Promotion {
    PromotionId id{};
    RecordMeta meta;
    std::string name;
    Date starts_on{};
    Date ends_on{};
    Lines<PromotionProduct> product_ids;
    Quantity min_quantity = Quantity::Whole(1);
    Percent discount_percent;
};

/// Checks a promotion's own fields: a name, a period that does not end before it starts, no product twice, a
/// min_quantity above zero, and a discount from 0 to 100 %.
Status Validate(const Promotion& promotion);

/// Whether `promotion` applies to a line of `quantity` of `product` on day `on`.
bool AppliesTo(const Promotion& promotion, ProductId product, Quantity quantity, Date on);

}  // namespace rapport::domain

namespace rapport::domain {
template <>
struct LineTraits<PromotionProduct> {
    static constexpr std::string_view kTable = "promotion_product";
    static constexpr auto kFields = std::tuple{
        MakeField("line_no", &PromotionProduct::line_no, FieldFlags::kReadOnly),
        MakeField("product_id", &PromotionProduct::product_id, FieldFlags::kRequired),
    };
};

template <>
struct RecordTraits<Promotion> {
    using Id = PromotionId;
    static constexpr std::string_view kTable = "promotion";
    static constexpr std::string_view kCollection = "promotions";
    static constexpr std::string_view kSingular = "promotion";
    static constexpr std::array<std::string_view, 1> kSearchColumns = {"name"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kEveryone;
    static constexpr auto kFields = std::tuple{
        MakeField("name", &Promotion::name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("starts_on", &Promotion::starts_on, FieldFlags::kRequired | FieldFlags::kSort, "first day in force"),
        MakeField("ends_on", &Promotion::ends_on, FieldFlags::kRequired | FieldFlags::kSort,
                  "last day in force, not before starts_on"),
        MakeField("product_ids", &Promotion::product_ids, FieldFlags::kNone,
                  "the products it applies to; empty: every product"),
        MakeField("min_quantity", &Promotion::min_quantity, FieldFlags::kNone,
                  "applies to lines of at least this quantity; 1 by default"),
        MakeField("discount_percent", &Promotion::discount_percent, FieldFlags::kRequired, "percent off, 0–100"),
    };
};
}  // namespace rapport::domain

namespace rapport {

/// A promotion's products are a JSON array of product ids (["58", "61"]), and "58;61" as text (a CSV cell):
/// lines in the store, plain ids on the wire. Errors name the place: "product_ids[1]".
template <>
struct Codec<domain::Lines<domain::PromotionProduct>> {
    using Lines = domain::Lines<domain::PromotionProduct>;
    static boost::json::value ToJson(const Lines& lines);
    static Result<Lines> FromJson(const boost::json::value& json, std::string_view field);
    static std::string ToText(const Lines& lines);
    static Result<Lines> FromText(std::string_view text, std::string_view field);
    static boost::json::object Schema();
};

}  // namespace rapport
