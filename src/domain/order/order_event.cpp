#include "domain/order/order_event.hpp"

#include <set>

namespace rapport::domain {
namespace {

std::string EventField(std::size_t index, std::string_view name) {
    return "lines[" + std::to_string(index) + "]." + std::string(name);
}

bool MovesQuantities(OrderEventKind kind) {
    return kind == OrderEventKind::kReserved || kind == OrderEventKind::kShipped || kind == OrderEventKind::kDelivered;
}

// The quantity an event kind adds to, and the one it may not pass.
struct Step {
    Quantity OrderLine::*moved;
    std::optional<Quantity OrderLine::*> ceiling;  // None: the ordered quantity.
    std::string_view ceiling_name;
};

Step StepOf(OrderEventKind kind) {
    switch (kind) {
        case OrderEventKind::kReserved: return {&OrderLine::reserved_quantity, std::nullopt, "ordered"};
        case OrderEventKind::kShipped: return {&OrderLine::shipped_quantity, &OrderLine::reserved_quantity, "reserved"};
        default: return {&OrderLine::delivered_quantity, &OrderLine::shipped_quantity, "shipped"};
    }
}

Status CheckOnItsWay(const Order& order, OrderEventKind kind) {
    if (order.status == OrderStatus::kConfirmed || order.status == OrderStatus::kInFulfilment ||
        order.status == OrderStatus::kShipped || order.status == OrderStatus::kDelivered) {
        return {};
    }
    return MakeError(ErrorCode::kInvalidTransition,
                     "cannot post a " + std::string(EnumName(kind)) + " event when the order is " +
                         std::string(EnumName(order.status)) + ": events are for confirmed orders on their way",
                     "status");
}

}  // namespace

Status ApplyEvent(Order& order, const OrderEvent& event) {
    RAPPORT_CHECK(CheckOnItsWay(order, event.kind));
    if ((event.kind == OrderEventKind::kProblem || event.kind == OrderEventKind::kNote) &&
        (!event.note || event.note->empty())) {
        return InvalidField("note", "a " + std::string(EnumName(event.kind)) + " event needs its note");
    }
    if (!MovesQuantities(event.kind)) {
        if (!event.lines.empty())
            return InvalidField("lines", "only reserved, shipped and delivered events move lines");
        return {};
    }
    if (event.lines.empty()) return InvalidField("lines", "say which lines moved, and how much");
    auto step = StepOf(event.kind);
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < event.lines.size(); ++i) {
        const auto& moved = event.lines[i];
        if (moved.line_no < 1 || moved.line_no > static_cast<std::int64_t>(order.lines.items.size())) {
            return InvalidField(EventField(i, "line_no"), EventField(i, "line_no") + " names no line of the order");
        }
        if (!seen.insert(moved.line_no).second) {
            return InvalidField(EventField(i, "line_no"), "line " + std::to_string(moved.line_no) + " is named twice");
        }
        if (moved.quantity <= Quantity{}) {
            return InvalidField(EventField(i, "quantity"), EventField(i, "quantity") + " must be greater than zero");
        }
        auto& line = order.lines.items[static_cast<std::size_t>(moved.line_no - 1)];
        auto ceiling = step.ceiling ? line.*(*step.ceiling) : line.quantity;
        auto after = line.*step.moved + moved.quantity;
        if (after > ceiling) {
            return InvalidField(EventField(i, "quantity"), "line " + std::to_string(moved.line_no) + " would reach " +
                                                               after.Format() + " " + line.unit + ", beyond the " +
                                                               ceiling.Format() + " " + std::string(step.ceiling_name));
        }
        line.*step.moved = after;
    }
    order.reservation_status = ProgressOf(order.lines.items, &OrderLine::reserved_quantity);
    order.shipment_status = ProgressOf(order.lines.items, &OrderLine::shipped_quantity);
    order.status = StatusAfterEvents(order.status, order.lines.items);
    return {};
}

}  // namespace rapport::domain
