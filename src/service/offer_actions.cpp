#include "service/offer_actions.hpp"

#include "service/deal_rules.hpp"
#include "service/document_content.hpp"
#include "service/document_rules.hpp"
#include "service/order_rules.hpp"

#include <chrono>

namespace rapport::service {
namespace {

using domain::Offer;
using domain::OfferStatus;

// An offer sent without a validity holds this long.
constexpr std::chrono::days kDefaultValidity{30};

// Moves the offer's deal as its offer goes, when the deal is still open: through the deal's own rules (stage
// history, summaries) and with its own audit row.
Status MoveDeal(Context& context, const Offer& offer, const std::function<bool(domain::Deal&)>& change) {
    if (!offer.deal_id) return {};
    auto patch = [&](domain::Deal& deal, FieldNames& given) -> Status {
        if (domain::IsClosed(deal.stage) || !change(deal)) return {};
        given.insert("stage");
        return {};
    };
    return ToStatus(RecordService<domain::Deal>::UpdateIn(context, *offer.deal_id, std::nullopt, patch));
}

// What the sent document shows, frozen: it prints the same forever, whatever changes later.
Status FreezeDocument(Context& context, const Offer& offer) {
    auto content = RAPPORT_TRY(DocumentContent::Current(context, offer));
    std::vector<store::Value> params{std::string("offers"), ToInt(offer.id), ToSeconds(context.now),
                                     boost::json::serialize(content)};
    return ToStatus(context.transaction.Execute(
        "INSERT INTO document_snapshot (collection, record_id, taken_at, content) VALUES (?, ?, ?, ?)", params));
}

Status Send(Context& context, Offer& offer) {
    if (offer.lines.items.empty()) return InvalidField("lines", "an offer without lines cannot be sent");
    auto today = RAPPORT_TRY(Today(context));
    if (offer.valid_until && *offer.valid_until < today) {
        return InvalidField("valid_until", "valid_until is in the past: change it before sending");
    }
    offer.sent_on = today;
    if (!offer.valid_until) offer.valid_until = std::chrono::sys_days(today) + kDefaultValidity;
    RAPPORT_CHECK(MoveDeal(context, offer, [](domain::Deal& deal) {
        if (deal.stage != domain::Stage::kNew && deal.stage != domain::Stage::kQualified) return false;
        deal.stage = domain::Stage::kProposal;
        return true;
    }));
    return FreezeDocument(context, offer);
}

// The order follows from the offer as sent, and the deal is won at the offer's subtotal.
Status Accept(Context& context, Offer& offer) {
    auto order = RAPPORT_TRY(CreateOrderFromOffer(context, offer));
    offer.order_id = order.id;
    return MoveDeal(context, offer, [&](domain::Deal& deal) {
        deal.stage = domain::Stage::kWon;
        deal.amount = offer.subtotal;
        return true;
    });
}

// The new draft of a revision: what the client asked for, priced afresh, with a number of its own.
Result<Offer> Revise(Context& context, const Offer& sent) {
    Offer draft;
    draft.account_id = sent.account_id;
    draft.deal_id = sent.deal_id;
    draft.contact_id = sent.contact_id;
    draft.owner_id = sent.owner_id;
    draft.currency = sent.currency;
    draft.payment_terms = sent.payment_terms;
    draft.notes = sent.notes;
    draft.revises_id = sent.id;
    for (const auto& line : sent.lines.items) {
        domain::OfferLine copy;
        copy.product_id = line.product_id;
        copy.description = line.description;
        copy.quantity = line.quantity;
        copy.unit = line.unit;
        if (!line.product_id) copy.unit_price = line.unit_price;
        copy.manual_discount_percent = line.manual_discount_percent;
        copy.tax_rate = line.tax_rate;
        draft.lines.items.push_back(std::move(copy));
    }
    domain::NumberLines(draft.lines);
    return RecordService<Offer>::CreateIn(
        context, std::move(draft),
        {"account_id", "deal_id", "contact_id", "owner_id", "currency", "payment_terms", "notes", "lines"});
}

}  // namespace

std::string_view Actions<Offer>::Describe(std::string_view action) {
    if (action == "send") {
        return "Sends a draft: it is frozen, sent_on is today, valid_until defaults to 30 days on, and an open deal "
               "before proposal moves to proposal.";
    }
    if (action == "accept") {
        return "The client accepts a sent offer (not an expired one): the order is made with the offer's lines and "
               "prices as sent (order_id), and an open deal is won, its amount the offer's subtotal (net of tax).";
    }
    if (action == "decline") return "The client declines a sent or expired offer; `reason` is required.";
    if (action == "withdraw") return "Withdraws a draft or a sent offer.";
    return "Makes a new draft from a sent or expired offer (revises_id), priced afresh, and marks this one "
           "superseded; answers the new draft, 201.";
}

boost::json::value Actions<Offer>::BodySchema(std::string_view action) {
    if (action != "decline") return nullptr;
    return boost::json::object{
        {"type", "object"},
        {"required", boost::json::array{"reason"}},
        {"properties",
         {{"reason", {{"type", "string"}, {"minLength", 1}, {"description", "why the client declined"}}}}},
        {"example", {{"reason", "Chose a cheaper supplier"}}}};
}

Result<std::optional<Offer>> Actions<Offer>::Apply(Context& context, std::string_view action, const Offer& before,
                                                   Offer& after, const boost::json::object& body) {
    after.status = RAPPORT_TRY(kMachine.Apply(domain::StatusOn(before, RAPPORT_TRY(Today(context))), action));
    if (action == "send") RAPPORT_CHECK(Send(context, after));
    if (action == "accept") RAPPORT_CHECK(Accept(context, after));
    if (action == "decline") after.decline_reason = RAPPORT_TRY(RequiredReason(body, "why did the client decline?"));
    if (action == "revise") return std::optional<Offer>(RAPPORT_TRY(Revise(context, after)));
    return std::optional<Offer>{};
}

}  // namespace rapport::service
