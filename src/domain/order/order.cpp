#include "domain/order/order.hpp"

#include <algorithm>

namespace rapport::domain {

Status Validate(const Order& order) {
    if (!Currency::Parse(order.currency)) {
        return InvalidField("currency",
                            "currency must be an ISO 4217 code such as EUR, not \"" + order.currency + "\"");
    }
    RAPPORT_CHECK(CheckLength(order.delivery_address, "delivery_address", 1000));
    RAPPORT_CHECK(CheckLength(order.notes, "notes", 4000));
    RAPPORT_CHECK(CheckLength(order.cancel_reason, "cancel_reason", 1000));
    for (std::size_t i = 0; i < order.lines.items.size(); ++i) {
        const auto& line = order.lines.items[i];
        auto prefix = "lines[" + std::to_string(i) + "].";
        RAPPORT_CHECK(CheckLength(line.description, prefix + "description", 1, 1000));
        RAPPORT_CHECK(CheckLength(line.unit, prefix + "unit", 0, 16));
    }
    return {};
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
