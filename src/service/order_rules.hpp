#pragma once

#include "domain/order/order.hpp"
#include "domain/order/order_event.hpp"
#include "service/offer_actions.hpp"
#include "service/rule_helpers.hpp"

#include <vector>

namespace rapport::service {

/// Orders: on an account the caller can see, owned by its owner unless named, numbered from the `orders` series.
/// An order entered by hand is priced by the price engine while a draft; one made from an accepted offer keeps the
/// offer's prices as sent. Once confirmed, a PATCH changes its notes and owner only (409 otherwise). Operations staff
/// read every order (domain::VisibleBy::kFulfilment) and post its events, but create or edit none.
template <>
struct Rules<domain::Order> : DefaultRules {
    static Status CheckRole(const Caller& caller) { return RequireSalesRole(caller, "orders"); }
    static Status BeforeCreate(Context& context, domain::Order& order, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::Order& before, domain::Order& after,
                               const FieldNames& given);
    static Status AfterWrite(Context&, const domain::Order*, const domain::Order&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::Order& order) {
        return std::optional<UserId>(order.owner_id);
    }
};

/// An order's actions: confirm a draft (it must have lines), close a delivered order, cancel one not yet shipped
/// (`reason` required).
template <>
struct Actions<domain::Order> {
    static constexpr const auto& kMachine = domain::kOrderMachine;
    static std::string_view Describe(std::string_view action);
    static boost::json::value BodySchema(std::string_view action);
    static Result<std::optional<domain::Order>> Apply(Context& context, std::string_view action,
                                                      const domain::Order& before, domain::Order& after,
                                                      const boost::json::object& body);
};

/// The order made when `offer` is accepted: its lines and prices as sent, its deal, owner and terms.
Result<domain::Order> CreateOrderFromOffer(Context& context, const domain::Offer& offer);

/// The hand-off log of an order: posting an event (operations staff too) and reading them, oldest first.
class OrderEvents {
public:
    explicit OrderEvents(store::Database& database) : database_(database) {}

    /// Applies `event` to the order (domain::ApplyEvent) and logs it, in one transaction; answers the order.
    /// kNotFound when the caller cannot see the order; kStale as an update.
    Result<domain::Order> Post(const Caller& caller, OrderId order, std::optional<std::int64_t> expected_version,
                               domain::OrderEvent event);
    /// Posts within an open transaction.
    static Result<domain::Order> PostIn(Context& context, OrderId order, std::optional<std::int64_t> expected_version,
                                        const domain::OrderEvent& event);
    Result<std::vector<domain::OrderEvent>> List(const Caller& caller, OrderId order);

private:
    store::Database& database_;
};

}  // namespace rapport::service
