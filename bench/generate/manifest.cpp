#include "generate/collections.hpp"

#include <cerrno>
#include <cstring>

namespace rapport::bench {
namespace {

constexpr std::size_t kManagersToLogInAs = 10;

std::string Quoted(std::string_view text) { return "\"" + JsonEscape(text) + "\""; }

std::string QuotedList(const std::vector<std::string>& items, std::string_view indent) {
    std::string list = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        list += i == 0 ? "\n" : ",\n";
        list += indent;
        list += Quoted(items[i]);
    }
    return items.empty() ? "[]" : list + "\n  ]";
}

std::string FirstWithRole(const Staff& staff, domain::Role role) {
    for (const auto& member : staff.members) {
        if (member.role == role) return member.email;
    }
    return {};
}

// Managers spread over the whole staff, so that a load test signs in across all teams.
std::vector<std::string> ManagersToLogInAs(const Staff& staff) {
    std::vector<std::string> managers;
    for (const auto& member : staff.members) {
        if (member.role == domain::Role::kManager) managers.push_back(member.email);
    }
    if (managers.size() <= kManagersToLogInAs) return managers;
    std::vector<std::string> chosen;
    for (std::size_t k = 0; k < kManagersToLogInAs; ++k) chosen.push_back(managers[k * managers.size() / kManagersToLogInAs]);
    return chosen;
}

std::string FileList(const std::vector<FileStats>& files) {
    std::string list = "{";
    for (std::size_t i = 0; i < files.size(); ++i) {
        list += fmt::format("{}\n    {}: {{\"rows\": {}, \"bytes\": {}}}", i == 0 ? "" : ",", Quoted(files[i].name),
                            files[i].rows, files[i].bytes);
    }
    return list + "\n  }";
}

}  // namespace

Status WriteManifest(const World& world, const std::string& dir, const std::vector<FileStats>& files,
                     const std::vector<std::string>& prefixes, const CommerceCounts& commerce) {
    const auto& staff = world.staff;
    const auto& counts = world.counts;
    auto text = fmt::format(
        R"({{
  "generator": {},
  "size": "{}",
  "seed": {},
  "today": "{}",
  "password": {},
  "counts": {{"users": {}, "teams": {}, "managers": {}, "accounts": {}, "contacts": {}, "deals": {}, "activities": {}}},
  "import_order": ["accounts", "contacts", "deals", "activities"],
  "commerce": {{"products": {}, "price_lists": {}, "offers": {}, "offer_lines": {}, "sent": {}, "accepted": {}, "declined": {}}},
  "files": {},
  "admin": {},
  "director": {},
  "head": {},
  "managers": {},
  "currencies": ["EUR", "USD", "GBP"],
  "prefixes": {}
}}
)",
        Quoted(kGeneratorVersion), SizeName(world.size), world.seed, FormatDay(world.today), Quoted(kPassword),
        staff.members.size(), staff.team_names.size(), counts.managers, counts.accounts, counts.contacts, counts.deals,
        counts.activities, commerce.products, commerce.price_lists, commerce.offers, commerce.offer_lines,
        commerce.sent, commerce.accepted, commerce.declined, FileList(files),
        Quoted(FirstWithRole(staff, domain::Role::kAdmin)), Quoted(FirstWithRole(staff, domain::Role::kDirector)),
        Quoted(FirstWithRole(staff, domain::Role::kHead)), QuotedList(ManagersToLogInAs(staff), "    "),
        QuotedList(prefixes, "    "));

    auto path = dir + "/manifest.json";
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) return MakeError(ErrorCode::kUnavailable, "cannot write " + path + ": " + std::strerror(errno));
    bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    int error = errno;
    if (std::fclose(file) != 0 && written) {
        written = false;
        error = errno;
    }
    if (!written) return MakeError(ErrorCode::kUnavailable, "cannot write " + path + ": " + std::strerror(error));
    return {};
}

}  // namespace rapport::bench
