#pragma once

#include "core/field.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/document_line.hpp"
#include "domain/offer/offer.hpp"
#include "domain/record.hpp"
#include "domain/status_machine.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <tuple>

namespace rapport::domain {

enum class OrderStatus { kDraft, kConfirmed, kInFulfilment, kShipped, kDelivered, kClosed, kCancelled };

/// How far the lines of an order have come in one respect (reserved, shipped): none, some, or all of it.
enum class Progress { kNone, kPartial, kFull };

/// An order line: a document line, and how much of it the warehouse has reserved, shipping has sent and the
/// client has received — never more than was ordered, each never more than the step before it.
struct OrderLine : DocumentLine {
    Quantity reserved_quantity;
    Quantity shipped_quantity;
    Quantity delivered_quantity;
    bool operator==(const OrderLine&) const = default;
};

/// What a client has ordered, numbered OR-YYYY-NNNNN: from an accepted offer (its lines and prices as sent, never
/// re-priced) or entered directly. The account's name and delivery address travel with it for operations staff,
/// who see orders but not accounts.
struct Order {
    OrderId id{};
    RecordMeta meta;
    std::string number;
    AccountId account_id{};
    std::string account_name;
    std::optional<OfferId> offer_id;
    std::optional<DealId> deal_id;
    UserId owner_id{};
    std::string currency;
    std::optional<std::string> payment_terms;
    std::optional<std::string> delivery_address;
    std::optional<Date> requested_on;
    OrderStatus status = OrderStatus::kDraft;
    Lines<OrderLine> lines;
    Money subtotal{0, *Currency::Parse("EUR")};
    Money discount_total{0, *Currency::Parse("EUR")};
    Money tax_total{0, *Currency::Parse("EUR")};
    Money total{0, *Currency::Parse("EUR")};
    Progress reservation_status = Progress::kNone;
    Progress shipment_status = Progress::kNone;
    std::optional<std::string> notes;
    std::optional<std::string> cancel_reason;
};

/// Checks an order's own fields: what every document checks (CheckDocument: its currency, its lines), and an
/// address, notes and a reason of a sensible length.
Status Validate(const Order& order);

/// How far `lines` have come in the quantity `of` picks: none when no line has any, full when every line has all
/// it ordered.
Progress ProgressOf(std::span<const OrderLine> lines, Quantity OrderLine::*of);

/// The status that the lines' quantities give a confirmed order: in_fulfilment once anything is reserved or
/// shipped, shipped once everything is, delivered once everything has arrived. Other statuses stay.
OrderStatus StatusAfterEvents(OrderStatus status, std::span<const OrderLine> lines);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::OrderStatus> {
    static constexpr std::array kValues = {
        std::pair{domain::OrderStatus::kDraft, std::string_view{"draft"}},
        std::pair{domain::OrderStatus::kConfirmed, std::string_view{"confirmed"}},
        std::pair{domain::OrderStatus::kInFulfilment, std::string_view{"in_fulfilment"}},
        std::pair{domain::OrderStatus::kShipped, std::string_view{"shipped"}},
        std::pair{domain::OrderStatus::kDelivered, std::string_view{"delivered"}},
        std::pair{domain::OrderStatus::kClosed, std::string_view{"closed"}},
        std::pair{domain::OrderStatus::kCancelled, std::string_view{"cancelled"}},
    };
};
template <>
struct EnumNames<domain::Progress> {
    static constexpr std::array kValues = {
        std::pair{domain::Progress::kNone, std::string_view{"none"}},
        std::pair{domain::Progress::kPartial, std::string_view{"partial"}},
        std::pair{domain::Progress::kFull, std::string_view{"full"}},
    };
};
}  // namespace rapport

namespace rapport::domain {

/// The order's actions (API.md, "Offers, orders, hand-off"). In between confirm and close the status follows the
/// hand-off events (in_fulfilment, shipped, delivered): see StatusAfterEvents.
inline constexpr std::array<Transition<OrderStatus>, 3> kOrderTransitions = {{
    {"confirm", {OrderStatus::kDraft}, OrderStatus::kConfirmed},
    {"close", {OrderStatus::kDelivered}, OrderStatus::kClosed},
    {"cancel", {OrderStatus::kDraft, OrderStatus::kConfirmed, OrderStatus::kInFulfilment}, OrderStatus::kCancelled},
}};
inline constexpr StatusMachine<OrderStatus> kOrderMachine{kOrderTransitions};

template <>
struct LineTraits<OrderLine> {
    static constexpr std::string_view kTable = "order_line";
    static constexpr auto kFields = std::tuple_cat(
        DocumentLineFields<OrderLine>(),
        std::tuple{MakeField("reserved_quantity", &OrderLine::reserved_quantity, FieldFlags::kReadOnly,
                             "reserved by the warehouse: from the order's events"),
                   MakeField("shipped_quantity", &OrderLine::shipped_quantity, FieldFlags::kReadOnly),
                   MakeField("delivered_quantity", &OrderLine::delivered_quantity, FieldFlags::kReadOnly)});
};

template <>
struct RecordTraits<Order> {
    using Id = OrderId;
    static constexpr std::string_view kTable = "client_order";
    static constexpr std::string_view kCollection = "orders";
    static constexpr std::string_view kSingular = "order";
    static constexpr std::array<std::string_view, 2> kSearchColumns = {"number", "account_name"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kFulfilment;
    // Its rows keep the account's owner, so that a manager's list reads in id order (store::KeepsAccountOwner).
    static constexpr bool kKeepsAccountOwner = true;
    static constexpr auto kFields = std::tuple{
        MakeField("number", &Order::number, FieldFlags::kReadOnly | FieldFlags::kFilter | FieldFlags::kSort,
                  "OR-YYYY-NNNNN, given on create"),
        MakeField("account_id", &Order::account_id,
                  FieldFlags::kRequired | FieldFlags::kCreateOnly | FieldFlags::kFilter),
        MakeField("account_name", &Order::account_name, FieldFlags::kReadOnly | FieldFlags::kSort,
                  "the client's name when the order was made, for operations staff"),
        MakeField("offer_id", &Order::offer_id, FieldFlags::kReadOnly | FieldFlags::kFilter,
                  "the accepted offer it came from"),
        MakeField("deal_id", &Order::deal_id, FieldFlags::kFilter, "a deal of the same account"),
        MakeField("owner_id", &Order::owner_id, FieldFlags::kFilter, "defaults to the account's owner"),
        MakeField("currency", &Order::currency, FieldFlags::kFilter,
                  "ISO 4217; by default the price list's, else the first product's"),
        MakeField("payment_terms", &Order::payment_terms, FieldFlags::kNone,
                  "a payment_terms code; the account's by default"),
        MakeField("delivery_address", &Order::delivery_address, FieldFlags::kNone, "the account's address by default"),
        MakeField("requested_on", &Order::requested_on, FieldFlags::kSort, "the day the client wants it delivered"),
        MakeField("status", &Order::status, FieldFlags::kReadOnly | FieldFlags::kFilter,
                  "changed by the actions confirm, close, cancel and by the hand-off events"),
        MakeField("lines", &Order::lines, FieldFlags::kNone, "replaced whole by a PATCH, while a draft"),
        MakeField("subtotal", &Order::subtotal, FieldFlags::kReadOnly, "Σ lines' net"),
        MakeField("discount_total", &Order::discount_total, FieldFlags::kReadOnly, "Σ (list value − net)"),
        MakeField("tax_total", &Order::tax_total, FieldFlags::kReadOnly, "Σ lines' tax"),
        MakeField("total", &Order::total, FieldFlags::kReadOnly, "subtotal + tax_total"),
        MakeField("reservation_status", &Order::reservation_status, FieldFlags::kReadOnly | FieldFlags::kFilter,
                  "from the lines' reserved quantities"),
        MakeField("shipment_status", &Order::shipment_status, FieldFlags::kReadOnly | FieldFlags::kFilter,
                  "from the lines' shipped quantities"),
        MakeField("notes", &Order::notes),
        MakeField("cancel_reason", &Order::cancel_reason, FieldFlags::kReadOnly, "why it was cancelled"),
    };
};
}  // namespace rapport::domain
