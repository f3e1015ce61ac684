#include "domain/offer/offer.hpp"
#include "domain/order/order.hpp"

#include <gtest/gtest.h>

#include <string>

namespace rapport::domain {
namespace {

// Offers and orders check what they share in one place (CheckDocument), and each its own fields besides.
template <typename Document>
Document WithLine(std::string description, std::string unit) {
    Document document;
    document.currency = "EUR";
    typename decltype(document.lines.items)::value_type line;
    line.description = std::move(description);
    line.unit = std::move(unit);
    document.lines.items = {line, line};
    return document;
}

template <typename Document>
std::string FieldRefused(const Document& document) {
    auto checked = Validate(document);
    return checked ? std::string() : checked.error().field;
}

TEST(DocumentValidationTest, OffersAndOrdersNameTheSameFieldsForWhatTheyShare) {
    auto offer = WithLine<Offer>("Hot-rolled coil", "t");
    auto order = WithLine<Order>("Hot-rolled coil", "t");
    EXPECT_EQ(FieldRefused(offer), "");
    EXPECT_EQ(FieldRefused(order), "");

    offer.lines.items[1].description.clear();
    order.lines.items[1].description.clear();
    EXPECT_EQ(FieldRefused(offer), "lines[1].description");
    EXPECT_EQ(FieldRefused(order), "lines[1].description");

    auto offer_unit = WithLine<Offer>("Sheet", std::string(17, 'm'));
    auto order_unit = WithLine<Order>("Sheet", std::string(17, 'm'));
    EXPECT_EQ(FieldRefused(offer_unit), "lines[0].unit");
    EXPECT_EQ(FieldRefused(order_unit), "lines[0].unit");

    auto offer_currency = WithLine<Offer>("Sheet", "t");
    auto order_currency = WithLine<Order>("Sheet", "t");
    offer_currency.currency = order_currency.currency = "euro";
    EXPECT_EQ(FieldRefused(offer_currency), "currency");
    EXPECT_EQ(FieldRefused(order_currency), "currency");
}

TEST(DocumentValidationTest, EachDocumentStillChecksItsOwnFields) {
    auto offer = WithLine<Offer>("Sheet", "t");
    offer.decline_reason = std::string(1001, 'x');
    auto order = WithLine<Order>("Sheet", "t");
    order.delivery_address = std::string(1001, 'x');

    EXPECT_EQ(FieldRefused(offer), "decline_reason");
    EXPECT_EQ(FieldRefused(order), "delivery_address");
}

}  // namespace
}  // namespace rapport::domain
