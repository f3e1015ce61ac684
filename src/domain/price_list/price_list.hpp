#pragma once

#include "core/decimal.hpp"
#include "core/field.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/lines.hpp"
#include "domain/product/product.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport {
RAPPORT_DEFINE_ID(PriceListId);
}  // namespace rapport

namespace rapport::domain {

/// A price of one product in a price list, from a quantity up: either a price of its own or a discount
/// off the product's list price.
struct PriceListLine {
    std::int64_t line_no = 0;
    ProductId product_id{};
    Quantity min_quantity = Quantity::Whole(1);
    std::optional<Money> price;
    std::optional<Percent> discount_percent;
    bool operator==(const PriceListLine&) const = default;
};

/// A discount on a whole document from an order total up.
struct OrderTier {
    std::int64_t line_no = 0;
    Money min_total{0, *Currency::Parse("EUR")};
    Percent discount_percent;
    bool operator==(const OrderTier&) const = default;
};

/// The prices of a set of clients (API.md, "Products and prices"): an account names its list in
/// accounts.price_list_id, else the valid list with the lowest priority applies. Reference data: every
/// signed-in user reads it; admins keep it.
struct PriceList {
    PriceListId id{};
    RecordMeta meta;
    std::string name;
    std::string currency = "EUR";
    std::optional<Date> valid_from;
    std::optional<Date> valid_to;
    std::int64_t priority = 100;
    Lines<PriceListLine> lines;
    Lines<OrderTier> order_tiers;
};

/// Checks a price list's own fields and lines: a known currency that every amount is in, a period that does
/// not end before it starts, each line with exactly one of price and discount_percent, discounts from 0 to
/// 100 %, and no product twice at the same min_quantity.
Status Validate(const PriceList& list);

}  // namespace rapport::domain

namespace rapport::domain {
template <>
struct LineTraits<PriceListLine> {
    static constexpr std::string_view kTable = "price_list_line";
    static constexpr auto kFields = std::tuple{
        MakeField("line_no", &PriceListLine::line_no, FieldFlags::kReadOnly, "1, 2, …: the line's place"),
        MakeField("product_id", &PriceListLine::product_id, FieldFlags::kRequired),
        MakeField("min_quantity", &PriceListLine::min_quantity, FieldFlags::kNone,
                  "the line applies from this quantity of a document line up; 1 by default"),
        MakeField("price", &PriceListLine::price, FieldFlags::kNone, "the unit price; or give discount_percent"),
        MakeField("discount_percent", &PriceListLine::discount_percent, FieldFlags::kNone,
                  "off the product's list price; or give price"),
    };
};

template <>
struct LineTraits<OrderTier> {
    static constexpr std::string_view kTable = "price_list_tier";
    static constexpr auto kFields = std::tuple{
        MakeField("line_no", &OrderTier::line_no, FieldFlags::kReadOnly, "1, 2, …: the tier's place"),
        MakeField("min_total", &OrderTier::min_total, FieldFlags::kRequired,
                  "the tier applies to documents whose total of list prices reaches this"),
        MakeField("discount_percent", &OrderTier::discount_percent, FieldFlags::kRequired),
    };
};

template <>
struct RecordTraits<PriceList> {
    using Id = PriceListId;
    static constexpr std::string_view kTable = "price_list";
    static constexpr std::string_view kCollection = "price_lists";
    static constexpr std::string_view kSingular = "price list";
    static constexpr std::array<std::string_view, 1> kSearchColumns = {"name"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kEveryone;
    static constexpr auto kFields = std::tuple{
        MakeField("name", &PriceList::name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("currency", &PriceList::currency, FieldFlags::kRequired | FieldFlags::kFilter,
                  "ISO 4217: every price and total of the list is in it"),
        MakeField("valid_from", &PriceList::valid_from, FieldFlags::kSort, "first day it applies; none: always"),
        MakeField("valid_to", &PriceList::valid_to, FieldFlags::kSort, "last day it applies; none: open-ended"),
        MakeField("priority", &PriceList::priority, FieldFlags::kSort,
                  "among valid lists for an account without its own, the lowest applies; 100 by default"),
        MakeField("lines", &PriceList::lines, FieldFlags::kNone, "prices per product and quantity tier"),
        MakeField("order_tiers", &PriceList::order_tiers, FieldFlags::kNone, "discounts by document total"),
    };
};
}  // namespace rapport::domain
