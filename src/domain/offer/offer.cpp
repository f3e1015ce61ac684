#include "domain/offer/offer.hpp"

namespace rapport::domain {

Status Validate(const Offer& offer) {
    RAPPORT_CHECK(CheckDocument(offer.currency, offer.lines));
    RAPPORT_CHECK(CheckLength(offer.notes, "notes", 4000));
    return CheckLength(offer.decline_reason, "decline_reason", 1000);
}

OfferStatus StatusOn(const Offer& offer, Date today) {
    if (offer.status == OfferStatus::kSent && offer.valid_until && *offer.valid_until < today) {
        return OfferStatus::kExpired;
    }
    return offer.status;
}

}  // namespace rapport::domain
