#pragma once

#include "core/decimal.hpp"
#include "core/field.hpp"
#include "core/money.hpp"
#include "domain/lines.hpp"
#include "domain/pricing/pricing.hpp"
#include "domain/product/product.hpp"

#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

/// A line of a commercial document — an offer, an order, later an invoice — as API.md's "Documents with lines"
/// lays it out: what the client gives (a product or a description of their own, a quantity, a manual discount)
/// and what the price engine makes of it (the list price, each rule, net, tax, total), kept as priced so that a
/// document never changes its prices behind the client's back.
struct DocumentLine {
    std::int64_t line_no = 0;
    std::optional<ProductId> product_id;
    std::string description;
    Quantity quantity = Quantity::Whole(1);
    std::string unit;
    std::optional<Money> unit_price;
    Percent manual_discount_percent;
    std::optional<Percent> tax_rate;
    Money list_price{0, *Currency::Parse("EUR")};
    PricingRules pricing;
    Money net{0, *Currency::Parse("EUR")};
    Money tax{0, *Currency::Parse("EUR")};
    Money total{0, *Currency::Parse("EUR")};
    bool operator==(const DocumentLine&) const = default;
};

/// A document's totals, sums of its rounded lines (API.md): the lines always add up to them.
struct DocumentTotals {
    Money subtotal{0, *Currency::Parse("EUR")};
    Money discount_total{0, *Currency::Parse("EUR")};
    Money tax_total{0, *Currency::Parse("EUR")};
    Money total{0, *Currency::Parse("EUR")};
};

/// Takes the engine's prices into `line`: its list price, explanation, unit price, tax rate and amounts.
void TakePrices(DocumentLine& line, const PricedLine& priced);

/// Adds one line to `totals`: its net to the subtotal, list × quantity − net to the discount total, its tax to the
/// tax total (and so to the total). kInvalidArgument when a sum overflows or a currency differs.
Status AddToTotals(DocumentTotals& totals, const DocumentLine& line);

/// The totals of `lines`, all in `currency`: subtotal = Σ net, discount_total = Σ (list × quantity − net),
/// tax_total = Σ tax, total = subtotal + tax_total.
template <typename Line>
Result<DocumentTotals> SumLines(const Lines<Line>& lines, const Currency& currency) {
    Money zero(0, currency);
    DocumentTotals totals{zero, zero, zero, zero};
    for (const auto& line : lines.items) RAPPORT_CHECK(AddToTotals(totals, line));
    return totals;
}

/// Checks a document's currency: an ISO 4217 code; kInvalidArgument naming `currency` otherwise.
Status CheckCurrency(std::string_view currency);

/// Checks the line at `index` of a document: a description of 1–1000 characters, a unit of at most 16;
/// kInvalidArgument naming the field as lines[index].description.
Status CheckLine(const DocumentLine& line, std::size_t index);

/// Checks what every document's own fields share (offers, orders, and next invoices): its currency and each of its
/// lines. A document's Validate adds its own fields to it.
template <typename Line>
Status CheckDocument(std::string_view currency, const Lines<Line>& lines) {
    RAPPORT_CHECK(CheckCurrency(currency));
    for (std::size_t i = 0; i < lines.items.size(); ++i) RAPPORT_CHECK(CheckLine(lines.items[i], i));
    return {};
}

/// The field table of a document line. Each document kind has its line type (OfferLine, OrderLine), derived from
/// DocumentLine, for a table of its own.
template <typename Line>
constexpr auto DocumentLineFields() {
    return std::tuple{
        MakeField("line_no", &Line::line_no, FieldFlags::kReadOnly, "1, 2, …: the line's place in the document"),
        MakeField("product_id", &Line::product_id, FieldFlags::kNone,
                  "a catalogue product, priced by the engine; none: a line of your own wording with its unit_price"),
        MakeField("description", &Line::description, FieldFlags::kNone, "the product's name when not given"),
        MakeField("quantity", &Line::quantity, FieldFlags::kRequired),
        MakeField("unit", &Line::unit, FieldFlags::kNone, "the product's unit when not given"),
        MakeField("unit_price", &Line::unit_price, FieldFlags::kNone,
                  "given for a line without a product; for a product, the engine's net per unit, rounded"),
        MakeField("manual_discount_percent", &Line::manual_discount_percent, FieldFlags::kNone,
                  "0 by default; at most the limit of the caller's level (settings.manual_discount_limits)"),
        MakeField("tax_rate", &Line::tax_rate, FieldFlags::kNone, "percent; the product's when not given"),
        MakeField("list_price", &Line::list_price, FieldFlags::kReadOnly, "the list price of one unit"),
        MakeField("pricing", &Line::pricing, FieldFlags::kReadOnly),
        MakeField("net", &Line::net, FieldFlags::kReadOnly, "after every pricing rule, before tax; rounded once"),
        MakeField("tax", &Line::tax, FieldFlags::kReadOnly),
        MakeField("total", &Line::total, FieldFlags::kReadOnly, "net + tax"),
    };
}

}  // namespace rapport::domain
