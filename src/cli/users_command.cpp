#include "cli/command_support.hpp"
#include "cli/commands.hpp"
#include "service/password.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <vector>

namespace rapport::cli {
namespace {

// Turns terminal echo off for its lifetime, so that a typed password does not appear on the screen.
class EchoOff {
public:
    EchoOff() {
        if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios saved_{};
    bool active_ = false;
};

// The first line of standard input without its line break. On a terminal it asks, without echo. The password
// never travels on the command line, where `ps` and the shell's history would show it.
Result<std::string> ReadPassword() {
    std::string password;
    if (isatty(STDIN_FILENO) == 1) {
        std::cerr << "password for the new user: " << std::flush;
        EchoOff echo_off;
        std::getline(std::cin, password);
        std::cerr << '\n';
    } else {
        std::getline(std::cin, password);
    }
    if (!password.empty() && password.back() == '\r') password.pop_back();
    if (password.empty()) {
        return InvalidField("password",
                            "no password on standard input; pipe it in, as in "
                            "printf '%s\\n' \"$PASSWORD\" | rapport users add … --password-stdin");
    }
    return password;
}

// The team named `name` exactly, if there is one. Teams are few, so reading their list is cheap.
Result<std::optional<domain::Team>> FindTeam(service::Services& services, const service::Caller& caller,
                                             const std::string& name) {
    store::ListRequest request;
    request.search = name;
    request.limit = 500;
    while (true) {
        auto page = RAPPORT_TRY(services.Of<domain::Team>().List(caller, request));
        for (auto& team : page.items) {
            if (team.name == name) return std::optional<domain::Team>(std::move(team));
        }
        if (!page.next_cursor) return std::optional<domain::Team>{};
        request.cursor = *page.next_cursor;
    }
}

template <typename Record>
Result<std::vector<Record>> ListAll(service::RecordService<Record>& records, const service::Caller& caller) {
    std::vector<Record> all;
    store::ListRequest request;
    request.limit = 500;
    while (true) {
        auto page = RAPPORT_TRY(records.List(caller, request));
        std::move(page.items.begin(), page.items.end(), std::back_inserter(all));
        if (!page.next_cursor) return all;
        request.cursor = *page.next_cursor;
    }
}

struct Created {
    domain::User user;
    bool new_team = false;
};

Result<Created> CreateUser(service::Services& services, const UsersAddOptions& options, const std::string& hash) {
    auto caller = RAPPORT_TRY(AdminCaller(services));
    std::optional<domain::Team> team;
    if (!options.team.empty()) team = RAPPORT_TRY(FindTeam(services, caller, options.team));

    domain::User draft;
    draft.email = options.email;
    draft.name = options.name;
    auto role = ParseEnum<domain::Role>(options.role);
    if (!role) return InvalidField("role", "role must be " + EnumChoices<domain::Role>());
    draft.role = *role;
    draft.level = options.level;
    service::FieldNames given{"email", "name", "role", "level"};

    Created created;
    RAPPORT_CHECK(services.database.Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
        service::Context context{transaction, caller, Now()};
        if (!options.team.empty() && !team) {
            domain::Team fresh;
            fresh.name = options.team;
            team = RAPPORT_TRY(services.Of<domain::Team>().CreateIn(context, std::move(fresh), {"name"}));
            created.new_team = true;
        }
        if (team) {
            draft.team_id = team->id;
            given.emplace("team_id");
        }
        created.user = RAPPORT_TRY(services.users.CreateIn(context, draft, given, hash));
        return {};
    }));
    return created;
}

}  // namespace

ExitCode RunUsersAdd(const std::string& db_url, const UsersAddOptions& options) {
    auto password = ReadPassword();
    if (!password) return Fail(password.error().message, ExitCode::kUsage);
    if (auto strong = service::CheckPasswordStrength(*password); !strong) return Fail(strong.error());

    auto workspace = OpenWorkspace(db_url);
    if (!workspace) return FailToOpen(db_url, workspace.error());
    // Hashing is slow by design; it happens before the write transaction so that it holds no lock meanwhile.
    auto hash = service::HashPassword(*password);
    if (!hash) return Fail(hash.error());
    auto created = CreateUser((*workspace)->services, options, *hash);
    if (!created) {
        auto error = created.error();
        return Fail(MakeError(error.code, "cannot add " + options.email + ": " + error.message));
    }

    const auto& user = created->user;
    std::cout << "created user " << ToInt(user.id) << ' ' << user.email << " (" << EnumName(user.role) << ", level "
              << user.level;
    if (!options.team.empty()) std::cout << ", team " << options.team << (created->new_team ? ", a new team" : "");
    std::cout << ")\n";
    return ExitCode::kOk;
}

ExitCode RunUsersList(const std::string& db_url) {
    auto workspace = OpenWorkspace(db_url);
    if (!workspace) return FailToOpen(db_url, workspace.error());
    auto& services = (*workspace)->services;
    auto caller = service::SystemCaller(UserId{0});
    auto users = ListAll(services.users.records(), caller);
    if (!users) return Fail(users.error());
    auto teams = ListAll(services.Of<domain::Team>(), caller);
    if (!teams) return Fail(teams.error());

    std::map<TeamId, std::string> team_names;
    for (const auto& team : *teams) team_names.emplace(team.id, team.name);
    std::vector<std::vector<std::string>> rows{{"ID", "EMAIL", "NAME", "ROLE", "LEVEL", "TEAM", "ACTIVE"}};
    for (const auto& user : *users) {
        std::string team = user.team_id && team_names.contains(*user.team_id) ? team_names[*user.team_id] : "-";
        rows.push_back({std::to_string(ToInt(user.id)), user.email, user.name, std::string(EnumName(user.role)),
                        std::to_string(user.level), team, user.active ? "yes" : "no"});
    }
    PrintTable(rows);
    return ExitCode::kOk;
}

}  // namespace rapport::cli
