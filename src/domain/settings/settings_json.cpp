#include "domain/settings/settings_json.hpp"

#include "core/codec.hpp"

#include <algorithm>
#include <span>

namespace rapport::domain {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

std::string Path(std::string_view parent, std::string_view key) { return std::string(parent) + "." + std::string(key); }

std::string Indexed(std::string_view parent, std::size_t index) {
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

Result<const object*> AsObject(const value& json, const std::string& path) {
    if (!json.is_object()) return InvalidField(path, path + " must be an object");
    return &json.get_object();
}

Result<const array*> AsArray(const value& json, const std::string& path) {
    if (!json.is_array()) return InvalidField(path, path + " must be an array");
    return &json.get_array();
}

// Every key of `json` must be one of `known`: a misspelt key is refused rather than silently dropped.
Status CheckKeys(const object& json, std::span<const std::string_view> known, const std::string& path) {
    for (const auto& member : json) {
        std::string_view key(member.key().data(), member.key().size());
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            return InvalidField(Path(path, key), path + " has no member " + std::string(key));
        }
    }
    return {};
}

template <typename T>
Result<T> Required(const object& json, std::string_view key, const std::string& path) {
    auto field = Path(path, key);
    const auto* found = json.if_contains(key);
    if (!found) return InvalidField(field, field + " is required");
    return Codec<T>::FromJson(*found, field);
}

// The keys of a member keyed by an enumeration's names (numbering by series, SLA hours by severity).
template <NamedEnum E>
std::vector<std::string_view> NamesOf() {
    std::vector<std::string_view> names;
    for (const auto& [value, name] : EnumNames<E>::kValues) names.push_back(name);
    return names;
}

// "HH:MM"; a day's minutes are 0 to 24 × 60.
std::string FormatMinutes(int minutes) {
    auto two = [](int value) {
        return std::string{static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
    };
    return two(minutes / 60) + ":" + two(minutes % 60);
}

// "HH:MM", 00:00 to 24:00 (a day may close at midnight).
Result<int> ParseMinutes(const value& json, const std::string& path) {
    auto bad = InvalidField(path, path + " must be a time of day as \"HH:MM\"");
    if (!json.is_string() || json.get_string().size() != 5 || json.get_string()[2] != ':') return bad;
    const auto& text = json.get_string();
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -100; };
    int hours = digit(0) * 10 + digit(1);
    int minutes = digit(3) * 10 + digit(4);
    if (hours < 0 || minutes < 0 || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return bad;
    return hours * 60 + minutes;
}

Status ReadCompany(Settings& settings, const value& json) {
    static constexpr std::array<std::string_view, 6> kKeys = {"name", "address", "tax_id", "bank", "email", "phone"};
    const auto& company = *RAPPORT_TRY(AsObject(json, "company"));
    RAPPORT_CHECK(CheckKeys(company, kKeys, "company"));
    std::array<std::string*, 6> targets = {&settings.company.name, &settings.company.address, &settings.company.tax_id,
                                           &settings.company.bank, &settings.company.email,   &settings.company.phone};
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        // A detail left out or null is not given: an empty string.
        const auto* found = company.if_contains(kKeys[i]);
        *targets[i] = found
                          ? RAPPORT_TRY(Codec<std::optional<std::string>>::FromJson(*found, Path("company", kKeys[i])))
                                .value_or("")
                          : "";
    }
    return {};
}

Status ReadNumbering(Settings& settings, const value& json) {
    const auto& numbering = *RAPPORT_TRY(AsObject(json, "numbering"));
    RAPPORT_CHECK(CheckKeys(numbering, NamesOf<Series>(), "numbering"));
    for (std::size_t i = 0; i < kSeriesCount; ++i) {
        settings.numbering[i] =
            RAPPORT_TRY(Required<std::string>(numbering, EnumNames<Series>::kValues[i].second, "numbering"));
    }
    return {};
}

Status ReadDiscountLimits(Settings& settings, const value& json) {
    static constexpr std::array<std::string_view, 6> kKeys = {"1", "2", "3", "4", "head", "director"};
    constexpr std::string_view kPath = "manual_discount_limits";
    const auto& limits = *RAPPORT_TRY(AsObject(json, std::string(kPath)));
    RAPPORT_CHECK(CheckKeys(limits, kKeys, std::string(kPath)));
    auto& target = settings.manual_discount_limits;
    for (std::size_t i = 0; i < target.levels.size(); ++i) {
        target.levels[i] = RAPPORT_TRY(Required<Percent>(limits, kKeys[i], std::string(kPath)));
    }
    target.head = RAPPORT_TRY(Required<Percent>(limits, "head", std::string(kPath)));
    target.director = RAPPORT_TRY(Required<Percent>(limits, "director", std::string(kPath)));
    return {};
}

Status ReadSla(Settings& settings, const value& json) {
    const auto& hours = *RAPPORT_TRY(AsObject(json, "complaint_sla_hours"));
    RAPPORT_CHECK(CheckKeys(hours, NamesOf<Severity>(), "complaint_sla_hours"));
    for (std::size_t i = 0; i < kSeverityCount; ++i) {
        settings.complaint_sla[i] =
            RAPPORT_TRY(Required<std::int64_t>(hours, EnumNames<Severity>::kValues[i].second, "complaint_sla_hours"));
    }
    return {};
}

Status ReadWorkingHours(Settings& settings, const value& json) {
    static constexpr std::array<std::string_view, 2> kKeys = {"time_zone", "days"};
    const auto& hours = *RAPPORT_TRY(AsObject(json, "working_hours"));
    RAPPORT_CHECK(CheckKeys(hours, kKeys, "working_hours"));
    WorkingHours read;
    read.time_zone = RAPPORT_TRY(Required<std::string>(hours, "time_zone", "working_hours"));
    const auto* days_json = hours.if_contains("days");
    if (!days_json) return InvalidField("working_hours.days", "working_hours.days is required");
    const auto& days = *RAPPORT_TRY(AsObject(*days_json, "working_hours.days"));
    RAPPORT_CHECK(CheckKeys(days, NamesOf<Weekday>(), "working_hours.days"));
    for (std::size_t i = 0; i < kWeekdayCount; ++i) {
        auto path = Path("working_hours.days", EnumNames<Weekday>::kValues[i].second);
        const auto* day = days.if_contains(EnumNames<Weekday>::kValues[i].second);
        if (!day || day->is_null()) continue;  // Closed.
        if (!day->is_array() || day->get_array().size() != 2) {
            return InvalidField(path, path + " must be [\"HH:MM\", \"HH:MM\"], opening and closing");
        }
        auto opens = RAPPORT_TRY(ParseMinutes(day->get_array()[0], Indexed(path, 0)));
        auto closes = RAPPORT_TRY(ParseMinutes(day->get_array()[1], Indexed(path, 1)));
        read.days[i] = WorkingDay{opens, closes};
    }
    settings.working_hours = std::move(read);
    return {};
}

// Kept in ascending order whatever order they come in; a date given twice is refused where it is given again.
Status ReadHolidays(Settings& settings, const value& json) {
    const auto& dates = *RAPPORT_TRY(AsArray(json, "holidays"));
    std::vector<Date> read;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        auto date = RAPPORT_TRY(Codec<Date>::FromJson(dates[i], Indexed("holidays", i)));
        if (std::find(read.begin(), read.end(), date) != read.end()) {
            return InvalidField(Indexed("holidays", i), Indexed("holidays", i) + " is listed twice");
        }
        read.push_back(date);
    }
    std::sort(read.begin(), read.end());
    settings.holidays = std::move(read);
    return {};
}

Status ReadDunning(Settings& settings, const value& json) {
    static constexpr std::array<std::string_view, 3> kKeys = {"level", "days_overdue", "action"};
    const auto& steps = *RAPPORT_TRY(AsArray(json, "dunning"));
    std::vector<DunningStep> read;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        auto path = Indexed("dunning", i);
        const auto& step = *RAPPORT_TRY(AsObject(steps[i], path));
        RAPPORT_CHECK(CheckKeys(step, kKeys, path));
        read.push_back({RAPPORT_TRY(Required<std::int64_t>(step, "level", path)),
                        RAPPORT_TRY(Required<std::int64_t>(step, "days_overdue", path)),
                        RAPPORT_TRY(Required<DunningAction>(step, "action", path))});
    }
    settings.dunning = std::move(read);
    return {};
}

Status ReadLoyaltyTiers(Settings& settings, const value& json) {
    static constexpr std::array<std::string_view, 2> kKeys = {"min_revenue", "percent"};
    const auto& tiers = *RAPPORT_TRY(AsArray(json, "loyalty_tiers"));
    std::vector<LoyaltyTier> read;
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        auto path = Indexed("loyalty_tiers", i);
        const auto& tier = *RAPPORT_TRY(AsObject(tiers[i], path));
        RAPPORT_CHECK(CheckKeys(tier, kKeys, path));
        read.push_back({RAPPORT_TRY(Required<Money>(tier, "min_revenue", path)),
                        RAPPORT_TRY(Required<Percent>(tier, "percent", path))});
    }
    settings.loyalty_tiers = std::move(read);
    return {};
}

using Reader = Status (*)(Settings&, const value&);

// By kSettingsMembers' order.
constexpr std::array<Reader, kSettingsMembers.size()> kReaders = {ReadCompany, ReadNumbering,    ReadDiscountLimits,
                                                                  ReadSla,     ReadWorkingHours, ReadHolidays,
                                                                  ReadDunning, ReadLoyaltyTiers};

object WorkingHoursJson(const WorkingHours& hours) {
    object days;
    for (std::size_t i = 0; i < kWeekdayCount; ++i) {
        if (!hours.days[i]) continue;
        days[EnumNames<Weekday>::kValues[i].second] =
            array{FormatMinutes(hours.days[i]->opens), FormatMinutes(hours.days[i]->closes)};
    }
    return {{"time_zone", hours.time_zone}, {"days", std::move(days)}};
}

}  // namespace

object SettingsToJson(const Settings& settings) {
    const auto& company = settings.company;
    object numbering;
    for (std::size_t i = 0; i < kSeriesCount; ++i)
        numbering[EnumNames<Series>::kValues[i].second] = settings.numbering[i];
    object limits;
    for (std::size_t i = 0; i < settings.manual_discount_limits.levels.size(); ++i) {
        limits[std::to_string(i + 1)] = Codec<Percent>::ToJson(settings.manual_discount_limits.levels[i]);
    }
    limits["head"] = Codec<Percent>::ToJson(settings.manual_discount_limits.head);
    limits["director"] = Codec<Percent>::ToJson(settings.manual_discount_limits.director);
    object sla;
    for (std::size_t i = 0; i < kSeverityCount; ++i)
        sla[EnumNames<Severity>::kValues[i].second] = settings.complaint_sla[i];
    array holidays;
    for (auto date : settings.holidays) holidays.push_back(Codec<Date>::ToJson(date));
    array dunning;
    for (const auto& step : settings.dunning) {
        dunning.push_back(object{{"level", step.level},
                                 {"days_overdue", step.days_overdue},
                                 {"action", Codec<DunningAction>::ToJson(step.action)}});
    }
    array tiers;
    for (const auto& tier : settings.loyalty_tiers) {
        tiers.push_back(object{{"min_revenue", Codec<Money>::ToJson(tier.min_revenue)},
                               {"percent", Codec<Percent>::ToJson(tier.percent)}});
    }
    return {{"company",
             {{"name", company.name},
              {"address", company.address},
              {"tax_id", company.tax_id},
              {"bank", company.bank},
              {"email", company.email},
              {"phone", company.phone}}},
            {"numbering", std::move(numbering)},
            {"manual_discount_limits", std::move(limits)},
            {"complaint_sla_hours", std::move(sla)},
            {"working_hours", WorkingHoursJson(settings.working_hours)},
            {"holidays", std::move(holidays)},
            {"dunning", std::move(dunning)},
            {"loyalty_tiers", std::move(tiers)}};
}

Result<Settings> ApplySettingsJson(Settings settings, const object& json) {
    for (const auto& member : json) {
        std::string_view key(member.key().data(), member.key().size());
        auto found = std::find(kSettingsMembers.begin(), kSettingsMembers.end(), key);
        if (found == kSettingsMembers.end()) {
            return InvalidField(std::string(key), "settings have no member " + std::string(key));
        }
        RAPPORT_CHECK(kReaders[static_cast<std::size_t>(found - kSettingsMembers.begin())](settings, member.value()));
    }
    return settings;
}

}  // namespace rapport::domain
