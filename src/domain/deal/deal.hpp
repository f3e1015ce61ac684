#pragma once

#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace rapport::domain {

/// The default pipeline, in funnel order. Won and lost are the closed stages.
enum class Stage { kNew, kQualified, kProposal, kNegotiation, kWon, kLost };

/// A sales opportunity on an account, with an amount and a stage.
/// Invariant: a closed deal (won or lost) has closed_at; a lost one has a lost_reason.
struct Deal {
    DealId id{};
    RecordMeta meta;
    AccountId account_id{};
    std::string title;
    UserId owner_id{};
    Stage stage = Stage::kNew;
    Money amount{0, *Currency::Parse("EUR")};
    std::int64_t probability = 10;
    std::optional<Date> expected_close;
    std::optional<Timestamp> closed_at;
    std::optional<std::string> lost_reason;
    std::optional<std::int64_t> competitor_id;
};

bool IsClosed(Stage stage);

/// The probability a deal gets on entering `stage` when the client does not name one.
std::int64_t DefaultProbability(Stage stage);

/// Fails with kConflict when the pipeline forbids moving from `from` to `to`: closed deals do not
/// move, and a deal is won only from proposal or negotiation (an offer comes before the win).
Status CheckTransition(Stage from, Stage to);

/// The stages a deal passes through when moving forward from `from` to `to`, `to` included:
/// skipping ahead still counts the skipped stages as entered, so the funnel never narrows upward.
std::vector<Stage> StagesEntered(Stage from, Stage to);

/// Fails with kConflict naming the field when `after` changes what a closed deal fixes for good: its
/// amount, owner, stage, probability and dates (pay and reports are computed from them). Whoever may
/// correct a closed deal (a director, an admin) does not call it.
Status CheckClosedDealUnchanged(const Deal& before, const Deal& after);

/// Checks a deal's own fields and its closing invariant. Call after stamping closed_at.
Status Validate(const Deal& deal);

/// Applies a stage change made at `now`: checks the transition, stamps or clears closed_at, and
/// sets the stage's default probability unless `probability_given`.
Status ApplyStageChange(Deal& deal, Stage from, Timestamp now, bool probability_given);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::Stage> {
    static constexpr std::array kValues = {
        std::pair{domain::Stage::kNew, std::string_view{"new"}},
        std::pair{domain::Stage::kQualified, std::string_view{"qualified"}},
        std::pair{domain::Stage::kProposal, std::string_view{"proposal"}},
        std::pair{domain::Stage::kNegotiation, std::string_view{"negotiation"}},
        std::pair{domain::Stage::kWon, std::string_view{"won"}},
        std::pair{domain::Stage::kLost, std::string_view{"lost"}},
    };
};
}  // namespace rapport

namespace rapport::domain {
template <>
struct RecordTraits<Deal> {
    using Id = DealId;
    static constexpr std::string_view kTable = "deal";
    static constexpr std::string_view kCollection = "deals";
    static constexpr std::string_view kSingular = "deal";
    static constexpr std::array<std::string_view, 1> kSearchColumns = {"title"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kOwnerOrAccount;
    static constexpr auto kFields = std::tuple{
        MakeField("account_id", &Deal::account_id,
                  FieldFlags::kRequired | FieldFlags::kFilter | FieldFlags::kCreateOnly),
        MakeField("title", &Deal::title, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("owner_id", &Deal::owner_id, FieldFlags::kFilter, "defaults to the account's owner"),
        MakeField("stage", &Deal::stage, FieldFlags::kFilter | FieldFlags::kSort),
        MakeField("amount", &Deal::amount, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("probability", &Deal::probability, FieldFlags::kSort, "0–100; defaults to the stage's"),
        MakeField("expected_close", &Deal::expected_close, FieldFlags::kSort),
        MakeField("closed_at", &Deal::closed_at, FieldFlags::kReadOnly | FieldFlags::kHistory | FieldFlags::kSort,
                  "set when the deal moves to won or lost; an import of history may give it"),
        MakeField("lost_reason", &Deal::lost_reason, FieldFlags::kNone, "required when moving to lost"),
        MakeField("competitor_id", &Deal::competitor_id, FieldFlags::kFilter, "the competitor that won, if any"),
    };
};
}  // namespace rapport::domain
