#include "generate/words.hpp"

#include <array>

namespace rapport::bench {
namespace {

using namespace std::string_view_literals;

constexpr std::array kGermanForms = {"GmbH"sv, "GmbH"sv, "GmbH"sv, "AG"sv, "KG"sv, "GmbH & Co. KG"sv, "e.K."sv};
constexpr std::array kGermanCities = {
    City{"Hamburg", "20457", "40"},    City{"Berlin", "10115", "30"},   City{"München", "80331", "89"},
    City{"Köln", "50667", "221"},      City{"Frankfurt am Main", "60311", "69"}, City{"Stuttgart", "70173", "711"},
    City{"Düsseldorf", "40213", "211"}, City{"Leipzig", "04109", "341"}, City{"Bremen", "28195", "421"},
    City{"Nürnberg", "90402", "911"}};
constexpr std::array kGermanStreets = {"Hauptstraße"sv, "Bahnhofstraße"sv, "Hafenstraße"sv, "Lindenallee"sv,
                                       "Schillerstraße"sv, "Industriestraße"sv, "Am Markt"sv, "Königsweg"sv,
                                       "Gartenstraße"sv, "Mühlenweg"sv};
constexpr std::array kGermanMail = {"gmx.de"sv, "web.de"sv, "t-online.de"sv, "gmail.com"sv};

constexpr std::array kAustrianForms = {"GmbH"sv, "GmbH"sv, "AG"sv, "OG"sv, "KG"sv};
constexpr std::array kAustrianCities = {City{"Wien", "1010", "1"}, City{"Graz", "8010", "316"},
                                        City{"Linz", "4020", "732"}, City{"Salzburg", "5020", "662"},
                                        City{"Innsbruck", "6020", "512"}};
constexpr std::array kAustrianStreets = {"Mariahilfer Straße"sv, "Landstraße"sv, "Herrengasse"sv, "Museumstraße"sv,
                                         "Getreidegasse"sv};
constexpr std::array kAustrianMail = {"gmx.at"sv, "aon.at"sv, "gmail.com"sv};

constexpr std::array kSwissForms = {"AG"sv, "AG"sv, "GmbH"sv, "SA"sv, "Sàrl"sv};
constexpr std::array kSwissCities = {City{"Zürich", "8001", "44"}, City{"Basel", "4051", "61"},
                                     City{"Bern", "3011", "31"}, City{"Genève", "1201", "22"},
                                     City{"Lausanne", "1003", "21"}};
constexpr std::array kSwissStreets = {"Bahnhofstrasse"sv, "Seestrasse"sv, "Rue du Rhône"sv, "Marktgasse"sv,
                                      "Avenue de la Gare"sv};
constexpr std::array kSwissMail = {"bluewin.ch"sv, "gmx.ch"sv, "gmail.com"sv};

constexpr std::array kFrenchForms = {"SAS"sv, "SAS"sv, "SARL"sv, "SA"sv, "EURL"sv};
constexpr std::array kFrenchCities = {City{"Paris", "75008", "1"},    City{"Lyon", "69002", "4"},
                                      City{"Marseille", "13001", "4"}, City{"Toulouse", "31000", "5"},
                                      City{"Nantes", "44000", "2"},   City{"Lille", "59000", "3"},
                                      City{"Bordeaux", "33000", "5"}, City{"Strasbourg", "67000", "3"}};
constexpr std::array kFrenchStreets = {"rue de la République"sv, "avenue Jean Jaurès"sv, "boulevard Voltaire"sv,
                                       "rue du Faubourg Saint-Honoré"sv, "place Bellecour"sv, "rue Pasteur"sv,
                                       "quai des Chartrons"sv, "rue de l'Église"sv};
constexpr std::array kFrenchMail = {"orange.fr"sv, "free.fr"sv, "laposte.net"sv, "gmail.com"sv};

constexpr std::array kBelgianForms = {"NV"sv, "BV"sv, "SA"sv, "SRL"sv};
constexpr std::array kBelgianCities = {City{"Bruxelles", "1000", "2"}, City{"Antwerpen", "2000", "3"},
                                       City{"Gent", "9000", "9"}, City{"Liège", "4000", "4"}};
constexpr std::array kBelgianStreets = {"Rue Neuve"sv, "Meir"sv, "Veldstraat"sv, "Boulevard d'Avroy"sv};
constexpr std::array kBelgianMail = {"skynet.be"sv, "telenet.be"sv, "gmail.com"sv};

constexpr std::array kDutchForms = {"B.V."sv, "B.V."sv, "B.V."sv, "N.V."sv};
constexpr std::array kDutchCities = {City{"Amsterdam", "1012 AB", "20"}, City{"Rotterdam", "3011 AA", "10"},
                                     City{"Utrecht", "3511 AA", "30"},   City{"Eindhoven", "5611 AA", "40"},
                                     City{"Den Haag", "2511 AA", "70"}};
constexpr std::array kDutchStreets = {"Keizersgracht"sv, "Coolsingel"sv, "Stationsplein"sv, "Herengracht"sv,
                                      "Oudegracht"sv};
constexpr std::array kDutchMail = {"ziggo.nl"sv, "kpnmail.nl"sv, "gmail.com"sv};

constexpr std::array kSwedishForms = {"AB"sv};
constexpr std::array kSwedishCities = {City{"Stockholm", "111 22", "8"}, City{"Göteborg", "411 03", "31"},
                                       City{"Malmö", "211 20", "40"}, City{"Uppsala", "753 20", "18"}};
constexpr std::array kSwedishStreets = {"Drottninggatan"sv, "Kungsgatan"sv, "Storgatan"sv, "Götgatan"sv};
constexpr std::array kSwedishMail = {"telia.com"sv, "bredband.net"sv, "gmail.com"sv};

constexpr std::array kDanishForms = {"A/S"sv, "ApS"sv};
constexpr std::array kDanishCities = {City{"København", "1050", ""}, City{"Aarhus", "8000", ""},
                                      City{"Odense", "5000", ""}, City{"Aalborg", "9000", ""}};
constexpr std::array kDanishStreets = {"Vesterbrogade"sv, "Nørregade"sv, "Åboulevarden"sv, "Strandvejen"sv};
constexpr std::array kDanishMail = {"mail.dk"sv, "jubii.dk"sv, "gmail.com"sv};

constexpr std::array kNorwegianForms = {"AS"sv, "AS"sv, "ASA"sv};
constexpr std::array kNorwegianCities = {City{"Oslo", "0150", ""}, City{"Bergen", "5003", ""},
                                         City{"Trondheim", "7011", ""}, City{"Stavanger", "4006", ""}};
constexpr std::array kNorwegianStreets = {"Karl Johans gate"sv, "Bryggen"sv, "Kongens gate"sv, "Strandgaten"sv};
constexpr std::array kNorwegianMail = {"online.no"sv, "getmail.no"sv, "gmail.com"sv};

constexpr std::array kFinnishForms = {"Oy"sv, "Oy"sv, "Oyj"sv};
constexpr std::array kFinnishCities = {City{"Helsinki", "00100", "9"}, City{"Espoo", "02100", "9"},
                                       City{"Tampere", "33100", "3"}, City{"Turku", "20100", "2"}};
constexpr std::array kFinnishStreets = {"Mannerheimintie"sv, "Aleksanterinkatu"sv, "Hämeenkatu"sv, "Yliopistonkatu"sv};
constexpr std::array kFinnishMail = {"elisanet.fi"sv, "kolumbus.fi"sv, "gmail.com"sv};

constexpr std::array kBritishForms = {"Ltd"sv, "Ltd"sv, "Ltd"sv, "PLC"sv, "LLP"sv};
constexpr std::array kBritishCities = {City{"London", "EC1A 1BB", "20"},     City{"Manchester", "M1 1AE", "161"},
                                       City{"Birmingham", "B1 1AA", "121"}, City{"Leeds", "LS1 1UR", "113"},
                                       City{"Bristol", "BS1 4DJ", "117"},   City{"Edinburgh", "EH1 1YZ", "131"}};
constexpr std::array kBritishStreets = {"High Street"sv, "Station Road"sv, "Church Lane"sv, "King's Road"sv,
                                        "Victoria Street"sv, "Mill Lane"sv};
constexpr std::array kBritishMail = {"btinternet.com"sv, "outlook.com"sv, "gmail.com"sv};

constexpr std::array kAmericanForms = {"Inc."sv, "Inc."sv, "LLC"sv, "Corp."sv};
constexpr std::array kAmericanCities = {City{"New York, NY", "10001", "212"}, City{"Boston, MA", "02108", "617"},
                                        City{"Chicago, IL", "60601", "312"},  City{"Austin, TX", "78701", "512"},
                                        City{"Seattle, WA", "98101", "206"},  City{"San Francisco, CA", "94105", "415"}};
constexpr std::array kAmericanStreets = {"Main Street"sv, "Market Street"sv, "Broadway"sv, "Oak Avenue"sv,
                                         "Elm Street"sv, "Lake Shore Drive"sv};
constexpr std::array kAmericanMail = {"gmail.com"sv, "yahoo.com"sv, "outlook.com"sv};

using enum Culture;
using enum HouseNumber;

// Swiss and Nordic clients are priced in euros too: the sales teams quote B2B exports in EUR, and the
// benchmark wants a dominant currency with a few others (USD, GBP), not a dozen.
constexpr std::array kCountries = {
    Country{"Germany", kGerman, "+49", "de", "EUR", 7, kAfterStreet, kGermanForms, kGermanCities, kGermanStreets,
            kGermanMail, 30},
    Country{"Austria", kGerman, "+43", "at", "EUR", 7, kAfterStreet, kAustrianForms, kAustrianCities,
            kAustrianStreets, kAustrianMail, 5},
    Country{"Switzerland", kGerman, "+41", "ch", "EUR", 7, kAfterStreet, kSwissForms, kSwissCities, kSwissStreets,
            kSwissMail, 4},
    Country{"France", kFrench, "+33", "fr", "EUR", 8, kBeforeStreet, kFrenchForms, kFrenchCities, kFrenchStreets,
            kFrenchMail, 14},
    Country{"Belgium", kDutch, "+32", "be", "EUR", 7, kAfterStreet, kBelgianForms, kBelgianCities, kBelgianStreets,
            kBelgianMail, 4},
    Country{"Netherlands", kDutch, "+31", "nl", "EUR", 7, kAfterStreet, kDutchForms, kDutchCities, kDutchStreets,
            kDutchMail, 7},
    Country{"Sweden", kNordic, "+46", "se", "EUR", 7, kAfterStreet, kSwedishForms, kSwedishCities, kSwedishStreets,
            kSwedishMail, 6},
    Country{"Denmark", kNordic, "+45", "dk", "EUR", 8, kAfterStreet, kDanishForms, kDanishCities, kDanishStreets,
            kDanishMail, 5},
    Country{"Norway", kNordic, "+47", "no", "EUR", 8, kAfterStreet, kNorwegianForms, kNorwegianCities,
            kNorwegianStreets, kNorwegianMail, 4},
    Country{"Finland", kNordic, "+358", "fi", "EUR", 7, kAfterStreet, kFinnishForms, kFinnishCities,
            kFinnishStreets, kFinnishMail, 3},
    Country{"United Kingdom", kEnglish, "+44", "co.uk", "GBP", 7, kBeforeStreet, kBritishForms, kBritishCities,
            kBritishStreets, kBritishMail, 10},
    Country{"United States", kEnglish, "+1", "com", "USD", 7, kBeforeStreet, kAmericanForms, kAmericanCities,
            kAmericanStreets, kAmericanMail, 8},
};

constexpr auto kCountryWeights = [] {
    std::array<int, kCountries.size()> weights{};
    for (std::size_t i = 0; i < kCountries.size(); ++i) weights[i] = kCountries[i].weight;
    return weights;
}();

}  // namespace

std::span<const Country> Countries() { return kCountries; }
std::span<const int> CountryWeights() { return kCountryWeights; }

}  // namespace rapport::bench
