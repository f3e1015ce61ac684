#include "domain/document_line.hpp"

#include "core/exact_amount.hpp"
#include "domain/record.hpp"

namespace rapport::domain {

void TakePrices(DocumentLine& line, const PricedLine& priced) {
    line.list_price = priced.list_price;
    line.pricing = priced.pricing;
    line.unit_price = priced.unit_price;
    line.tax_rate = priced.tax_rate;
    line.net = priced.net;
    line.tax = priced.tax;
    line.total = priced.total;
}

Status CheckCurrency(std::string_view currency) {
    if (Currency::Parse(currency)) return {};
    return InvalidField("currency",
                        "currency must be an ISO 4217 code such as EUR, not \"" + std::string(currency) + "\"");
}

Status CheckLine(const DocumentLine& line, std::size_t index) {
    auto prefix = "lines[" + std::to_string(index) + "].";
    RAPPORT_CHECK(CheckLength(line.description, prefix + "description", 1, 1000));
    return CheckLength(line.unit, prefix + "unit", 0, 16);
}

Status AddToTotals(DocumentTotals& totals, const DocumentLine& line) {
    auto list_value = RAPPORT_TRY(ExactAmount(line.list_price).Times(line.quantity).Rounded("subtotal"));
    auto discount = RAPPORT_TRY(Subtract(list_value, line.net, "discount_total"));
    totals.subtotal = RAPPORT_TRY(Add(totals.subtotal, line.net, "subtotal"));
    totals.discount_total = RAPPORT_TRY(Add(totals.discount_total, discount, "discount_total"));
    totals.tax_total = RAPPORT_TRY(Add(totals.tax_total, line.tax, "tax_total"));
    totals.total = RAPPORT_TRY(Add(totals.subtotal, totals.tax_total, "total"));
    return {};
}

}  // namespace rapport::domain
