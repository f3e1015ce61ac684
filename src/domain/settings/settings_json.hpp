#pragma once

#include "domain/settings/settings.hpp"

#include <boost/json/object.hpp>

#include <array>
#include <string_view>

namespace rapport::domain {

/// The top-level members of the settings' JSON, in the order it is written.
inline constexpr std::array<std::string_view, 8> kSettingsMembers = {
    "company",  "numbering", "manual_discount_limits", "complaint_sla_hours", "working_hours",
    "holidays", "dunning",   "loyalty_tiers"};

/// The settings as API.md writes them: every member present; percents and money as decimal strings; working
/// days by their three-letter names, closed days left out.
boost::json::object SettingsToJson(const Settings& settings);

/// Replaces in `settings` each member that `json` gives, whole (a member left out keeps its value). Fails with
/// kInvalidArgument naming the path of the first value it cannot read ("working_hours.days.mon",
/// "loyalty_tiers[0].percent"), a member or key it does not know, or a key a member needs and lacks. Reads the
/// shape only: Validate checks the rules.
Result<Settings> ApplySettingsJson(Settings settings, const boost::json::object& json);

}  // namespace rapport::domain
