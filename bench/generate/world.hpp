#pragma once

#include "domain/account/account.hpp"
#include "domain/deal/deal.hpp"
#include "domain/user/user.hpp"
#include "generate/random.hpp"
#include "generate/words.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::bench {

/// Bump whenever the same size and seed would give different files, so that stored results name their data.
inline constexpr std::string_view kGeneratorVersion = "rapport-bench-data 1.1";

enum class Size { kS, kM, kL };

std::optional<Size> ParseSize(std::string_view text);
std::string_view SizeName(Size size);

struct Counts {
    std::int64_t accounts = 0;
    std::int64_t contacts = 0;
    std::int64_t deals = 0;
    std::int64_t activities = 0;
    int managers = 0;
};

Counts CountsOf(Size size);

/// One user of the sales organisation, as `rapport users add` takes it.
struct StaffMember {
    std::string email;
    std::string name;
    domain::Role role = domain::Role::kManager;
    int team = -1;  // Index into Staff::team_names; -1 for the admin and the directors.
    int level = 1;
};

/// The admin, the directors, one head per team and the managers, in that order.
struct Staff {
    std::vector<StaffMember> members;
    std::vector<std::string> team_names;
    std::vector<std::vector<std::uint32_t>> team_members;  // Per team: its head and managers (member indices).
    std::vector<std::uint32_t> owner_pool;  // Member indices, each repeated by the size of their book of accounts.
};

Staff MakeStaff(std::uint64_t seed, int managers);

/// Everything the files share: sizes, staff, and which records belong to which account. Records of one
/// account are consecutive in every file, so account i's contacts are [contact_begin[i], contact_begin[i+1])
/// as 0-based positions in contacts.csv, and their ids are those positions + 1 after an import into a fresh
/// database.
struct World {
    Size size = Size::kS;
    std::uint64_t seed = 0;
    Counts counts;
    std::int64_t today = 0;  // Days since 1970-01-01: "now" for the data, fixed so that output is reproducible.
    Staff staff;
    std::vector<std::uint32_t> contact_begin;
    std::vector<std::uint32_t> deal_begin;
    std::vector<std::uint32_t> activity_begin;
};

World MakeWorld(Size size, std::uint64_t seed, std::int64_t today);

/// The facts of an account other files depend on. Cheap: no strings.
struct AccountSketch {
    std::int64_t index = 0;  // 0-based; the account's id is index + 1.
    const Country* country = nullptr;
    const City* city = nullptr;
    domain::AccountKind kind = domain::AccountKind::kCompany;
    domain::AccountStatus status = domain::AccountStatus::kProspect;
    bool key = false;      // A key account: more contacts, deals and touches, bigger amounts.
    std::uint32_t owner = 0;  // Member index.
    std::uint32_t contact_weight = 0;
    std::uint32_t deal_weight = 0;
    std::uint32_t activity_weight = 0;
};

AccountSketch SketchAccount(const World& world, std::int64_t index);

/// An account's names, which contacts reuse for their e-mail addresses.
struct AccountIdentity {
    std::string name;
    std::string domain;          // "mueller-logistik.de"; empty for a private person.
    std::string email;           // The company's general mailbox, or the person's own address.
    Trade industry;              // What the company does, whether or not its name says it.
    std::size_t searchable = 0;  // Length of the name's start before the legal form, for prefix counting.
};

/// Defined in accounts.cpp.
AccountIdentity IdentifyAccount(const World& world, const AccountSketch& account);

/// The facts of a deal its activities depend on. Drawn first from the deal's own generator, which the
/// deal's row then goes on drawing from.
struct DealSketch {
    domain::Stage stage = domain::Stage::kNew;
    std::uint32_t owner = 0;
    std::int64_t close_day = 0;  // The expected close of an open deal; the day a closed one closed.
};

/// Defined in deals.cpp.
DealSketch SketchDeal(const World& world, const AccountSketch& account, Random& random);

/// Someone in `owner`'s team (possibly `owner`): who covers, co-owns or helps.
std::uint32_t Teammate(const World& world, std::uint32_t owner, Random& random);

/// Days since 1970-01-01 of a calendar day.
std::int64_t DaysFromCivil(int year, unsigned month, unsigned day);

/// Parses "YYYY-MM-DD" of a real day; nullopt otherwise.
std::optional<std::int64_t> ParseDay(std::string_view text);

}  // namespace rapport::bench
