#include "domain/deal/deal.hpp"

namespace rapport::domain {

bool IsClosed(Stage stage) { return stage == Stage::kWon || stage == Stage::kLost; }

std::int64_t DefaultProbability(Stage stage) {
    switch (stage) {
        case Stage::kNew: return 10;
        case Stage::kQualified: return 25;
        case Stage::kProposal: return 50;
        case Stage::kNegotiation: return 75;
        case Stage::kWon: return 100;
        case Stage::kLost: return 0;
    }
    return 0;
}

Status CheckTransition(Stage from, Stage to) {
    if (from == to) return {};
    if (IsClosed(from)) {
        return MakeError(ErrorCode::kConflict,
                         std::string("deal is already ") + std::string(EnumName(from)) + " and cannot move", "stage");
    }
    if (to == Stage::kWon && from != Stage::kProposal && from != Stage::kNegotiation) {
        return MakeError(ErrorCode::kConflict,
                         std::string("deal cannot be won from ") + std::string(EnumName(from)) +
                             ": it needs a proposal or negotiation first",
                         "stage");
    }
    return {};
}

std::vector<Stage> StagesEntered(Stage from, Stage to) {
    if (from == to) return {};
    if (to == Stage::kLost || from > to) return {to};
    std::vector<Stage> entered;
    for (auto stage = static_cast<int>(from) + 1; stage <= static_cast<int>(to); ++stage) {
        entered.push_back(static_cast<Stage>(stage));
    }
    return entered;
}

Status CheckClosedDealUnchanged(const Deal& before, const Deal& after) {
    if (!IsClosed(before.stage)) return {};
    auto changed = [&]() -> std::string_view {
        if (after.amount != before.amount) return "amount";
        if (after.owner_id != before.owner_id) return "owner_id";
        if (after.stage != before.stage) return "stage";
        if (after.probability != before.probability) return "probability";
        if (after.expected_close != before.expected_close) return "expected_close";
        if (after.closed_at != before.closed_at) return "closed_at";
        return {};
    }();
    if (changed.empty()) return {};
    return MakeError(ErrorCode::kConflict,
                     "deal is " + std::string(EnumName(before.stage)) + " and closed: its " + std::string(changed) +
                         " no longer changes (a director or an admin may correct it)",
                     std::string(changed));
}

Status Validate(const Deal& deal) {
    RAPPORT_CHECK(CheckLength(deal.title, "title", 1, 200));
    RAPPORT_CHECK(CheckLength(deal.lost_reason, "lost_reason", 500));
    if (deal.probability < 0 || deal.probability > 100) {
        return InvalidField("probability", "probability must be between 0 and 100");
    }
    if (deal.amount.minor_units() < 0) return InvalidField("amount", "amount must not be negative");
    if (deal.stage == Stage::kLost && (!deal.lost_reason || deal.lost_reason->empty())) {
        return InvalidField("lost_reason", "lost_reason is required when a deal is lost");
    }
    if (IsClosed(deal.stage) && !deal.closed_at) {
        return InvalidField("closed_at", "a closed deal needs closed_at");
    }
    return {};
}

Status ApplyStageChange(Deal& deal, Stage from, Timestamp now, bool probability_given) {
    RAPPORT_CHECK(CheckTransition(from, deal.stage));
    if (deal.stage == from) return {};
    deal.closed_at = IsClosed(deal.stage) ? std::optional<Timestamp>(now) : std::nullopt;
    if (deal.stage != Stage::kLost) deal.lost_reason.reset();
    if (!probability_given) deal.probability = DefaultProbability(deal.stage);
    return {};
}

}  // namespace rapport::domain
