#include "cli/commands.hpp"
#include "cli/demo_builder.hpp"

#include <array>
#include <set>

namespace rapport::cli::demo {
namespace {

constexpr std::array<std::string_view, 3> kTeamNames = {"North", "South", "Key Accounts"};
constexpr int kManagersPerTeam = 4;  // One of each level, so that pay reports show all four.
constexpr std::string_view kEmailDomain = "demo.rapport.test";

// Picks unused names and makes their e-mail addresses: first.last@demo.rapport.test.
class NamePicker {
public:
    explicit NamePicker(Random& random) : random_(random) {}

    std::pair<std::string, std::string> Next() {
        while (true) {
            std::string name = std::string(random_.Pick(FirstNames())) + " " + std::string(random_.Pick(LastNames()));
            auto email = Slug(name, '.') + "@" + std::string(kEmailDomain);
            if (emails_.insert(email).second) return {name, email};
        }
    }

    void Reserve(const std::string& email) { emails_.insert(email); }

private:
    Random& random_;
    std::set<std::string> emails_;
};

Result<domain::User> AddUser(Setting& setting, service::Context& context, std::string_view password_hash,
                             domain::User draft) {
    service::FieldNames given{"email", "name", "role", "level"};
    if (draft.team_id) given.emplace("team_id");
    return setting.services.users.CreateIn(context, std::move(draft), given, password_hash);
}

domain::User Draft(std::string name, std::string email, domain::Role role, std::int64_t level,
                   std::optional<TeamId> team) {
    domain::User user;
    user.name = std::move(name);
    user.email = std::move(email);
    user.role = role;
    user.level = level;
    user.team_id = team;
    return user;
}

Status CreateTeamMembers(Setting& setting, service::Context& context, std::string_view password_hash, NamePicker& names,
                         Staff& staff) {
    for (const auto& team : staff.teams) {
        auto [head_name, head_email] = names.Next();
        staff.heads.push_back(RAPPORT_TRY(
            AddUser(setting, context, password_hash, Draft(head_name, head_email, domain::Role::kHead, 4, team.id))));
        std::array<std::int64_t, kManagersPerTeam> levels = {1, 2, 3, 4};
        // A different order per team, so that levels do not line up with creation order everywhere.
        std::swap(levels[static_cast<std::size_t>(setting.random.Between(0, 3))], levels[0]);
        for (auto level : levels) {
            auto [name, email] = names.Next();
            staff.managers.push_back(RAPPORT_TRY(
                AddUser(setting, context, password_hash, Draft(name, email, domain::Role::kManager, level, team.id))));
        }
    }
    // A team's head is named once its head exists.
    for (std::size_t i = 0; i < staff.teams.size(); ++i) {
        auto head = staff.heads[i].id;
        staff.teams[i] = RAPPORT_TRY(setting.services.Of<domain::Team>().UpdateIn(
            context, staff.teams[i].id, std::nullopt, [head](domain::Team& team, service::FieldNames& given) -> Status {
                team.head_id = head;
                given.emplace("head_id");
                return {};
            }));
    }
    return {};
}

}  // namespace

Result<Staff> CreateStaff(Setting& setting, const service::Caller& creator, std::string_view password_hash) {
    Staff staff;
    service::Context first{setting.transaction, creator, setting.now};
    staff.admin = RAPPORT_TRY(AddUser(setting, first, password_hash,
                                      Draft("Mara Keller", kDemoAdminEmail, domain::Role::kAdmin, 1, std::nullopt)));

    // From here on the demo's own admin acts, so that the audit trail names a person of the company.
    auto context = setting.ContextFor(staff.admin.id);
    for (auto name : kTeamNames) {
        domain::Team team;
        team.name = std::string(name);
        staff.teams.push_back(
            RAPPORT_TRY(setting.services.Of<domain::Team>().CreateIn(context, std::move(team), {"name"})));
    }
    NamePicker names(setting.random);
    names.Reserve(kDemoAdminEmail);
    auto director_email = "helena.brandt@" + std::string(kEmailDomain);
    names.Reserve(director_email);
    staff.director =
        RAPPORT_TRY(AddUser(setting, context, password_hash,
                            Draft("Helena Brandt", director_email, domain::Role::kDirector, 4, std::nullopt)));
    RAPPORT_CHECK(CreateTeamMembers(setting, context, password_hash, names, staff));
    return staff;
}

std::string Slug(std::string_view text, char separator) {
    // The accented letters of the demo's word lists, and what an address makes of them.
    static const std::map<std::string_view, std::string_view> kPlain = {
        {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"ß", "ss"}, {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"á", "a"},
        {"à", "a"},  {"í", "i"},  {"ı", "i"},  {"ó", "o"},  {"ú", "u"}, {"ñ", "n"}, {"ç", "c"}, {"ł", "l"},
        {"ś", "s"},  {"ń", "n"},  {"ż", "z"},  {"å", "a"},  {"ø", "o"}, {"æ", "ae"}};
    std::string slug;
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (std::isalnum(c)) {
                slug.push_back(static_cast<char>(std::tolower(c)));
            } else if (!slug.empty() && slug.back() != separator) {
                slug.push_back(separator);
            }
            ++i;
            continue;
        }
        std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        auto letter = text.substr(i, length);
        if (auto plain = kPlain.find(letter); plain != kPlain.end()) slug += plain->second;
        i += length;
    }
    while (!slug.empty() && slug.back() == separator) slug.pop_back();
    return slug;
}

}  // namespace rapport::cli::demo
