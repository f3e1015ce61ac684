#pragma once

#include <span>
#include <string_view>

namespace rapport::bench {

/// A naming tradition: which first names, surnames and trade words a country's people and companies use.
enum class Culture { kGerman, kFrench, kDutch, kNordic, kEnglish };

/// A word that says what a company does, in its culture's language, with the industry it files under.
struct Trade {
    std::string_view word;      // "Logistik", "Transports", "Bygg"
    std::string_view industry;  // "Logistics": the same English name in every culture, for filtering.
};

struct City {
    std::string_view name;
    std::string_view postcode;
    std::string_view area_code;  // Empty in countries that dial without one (Denmark, Norway).
};

/// Street addresses are written "Hafenstraße 12" in some countries and "12 High Street" in others.
enum class HouseNumber { kAfterStreet, kBeforeStreet };

/// A country the clients sit in: how its companies are named, dialled, addressed and paid.
struct Country {
    std::string_view name;
    Culture culture;
    std::string_view dial_code;           // "+49"
    std::string_view top_level_domain;    // "de", "co.uk"
    std::string_view currency;            // What deals there are priced in.
    int subscriber_digits;                // Digits after the area code.
    HouseNumber house_number;
    std::span<const std::string_view> legal_forms;
    std::span<const City> cities;
    std::span<const std::string_view> streets;
    std::span<const std::string_view> mail_providers;  // Where private people have their e-mail.
    int weight;                                        // How many clients, relatively, come from there.
};

std::span<const Country> Countries();
/// The weights of Countries(), in the same order, for Random::Weighted.
std::span<const int> CountryWeights();

std::span<const std::string_view> FirstNames(Culture culture);
std::span<const std::string_view> Surnames(Culture culture);
std::span<const Trade> Trades(Culture culture);
/// Halves of invented brand names ("Nord" + "licht"), written together.
std::span<const std::string_view> BrandStarts();
std::span<const std::string_view> BrandEnds();
/// "& Söhne", "& Fils", "& Sons": family firms.
std::string_view FamilySuffix(Culture culture);

std::span<const std::string_view> Sources();
/// Job titles in English, as most CRMs hold them, and the local ones some contacts keep.
std::span<const std::string_view> JobTitles();
std::span<const std::string_view> LocalJobTitles(Culture culture);
/// "Gruppe", "Partners", "Services": the words companies add to a name to sound bigger.
std::span<const std::string_view> CompanyNouns(Culture culture);
std::span<const std::string_view> TeamNames();

/// What a deal sells, and what its quantity counts ("Fleet telematics", "vehicles"); no unit for services.
struct Product {
    std::string_view name;
    std::string_view unit;
};

std::span<const Product> DealProducts();
std::span<const std::string_view> LostReasons();

std::span<const std::string_view> OutboundCallSubjects();
std::span<const std::string_view> InboundCallSubjects();
std::span<const std::string_view> CallOutcomes();
std::span<const std::string_view> MeetingSubjects();
std::span<const std::string_view> MeetingOutcomes();
std::span<const std::string_view> OutboundEmailSubjects();
std::span<const std::string_view> InboundEmailSubjects();
std::span<const std::string_view> TaskSubjects();
std::span<const std::string_view> NoteSubjects();
/// Sentences for activity bodies; some hold commas, quotes or line breaks, as real notes do.
std::span<const std::string_view> BodySentences();

}  // namespace rapport::bench
