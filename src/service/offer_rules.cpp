#include "service/offer_rules.hpp"

#include "service/document_rules.hpp"
#include "service/prefetch.hpp"
#include "service/pricing_service.hpp"

#include <array>

namespace rapport::service {
namespace {

// What a PATCH may still change once an offer has left its draft: what it says about itself, not what it offers.
constexpr std::array<std::string_view, 2> kChangeableAfterDraft = {"notes", "owner_id"};

}  // namespace

Status Rules<domain::Offer>::RequireSameAccount(Context& context, const domain::Offer& offer) {
    RAPPORT_CHECK(RequireOnAccount<domain::Deal>(context, offer.deal_id, offer.account_id, "deal_id", "offer"));
    return RequireOnAccount<domain::Contact>(context, offer.contact_id, offer.account_id, "contact_id", "offer");
}

Status Rules<domain::Offer>::AsRead(Context& context, std::span<domain::Offer> offers) {
    if (offers.empty()) return {};
    auto today = RAPPORT_TRY(Today(context));
    for (auto& offer : offers) offer.status = domain::StatusOn(offer, today);
    return NameAccounts(context, offers);
}

std::optional<Result<store::Condition>> Rules<domain::Offer>::DerivedFilter(std::string_view name,
                                                                            std::string_view text, Date today) {
    if (name != "status") return std::nullopt;
    store::Condition condition{"(", {}};
    while (true) {
        auto comma = text.find(',');
        auto status = Codec<domain::OfferStatus>::FromText(text.substr(0, comma), "status");
        if (!status) return Result<store::Condition>(store::list_detail::AsMalformed(status.error()));
        if (!condition.params.empty()) condition.sql += " OR ";
        switch (*status) {
            case domain::OfferStatus::kSent:
                condition.sql += "(offer.status = ? AND (offer.valid_until IS NULL OR offer.valid_until >= ?))";
                break;
            case domain::OfferStatus::kExpired: condition.sql += "(offer.status = ? AND offer.valid_until < ?)"; break;
            default: condition.sql += "offer.status = ?";
        }
        auto stored = *status == domain::OfferStatus::kExpired ? domain::OfferStatus::kSent : *status;
        condition.params.emplace_back(std::string(EnumName(stored)));
        if (*status == domain::OfferStatus::kSent || *status == domain::OfferStatus::kExpired) {
            condition.params.emplace_back(FormatDate(today));
        }
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    condition.sql += ")";
    return Result<store::Condition>(std::move(condition));
}

Status Rules<domain::Offer>::BeforeCreate(Context& context, domain::Offer& offer, const FieldNames& given) {
    auto account_owner = RAPPORT_TRY(RequireVisibleAccount(context, offer.account_id));
    if (!given.contains("owner_id")) offer.owner_id = account_owner;
    RAPPORT_CHECK(RequireOwnerForNew(context, offer.owner_id));
    RAPPORT_CHECK(RequireSameAccount(context, offer));
    RAPPORT_CHECK(PriceDocumentIn(context, offer, given.contains("currency")));
    // Last, so that a failure before it leaves no gap. An offer's number may have gaps (API.md): concurrent
    // creates do not wait for one another's commits (store::NextInSeries).
    offer.number = RAPPORT_TRY(NextDocumentNumber(context, "offers", store::Gaps::kAllowed));
    return {};
}

Status Rules<domain::Offer>::BeforeUpdate(Context& context, const domain::Offer& before, domain::Offer& after,
                                          const FieldNames& given) {
    RAPPORT_CHECK(RequireOwnerMove(context, before.owner_id, after.owner_id));
    if (before.status != domain::OfferStatus::kDraft) {
        return RequireChangeableAfterDraft("offer", EnumName(before.status), given, kChangeableAfterDraft,
                                           "revise it to make a new draft");
    }
    RAPPORT_CHECK(RequireSameAccount(context, after));
    // A draft is priced afresh on every write, in the currency it has: today's prices, promotions and terms.
    return PriceDocumentIn(context, after, true);
}

}  // namespace rapport::service
