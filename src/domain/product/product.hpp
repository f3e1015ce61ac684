#pragma once

#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport {
RAPPORT_DEFINE_ID(ProductId);
}  // namespace rapport

namespace rapport::domain {

enum class ProductKind { kGood, kService };

/// Something the company sells: a good from the warehouse or a service (cutting, delivery), at a list
/// price that price lists, promotions and terms then adjust per client (API.md, "Products and prices").
/// Reference data: every signed-in user reads the catalogue; admins keep it.
struct Product {
    ProductId id{};
    RecordMeta meta;
    std::string sku;
    std::string name;
    std::optional<std::string> description;
    ProductKind kind = ProductKind::kGood;
    std::string unit;
    Money price{0, *Currency::Parse("EUR")};
    std::optional<Money> cost;
    Percent tax_rate;
    bool active = true;
};

/// Checks a product's own fields: an SKU and a unit of letters, digits and a few marks, a price and cost
/// that are not negative and in one currency, a tax rate from 0 to 100 %.
Status Validate(const Product& product);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::ProductKind> {
    static constexpr std::array kValues = {
        std::pair{domain::ProductKind::kGood, std::string_view{"good"}},
        std::pair{domain::ProductKind::kService, std::string_view{"service"}},
    };
};
}  // namespace rapport

namespace rapport::domain {
template <>
struct RecordTraits<Product> {
    using Id = ProductId;
    static constexpr std::string_view kTable = "product";
    static constexpr std::string_view kCollection = "products";
    static constexpr std::string_view kSingular = "product";
    static constexpr std::array<std::string_view, 2> kSearchColumns = {"sku", "name"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kEveryone;
    static constexpr auto kFields = std::tuple{
        MakeField("sku", &Product::sku, FieldFlags::kRequired | FieldFlags::kFilter | FieldFlags::kSort,
                  "the stock-keeping unit: unique, letters, digits, '-', '_', '.' and '/'"),
        MakeField("name", &Product::name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("description", &Product::description),
        MakeField("kind", &Product::kind, FieldFlags::kFilter),
        MakeField("unit", &Product::unit, FieldFlags::kRequired, "the unit a quantity counts: t, m, pcs, h"),
        MakeField("price", &Product::price, FieldFlags::kRequired | FieldFlags::kSort,
                  "the list price of one unit, before any price list, promotion or discount"),
        MakeField("cost", &Product::cost, FieldFlags::kNone, "what one unit costs the company"),
        MakeField("tax_rate", &Product::tax_rate, FieldFlags::kNone, "percent, 0–100; 0 by default"),
        MakeField("active", &Product::active, FieldFlags::kFilter, "false: no longer offered, kept for old documents"),
    };
};
}  // namespace rapport::domain
