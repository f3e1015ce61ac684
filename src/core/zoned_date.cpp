#include "core/zoned_date.hpp"

#include <glib.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace rapport {
namespace {

struct ZoneUnref {
    void operator()(GTimeZone* zone) const { g_time_zone_unref(zone); }
};
using ZonePtr = std::unique_ptr<GTimeZone, ZoneUnref>;

// The zones read so far, by name. GLib reads a zone's file on each g_time_zone_new_identifier, and the settings
// name one zone: kept here, each is read once. Only zones GLib could read are kept, so the map stays within the
// few hundred names of tzdata (the settings accept no other). A GTimeZone is immutable: shared between threads.
GTimeZone* FindZone(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string, ZonePtr, std::less<>> zones;
    std::lock_guard lock(mutex);
    if (auto found = zones.find(name); found != zones.end()) return found->second.get();
    // NULL for a name it cannot read. An empty name would be the process's local zone: never asked (see DateIn).
    ZonePtr zone(g_time_zone_new_identifier(std::string(name).c_str()));
    if (!zone) return nullptr;
    return zones.emplace(std::string(name), std::move(zone)).first->second.get();
}

}  // namespace

Date DateIn(Timestamp at, std::string_view zone) {
    if (zone.empty() || zone == "UTC") return DateOf(at);
    auto* found = FindZone(zone);
    if (!found) return DateOf(at);
    // The offset in force at that instant (daylight saving time included), then the day of the shifted instant.
    auto interval = g_time_zone_find_interval(found, G_TIME_TYPE_UNIVERSAL, ToSeconds(at));
    auto offset = std::chrono::seconds{g_time_zone_get_offset(found, interval)};
    return DateOf(at + offset);
}

}  // namespace rapport
