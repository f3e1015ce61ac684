#pragma once

#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "domain/order/order.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace rapport::domain {

enum class OrderEventKind { kHandedOff, kReserved, kShipped, kDelivered, kProblem, kNote };
enum class Department { kWarehouse, kShipping, kDelivery, kAccounting };

/// How much of one order line an event moved.
struct EventLine {
    std::int64_t line_no = 0;
    Quantity quantity;
};

/// One entry of an order's hand-off log (API.md, "Offers, orders, hand-off"), posted by the account manager or by
/// operations staff. Reserved, shipped and delivered events move quantities; the others only tell.
struct OrderEvent {
    std::int64_t id = 0;
    OrderId order_id{};
    Timestamp at{};
    UserId user_id{};
    OrderEventKind kind = OrderEventKind::kNote;
    std::optional<Department> department;
    std::vector<EventLine> lines;
    std::optional<std::string> note;
};

/// Adds the event's quantities to the order's lines and derives its statuses. An event may not take a line beyond
/// what was ordered (reserved), reserved (shipped) or shipped (delivered): kInvalidArgument naming
/// `lines[i].quantity` of the event. Quantities only for reserved, shipped and delivered events, each line once; a
/// problem or a note needs its note. Events are for confirmed orders on their way (kInvalidTransition otherwise).
Status ApplyEvent(Order& order, const OrderEvent& event);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::OrderEventKind> {
    static constexpr std::array kValues = {
        std::pair{domain::OrderEventKind::kHandedOff, std::string_view{"handed_off"}},
        std::pair{domain::OrderEventKind::kReserved, std::string_view{"reserved"}},
        std::pair{domain::OrderEventKind::kShipped, std::string_view{"shipped"}},
        std::pair{domain::OrderEventKind::kDelivered, std::string_view{"delivered"}},
        std::pair{domain::OrderEventKind::kProblem, std::string_view{"problem"}},
        std::pair{domain::OrderEventKind::kNote, std::string_view{"note"}},
    };
};
template <>
struct EnumNames<domain::Department> {
    static constexpr std::array kValues = {
        std::pair{domain::Department::kWarehouse, std::string_view{"warehouse"}},
        std::pair{domain::Department::kShipping, std::string_view{"shipping"}},
        std::pair{domain::Department::kDelivery, std::string_view{"delivery"}},
        std::pair{domain::Department::kAccounting, std::string_view{"accounting"}},
    };
};
}  // namespace rapport
