#pragma once

#include "domain/offer/offer.hpp"
#include "domain/order/order.hpp"
#include "service/record_service.hpp"

#include <boost/json/object.hpp>

namespace rapport::service {

/// What a printable document shows, as JSON: {"document": the record as the API answers it, "company": settings'
/// company, "client": {name, address, language}, "terms": the payment terms' name or null}. A sent offer's is the
/// snapshot frozen when it was sent, so that it prints the same forever (API.md, "Printable documents"); a draft's
/// and an order's are read now. kNotFound when the caller cannot see the record.
class DocumentContent {
public:
    explicit DocumentContent(store::Database& database) : database_(database) {}

    Result<boost::json::object> Of(const Caller& caller, OfferId offer);
    Result<boost::json::object> Of(const Caller& caller, OrderId order);

    /// The content of `offer` as it reads now, within an open transaction: what `send` freezes.
    static Result<boost::json::object> Current(Context& context, const domain::Offer& offer);

private:
    store::Database& database_;
};

}  // namespace rapport::service
