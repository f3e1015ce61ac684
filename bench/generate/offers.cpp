#include "generate/catalogue.hpp"
#include "generate/collections.hpp"

#include <array>
#include <cmath>
#include <numeric>
#include <vector>

namespace rapport::bench {
namespace {

using domain::Stage;

// Of a deal at each stage, the percent that has an offer: few new deals have one yet, most deals in proposal and
// negotiation do, and some closed deals went through one. About one deal in five, over the whole pipeline.
int OfferChance(Stage stage) {
    switch (stage) {
        case Stage::kNew: return 5;
        case Stage::kQualified: return 20;
        case Stage::kProposal: return 70;
        case Stage::kNegotiation: return 80;
        case Stage::kWon: return 20;
        case Stage::kLost: return 15;
    }
    return 0;
}

// What bench/run does with the offer after creating it, so that its status fits its deal's stage: a draft for a
// deal not yet in proposal (sending would move the deal), sent in proposal and negotiation, accepted (which makes
// the order) for a won deal, declined for a lost one. Closed deals stay as they are: the API moves open deals only.
std::string_view NextStep(Stage stage) {
    switch (stage) {
        case Stage::kNew:
        case Stage::kQualified: return "";
        case Stage::kProposal:
        case Stage::kNegotiation: return "send";
        case Stage::kWon: return "accept";
        case Stage::kLost: return "decline";
    }
    return "";
}

constexpr std::array<std::string_view, 7> kNotes = {
    "Prices ex works, loading included.",
    "Delivery in two lots, calendar weeks 3 and 5.",
    "Mill certificates 3.1 travel with the delivery.",
    "Quantities ± 10 % by coil weight.",
    "Subject to stock at the time of order.",
    "Call before delivery: the site has a narrow gate.",
    "Material can be held in our warehouse for up to four weeks.",
};

// 1 to 20 lines, most offers short: 1 + 19·u^2.2 has a mean near 7.
int LineCount(Random& random) { return 1 + static_cast<int>(19.0 * std::pow(random.Unit(), 2.2)); }

// "0" mostly; otherwise 0.5 to 5 % in half points, within what every manager level may give by hand.
std::string ManualDiscount(Random& random) {
    if (random.Percent(75)) return "0";
    auto halves = random.Between(1, 10);
    return halves % 2 == 0 ? std::to_string(halves / 2) : fmt::format("{}.5", halves / 2);
}

// The offer's lines as JSON, each a different product of the catalogue; adds their number to `lines_written`.
std::string Lines(Random& random, std::int64_t& lines_written) {
    auto items = Catalogue();
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto count = std::min<std::size_t>(static_cast<std::size_t>(LineCount(random)), items.size());
    std::string json = "[";
    for (std::size_t i = 0; i < count; ++i) {
        // A partial Fisher–Yates shuffle: the i-th line takes one of the products not yet used.
        auto pick = i + random.Below(items.size() - i);
        std::swap(order[i], order[pick]);
        const auto& item = items[order[i]];
        json += fmt::format(R"({}{{"sku": "{}", "quantity": "{}", "manual_discount_percent": "{}"}})",
                            i == 0 ? "" : ", ", item.sku, DrawQuantity(item, random), ManualDiscount(random));
    }
    lines_written += static_cast<std::int64_t>(count);
    return json + "]";
}

// One line of offers.jsonl: the offer on the account's deal `deal` (0-based), and what follows it.
std::string OfferJson(const World& world, const AccountSketch& account, std::uint32_t deal, Stage stage, Random& random,
                      CommerceCounts& counts) {
    auto index = static_cast<std::size_t>(account.index);
    std::string json = fmt::format(R"({{"account_id": "{}", "deal_id": "{}", "owner": "{}")", account.index + 1,
                                   deal + 1, world.staff.members[account.owner].email);
    auto contacts_begin = world.contact_begin[index];
    auto contacts_end = world.contact_begin[index + 1];
    if (contacts_end > contacts_begin && random.Percent(60)) {
        json +=
            fmt::format(R"(, "contact_id": "{}")", contacts_begin + 1 + random.Below(contacts_end - contacts_begin));
    }
    if (random.Percent(40)) {
        json += fmt::format(R"(, "notes": "{}")", JsonEscape(random.Pick(std::span<const std::string_view>(kNotes))));
    }
    json += ", \"lines\": " + Lines(random, counts.offer_lines);
    auto step = NextStep(stage);
    if (!step.empty()) json += fmt::format(R"(, "then": "{}")", step);
    if (step == "decline") {
        json += fmt::format(R"(, "reason": "{}")", JsonEscape(random.Pick(LostReasons())));
        ++counts.declined;
    }
    counts.sent += step.empty() ? 0 : 1;
    counts.accepted += step == "accept" ? 1 : 0;
    ++counts.offers;
    return json + "}";
}

}  // namespace

Result<FileStats> WriteOffers(const World& world, const std::string& dir, CommerceCounts& counts) {
    // Roughly a fifth of the deals: the progress lines need an expectation, not the exact number.
    auto file = RAPPORT_TRY(CsvFile::Create(dir + "/offers.jsonl", "offers.jsonl", world.counts.deals / 5));
    for (std::int64_t i = 0; i < world.counts.accounts; ++i) {
        auto index = static_cast<std::size_t>(i);
        auto begin = world.deal_begin[index];
        auto end = world.deal_begin[index + 1];
        if (begin == end) continue;
        auto account = SketchAccount(world, i);
        // Private clients buy no coils by the tonne.
        if (account.kind == domain::AccountKind::kPerson) continue;
        for (auto k = begin; k < end; ++k) {
            Random deal_random(world.seed, Stream::kDeals, k);
            auto deal = SketchDeal(world, account, deal_random);
            // The offer is posted as its account's owner, who sees the account; a deal a teammate owns has none.
            if (deal.owner != account.owner) continue;
            Random random(world.seed, Stream::kOffers, k);
            if (!random.Percent(OfferChance(deal.stage))) continue;

            file.Plain(OfferJson(world, account, k, deal.stage, random, counts));
            file.EndRow();
        }
    }
    return file.Close();
}

}  // namespace rapport::bench
