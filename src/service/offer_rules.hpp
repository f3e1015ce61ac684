#pragma once

#include "domain/offer/offer.hpp"
#include "service/rule_helpers.hpp"

#include <span>

namespace rapport::service {

/// Offers: on an account the caller can see, owned by that account's owner unless named, numbered from the
/// `offers` series when created, and priced by the price engine on every write while a draft — lines, totals,
/// currency and payment terms are the engine's, never the client's. Once sent, an offer is frozen: a PATCH may change
/// its notes and owner only (409 otherwise); its status moves by the actions of offer_actions.hpp.
template <>
struct Rules<domain::Offer> : DefaultRules {
    static Status CheckRole(const Caller& caller) { return RequireSalesRole(caller, "offers"); }
    static Status BeforeCreate(Context& context, domain::Offer& offer, const FieldNames& given);
    static Status BeforeUpdate(Context& context, const domain::Offer& before, domain::Offer& after,
                               const FieldNames& given);
    static Status AfterWrite(Context&, const domain::Offer*, const domain::Offer&) { return {}; }
    static Result<std::optional<UserId>> Owner(Context&, const domain::Offer& offer) {
        return std::optional<UserId>(offer.owner_id);
    }

    /// Offers as they read: a sent offer past its valid_until is expired, and each names its account
    /// (account_name, one read for the page).
    static Status AsRead(Context& context, std::span<domain::Offer> offers);

    /// `?status=` as it reads on `today`: `sent` only while valid, `expired` a sent offer past its valid_until.
    static std::optional<Result<store::Condition>> DerivedFilter(std::string_view name, std::string_view text,
                                                                 Date today);

private:
    // The deal and the contact, when named, must be the same account's.
    static Status RequireSameAccount(Context& context, const domain::Offer& offer);
};

}  // namespace rapport::service
