#include "domain/order/order_event.hpp"

#include <gtest/gtest.h>

namespace rapport::domain {
namespace {

Quantity Qty(std::string_view text) { return *Quantity::Parse(text, "quantity"); }

Order ConfirmedOrder() {
    Order order;
    order.currency = "EUR";
    order.status = OrderStatus::kConfirmed;
    OrderLine coil;
    coil.line_no = 1;
    coil.description = "Coil";
    coil.unit = "t";
    coil.quantity = Qty("10");
    OrderLine cutting = coil;
    cutting.line_no = 2;
    cutting.description = "Cutting";
    cutting.quantity = Qty("2");
    order.lines.items = {coil, cutting};
    return order;
}

OrderEvent Event(OrderEventKind kind, std::vector<EventLine> lines) {
    return {.kind = kind, .lines = std::move(lines)};
}

TEST(OrderEventTest, QuantitiesMoveStepByStepAndTheStatusesFollow) {
    auto order = ConfirmedOrder();
    ASSERT_TRUE(ApplyEvent(order, Event(OrderEventKind::kReserved, {{1, Qty("4")}})));
    EXPECT_EQ(order.status, OrderStatus::kInFulfilment);
    EXPECT_EQ(order.reservation_status, Progress::kPartial);
    EXPECT_EQ(order.shipment_status, Progress::kNone);

    ASSERT_TRUE(ApplyEvent(order, Event(OrderEventKind::kReserved, {{1, Qty("6")}, {2, Qty("2")}})));
    EXPECT_EQ(order.reservation_status, Progress::kFull);
    ASSERT_TRUE(ApplyEvent(order, Event(OrderEventKind::kShipped, {{1, Qty("10")}, {2, Qty("2")}})));
    EXPECT_EQ(order.status, OrderStatus::kShipped);
    EXPECT_EQ(order.shipment_status, Progress::kFull);
    ASSERT_TRUE(ApplyEvent(order, Event(OrderEventKind::kDelivered, {{1, Qty("10")}, {2, Qty("2")}})));
    EXPECT_EQ(order.status, OrderStatus::kDelivered);
}

TEST(OrderEventTest, NothingGoesBeyondTheStepBeforeIt) {
    auto order = ConfirmedOrder();
    auto over_ordered = ApplyEvent(order, Event(OrderEventKind::kReserved, {{2, Qty("2.001")}}));
    ASSERT_FALSE(over_ordered);
    EXPECT_EQ(over_ordered.error().field, "lines[0].quantity");
    EXPECT_NE(over_ordered.error().message.find("beyond the 2 ordered"), std::string::npos)
        << over_ordered.error().message;

    ASSERT_TRUE(ApplyEvent(order, Event(OrderEventKind::kReserved, {{1, Qty("3")}})));
    auto over_reserved = ApplyEvent(order, Event(OrderEventKind::kShipped, {{1, Qty("3.5")}}));
    ASSERT_FALSE(over_reserved);
    EXPECT_NE(over_reserved.error().message.find("beyond the 3 reserved"), std::string::npos);
    auto not_shipped = ApplyEvent(order, Event(OrderEventKind::kDelivered, {{1, Qty("1")}}));
    ASSERT_FALSE(not_shipped);

    auto twice = ApplyEvent(order, Event(OrderEventKind::kReserved, {{2, Qty("1")}, {2, Qty("1")}}));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().field, "lines[1].line_no");
    auto unknown = ApplyEvent(order, Event(OrderEventKind::kReserved, {{3, Qty("1")}}));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, "lines[0].line_no");
}

TEST(OrderEventTest, EventsAreForConfirmedOrdersAndNotesNeedTheirText) {
    auto order = ConfirmedOrder();
    order.status = OrderStatus::kDraft;
    auto draft = ApplyEvent(order, Event(OrderEventKind::kReserved, {{1, Qty("1")}}));
    ASSERT_FALSE(draft);
    EXPECT_EQ(draft.error().code, ErrorCode::kInvalidTransition);

    order.status = OrderStatus::kConfirmed;
    auto silent = ApplyEvent(order, Event(OrderEventKind::kProblem, {}));
    ASSERT_FALSE(silent);
    EXPECT_EQ(silent.error().field, "note");
    OrderEvent problem{.kind = OrderEventKind::kProblem, .note = "Coil damaged in the yard"};
    EXPECT_TRUE(ApplyEvent(order, problem));
    EXPECT_EQ(order.status, OrderStatus::kConfirmed) << "a problem moves nothing";
}

}  // namespace
}  // namespace rapport::domain
