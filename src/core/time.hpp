#pragma once

#include "core/result.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {

/// An instant, UTC, to the second. Stored as seconds since the epoch; RFC 3339 on the wire.
using Timestamp = std::chrono::sys_seconds;

/// A civil date with no time zone: due dates, absences, expected closes.
using Date = std::chrono::year_month_day;

/// Parses "2026-11-22T09:30:00Z" or with an offset ("…+01:00") and optional fractional seconds
/// (dropped). Fails with kInvalidArgument naming `field`, also when the instant falls outside the years
/// 0000–9999 in UTC, which FormatTimestamp could not write as RFC 3339.
Result<Timestamp> ParseTimestamp(std::string_view text, std::string_view field);

/// Formats as "2026-11-22T09:30:00Z".
std::string FormatTimestamp(Timestamp at);

/// Parses "YYYY-MM-DD" of a real calendar day. Fails with kInvalidArgument naming `field`.
Result<Date> ParseDate(std::string_view text, std::string_view field);

/// Formats as "YYYY-MM-DD".
std::string FormatDate(Date date);

/// The civil day (UTC) an instant falls on.
Date DateOf(Timestamp at);

/// The first second of a civil day, UTC.
Timestamp StartOf(Date date);

/// Seconds since the epoch: how the store keeps an instant.
inline std::int64_t ToSeconds(Timestamp at) { return static_cast<std::int64_t>(at.time_since_epoch().count()); }

/// The current time, truncated to the second.
Timestamp Now();

}  // namespace rapport
