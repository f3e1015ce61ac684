#include "domain/order/order.hpp"

#include <algorithm>

namespace rapport::domain {

Status Validate(const Order& order) {
    RAPPORT_CHECK(CheckDocument(order.currency, order.lines));
    RAPPORT_CHECK(CheckLength(order.delivery_address, "delivery_address", 1000));
    RAPPORT_CHECK(CheckLength(order.notes, "notes", 4000));
    return CheckLength(order.cancel_reason, "cancel_reason", 1000);
}

Progress ProgressOf(std::span<const OrderLine> lines, Quantity OrderLine::*of) {
    bool any = std::ranges::any_of(lines, [&](const OrderLine& line) { return line.*of > Quantity{}; });
    if (!any) return Progress::kNone;
    bool all = std::ranges::all_of(lines, [&](const OrderLine& line) { return line.*of >= line.quantity; });
    return all ? Progress::kFull : Progress::kPartial;
}

OrderStatus StatusAfterEvents(OrderStatus status, std::span<const OrderLine> lines) {
    if (status != OrderStatus::kConfirmed && status != OrderStatus::kInFulfilment && status != OrderStatus::kShipped) {
        return status;
    }
    if (ProgressOf(lines, &OrderLine::delivered_quantity) == Progress::kFull) return OrderStatus::kDelivered;
    if (ProgressOf(lines, &OrderLine::shipped_quantity) == Progress::kFull) return OrderStatus::kShipped;
    if (ProgressOf(lines, &OrderLine::reserved_quantity) != Progress::kNone ||
        ProgressOf(lines, &OrderLine::shipped_quantity) != Progress::kNone) {
        return OrderStatus::kInFulfilment;
    }
    return status;
}

}  // namespace rapport::domain
