#include "service/offer_rules.hpp"

#include "domain/settings/settings.hpp"
#include "service/pricing_service.hpp"
#include "service/settings_service.hpp"
#include "store/number_series.hpp"

#include <algorithm>
#include <array>

namespace rapport::service {
namespace {

// What a PATCH may still change once an offer has left its draft: what it says about itself, not what it offers.
constexpr std::array<std::string_view, 2> kChangeableAfterDraft = {"notes", "owner_id"};

// The next number of a series, as API.md writes it: "OF-2026-00042".
Result<std::string> NextNumber(Context& context, std::string_view collection) {
    auto settings = RAPPORT_TRY(LoadSettings(context.transaction));
    int year = static_cast<int>(DateOf(context.now).year());
    auto number = RAPPORT_TRY(store::NextInSeries(context.transaction, collection, year));
    return store::FormatDocumentNumber(domain::NumberPrefix(settings, collection), year, number);
}

template <typename Record>
Status RequireOnAccount(Context& context, const std::optional<typename store::Traits<Record>::Id>& id,
                        AccountId account, std::string_view field) {
    if (!id) return {};
    auto record = RAPPORT_TRY(store::RecordStore<Record>::Find(context.transaction, *id, context.caller.scope));
    if (!record || record->account_id != account) {
        return InvalidField(std::string(field), std::string(field) + " does not name a " +
                                                    std::string(store::Traits<Record>::kSingular) +
                                                    " of the offer's account that you can see");
    }
    return {};
}

}  // namespace

Status Rules<domain::Offer>::RequireSameAccount(Context& context, const domain::Offer& offer) {
    RAPPORT_CHECK(RequireOnAccount<domain::Deal>(context, offer.deal_id, offer.account_id, "deal_id"));
    return RequireOnAccount<domain::Contact>(context, offer.contact_id, offer.account_id, "contact_id");
}

Status Rules<domain::Offer>::Reprice(Context& context, domain::Offer& offer, bool currency_given) {
    PricingRequest request{.account_id = offer.account_id,
                           .currency = currency_given ? std::optional(offer.currency) : std::nullopt,
                           .payment_terms = offer.payment_terms};
    auto outcome = RAPPORT_TRY(PriceLinesIn(context, request, offer.lines.items));
    offer.currency = outcome.currency;
    offer.payment_terms = outcome.payment_terms;
    offer.subtotal = outcome.totals.subtotal;
    offer.discount_total = outcome.totals.discount_total;
    offer.tax_total = outcome.totals.tax_total;
    offer.total = outcome.totals.total;
    return {};
}

Status Rules<domain::Offer>::BeforeCreate(Context& context, domain::Offer& offer, const FieldNames& given) {
    auto account_owner = RAPPORT_TRY(RequireVisibleAccount(context, offer.account_id));
    if (!given.contains("owner_id")) offer.owner_id = account_owner;
    RAPPORT_CHECK(RequireOwnerForNew(context, offer.owner_id));
    RAPPORT_CHECK(RequireSameAccount(context, offer));
    RAPPORT_CHECK(Reprice(context, offer, given.contains("currency")));
    // Last: the series' row stays locked until the transaction ends.
    offer.number = RAPPORT_TRY(NextNumber(context, "offers"));
    return {};
}

Status Rules<domain::Offer>::BeforeUpdate(Context& context, const domain::Offer& before, domain::Offer& after,
                                          const FieldNames& given) {
    RAPPORT_CHECK(RequireOwnerMove(context, before.owner_id, after.owner_id));
    if (before.status != domain::OfferStatus::kDraft) {
        for (const auto& field : given) {
            if (std::ranges::find(kChangeableAfterDraft, field) != kChangeableAfterDraft.end()) continue;
            return MakeError(ErrorCode::kConflict,
                             "the offer is " + std::string(EnumName(before.status)) + ": its " + field +
                                 " no longer changes (revise it to make a new draft)",
                             field);
        }
        return {};
    }
    RAPPORT_CHECK(RequireSameAccount(context, after));
    // A draft is priced afresh on every write, in the currency it has: today's prices, promotions and terms.
    return Reprice(context, after, true);
}

}  // namespace rapport::service
