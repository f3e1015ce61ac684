#include "domain/pricing/pricing.hpp"

#include "core/exact_amount.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <utility>

namespace rapport::domain {
namespace {

using Integer = boost::multiprecision::cpp_int;

std::string LineField(std::size_t index, std::string_view name) {
    return "lines[" + std::to_string(index) + "]." + std::string(name);
}

// The percent that going from `before` to `after` takes off, to hundredths: how a price list's own price
// reads as a discount.
Percent ShareOff(const Money& before, const Money& after) {
    if (before.minor_units() == 0) return {};
    Integer difference = Integer(before.minor_units()) - after.minor_units();
    return Percent::FromHundredths(
        static_cast<std::int64_t>(DivideRounded(difference * Percent::kWhole, before.minor_units())));
}

// One rule as it applies to a line: the line's exact value after it, and its percent.
struct Step {
    PricingRuleKind kind;
    std::string name;
    Percent percent;
    ExactAmount after;
};

// The price list's stage: its base price for the product, then the best volume tier the quantity reaches.
// Each sets a unit price (its own, or a percent off the list price), which the line takes as it is.
Result<std::vector<Step>> PriceListSteps(const PriceList& list, const Product& product, Quantity quantity) {
    std::vector<const PriceListLine*> reached;
    for (const auto& line : list.lines.items) {
        if (line.product_id == product.id && line.min_quantity <= quantity) reached.push_back(&line);
    }
    if (reached.empty()) return std::vector<Step>{};
    std::ranges::sort(reached, {}, &PriceListLine::min_quantity);
    auto unit_price = [&](const PriceListLine& line) {
        return line.price ? ExactAmount(*line.price) : ExactAmount(product.price).Less(*line.discount_percent);
    };
    auto rounded_unit = [&](const PriceListLine& line) -> Result<Money> { return unit_price(line).Rounded("price"); };
    const auto& base = *reached.front();
    std::vector<Step> steps;
    auto base_unit = RAPPORT_TRY(rounded_unit(base));
    Percent base_percent = base.discount_percent ? *base.discount_percent : ShareOff(product.price, base_unit);
    steps.push_back({PricingRuleKind::kPriceList, list.name, base_percent, unit_price(base).Times(quantity)});
    if (reached.size() > 1) {
        const auto& tier = *reached.back();
        auto tier_unit = RAPPORT_TRY(rounded_unit(tier));
        steps.push_back({PricingRuleKind::kVolumeTier,
                         list.name + ", from " + tier.min_quantity.Format() + " " + product.unit,
                         ShareOff(base_unit, tier_unit), unit_price(tier).Times(quantity)});
    }
    return steps;
}

// The order-total tier the document reaches: the best whose minimum its lines' list values reach.
std::optional<NamedDiscount> ReachedOrderTier(const PriceList* list, const Money& list_total) {
    if (!list) return std::nullopt;
    std::optional<NamedDiscount> best;
    for (const auto& tier : list->order_tiers.items) {
        if (tier.min_total.currency() != list_total.currency()) continue;
        if (tier.min_total.minor_units() > list_total.minor_units()) continue;
        if (best && best->percent >= tier.discount_percent) continue;
        best = NamedDiscount{list->name + ", order from " + tier.min_total.FormatAmount() + " " +
                                 std::string(tier.min_total.currency().code()),
                             tier.discount_percent};
    }
    return best;
}

// The best promotion for a product at a quantity: promotions never add up.
std::optional<NamedDiscount> BestPromotion(std::span<const PromotionTerms> promotions, ProductId product,
                                           Quantity quantity) {
    std::optional<NamedDiscount> best;
    for (const auto& promotion : promotions) {
        if (quantity < promotion.min_quantity) continue;
        if (!promotion.product_ids.empty() &&
            std::ranges::find(promotion.product_ids, product) == promotion.product_ids.end())
            continue;
        if (best && best->percent >= promotion.discount_percent) continue;
        best = NamedDiscount{promotion.name, promotion.discount_percent};
    }
    return best;
}

void AddPercentStep(std::vector<Step>& steps, PricingRuleKind kind, const std::optional<NamedDiscount>& discount,
                    const ExactAmount& before) {
    if (!discount || discount->percent == Percent{}) return;
    steps.push_back({kind, discount->name, discount->percent, before.Less(discount->percent)});
}

Status CheckManual(const PricingTerms& terms, Percent manual, std::size_t index) {
    auto field = LineField(index, "manual_discount_percent");
    if (manual < Percent{}) return InvalidField(field, field + " may not be negative");
    if (manual > terms.manual_limit) {
        auto error = InvalidField(field, field + " is " + manual.Format() + " %, above the limit of " +
                                             terms.manual_limit.Format() + " % for " + terms.manual_limit_holder);
        error.limit = terms.manual_limit.Format();
        return error;
    }
    return {};
}

// Where a line starts: a product's list price in the document's currency, or the line's own unit price.
Result<Money> ListPrice(const PricingTerms& terms, const LineToPrice& line, std::size_t index) {
    if (line.product) {
        if (line.unit_price) {
            return InvalidField(LineField(index, "unit_price"),
                                "a product's unit price comes from the price engine: leave unit_price out");
        }
        if (!line.product->active) {
            return InvalidField(LineField(index, "product_id"),
                                "product " + line.product->sku + " is no longer offered");
        }
        if (line.product->price.currency() != terms.currency) {
            return InvalidField(LineField(index, "product_id"), "product " + line.product->sku + " is priced in " +
                                                                    std::string(line.product->price.currency().code()) +
                                                                    ", not in " + std::string(terms.currency.code()));
        }
        return line.product->price;
    }
    if (!line.unit_price) {
        return InvalidField(LineField(index, "unit_price"), "a line without product_id needs its unit_price");
    }
    if (line.unit_price->currency() != terms.currency) {
        return InvalidField(LineField(index, "unit_price"), "unit_price is in " +
                                                                std::string(line.unit_price->currency().code()) +
                                                                ", not in " + std::string(terms.currency.code()));
    }
    if (line.unit_price->minor_units() < 0) {
        return InvalidField(LineField(index, "unit_price"), "unit_price may not be negative");
    }
    return *line.unit_price;
}

// Every rule for one line, in API.md's order. A line of the client's own wording takes only its manual discount:
// price lists, tiers, promotions and terms are the catalogue's.
Result<std::vector<Step>> Steps(const PricingTerms& terms, const LineToPrice& line, const Money& list_price,
                                const std::optional<NamedDiscount>& order_tier) {
    std::vector<Step> steps;
    auto current = [&] { return steps.empty() ? ExactAmount(list_price).Times(line.quantity) : steps.back().after; };
    if (line.product) {
        if (terms.price_list) steps = RAPPORT_TRY(PriceListSteps(*terms.price_list, *line.product, line.quantity));
        AddPercentStep(steps, PricingRuleKind::kOrderTier, order_tier, current());
        AddPercentStep(steps, PricingRuleKind::kPromotion,
                       BestPromotion(terms.promotions, line.product->id, line.quantity), current());
        AddPercentStep(steps, PricingRuleKind::kLoyalty, terms.loyalty, current());
        AddPercentStep(steps, PricingRuleKind::kPaymentTerms, terms.payment_terms, current());
    }
    AddPercentStep(steps, PricingRuleKind::kManual, NamedDiscount{"Manual discount", line.manual_discount_percent},
                   current());
    return steps;
}

Result<PricedLine> PriceLine(const PricingTerms& terms, const LineToPrice& line, std::size_t index,
                             const std::optional<NamedDiscount>& order_tier) {
    PricedLine priced;
    priced.list_price = RAPPORT_TRY(ListPrice(terms, line, index));
    auto net_field = LineField(index, "net");
    auto steps = RAPPORT_TRY(Steps(terms, line, priced.list_price, order_tier));
    // Each amount is the difference of the rounded values around its rule: they telescope to list − net.
    auto before = RAPPORT_TRY(ExactAmount(priced.list_price).Times(line.quantity).Rounded(net_field));
    for (auto& step : steps) {
        auto after = RAPPORT_TRY(step.after.Rounded(net_field));
        priced.pricing.items.push_back(
            {step.kind, std::move(step.name), step.percent, RAPPORT_TRY(Subtract(before, after, net_field))});
        before = after;
    }
    priced.net = before;
    priced.unit_price = Money(static_cast<std::int64_t>(DivideRounded(
                                  Integer(priced.net.minor_units()) * Quantity::kScale, line.quantity.thousandths())),
                              terms.currency);
    priced.tax_rate = line.tax_rate ? *line.tax_rate : line.product ? line.product->tax_rate : Percent{};
    RAPPORT_CHECK(priced.tax_rate.CheckRange(Percent{}, Percent::Whole(100), LineField(index, "tax_rate")));
    priced.tax = RAPPORT_TRY(ExactAmount(priced.net).PercentOf(priced.tax_rate).Rounded(LineField(index, "tax")));
    priced.total = RAPPORT_TRY(Add(priced.net, priced.tax, LineField(index, "total")));
    return priced;
}

}  // namespace

Result<std::vector<PricedLine>> PriceLines(const PricingTerms& terms, std::span<const LineToPrice> lines) {
    if (terms.price_list && terms.price_list->currency != terms.currency.code()) {
        return InvalidField("currency", "the price list " + terms.price_list->name + " is in " +
                                            terms.price_list->currency + ", not in " +
                                            std::string(terms.currency.code()));
    }
    // The order-total tier reads the catalogue lines' list values, before any rule.
    Money list_total(0, terms.currency);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        RAPPORT_CHECK(CheckManual(terms, lines[i].manual_discount_percent, i));
        if (lines[i].quantity <= Quantity{}) {
            return InvalidField(LineField(i, "quantity"), LineField(i, "quantity") + " must be greater than zero");
        }
        if (!lines[i].product) continue;
        auto list_price = RAPPORT_TRY(ListPrice(terms, lines[i], i));
        auto value = RAPPORT_TRY(ExactAmount(list_price).Times(lines[i].quantity).Rounded(LineField(i, "net")));
        list_total = RAPPORT_TRY(Add(list_total, value, LineField(i, "net")));
    }
    auto order_tier = ReachedOrderTier(terms.price_list, list_total);
    std::vector<PricedLine> priced;
    priced.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        priced.push_back(RAPPORT_TRY(PriceLine(terms, lines[i], i, order_tier)));
    return priced;
}

}  // namespace rapport::domain

namespace rapport {

boost::json::value Codec<domain::PricingRules>::ToJson(const domain::PricingRules& rules) {
    boost::json::array array;
    array.reserve(rules.items.size());
    for (const auto& rule : rules.items) {
        array.push_back(boost::json::object{{"kind", Codec<domain::PricingRuleKind>::ToJson(rule.kind)},
                                            {"name", rule.name},
                                            {"percent", Codec<Percent>::ToJson(rule.percent)},
                                            {"amount", Codec<Money>::ToJson(rule.amount)}});
    }
    return array;
}

void Codec<domain::PricingRules>::WriteJson(JsonWriter& writer, const domain::PricingRules& rules) {
    writer.BeginArray();
    for (const auto& rule : rules.items) {
        writer.BeginObject();
        writer.Key("kind");
        WriteJsonOf(writer, rule.kind);
        writer.Key("name");
        writer.String(rule.name);
        writer.Key("percent");
        WriteJsonOf(writer, rule.percent);
        writer.Key("amount");
        WriteJsonOf(writer, rule.amount);
        writer.EndObject();
    }
    writer.EndArray();
}

std::string Codec<domain::PricingRules>::ToText(const domain::PricingRules& rules) {
    std::string text;
    JsonWriter writer(text);
    WriteJson(writer, rules);
    return text;
}

Result<domain::PricingRules> Codec<domain::PricingRules>::FromJson(const boost::json::value& json,
                                                                   std::string_view field) {
    if (!json.is_array()) return codec_detail::WrongType(field, "an array of pricing rules");
    domain::PricingRules rules;
    for (const auto& item : json.get_array()) {
        const auto* object = item.if_object();
        if (!object || !object->contains("kind") || !object->contains("name") || !object->contains("percent") ||
            !object->contains("amount") || !object->at("name").is_string()) {
            return codec_detail::WrongType(field, "an array of {kind, name, percent, amount}");
        }
        rules.items.push_back({RAPPORT_TRY(Codec<domain::PricingRuleKind>::FromJson(object->at("kind"), field)),
                               std::string(object->at("name").get_string()),
                               RAPPORT_TRY(Codec<Percent>::FromJson(object->at("percent"), field)),
                               RAPPORT_TRY(Codec<Money>::FromJson(object->at("amount"), field))});
    }
    return rules;
}

Result<domain::PricingRules> Codec<domain::PricingRules>::FromText(std::string_view text, std::string_view field) {
    boost::system::error_code error;
    auto json = boost::json::parse(text, error);
    if (error) return codec_detail::WrongType(field, "a JSON array of pricing rules");
    return FromJson(json, field);
}

boost::json::object Codec<domain::PricingRules>::Schema() {
    boost::json::object rule{
        {"type", "object"},
        {"required", boost::json::array{"kind", "name", "percent", "amount"}},
        {"properties",
         {{"kind", Codec<domain::PricingRuleKind>::Schema()},
          {"name", {{"type", "string"}, {"description", "the price list, promotion, tier or terms that applied"}}},
          {"percent", Codec<Percent>::Schema()},
          {"amount", Codec<Money>::Schema()}}}};
    return {{"type", "array"},
            {"description",
             "the rules applied, in order; each takes `percent` off what the rules before it left (negative: a "
             "surcharge), and `amount` off the whole line"},
            {"items", std::move(rule)}};
}

}  // namespace rapport
