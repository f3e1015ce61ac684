#include "domain/offer/offer.hpp"

namespace rapport::domain {

Status Validate(const Offer& offer) {
    if (!Currency::Parse(offer.currency)) {
        return InvalidField("currency",
                            "currency must be an ISO 4217 code such as EUR, not \"" + offer.currency + "\"");
    }
    RAPPORT_CHECK(CheckLength(offer.notes, "notes", 4000));
    RAPPORT_CHECK(CheckLength(offer.decline_reason, "decline_reason", 1000));
    for (std::size_t i = 0; i < offer.lines.items.size(); ++i) {
        const auto& line = offer.lines.items[i];
        auto prefix = "lines[" + std::to_string(i) + "].";
        RAPPORT_CHECK(CheckLength(line.description, prefix + "description", 1, 1000));
        RAPPORT_CHECK(CheckLength(line.unit, prefix + "unit", 0, 16));
    }
    return {};
}

OfferStatus StatusOn(const Offer& offer, Date today) {
    if (offer.status == OfferStatus::kSent && offer.valid_until && *offer.valid_until < today) {
        return OfferStatus::kExpired;
    }
    return offer.status;
}

}  // namespace rapport::domain
