#pragma once

#include "core/time.hpp"

#include <string_view>

namespace rapport {

/// The civil day that instant `at` falls on in the IANA time zone `zone` ("Asia/Kolkata", "America/Lima"), its
/// daylight saving time included: what "today" means to a company in that zone. UTC's day when `zone` is empty or
/// not in the system's time zone database (tzdata): a zone that cannot be read must not stop the day. Safe from
/// several threads.
Date DateIn(Timestamp at, std::string_view zone);

}  // namespace rapport
