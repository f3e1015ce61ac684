#pragma once

#include "core/result.hpp"

#include <string_view>

namespace rapport::domain {

/// Fails with kInvalidArgument naming `field` unless `name` is a zone or a link of the IANA time zone database
/// ("Europe/Vienna", "Asia/Kolkata", "UTC"). The names are read once from the system's copy of the database
/// (tzdata: $TZDIR or /usr/share/zoneinfo, its tzdata.zi); without one, only UTC is known.
Status CheckTimeZone(std::string_view name, std::string_view field);

}  // namespace rapport::domain
