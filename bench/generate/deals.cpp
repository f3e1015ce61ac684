#include "generate/collections.hpp"
#include "generate/columns.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport::bench {
namespace {

using domain::AccountStatus;
using domain::Stage;

constexpr std::array<std::string_view, 9> kColumns = {"account_id",     "title",       "stage",
                                                      "amount",         "probability", "expected_close",
                                                      "lost_reason",    "competitor_id", "owner_email"};
static_assert(ImportTakes<domain::Deal>(kColumns));

constexpr std::array kStages = {Stage::kNew, Stage::kQualified, Stage::kProposal, Stage::kNegotiation, Stage::kWon,
                                Stage::kLost};

// A pipeline narrows: many new deals, fewer at each later stage, and a history of won and lost ones. A
// prospect has bought nothing yet, and a lost client's deals are over.
std::span<const int> StageWeights(AccountStatus status) {
    static constexpr std::array kProspect = {35, 25, 12, 6, 0, 22};
    static constexpr std::array kActive = {14, 12, 9, 6, 42, 17};
    static constexpr std::array kInactive = {4, 3, 2, 1, 50, 40};
    static constexpr std::array kLost = {0, 0, 0, 0, 30, 70};
    switch (status) {
        case AccountStatus::kProspect: return kProspect;
        case AccountStatus::kActive: return kActive;
        case AccountStatus::kInactive: return kInactive;
        case AccountStatus::kLost: return kLost;
    }
    return kActive;
}

// Days until an open deal is expected to close: the further along, the sooner.
std::int64_t DaysToClose(Stage stage, Random& random) {
    switch (stage) {
        case Stage::kNew:
        case Stage::kQualified: return random.Between(14, 200);
        case Stage::kProposal: return random.Between(7, 120);
        default: return random.Between(3, 60);
    }
}

// Amounts are long-tailed: a median of a few thousand, now and then a deal a hundred times that.
std::int64_t AmountInCents(const AccountSketch& account, Random& random) {
    bool person = account.kind == domain::AccountKind::kPerson;
    double median = person ? 1500.0 : 12000.0;
    double spread = person ? 0.7 : 1.1;
    double amount = median * std::exp(spread * random.Normal()) * (account.key ? 2.5 : 1.0);
    amount = std::clamp(amount, 150.0, 2'500'000.0);
    auto whole = static_cast<std::int64_t>(amount);
    if (whole >= 10'000) return whole / 100 * 100 * 100;
    if (whole >= 1'000) return whole / 10 * 10 * 100;
    return whole * 100 + (random.Percent(30) ? random.Between(1, 99) : 0);
}

// A probability near the stage's default, in steps of five, as people estimate it.
std::int64_t Probability(Stage stage, Random& random) {
    switch (stage) {
        case Stage::kNew: return 5 * random.Between(1, 4);
        case Stage::kQualified: return 5 * random.Between(4, 8);
        case Stage::kProposal: return 5 * random.Between(8, 12);
        case Stage::kNegotiation: return 5 * random.Between(12, 18);
        case Stage::kWon: return 100;
        case Stage::kLost: return 0;
    }
    return 10;
}

// "Fleet telematics, 40 vehicles", "Security audit 2026", "ERP rollout: phase 2".
std::string Title(std::int64_t close_day, Random& random) {
    const auto& product = random.Pick(DealProducts());
    auto variant = random.Below(5);
    if (variant <= 1 && !product.unit.empty()) {
        return fmt::format("{}, {} {}", product.name, random.Between(2, 400), product.unit);
    }
    if (variant == 2) return fmt::format("{} {}", product.name, FormatDay(close_day).substr(0, 4));
    if (variant == 3) return fmt::format("{}: phase {}", product.name, random.Between(1, 4));
    return std::string(product.name);
}

}  // namespace

DealSketch SketchDeal(const World& world, const AccountSketch& account, Random& random) {
    DealSketch deal;
    deal.stage = kStages[random.Weighted(StageWeights(account.status))];
    deal.owner = random.Percent(92) ? account.owner : Teammate(world, account.owner, random);
    deal.close_day = domain::IsClosed(deal.stage) ? world.today - random.Between(2, 720)
                                                  : world.today + DaysToClose(deal.stage, random);
    return deal;
}

Result<FileStats> WriteDeals(const World& world, const std::string& dir) {
    auto file = RAPPORT_TRY(CsvFile::Create(dir + "/deals.csv", "deals.csv", world.counts.deals));
    file.Header(kColumns);
    for (std::int64_t i = 0; i < world.counts.accounts; ++i) {
        auto begin = world.deal_begin[static_cast<std::size_t>(i)];
        auto end = world.deal_begin[static_cast<std::size_t>(i) + 1];
        if (begin == end) continue;
        auto account = SketchAccount(world, i);
        const auto& currency = account.country->currency;
        for (auto k = begin; k < end; ++k) {
            Random random(world.seed, Stream::kDeals, k);
            auto deal = SketchDeal(world, account, random);
            bool closed = domain::IsClosed(deal.stage);
            auto cents = AmountInCents(account, random);

            file.Int(i + 1).Text(Title(deal.close_day, random)).Plain(EnumName(deal.stage));
            file.Plain(fmt::format("{}.{:02} {}", cents / 100, cents % 100, currency));
            // Left out, the probability takes the stage's default: both ways are common in real imports.
            if (random.Percent(70)) {
                file.Int(Probability(deal.stage, random));
            } else {
                file.Empty();
            }
            if (closed || random.Percent(85)) {
                file.Date(deal.close_day);
            } else {
                file.Empty();
            }
            file.Text(deal.stage == domain::Stage::kLost ? random.Pick(LostReasons()) : std::string_view{});
            if (deal.stage == domain::Stage::kLost && random.Percent(40)) {
                file.Int(random.Between(1, 12));
            } else {
                file.Empty();
            }
            // Without an owner the import gives the deal to the account's owner, which is what the sketch says.
            bool owner_given = deal.owner != account.owner || random.Percent(80);
            file.Plain(owner_given ? std::string_view(world.staff.members[deal.owner].email) : std::string_view{});
            file.EndRow();
        }
    }
    return file.Close();
}

}  // namespace rapport::bench
