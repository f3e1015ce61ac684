#pragma once

#include "domain/document_line.hpp"
#include "domain/offer/offer.hpp"
#include "service/record_service.hpp"

#include <optional>
#include <span>
#include <string>

namespace rapport::service {

/// What a document is priced for: a client, a currency, payment terms and a day (API.md, "Products and prices").
struct PricingRequest {
    AccountId account_id{};
    std::optional<std::string> currency;       // The price list's when not given, else the first product's.
    std::optional<std::string> payment_terms;  // A payment_terms code; the account's when not given.
    std::optional<Date> on;                    // Today when not given.
};

/// What the engine settled on for the whole document, besides its lines.
struct PricingOutcome {
    std::string currency;
    std::optional<std::string> payment_terms;
    std::optional<PriceListId> price_list_id;
    std::string price_list_name;
    Date on{};
    domain::DocumentTotals totals;
};

/// Prices `lines` for `request` within an open transaction: offers, orders and invoices price their lines here, as
/// POST /pricing/quote does. Each line gets its product's description and unit when it has none, the engine's
/// list price, rules, unit price, tax rate, net, tax and total. The account must be one the caller sees (else 422
/// naming account_id); products must exist (422 naming lines[i].product_id); a payment terms code must name live
/// terms (422 naming payment_terms); a manual discount is limited by the caller's level (settings).
Result<PricingOutcome> PriceLinesIn(Context& context, const PricingRequest& request,
                                    std::span<domain::DocumentLine*> lines);

/// Same, for any line type derived from DocumentLine.
template <typename Line>
Result<PricingOutcome> PriceLinesIn(Context& context, const PricingRequest& request, std::vector<Line>& lines) {
    std::vector<domain::DocumentLine*> views;
    views.reserve(lines.size());
    for (auto& line : lines) views.push_back(&line);
    return PriceLinesIn(context, request, std::span(views));
}

/// POST /api/v1/pricing/quote: prices lines in a read transaction, saving nothing.
class PricingService {
public:
    explicit PricingService(store::Database& database) : database_(database) {}

    /// The lines as an offer would carry them, priced.
    struct Quote {
        PricingOutcome outcome;
        std::vector<domain::OfferLine> lines;
    };
    Result<Quote> Price(const Caller& caller, const PricingRequest& request, std::vector<domain::OfferLine> lines);

private:
    store::Database& database_;
};

}  // namespace rapport::service
