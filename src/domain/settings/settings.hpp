#pragma once

#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "core/time.hpp"
#include "domain/user/user.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::domain {

/// The company that sends the documents, as printed on offers, orders and invoices. Empty: not given.
struct CompanyDetails {
    std::string name;
    std::string address;
    std::string tax_id;
    std::string bank;
    std::string email;
    std::string phone;
    bool operator==(const CompanyDetails&) const = default;
};

/// The numbered document kinds, each named as its collection: settings.numbering gives each a prefix.
enum class Series { kOffers, kOrders, kContracts, kInvoices, kComplaints };
inline constexpr std::size_t kSeriesCount = 5;

/// The most a manual discount may take off a line, per seniority of the person who gives it.
struct ManualDiscountLimits {
    std::array<Percent, 4> levels;  // Managers of level 1 to 4.
    Percent head;
    Percent director;  // Admins count as directors.
    bool operator==(const ManualDiscountLimits&) const = default;
};

enum class Severity { kCritical, kHigh, kNormal, kLow };
inline constexpr std::size_t kSeverityCount = 4;

enum class Weekday { kMon, kTue, kWed, kThu, kFri, kSat, kSun };
inline constexpr std::size_t kWeekdayCount = 7;

/// One working day's hours, as minutes after local midnight; opens before it closes.
struct WorkingDay {
    int opens = 9 * 60;
    int closes = 17 * 60;
    bool operator==(const WorkingDay&) const = default;
};

/// When the company works: an IANA time zone ("Europe/Vienna"), which also says what day "today" is, and the
/// hours of each working day (none: closed that day).
struct WorkingHours {
    std::string time_zone = "UTC";
    std::array<std::optional<WorkingDay>, kWeekdayCount> days;
    bool operator==(const WorkingHours&) const = default;
};

enum class DunningAction { kEmail, kCall, kLetter };

/// A level of reminders: an invoice this many days overdue is due for `action`.
struct DunningStep {
    std::int64_t level = 1;
    std::int64_t days_overdue = 15;
    DunningAction action = DunningAction::kEmail;
    bool operator==(const DunningStep&) const = default;
};

/// A client whose revenue over the last 12 months reaches `min_revenue` gets `percent` off.
struct LoyaltyTier {
    Money min_revenue{0, *Currency::Parse("EUR")};
    Percent percent;
    bool operator==(const LoyaltyTier&) const = default;
};

/// The company-wide settings (API.md, "Settings"): one per database, read by every signed-in user and changed
/// by admins. A plain value; DefaultSettings() is what a database that never saved any has.
struct Settings {
    CompanyDetails company;
    std::array<std::string, kSeriesCount> numbering;         // By Series.
    ManualDiscountLimits manual_discount_limits;             //
    std::array<std::int64_t, kSeverityCount> complaint_sla;  // Hours, by Severity.
    WorkingHours working_hours;
    std::vector<Date> holidays;  // Ascending.
    std::vector<DunningStep> dunning;
    std::vector<LoyaltyTier> loyalty_tiers;  // Ascending min_revenue.
    bool operator==(const Settings&) const = default;
};

/// OF, OR, CT, INV and CMP; discount limits 5/10/15/20 % by level, 25 % for heads, 100 % for directors;
/// complaints answered in 4, 8, 24 and 72 hours; Monday to Friday, 09:00–17:00 UTC; no holidays; reminders
/// by e-mail at 15 days overdue, a call at 30, a letter at 45; no loyalty tiers.
Settings DefaultSettings();

/// Checks the rules of every member; kInvalidArgument naming the path of the first that breaks one
/// ("numbering.orders", "dunning[1].days_overdue"): prefixes of 1–8 letters or digits, distinct; percents
/// 0–100; SLA hours 1–8760; a real IANA time zone and days that open before they close; distinct holidays;
/// dunning levels and days that increase; loyalty tiers in one currency with ascending min_revenue.
Status Validate(const Settings& settings);

/// The largest manual discount that a person of `role` (and, for a manager, `level` 1–4) may give: a
/// manager's by level, a head's, a director's (admins too). Operations staff price nothing: 0.
Percent ManualDiscountLimit(const Settings& settings, Role role, std::int64_t level);

/// The company's day at instant `at`: the date in working_hours.time_zone (API.md: "Today is the date in the time
/// zone of settings.working_hours"), UTC's when that zone cannot be read.
Date DayAt(const Settings& settings, Timestamp at);

/// The loyalty discount for a client whose revenue over the last 12 months is `revenue_last_12_months`: the
/// percent of the highest tier it reaches; none when it reaches none, or is not in the tiers' currency.
std::optional<Percent> LoyaltyPercent(const Settings& settings, Money revenue_last_12_months);

/// The number prefix of the series named by `collection` ("offers" → "OF"); empty for a collection that is
/// not numbered.
std::string_view NumberPrefix(const Settings& settings, std::string_view collection);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::Series> {
    static constexpr std::array kValues = {
        std::pair{domain::Series::kOffers, std::string_view{"offers"}},
        std::pair{domain::Series::kOrders, std::string_view{"orders"}},
        std::pair{domain::Series::kContracts, std::string_view{"contracts"}},
        std::pair{domain::Series::kInvoices, std::string_view{"invoices"}},
        std::pair{domain::Series::kComplaints, std::string_view{"complaints"}},
    };
};
template <>
struct EnumNames<domain::Severity> {
    static constexpr std::array kValues = {
        std::pair{domain::Severity::kCritical, std::string_view{"critical"}},
        std::pair{domain::Severity::kHigh, std::string_view{"high"}},
        std::pair{domain::Severity::kNormal, std::string_view{"normal"}},
        std::pair{domain::Severity::kLow, std::string_view{"low"}},
    };
};
template <>
struct EnumNames<domain::Weekday> {
    static constexpr std::array kValues = {
        std::pair{domain::Weekday::kMon, std::string_view{"mon"}},
        std::pair{domain::Weekday::kTue, std::string_view{"tue"}},
        std::pair{domain::Weekday::kWed, std::string_view{"wed"}},
        std::pair{domain::Weekday::kThu, std::string_view{"thu"}},
        std::pair{domain::Weekday::kFri, std::string_view{"fri"}},
        std::pair{domain::Weekday::kSat, std::string_view{"sat"}},
        std::pair{domain::Weekday::kSun, std::string_view{"sun"}},
    };
};
template <>
struct EnumNames<domain::DunningAction> {
    static constexpr std::array kValues = {
        std::pair{domain::DunningAction::kEmail, std::string_view{"email"}},
        std::pair{domain::DunningAction::kCall, std::string_view{"call"}},
        std::pair{domain::DunningAction::kLetter, std::string_view{"letter"}},
    };
};
}  // namespace rapport
