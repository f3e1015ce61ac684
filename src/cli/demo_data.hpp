#pragma once

#include <span>
#include <string_view>

namespace rapport::cli::demo {

/// A word of a company name with the industry it suggests ("Logistics" -> "Logistics").
struct Trade {
    std::string_view word;
    std::string_view industry;
};

/// A city where demo clients sit, with a postcode that fits it.
struct City {
    std::string_view name;
    std::string_view postcode;
};

/// A country of the demo's clients: how its companies are named, dialled, addressed and paid.
struct Country {
    std::string_view name;
    std::string_view dial_code;  // "+49"
    std::string_view currency;   // What its deals are priced in.
    std::span<const std::string_view> legal_forms;
    std::span<const City> cities;
    std::span<const std::string_view> streets;
    int weight;  // How many clients, relatively, come from there.
};

std::span<const std::string_view> FirstNames();
std::span<const std::string_view> LastNames();
std::span<const std::string_view> CompanyWords();
std::span<const Trade> Trades();
std::span<const Country> Countries();

/// Where prospects come from (DOMAIN.md): cold call, referral, event, e-mail campaign, inbound call.
std::span<const std::string_view> Sources();
std::span<const std::string_view> JobTitles();
std::span<const std::string_view> DealProducts();
std::span<const std::string_view> LostReasons();

/// Subjects and outcomes of the activities on an account's timeline, by kind and direction.
std::span<const std::string_view> OutboundCallSubjects();
std::span<const std::string_view> InboundCallSubjects();
std::span<const std::string_view> CallOutcomes();
std::span<const std::string_view> MeetingSubjects();
std::span<const std::string_view> MeetingOutcomes();
std::span<const std::string_view> OutboundEmailSubjects();
std::span<const std::string_view> InboundEmailSubjects();
std::span<const std::string_view> TaskSubjects();
std::span<const std::string_view> NoteSubjects();

}  // namespace rapport::cli::demo
