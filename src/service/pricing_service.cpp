#include "service/pricing_service.hpp"

#include "domain/payment_term/payment_term.hpp"
#include "domain/price_list/price_list.hpp"
#include "domain/pricing/pricing.hpp"
#include "domain/settings/settings.hpp"
#include "service/promotion_rules.hpp"
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

// The catalogue products the lines name, by id, read in one query; 422 naming the first line whose product is
// missing or archived.
Result<std::map<ProductId, domain::Product>> LoadProducts(Context& context,
                                                          std::span<domain::DocumentLine* const> lines) {
    std::vector<ProductId> ids;
    for (const auto* line : lines) {
        if (line->product_id) ids.push_back(*line->product_id);
    }
    // The classic algorithms: clang 14 (the fuzz build's) cannot compile libstdc++ 12's ranges::unique.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::map<ProductId, domain::Product> products;
    for (auto& product : RAPPORT_TRY(
             store::RecordStore<domain::Product>::FindMany(context.transaction, ids, store::Scope::Everything()))) {
        products.emplace(product.id, std::move(product));
    }
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
Result<std::optional<domain::PriceList>> ChoosePriceList(Context& context, const domain::Account& account,
                                                         const std::optional<std::string>& currency, Date on) {
    auto everything = store::Scope::Everything();
    if (account.price_list_id) {
        auto own = RAPPORT_TRY(
            store::RecordStore<domain::PriceList>::Find(context.transaction, *account.price_list_id, everything));
        if (own && ValidOn(*own, on)) return own;
    }
    std::string sql =
        "SELECT id FROM price_list WHERE archived_at IS NULL AND (valid_from IS NULL OR valid_from <= ?) AND "
        "(valid_to IS NULL OR valid_to >= ?)";
    std::vector<Value> params{FormatDate(on), FormatDate(on)};
    if (currency) {
        sql += " AND currency = ?";
        params.emplace_back(*currency);
    }
    sql += " ORDER BY priority, id LIMIT 1";
    auto id = RAPPORT_TRY(QueryInt(context.transaction, sql, std::move(params)));
    if (!id) return std::optional<domain::PriceList>{};
    return store::RecordStore<domain::PriceList>::Find(context.transaction, static_cast<PriceListId>(*id), everything);
}

// Payment terms as the engine applies them: their surcharge (positive adjust_percent) is a negative discount.
Result<std::optional<domain::NamedDiscount>> PaymentTermsDiscount(Context& context, const std::string& code) {
    std::optional<domain::NamedDiscount> found;
    std::vector<Value> params{code};
    RAPPORT_CHECK(context.transaction.Query(
        "SELECT name, adjust_percent FROM payment_term WHERE code = ? AND archived_at IS NULL", params,
        [&](const store::Row& row) -> Status {
            found = domain::NamedDiscount{std::string(row.Text(0)), Percent::FromHundredths(-row.Int(1))};
            return {};
        }));
    if (!found) return InvalidField("payment_terms", "payment_terms " + code + " names no payment terms");
    return found;
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

Result<std::pair<Percent, std::string>> ManualLimit(Context& context, const domain::Settings& settings) {
    const auto& caller = context.caller;
    if (caller.role != domain::Role::kManager) {
        return std::pair{domain::ManualDiscountLimit(settings, caller.role, 0),
                         "a " + std::string(EnumName(caller.role))};
    }
    auto level =
        RAPPORT_TRY(QueryInt(context.transaction, "SELECT level FROM app_user WHERE id = ?", {ToInt(caller.id)}));
    return std::pair{domain::ManualDiscountLimit(settings, caller.role, level.value_or(1)),
                     "a level " + std::to_string(level.value_or(1)) + " manager"};
}

std::string DocumentCurrency(const PricingRequest& request, const std::optional<domain::PriceList>& list,
                             const std::map<ProductId, domain::Product>& products,
                             std::span<domain::DocumentLine* const> lines) {
    if (request.currency) return *request.currency;
    if (list) return list->currency;
    for (const auto* line : lines) {
        if (line->product_id) return std::string(products.at(*line->product_id).price.currency().code());
        if (line->unit_price) return std::string(line->unit_price->currency().code());
    }
    return "EUR";
}

}  // namespace

Result<PricingOutcome> PriceLinesIn(Context& context, const PricingRequest& request,
                                    std::span<domain::DocumentLine*> lines) {
    RAPPORT_CHECK(RequireSalesRole(context.caller, "prices"));
    auto account = RAPPORT_TRY(
        store::RecordStore<domain::Account>::Find(context.transaction, request.account_id, context.caller.scope));
    if (!account) return InvalidField("account_id", "account_id does not name an account you can see");
    auto settings = RAPPORT_TRY(SettingsIn(context));
    PricingOutcome outcome;
    outcome.on = request.on ? *request.on : RAPPORT_TRY(Today(context));
    auto products = RAPPORT_TRY(LoadProducts(context, lines));
    // Without a currency asked for, products priced in one currency are quoted in it (an INR export range in INR,
    // from an INR list if there is one) rather than against a list in another currency that cannot price them.
    auto currency = request.currency;
    auto first_product =
        std::find_if(lines.begin(), lines.end(), [](const auto* line) { return line->product_id.has_value(); });
    if (!currency && first_product != lines.end()) {
        currency = std::string(products.at(*(*first_product)->product_id).price.currency().code());
    }
    auto list = RAPPORT_TRY(ChoosePriceList(context, *account, currency, outcome.on));
    outcome.currency = DocumentCurrency(request, list, products, lines);
    auto document_currency = Currency::Parse(outcome.currency);
    if (!document_currency) return InvalidField("currency", "currency must be an ISO 4217 code such as EUR");

    domain::PricingTerms terms{.currency = *document_currency, .price_list = list ? &*list : nullptr};
    if (list) {
        outcome.price_list_id = list->id;
        outcome.price_list_name = list->name;
    }
    outcome.payment_terms = request.payment_terms ? request.payment_terms : account->payment_terms;
    if (outcome.payment_terms) terms.payment_terms = RAPPORT_TRY(PaymentTermsDiscount(context, *outcome.payment_terms));
    for (const auto& promotion : RAPPORT_TRY(PromotionsInForce(context.transaction, outcome.on))) {
        domain::PromotionTerms promotion_terms{promotion.name, {}, promotion.min_quantity, promotion.discount_percent};
        for (const auto& product : promotion.product_ids.items)
            promotion_terms.product_ids.push_back(product.product_id);
        terms.promotions.push_back(std::move(promotion_terms));
    }
    terms.loyalty = RAPPORT_TRY(LoyaltyDiscount(context, *settings, account->id, outcome.on));
    std::tie(terms.manual_limit, terms.manual_limit_holder) = RAPPORT_TRY(ManualLimit(context, *settings));

    std::vector<domain::LineToPrice> to_price;
    to_price.reserve(lines.size());
    for (const auto* line : lines) {
        to_price.push_back({.product = line->product_id ? &products.at(*line->product_id) : nullptr,
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
            const auto& product = products.at(*line.product_id);
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
