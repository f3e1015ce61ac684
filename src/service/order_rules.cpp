#include "service/order_rules.hpp"

#include "service/document_rules.hpp"
#include "service/pricing_service.hpp"

#include <array>

namespace rapport::service {
namespace {

using domain::Order;
using domain::OrderStatus;

constexpr std::array<std::string_view, 2> kChangeableAfterDraft = {"notes", "owner_id"};

// An order entered by hand is priced like an offer; one from an offer keeps the offer's prices and only sums them.
Status Price(Context& context, Order& order, bool currency_given) {
    if (!order.offer_id) return PriceDocumentIn(context, order, currency_given);
    AssignTotals(order, RAPPORT_TRY(domain::SumLines(order.lines, RAPPORT_TRY(Currency::Parse(order.currency)))));
    return {};
}

}  // namespace

Status Rules<Order>::BeforeCreate(Context& context, Order& order, const FieldNames& given) {
    auto account = RAPPORT_TRY(
        store::RecordStore<domain::Account>::Find(context.transaction, order.account_id, context.caller.scope));
    if (!account) return InvalidField("account_id", "account_id does not name an account you can see");
    if (!given.contains("owner_id")) order.owner_id = account->owner_id;
    RAPPORT_CHECK(RequireOwnerForNew(context, order.owner_id));
    RAPPORT_CHECK(RequireOnAccount<domain::Deal>(context, order.deal_id, order.account_id, "deal_id", "order"));
    order.account_name = account->name;
    if (!given.contains("delivery_address")) order.delivery_address = account->address;
    order.status = OrderStatus::kDraft;
    RAPPORT_CHECK(Price(context, order, given.contains("currency")));
    order.number = RAPPORT_TRY(NextDocumentNumber(context, "orders", store::Gaps::kAllowed));
    return {};
}

Status Rules<Order>::BeforeUpdate(Context& context, const Order& before, Order& after, const FieldNames& given) {
    RAPPORT_CHECK(RequireOwnerMove(context, before.owner_id, after.owner_id));
    if (before.status != OrderStatus::kDraft) {
        return RequireChangeableAfterDraft("order", EnumName(before.status), given, kChangeableAfterDraft);
    }
    RAPPORT_CHECK(RequireOnAccount<domain::Deal>(context, after.deal_id, after.account_id, "deal_id", "order"));
    return Price(context, after, true);
}

std::string_view Actions<Order>::Describe(std::string_view action) {
    if (action == "confirm") return "Confirms a draft with its lines: the warehouse may reserve it.";
    if (action == "close") return "Closes a delivered order.";
    return "Cancels an order not yet shipped; `reason` is required.";
}

boost::json::value Actions<Order>::BodySchema(std::string_view action) {
    if (action != "cancel") return nullptr;
    return boost::json::object{
        {"type", "object"},
        {"required", boost::json::array{"reason"}},
        {"properties", {{"reason", {{"type", "string"}, {"minLength", 1}, {"description", "why it was cancelled"}}}}},
        {"example", {{"reason", "The client's project was postponed"}}}};
}

Result<std::optional<Order>> Actions<Order>::Apply(Context&, std::string_view action, const Order& before, Order& after,
                                                   const boost::json::object& body) {
    after.status = RAPPORT_TRY(kMachine.Apply(before.status, action));
    if (action == "confirm" && after.lines.items.empty()) {
        return InvalidField("lines", "an order without lines cannot be confirmed");
    }
    if (action == "cancel") {
        after.cancel_reason = RAPPORT_TRY(RequiredReason(body, "why is the order cancelled?"));
    }
    return std::optional<Order>{};
}

Result<Order> CreateOrderFromOffer(Context& context, const domain::Offer& offer) {
    Order order;
    order.account_id = offer.account_id;
    order.offer_id = offer.id;
    order.deal_id = offer.deal_id;
    order.owner_id = offer.owner_id;
    order.currency = offer.currency;
    order.payment_terms = offer.payment_terms;
    for (const auto& line : offer.lines.items) {
        domain::OrderLine copy;
        static_cast<domain::DocumentLine&>(copy) = line;
        order.lines.items.push_back(std::move(copy));
    }
    return RecordService<Order>::CreateIn(context, std::move(order),
                                          {"account_id", "deal_id", "owner_id", "currency", "payment_terms", "lines"});
}

}  // namespace rapport::service
