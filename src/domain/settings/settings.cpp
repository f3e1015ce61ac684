#include "domain/settings/settings.hpp"

#include "core/zoned_date.hpp"
#include "domain/record.hpp"
#include "domain/settings/time_zone.hpp"

#include <algorithm>

namespace rapport::domain {
namespace {

std::string Indexed(std::string_view list, std::size_t index, std::string_view member = {}) {
    auto path = std::string(list) + "[" + std::to_string(index) + "]";
    return member.empty() ? path : path + "." + std::string(member);
}

Status CheckCompany(const CompanyDetails& company) {
    RAPPORT_CHECK(CheckLength(company.name, "company.name", 0, 200));
    RAPPORT_CHECK(CheckLength(company.address, "company.address", 0, 500));
    RAPPORT_CHECK(CheckLength(company.tax_id, "company.tax_id", 0, 50));
    RAPPORT_CHECK(CheckLength(company.bank, "company.bank", 0, 500));
    RAPPORT_CHECK(CheckLength(company.phone, "company.phone", 0, 50));
    if (!company.email.empty()) RAPPORT_CHECK(ValidateEmail(company.email, "company.email"));
    return {};
}

// A prefix starts every document number ("INV-2027-00042"): letters and digits only, so that the number
// reads unambiguously, and distinct, so that two series never print the same number.
Status CheckNumbering(const std::array<std::string, kSeriesCount>& numbering) {
    for (std::size_t i = 0; i < kSeriesCount; ++i) {
        const auto& prefix = numbering[i];
        auto field = "numbering." + std::string(EnumNames<Series>::kValues[i].second);
        auto plain = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
        if (prefix.empty() || prefix.size() > 8 || !std::all_of(prefix.begin(), prefix.end(), plain)) {
            return InvalidField(field, field + " must be 1 to 8 letters or digits");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (numbering[j] == prefix) {
                return InvalidField(
                    field, field + " is already the prefix of " + std::string(EnumNames<Series>::kValues[j].second));
            }
        }
    }
    return {};
}

Status CheckDiscountLimits(const ManualDiscountLimits& limits) {
    auto check = [](Percent percent, const std::string& field) {
        return percent.CheckRange(Percent{}, Percent::Whole(100), field);
    };
    for (std::size_t i = 0; i < limits.levels.size(); ++i) {
        RAPPORT_CHECK(check(limits.levels[i], "manual_discount_limits." + std::to_string(i + 1)));
    }
    RAPPORT_CHECK(check(limits.head, "manual_discount_limits.head"));
    return check(limits.director, "manual_discount_limits.director");
}

Status CheckSla(const std::array<std::int64_t, kSeverityCount>& hours) {
    for (std::size_t i = 0; i < kSeverityCount; ++i) {
        if (hours[i] < 1 || hours[i] > 8760) {
            auto field = "complaint_sla_hours." + std::string(EnumNames<Severity>::kValues[i].second);
            return InvalidField(field, field + " must be between 1 and 8760 hours");
        }
    }
    return {};
}

Status CheckWorkingHours(const WorkingHours& hours) {
    RAPPORT_CHECK(CheckTimeZone(hours.time_zone, "working_hours.time_zone"));
    for (std::size_t i = 0; i < kWeekdayCount; ++i) {
        const auto& day = hours.days[i];
        if (!day) continue;
        auto field = "working_hours.days." + std::string(EnumNames<Weekday>::kValues[i].second);
        if (day->opens < 0 || day->closes > 24 * 60 || day->opens >= day->closes) {
            return InvalidField(field, field + " must open before it closes, within the day");
        }
    }
    return {};
}

Status CheckHolidays(const std::vector<Date>& holidays) {
    if (holidays.size() > 1000) return InvalidField("holidays", "holidays may list at most 1000 dates");
    for (std::size_t i = 1; i < holidays.size(); ++i) {
        if (holidays[i] <= holidays[i - 1]) {
            return InvalidField(Indexed("holidays", i), "holidays must be distinct dates in ascending order");
        }
    }
    return {};
}

// Each level follows the one before it, later: an invoice moves up the levels as it stays unpaid.
Status CheckDunning(const std::vector<DunningStep>& steps) {
    if (steps.size() > 20) return InvalidField("dunning", "dunning may have at most 20 levels");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto& step = steps[i];
        if (step.level < 1 || (i > 0 && step.level <= steps[i - 1].level)) {
            return InvalidField(Indexed("dunning", i, "level"), "dunning levels must be 1 or more and increase");
        }
        if (step.days_overdue < 1 || step.days_overdue > 3650 ||
            (i > 0 && step.days_overdue <= steps[i - 1].days_overdue)) {
            return InvalidField(Indexed("dunning", i, "days_overdue"),
                                "days_overdue must be 1 to 3650 and increase from level to level");
        }
    }
    return {};
}

Status CheckLoyaltyTiers(const std::vector<LoyaltyTier>& tiers) {
    if (tiers.size() > 50) return InvalidField("loyalty_tiers", "loyalty_tiers may have at most 50 tiers");
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const auto& tier = tiers[i];
        auto field = Indexed("loyalty_tiers", i, "min_revenue");
        if (tier.min_revenue.minor_units() < 0) return InvalidField(field, field + " may not be negative");
        if (i > 0 && tier.min_revenue.currency() != tiers[0].min_revenue.currency()) {
            return InvalidField(field,
                                "every loyalty tier must be in " + std::string(tiers[0].min_revenue.currency().code()));
        }
        if (i > 0 && tier.min_revenue.minor_units() <= tiers[i - 1].min_revenue.minor_units()) {
            return InvalidField(field, "loyalty tiers must be in ascending order of min_revenue");
        }
        RAPPORT_CHECK(tier.percent.CheckRange(Percent{}, Percent::Whole(100), Indexed("loyalty_tiers", i, "percent")));
    }
    return {};
}

}  // namespace

Settings DefaultSettings() {
    Settings settings;
    settings.numbering = {"OF", "OR", "CT", "INV", "CMP"};
    settings.manual_discount_limits = {{Percent::Whole(5), Percent::Whole(10), Percent::Whole(15), Percent::Whole(20)},
                                       Percent::Whole(25),
                                       Percent::Whole(100)};
    settings.complaint_sla = {4, 8, 24, 72};
    for (auto day : {Weekday::kMon, Weekday::kTue, Weekday::kWed, Weekday::kThu, Weekday::kFri}) {
        settings.working_hours.days[static_cast<std::size_t>(day)] = WorkingDay{};
    }
    settings.dunning = {{1, 15, DunningAction::kEmail}, {2, 30, DunningAction::kCall}, {3, 45, DunningAction::kLetter}};
    return settings;
}

Status Validate(const Settings& settings) {
    RAPPORT_CHECK(CheckCompany(settings.company));
    RAPPORT_CHECK(CheckNumbering(settings.numbering));
    RAPPORT_CHECK(CheckDiscountLimits(settings.manual_discount_limits));
    RAPPORT_CHECK(CheckSla(settings.complaint_sla));
    RAPPORT_CHECK(CheckWorkingHours(settings.working_hours));
    RAPPORT_CHECK(CheckHolidays(settings.holidays));
    RAPPORT_CHECK(CheckDunning(settings.dunning));
    return CheckLoyaltyTiers(settings.loyalty_tiers);
}

Date DayAt(const Settings& settings, Timestamp at) { return DateIn(at, settings.working_hours.time_zone); }

Percent ManualDiscountLimit(const Settings& settings, Role role, std::int64_t level) {
    const auto& limits = settings.manual_discount_limits;
    switch (role) {
        case Role::kManager: {
            // Levels are 1–4 (User's Validate); a level outside reads as the nearest.
            auto index = std::clamp<std::int64_t>(level, 1, static_cast<std::int64_t>(limits.levels.size())) - 1;
            return limits.levels[static_cast<std::size_t>(index)];
        }
        case Role::kHead: return limits.head;
        case Role::kDirector:
        case Role::kAdmin: return limits.director;
        case Role::kOperations: return Percent{};
    }
    return Percent{};
}

std::optional<Percent> LoyaltyPercent(const Settings& settings, Money revenue_last_12_months) {
    std::optional<Percent> percent;
    for (const auto& tier : settings.loyalty_tiers) {
        // Revenue in another currency is not comparable without a rate, which settings do not hold.
        if (tier.min_revenue.currency() != revenue_last_12_months.currency()) return std::nullopt;
        if (revenue_last_12_months.minor_units() >= tier.min_revenue.minor_units()) percent = tier.percent;
    }
    return percent;
}

std::string_view NumberPrefix(const Settings& settings, std::string_view collection) {
    auto series = ParseEnum<Series>(collection);
    if (!series) return {};
    return settings.numbering[static_cast<std::size_t>(*series)];
}

}  // namespace rapport::domain
