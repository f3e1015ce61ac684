#include "domain/settings/time_zone.hpp"

#include <cstdlib>
#include <fstream>
#include <set>
#include <string>

namespace rapport::domain {
namespace {

// The names of tzdata.zi, zic's compact input that Debian's tzdata ships: "Z <zone> …" names a zone and
// "L <target> <link>" a link (Asia/Calcutta to Asia/Kolkata). A directory listing would also accept the files
// beside the zones (posixrules, the right/ and posix/ trees), which are not IANA names.
std::set<std::string, std::less<>> ReadZoneNames() {
    std::set<std::string, std::less<>> names{"UTC", "Etc/UTC"};
    const char* directory = std::getenv("TZDIR");
    std::ifstream file(std::string(directory && *directory ? directory : "/usr/share/zoneinfo") + "/tzdata.zi");
    std::string line;
    while (std::getline(file, line)) {
        if (line.starts_with("Z ")) {
            auto end = line.find(' ', 2);
            names.insert(line.substr(2, end == std::string::npos ? std::string::npos : end - 2));
        } else if (line.starts_with("L ")) {
            auto link = line.rfind(' ');
            if (link > 2) names.insert(line.substr(link + 1));
        }
    }
    return names;
}

}  // namespace

Status CheckTimeZone(std::string_view name, std::string_view field) {
    // Read once, on first use: the database of the running system does not change under a server.
    static const auto names = ReadZoneNames();
    if (names.contains(name)) return {};
    return InvalidField(std::string(field),
                        std::string(field) + " must name an IANA time zone, as in Europe/Vienna or Asia/Kolkata");
}

}  // namespace rapport::domain
