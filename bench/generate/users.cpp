#include "generate/collections.hpp"

#include <array>
#include <set>

namespace rapport::bench {
namespace {

using domain::Role;

constexpr std::string_view kMailDomain = "bench.rapport.test";
constexpr int kManagersPerTeam = 8;
constexpr int kDirectors = 2;

// The staff is mostly German-speaking, like the clients.
constexpr std::array kCultureWeights = {40, 15, 10, 15, 20};
constexpr std::array kCultures = {Culture::kGerman, Culture::kFrench, Culture::kDutch, Culture::kNordic,
                                  Culture::kEnglish};

// A manager's level sets how big a book of accounts they carry; a head keeps a few accounts of their own.
int BookSize(const StaffMember& member) {
    if (member.role == Role::kHead) return 1;
    constexpr std::array kByLevel = {0, 4, 6, 7, 8};
    return kByLevel[static_cast<std::size_t>(member.level)];
}

int ManagerLevel(Random& random) {
    constexpr std::array kWeights = {25, 30, 30, 15};  // Levels 1 to 4.
    return static_cast<int>(random.Weighted(kWeights)) + 1;
}

std::string TeamName(std::size_t index) {
    auto names = TeamNames();
    if (index < names.size()) return std::string(names[index]);
    return "Team " + std::to_string(index + 1);
}

// Gives the member a name and an e-mail address no one else has ("anna.mueller2@…" on a clash).
void Name(StaffMember& member, Random& random, std::set<std::string>& taken) {
    auto culture = kCultures[random.Weighted(kCultureWeights)];
    auto first = random.Pick(FirstNames(culture));
    auto last = random.Pick(Surnames(culture));
    member.name = std::string(first) + " " + std::string(last);
    if (member.role == Role::kAdmin) {
        member.email = "admin@" + std::string(kMailDomain);
        return;
    }
    std::string local;
    AppendSlug(local, first, '-');
    local += '.';
    AppendSlug(local, last, '-');
    auto candidate = local;
    for (int clash = 2; taken.contains(candidate); ++clash) candidate = local + std::to_string(clash);
    taken.insert(candidate);
    member.email = candidate + "@" + std::string(kMailDomain);
}

}  // namespace

Staff MakeStaff(std::uint64_t seed, int managers) {
    Staff staff;
    int teams = (managers + kManagersPerTeam - 1) / kManagersPerTeam;
    for (int team = 0; team < teams; ++team) staff.team_names.push_back(TeamName(static_cast<std::size_t>(team)));
    staff.team_members.resize(static_cast<std::size_t>(teams));

    staff.members.push_back({.role = Role::kAdmin, .level = 1});
    for (int i = 0; i < kDirectors; ++i) staff.members.push_back({.role = Role::kDirector, .level = 4});
    for (int team = 0; team < teams; ++team) staff.members.push_back({.role = Role::kHead, .team = team, .level = 4});
    for (int i = 0; i < managers; ++i) staff.members.push_back({.role = Role::kManager, .team = i % teams});

    std::set<std::string> taken{"admin"};
    for (std::size_t i = 0; i < staff.members.size(); ++i) {
        auto& member = staff.members[i];
        Random random(seed, Stream::kUsers, i);
        Name(member, random, taken);
        if (member.role == Role::kManager) member.level = ManagerLevel(random);
        if (member.team >= 0) staff.team_members[static_cast<std::size_t>(member.team)].push_back(static_cast<std::uint32_t>(i));
        auto book = member.role == Role::kHead || member.role == Role::kManager ? BookSize(member) : 0;
        staff.owner_pool.insert(staff.owner_pool.end(), static_cast<std::size_t>(book), static_cast<std::uint32_t>(i));
    }
    return staff;
}

Result<FileStats> WriteUsers(const World& world, const std::string& dir) {
    static constexpr std::array<std::string_view, 5> kColumns = {"email", "name", "role", "team", "level"};
    const auto& staff = world.staff;
    auto file = RAPPORT_TRY(CsvFile::Create(dir + "/users.csv", "users.csv", static_cast<std::int64_t>(staff.members.size())));
    file.Header(kColumns);
    for (const auto& member : staff.members) {
        file.Plain(member.email).Text(member.name).Plain(EnumName(member.role));
        if (member.team >= 0) {
            file.Text(staff.team_names[static_cast<std::size_t>(member.team)]);
        } else {
            file.Empty();
        }
        file.Int(member.level).EndRow();
    }
    return file.Close();
}

}  // namespace rapport::bench
