#include "generate/world.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>

namespace rapport::bench {
namespace {

using domain::AccountKind;
using domain::AccountStatus;

// A long-tailed factor with a floor of 1 and a mean near 2: most accounts are ordinary, a few are busy.
double TailFactor(Random& random) {
    double factor = 1.0 / std::sqrt(1.0 - random.Unit() * 0.99);
    return std::min(factor, 10.0);
}

std::uint32_t Weight(double base, double factor) { return static_cast<std::uint32_t>(base * factor + 0.5); }

// Splits `total` records over the accounts in proportion to `weights`, exactly: the boundaries are the
// rounded-down shares of the running sum, so they add up to `total` whatever the weights are.
std::vector<std::uint32_t> Apportion(std::int64_t total, const std::vector<std::uint32_t>& weights) {
    std::uint64_t sum = 0;
    for (auto weight : weights) sum += weight;
    std::vector<std::uint32_t> begin(weights.size() + 1, 0);
    std::uint64_t running = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        running += weights[i];
        begin[i + 1] = static_cast<std::uint32_t>(static_cast<UInt128>(running) * static_cast<std::uint64_t>(total) / sum);
    }
    return begin;
}

AccountStatus DrawStatus(Random& random) {
    static constexpr std::array kWeights = {35, 45, 12, 8};  // prospect, active, inactive, lost
    static constexpr std::array kStatuses = {AccountStatus::kProspect, AccountStatus::kActive,
                                             AccountStatus::kInactive, AccountStatus::kLost};
    return kStatuses[random.Weighted(kWeights)];
}

// How much happens at an account, relative to others, by its status: active clients buy and get called.
struct Busyness {
    double deals;
    double touches;
};

Busyness BusynessOf(AccountStatus status) {
    switch (status) {
        case AccountStatus::kProspect: return {80, 100};
        case AccountStatus::kActive: return {150, 160};
        case AccountStatus::kInactive: return {60, 40};
        case AccountStatus::kLost: return {50, 30};
    }
    return {100, 100};
}

}  // namespace

std::optional<Size> ParseSize(std::string_view text) {
    if (text == "S" || text == "s") return Size::kS;
    if (text == "M" || text == "m") return Size::kM;
    if (text == "L" || text == "l") return Size::kL;
    return std::nullopt;
}

std::string_view SizeName(Size size) {
    switch (size) {
        case Size::kS: return "S";
        case Size::kM: return "M";
        case Size::kL: return "L";
    }
    return "?";
}

Counts CountsOf(Size size) {
    switch (size) {
        case Size::kS: return {10'000, 30'000, 20'000, 100'000, 10};
        case Size::kM: return {100'000, 300'000, 200'000, 1'000'000, 40};
        case Size::kL: return {1'000'000, 3'000'000, 2'000'000, 10'000'000, 200};
    }
    return {};
}

World MakeWorld(Size size, std::uint64_t seed, std::int64_t today) {
    World world;
    world.size = size;
    world.seed = seed;
    world.counts = CountsOf(size);
    world.today = today;
    world.staff = MakeStaff(seed, world.counts.managers);

    auto accounts = static_cast<std::size_t>(world.counts.accounts);
    std::vector<std::uint32_t> contact_weights(accounts), deal_weights(accounts), activity_weights(accounts);
    for (std::size_t i = 0; i < accounts; ++i) {
        auto sketch = SketchAccount(world, static_cast<std::int64_t>(i));
        contact_weights[i] = sketch.contact_weight;
        deal_weights[i] = sketch.deal_weight;
        activity_weights[i] = sketch.activity_weight;
    }
    world.contact_begin = Apportion(world.counts.contacts, contact_weights);
    world.deal_begin = Apportion(world.counts.deals, deal_weights);
    world.activity_begin = Apportion(world.counts.activities, activity_weights);
    return world;
}

AccountSketch SketchAccount(const World& world, std::int64_t index) {
    Random random(world.seed, Stream::kAccounts, static_cast<std::uint64_t>(index));
    AccountSketch sketch;
    sketch.index = index;
    sketch.country = &Countries()[random.Weighted(CountryWeights())];
    sketch.city = &random.Pick(sketch.country->cities);
    sketch.kind = random.Percent(12) ? AccountKind::kPerson : AccountKind::kCompany;
    sketch.status = DrawStatus(random);
    bool established = sketch.status == AccountStatus::kActive || sketch.status == AccountStatus::kInactive;
    sketch.key = sketch.kind == AccountKind::kCompany && established && random.Percent(8);
    sketch.owner = random.Pick(std::span<const std::uint32_t>(world.staff.owner_pool));

    double size = sketch.kind == AccountKind::kPerson ? 0.25 : 1.0;
    double key = sketch.key ? 3.0 : 1.0;
    auto busyness = BusynessOf(sketch.status);
    // Private clients have no staff: one contact at most, usually none (the account is the person).
    sketch.contact_weight = sketch.kind == AccountKind::kPerson ? 15 : Weight(100 * key, TailFactor(random));
    sketch.deal_weight = Weight(busyness.deals * size * key, TailFactor(random));
    sketch.activity_weight = Weight(busyness.touches * size * key, TailFactor(random));
    return sketch;
}

std::uint32_t Teammate(const World& world, std::uint32_t owner, Random& random) {
    int team = world.staff.members[owner].team;
    if (team < 0) return owner;
    return random.Pick(std::span<const std::uint32_t>(world.staff.team_members[static_cast<std::size_t>(team)]));
}

std::int64_t DaysFromCivil(int year, unsigned month, unsigned day) {
    using namespace std::chrono;
    return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}}
        .time_since_epoch()
        .count();
}

std::optional<std::int64_t> ParseDay(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    auto read = [&](std::size_t at, std::size_t length, auto& value) {
        auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, value);
        return error == std::errc{} && end == text.data() + at + length;
    };
    if (!read(0, 4, year) || !read(5, 2, month) || !read(8, 2, day)) return std::nullopt;
    std::chrono::year_month_day civil{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!civil.ok()) return std::nullopt;
    return std::chrono::sys_days{civil}.time_since_epoch().count();
}

}  // namespace rapport::bench
