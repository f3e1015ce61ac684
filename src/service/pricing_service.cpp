#include "service/pricing_service.hpp"

#include "domain/payment_term/payment_term.hpp"
#include "domain/price_list/price_list.hpp"
#include "domain/pricing/pricing.hpp"
#include "domain/settings/settings.hpp"
#include "service/catalogue.hpp"
#include "service/rule_helpers.hpp"
#include "service/settings_service.hpp"

#include <algorithm>
#include <map>

namespace rapport::service {
namespace {

using store::Value;

// One row's first column as an integer, or none.
Result<std::optional<std::int64_t>> QueryInt(store::Transaction& transaction, std::string_view sql,
                                             std::vector<Value> params) {
    std::optional<std::int64_t> found;
    RAPPORT_CHECK(transaction.Query(sql, params, [&](const store::Row& row) -> Status {
        if (!row.IsNull(0)) found = row.Int(0);
        return {};
    }));
    return found;
}

// The catalogue products the lines name, by id; 422 naming the first line whose product is missing or archived.
Result<std::map<ProductId, std::shared_ptr<const domain::Product>>> LoadProducts(
    Context& context, const Catalogue& catalogue, std::span<domain::DocumentLine* const> lines) {
    std::vector<ProductId> ids;
    for (const auto* line : lines) {
        if (line->product_id) ids.push_back(*line->product_id);
    }
    auto products = RAPPORT_TRY(catalogue.Products(context.transaction, ids));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i]->product_id || products.contains(*lines[i]->product_id)) continue;
        auto field = "lines[" + std::to_string(i) + "].product_id";
        return InvalidField(field, field + " does not name a product of the catalogue");
    }
    return products;
}

bool ValidOn(const domain::PriceList& list, Date on) {
    return (!list.valid_from || *list.valid_from <= on) && (!list.valid_to || *list.valid_to >= on);
}

// The account's own price list when it is valid on the day, else the valid list of lowest priority (in the
// currency asked for, when one is).
Result<std::shared_ptr<const domain::PriceList>> ChoosePriceList(Context& context, const Catalogue& catalogue,
                                                                 const domain::Account& account,
                                                                 const std::optional<std::string>& currency, Date on) {
    if (account.price_list_id) {
        auto own = RAPPORT_TRY(catalogue.PriceList(context.transaction, *account.price_list_id));
        if (own && ValidOn(*own, on)) return own;
    }
    auto id = catalogue.DefaultPriceList(currency, on);
    if (!id) return std::shared_ptr<const domain::PriceList>{};
    return catalogue.PriceList(context.transaction, *id);
}

Result<std::optional<domain::NamedDiscount>> PaymentTermsDiscount(const Catalogue& catalogue, const std::string& code) {
    const auto* terms = catalogue.PaymentTerms(code);
    if (!terms) return InvalidField("payment_terms", "payment_terms " + code + " names no payment terms");
    return std::optional<domain::NamedDiscount>(*terms);
}

// The client's loyalty tier, from what their won deals brought in over the twelve months before `on`, in the
// tiers' currency. (Invoices, when they come, are the better measure: paid revenue.)
Result<std::optional<domain::NamedDiscount>> LoyaltyDiscount(Context& context, const domain::Settings& settings,
                                                             AccountId account, Date on) {
    if (settings.loyalty_tiers.empty()) return std::optional<domain::NamedDiscount>{};
    const auto& currency = settings.loyalty_tiers.front().min_revenue.currency();
    auto since = ToSeconds(StartOf(on)) - 365 * 24 * 3600;
    auto revenue = RAPPORT_TRY(QueryInt(context.transaction,
                                        "SELECT SUM(amount_minor) FROM deal WHERE account_id = ? AND stage = 'won' AND "
                                        "archived_at IS NULL AND closed_at >= ? AND amount_currency = ?",
                                        {ToInt(account), since, std::string(currency.code())}));
    auto percent = domain::LoyaltyPercent(settings, Money(revenue.value_or(0), currency));
    if (!percent) return std::optional<domain::NamedDiscount>{};
    return std::optional<domain::NamedDiscount>(domain::NamedDiscount{"Loyalty", *percent});
}

std::pair<Percent, std::string> ManualLimit(const Caller& caller, const domain::Settings& settings) {
    if (caller.role != domain::Role::kManager) {
        return {domain::ManualDiscountLimit(settings, caller.role, 0), "a " + std::string(EnumName(caller.role))};
    }
    return {domain::ManualDiscountLimit(settings, caller.role, caller.level),
            "a level " + std::to_string(caller.level) + " manager"};
}

std::string DocumentCurrency(const PricingRequest& request, const domain::PriceList* list,
                             const std::map<ProductId, std::shared_ptr<const domain::Product>>& products,
                             std::span<domain::DocumentLine* const> lines) {
    if (request.currency) return *request.currency;
    if (list) return list->currency;
    for (const auto* line : lines) {
        if (line->product_id) return std::string(products.at(*line->product_id)->price.currency().code());
        if (line->unit_price) return std::string(line->unit_price->currency().code());
    }
    return "EUR";
}

}  // namespace

Result<PricingOutcome> PriceLinesIn(Context& context, const PricingRequest& request,
                                    std::span<domain::DocumentLine*> lines) {
    RAPPORT_CHECK(RequireSalesRole(context.caller, "prices"));
    auto account = RAPPORT_TRY(VisibleAccount(context, request.account_id));
    auto catalogue = RAPPORT_TRY(CatalogueIn(context));
    const auto& settings = *RAPPORT_TRY(SettingsIn(context));
    PricingOutcome outcome;
    outcome.on = request.on ? *request.on : RAPPORT_TRY(Today(context));
    auto products = RAPPORT_TRY(LoadProducts(context, *catalogue, lines));
    // Without a currency asked for, products priced in one currency are quoted in it (an INR export range in INR,
    // from an INR list if there is one) rather than against a list in another currency that cannot price them.
    auto currency = request.currency;
    auto first_product =
        std::find_if(lines.begin(), lines.end(), [](const auto* line) { return line->product_id.has_value(); });
    if (!currency && first_product != lines.end()) {
        currency = std::string(products.at(*(*first_product)->product_id)->price.currency().code());
    }
    auto list = RAPPORT_TRY(ChoosePriceList(context, *catalogue, *account, currency, outcome.on));
    outcome.currency = DocumentCurrency(request, list.get(), products, lines);
    auto document_currency = Currency::Parse(outcome.currency);
    if (!document_currency) return InvalidField("currency", "currency must be an ISO 4217 code such as EUR");

    domain::PricingTerms terms{.currency = *document_currency, .price_list = list.get()};
    if (list) {
        outcome.price_list_id = list->id;
        outcome.price_list_name = list->name;
    }
    outcome.payment_terms = request.payment_terms ? request.payment_terms : account->payment_terms;
    if (outcome.payment_terms)
        terms.payment_terms = RAPPORT_TRY(PaymentTermsDiscount(*catalogue, *outcome.payment_terms));
    terms.promotions = catalogue->PromotionsOn(outcome.on);
    terms.loyalty = RAPPORT_TRY(LoyaltyDiscount(context, settings, account->id, outcome.on));
    std::tie(terms.manual_limit, terms.manual_limit_holder) = ManualLimit(context.caller, settings);

    std::vector<domain::LineToPrice> to_price;
    to_price.reserve(lines.size());
    for (const auto* line : lines) {
        to_price.push_back({.product = line->product_id ? products.at(*line->product_id).get() : nullptr,
                            .unit_price = line->product_id ? std::nullopt : line->unit_price,
                            .quantity = line->quantity,
                            .manual_discount_percent = line->manual_discount_percent,
                            .tax_rate = line->tax_rate});
    }
    auto priced = RAPPORT_TRY(domain::PriceLines(terms, to_price));
    Money zero(0, *document_currency);
    outcome.totals = {zero, zero, zero, zero};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto& line = *lines[i];
        if (line.product_id) {
            const auto& product = *products.at(*line.product_id);
            if (line.description.empty()) line.description = product.name;
            if (line.unit.empty()) line.unit = product.unit;
        }
        domain::TakePrices(line, priced[i]);
        RAPPORT_CHECK(domain::AddToTotals(outcome.totals, line));
    }
    return outcome;
}

Result<PricingService::Quote> PricingService::Price(const Caller& caller, const PricingRequest& request,
                                                    std::vector<domain::OfferLine> lines) {
    return database_.TransactFor<Quote>(store::Access::kRead, [&](store::Transaction& transaction) -> Result<Quote> {
        Context context{transaction, caller, Now()};
        auto outcome = RAPPORT_TRY(PriceLinesIn(context, request, lines));
        return Quote{std::move(outcome), std::move(lines)};
    });
}

}  // namespace rapport::service
