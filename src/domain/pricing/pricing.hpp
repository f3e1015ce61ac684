#pragma once

#include "core/codec.hpp"
#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/price_list/price_list.hpp"
#include "domain/product/product.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rapport::domain {

/// The rules that may change a line's price, in the order they apply (API.md, "Products and prices").
enum class PricingRuleKind { kPriceList, kVolumeTier, kOrderTier, kPromotion, kLoyalty, kPaymentTerms, kManual };

/// One step of a line's price: what applied, the percent it took off the price the steps before it left
/// (negative for a surcharge), and the money it took off the whole line (negative for a surcharge).
struct PricingRule {
    PricingRuleKind kind = PricingRuleKind::kManual;
    std::string name;
    Percent percent;
    Money amount{0, *Currency::Parse("EUR")};
    bool operator==(const PricingRule&) const = default;
};

/// How a line's price came about, rule by rule: a read-only field of every document line, kept whole as JSON.
struct PricingRules {
    using StoredAsJson = void;
    std::vector<PricingRule> items;
    bool operator==(const PricingRules&) const = default;
};

/// A discount by name: a promotion, a loyalty tier, payment terms, as the engine applies it.
struct NamedDiscount {
    std::string name;
    Percent percent;  // Positive: a discount; negative: a surcharge.
};

/// A promotion in force: for the products named (all when none are), from a quantity up.
struct PromotionTerms {
    std::string name;
    std::vector<ProductId> product_ids;
    Quantity min_quantity = Quantity::Whole(1);
    Percent discount_percent;
};

/// What prices every line of one document for one client on one day.
struct PricingTerms {
    Currency currency = *Currency::Parse("EUR");
    const PriceList* price_list = nullptr;       // The client's, or the valid one of lowest priority; may be none.
    std::vector<PromotionTerms> promotions;      // Those in force on the document's day.
    std::optional<NamedDiscount> loyalty;        // The client's loyalty tier, if they reach one.
    std::optional<NamedDiscount> payment_terms;  // The terms' adjustment, as a discount.
    Percent manual_limit = Percent::Whole(100);  // The most the caller may take off by hand.
    std::string manual_limit_holder = "you";     // Whose limit, for the error: "a level 2 manager".
};

/// A line to price: a catalogue product, or a line of the client's own wording with its own unit price.
struct LineToPrice {
    const Product* product = nullptr;
    std::optional<Money> unit_price;  // A line without a product only.
    Quantity quantity = Quantity::Whole(1);
    Percent manual_discount_percent;
    std::optional<Percent> tax_rate;  // The product's when not given.
};

/// A priced line: the list price of one unit, each rule that applied, then the net (after every rule, before
/// tax), the tax and the total, each rounded once to the currency's minor unit.
struct PricedLine {
    Money list_price{0, *Currency::Parse("EUR")};
    Money unit_price{0, *Currency::Parse("EUR")};  // net / quantity, rounded: what a printed document shows per unit.
    Percent tax_rate;
    PricingRules pricing;
    Money net{0, *Currency::Parse("EUR")};
    Money tax{0, *Currency::Parse("EUR")};
    Money total{0, *Currency::Parse("EUR")};
};

/// Prices `lines` under `terms`. A line's rules compound: each applies to what the rules before it left, and
/// the net is list price × quantity × Π(1 − percent/100), computed exactly and rounded once. A rule's `amount` is
/// the difference between the rounded line values before and after it, so the amounts of a line add up to
/// list × quantity − net exactly. A price list that sets a price (rather than a percent) is applied as that
/// price; its `percent` then shows the discount it amounts to, rounded to hundredths.
///
/// Fails with kInvalidArgument naming `lines[i].<field>`: a product priced in another currency than the
/// document's, an inactive product, a line without a product and without a unit price (or with both), a
/// manual discount outside 0 … the caller's limit.
Result<std::vector<PricedLine>> PriceLines(const PricingTerms& terms, std::span<const LineToPrice> lines);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::PricingRuleKind> {
    static constexpr std::array kValues = {
        std::pair{domain::PricingRuleKind::kPriceList, std::string_view{"price_list"}},
        std::pair{domain::PricingRuleKind::kVolumeTier, std::string_view{"volume_tier"}},
        std::pair{domain::PricingRuleKind::kOrderTier, std::string_view{"order_tier"}},
        std::pair{domain::PricingRuleKind::kPromotion, std::string_view{"promotion"}},
        std::pair{domain::PricingRuleKind::kLoyalty, std::string_view{"loyalty"}},
        std::pair{domain::PricingRuleKind::kPaymentTerms, std::string_view{"payment_terms"}},
        std::pair{domain::PricingRuleKind::kManual, std::string_view{"manual"}},
    };
};

/// The explanation is a JSON array of {kind, name, percent, amount}; as text, the same array as compact JSON.
template <>
struct Codec<domain::PricingRules> {
    static boost::json::value ToJson(const domain::PricingRules& rules);
    static void WriteJson(JsonWriter& writer, const domain::PricingRules& rules);
    static Result<domain::PricingRules> FromJson(const boost::json::value& json, std::string_view field);
    static std::string ToText(const domain::PricingRules& rules);
    static Result<domain::PricingRules> FromText(std::string_view text, std::string_view field);
    static boost::json::object Schema();
};

}  // namespace rapport
