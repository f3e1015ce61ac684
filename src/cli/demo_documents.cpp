// The demo's offers and orders: offers in every status on the clients' open deals, and the orders of the accepted
// ones at every step of their hand-off, each made through the same services and actions as the API's.
#include "cli/demo_builder.hpp"

namespace rapport::cli::demo {
namespace {

// What becomes of each offer, in turn: most are drafts and sent ones, some accepted (and so ordered).
enum class Fate { kDraft, kSent, kAccepted, kDeclined, kWithdrawn, kRevised };
constexpr std::array kFates = {Fate::kSent,     Fate::kDraft,     Fate::kAccepted, Fate::kSent,
                               Fate::kAccepted, Fate::kDeclined,  Fate::kDraft,    Fate::kAccepted,
                               Fate::kRevised,  Fate::kWithdrawn, Fate::kAccepted, Fate::kSent};

// How far each accepted offer's order has come, in turn.
enum class Step { kDraft, kConfirmed, kReserved, kShipped, kDelivered, kClosed };
constexpr std::array kSteps = {Step::kConfirmed, Step::kReserved, Step::kShipped, Step::kDelivered,
                               Step::kClosed,    Step::kDraft,    Step::kReserved};

constexpr std::array<std::string_view, 4> kDeclineReasons = {
    "Chose a cheaper supplier", "Project postponed to next year", "Delivery time too long", "Budget cut"};

Result<std::vector<ProductId>> Goods(Setting& setting) {
    std::vector<ProductId> goods;
    RAPPORT_CHECK(setting.transaction.Query(
        "SELECT id FROM product WHERE archived_at IS NULL AND active = 1 AND kind = 'good' ORDER BY id", {},
        [&](const store::Row& row) -> Status {
            goods.push_back(static_cast<ProductId>(row.Int(0)));
            return {};
        }));
    return goods;
}

template <typename Record>
Result<Record> Act(service::Context& context, typename store::Traits<Record>::Id id, std::string_view action,
                   boost::json::object body = {}) {
    auto apply = [&](service::Context& inner, const Record& before, Record& after) {
        return service::Actions<Record>::Apply(inner, action, before, after, body);
    };
    auto acted = RAPPORT_TRY(service::RecordService<Record>::ActIn(context, id, std::nullopt, apply));
    return std::move(acted.record);
}

// Moves an order along its hand-off to `step`, logging each department's event as its owner would see them.
Status Fulfil(service::Context& context, const domain::Order& order, Step step) {
    if (step == Step::kDraft) return {};
    RAPPORT_CHECK(ToStatus(Act<domain::Order>(context, order.id, "confirm")));
    std::vector<domain::EventLine> all;
    for (const auto& line : order.lines.items) all.push_back({line.line_no, line.quantity});
    auto post = [&](domain::OrderEventKind kind, domain::Department department, std::vector<domain::EventLine> lines,
                    std::optional<std::string> note = std::nullopt) {
        domain::OrderEvent event{.kind = kind, .department = department, .lines = std::move(lines), .note = note};
        return ToStatus(service::OrderEvents::PostIn(context, order.id, std::nullopt, event));
    };
    RAPPORT_CHECK(post(domain::OrderEventKind::kHandedOff, domain::Department::kWarehouse, {}));
    if (step == Step::kConfirmed) return {};
    RAPPORT_CHECK(post(domain::OrderEventKind::kReserved, domain::Department::kWarehouse, all));
    if (step == Step::kReserved) return {};
    RAPPORT_CHECK(post(domain::OrderEventKind::kShipped, domain::Department::kShipping, all, "Truck 2, morning run"));
    if (step == Step::kShipped) return {};
    RAPPORT_CHECK(post(domain::OrderEventKind::kDelivered, domain::Department::kDelivery, all));
    if (step == Step::kDelivered) return {};
    return ToStatus(Act<domain::Order>(context, order.id, "close"));
}

Status Conclude(Setting& setting, service::Context& context, const domain::Offer& offer, Fate fate, int index,
                Totals& totals) {
    if (fate == Fate::kDraft) return {};
    RAPPORT_CHECK(ToStatus(Act<domain::Offer>(context, offer.id, "send")));
    switch (fate) {
        case Fate::kAccepted: {
            auto accepted = RAPPORT_TRY(Act<domain::Offer>(context, offer.id, "accept"));
            // Read in the demo's own transaction, where the order was just made.
            auto order = RAPPORT_TRY(store::RecordStore<domain::Order>::Find(setting.transaction, *accepted.order_id,
                                                                            store::Scope::Everything()));
            if (!order) return MakeError(ErrorCode::kInternal, "the accepted offer's order is missing");
            ++totals.orders;
            return Fulfil(context, *order, kSteps[static_cast<std::size_t>(index) % kSteps.size()]);
        }
        case Fate::kDeclined: {
            auto reason = kDeclineReasons[static_cast<std::size_t>(index) % kDeclineReasons.size()];
            return ToStatus(Act<domain::Offer>(context, offer.id, "decline", {{"reason", reason}}));
        }
        case Fate::kWithdrawn: return ToStatus(Act<domain::Offer>(context, offer.id, "withdraw"));
        case Fate::kRevised: {
            ++totals.offers;
            return ToStatus(Act<domain::Offer>(context, offer.id, "revise"));
        }
        default: return {};
    }
}

}  // namespace

Status CreateDocuments(Setting& setting, const std::vector<Client>& clients, Totals& totals) {
    auto goods = RAPPORT_TRY(Goods(setting));
    if (goods.empty()) return {};
    int index = 0;
    for (const auto& client : clients) {
        if (client.open_deals.empty() || index >= 48) continue;
        const auto& deal = client.open_deals.front();
        auto context = setting.ContextFor(deal.owner_id);
        domain::Offer offer;
        offer.account_id = client.account.id;
        offer.deal_id = deal.id;
        offer.owner_id = deal.owner_id;
        if (!client.contacts.empty()) offer.contact_id = client.contacts.front().id;
        auto lines = setting.random.Between(1, 4);
        for (std::int64_t i = 0; i < lines; ++i) {
            domain::OfferLine line;
            line.product_id = setting.random.Pick<ProductId>(goods);
            line.quantity = Quantity::FromThousandths(setting.random.Between(2, 60) * 500);
            line.manual_discount_percent = Percent::Whole(setting.random.Between(0, 2));
            offer.lines.items.push_back(std::move(line));
        }
        domain::NumberLines(offer.lines);
        auto created = RAPPORT_TRY(setting.services.Of<domain::Offer>().CreateIn(
            context, std::move(offer), {"account_id", "deal_id", "contact_id", "owner_id", "lines"}));
        ++totals.offers;
        RAPPORT_CHECK(Conclude(setting, context, created, kFates[static_cast<std::size_t>(index) % kFates.size()],
                               index, totals));
        ++index;
    }
    return {};
}

}  // namespace rapport::cli::demo
