#pragma once

#include "domain/offer/offer.hpp"
#include "service/offer_rules.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string_view>

namespace rapport::service {

/// Per record type with a lifecycle, what its action routes (POST /api/v1/<collection>/{id}/<action>) do:
///   static constexpr const auto& kMachine;       // its domain::StatusMachine: which actions each status allows
///   static std::string_view Describe(std::string_view action);           // for the OpenAPI document
///   static boost::json::value BodySchema(std::string_view action);       // null: the action takes no body
///   static Result<std::optional<R>> Apply(Context&, std::string_view action, const R& before, R& after,
///                                         const boost::json::object& body);  // a made record, if any
template <typename Record>
struct Actions;

template <typename Record>
concept HasActions = requires {
    Actions<Record>::kMachine;
};

/// An offer's actions (API.md, "Offers, orders, hand-off"): send (an open deal before proposal moves to
/// proposal; the document is frozen), accept (an open deal is won at the offer's subtotal), decline (with a
/// reason), withdraw, and revise (a new draft with revises_id; the sent offer is superseded, and the answer is
/// the new draft, 201).
template <>
struct Actions<domain::Offer> {
    static constexpr const auto& kMachine = domain::kOfferMachine;
    static std::string_view Describe(std::string_view action);
    static boost::json::value BodySchema(std::string_view action);
    static Result<std::optional<domain::Offer>> Apply(Context& context, std::string_view action,
                                                      const domain::Offer& before, domain::Offer& after,
                                                      const boost::json::object& body);
};

}  // namespace rapport::service
