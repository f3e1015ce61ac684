// The OpenAPI examples of the commercial documents: one offer line of hot-rolled coil, priced by the engine as the
// example price list (openapi_examples.cpp) and a 2 % manual discount would price it.
#include "domain/offer/offer.hpp"
#include "domain/order/order.hpp"
#include "http/openapi_examples.hpp"

namespace rapport::http {
namespace {

Money Inr(std::string_view amount) { return Money::Parse(amount, "INR").value(); }

domain::RecordMeta DocumentMeta() {
    auto at = [](std::string_view text) { return ParseTimestamp(text, "example").value(); };
    return domain::RecordMeta{2, at("2026-11-23T10:15:00Z"), at("2026-11-24T08:40:00Z"), UserId{7}, UserId{7}};
}

// 12.5 t at 61,500.00 listed: the price list's 60,500.00 takes 12,500.00 off, 2 % by hand 15,125.00; 18 % tax.
domain::DocumentLine CoilLine() {
    domain::DocumentLine line;
    line.line_no = 1;
    line.product_id = ProductId{58};
    line.description = "Hot-rolled coil 2.0 × 1250 mm";
    line.quantity = Quantity::FromThousandths(12500);
    line.unit = "t";
    line.unit_price = Inr("59290.00");
    line.manual_discount_percent = Percent::Whole(2);
    line.tax_rate = Percent::Whole(18);
    line.list_price = Inr("61500.00");
    line.pricing.items = {
        {domain::PricingRuleKind::kPriceList, "Wholesale 2027", Percent::FromHundredths(163), Inr("12500.00")},
        {domain::PricingRuleKind::kManual, "Manual discount", Percent::Whole(2), Inr("15125.00")}};
    line.net = Inr("741125.00");
    line.tax = Inr("133402.50");
    line.total = Inr("874527.50");
    return line;
}

template <typename Document>
void SetTotals(Document& document) {
    document.currency = "INR";
    document.subtotal = Inr("741125.00");
    document.discount_total = Inr("27625.00");
    document.tax_total = Inr("133402.50");
    document.total = Inr("874527.50");
}

}  // namespace

template <>
domain::Offer Example<domain::Offer>() {
    domain::Offer offer;
    offer.id = OfferId{311};
    offer.meta = DocumentMeta();
    offer.number = "OF-2026-00311";
    offer.account_id = AccountId{41};
    offer.account_name = "Deshmukh Steel Traders";
    offer.deal_id = DealId{902};
    offer.contact_id = ContactId{77};
    offer.owner_id = UserId{7};
    offer.payment_terms = "net30";
    offer.valid_until = ParseDate("2026-12-24", "example").value();
    offer.status = domain::OfferStatus::kSent;
    offer.lines.items = {domain::OfferLine{CoilLine()}};
    SetTotals(offer);
    offer.notes = "Delivery from the Pune warehouse within 10 working days";
    offer.sent_on = ParseDate("2026-11-24", "example").value();
    return offer;
}

template <>
domain::Order Example<domain::Order>() {
    domain::Order order;
    order.id = OrderId{145};
    order.meta = DocumentMeta();
    order.number = "OR-2026-00145";
    order.account_id = AccountId{41};
    order.account_name = "Deshmukh Steel Traders";
    order.offer_id = OfferId{311};
    order.deal_id = DealId{902};
    order.owner_id = UserId{7};
    order.payment_terms = "net30";
    order.delivery_address = "Plot 14, MIDC Bhosari, Pune 411026";
    order.requested_on = ParseDate("2026-12-10", "example").value();
    order.status = domain::OrderStatus::kInFulfilment;
    domain::OrderLine line{CoilLine()};
    line.reserved_quantity = Quantity::FromThousandths(12500);
    line.shipped_quantity = Quantity::Whole(8);
    order.lines.items = {line};
    SetTotals(order);
    order.reservation_status = domain::Progress::kFull;
    order.shipment_status = domain::Progress::kPartial;
    return order;
}

}  // namespace rapport::http
