#include "cli/demo_data.hpp"

#include <array>

namespace rapport::cli::demo {
namespace {

using namespace std::string_view_literals;

constexpr std::array kFirstNames = {
    "Anna"sv,   "Lukas"sv,  "Sophie"sv,    "Jonas"sv, "Marie"sv,  "Felix"sv,  "Emma"sv,   "Paul"sv,    "Lena"sv,
    "Leon"sv,   "Clara"sv,  "Noah"sv,      "Mia"sv,   "Elias"sv,  "Hannah"sv, "Ben"sv,    "Laura"sv,   "Finn"sv,
    "Julia"sv,  "Tom"sv,    "Sara"sv,      "David"sv, "Nina"sv,   "Jan"sv,    "Eva"sv,    "Max"sv,     "Lea"sv,
    "Erik"sv,   "Ida"sv,    "Oskar"sv,     "Chloé"sv, "Lucas"sv,  "Inès"sv,   "Hugo"sv,   "Camille"sv, "Louis"sv,
    "Giulia"sv, "Marco"sv,  "Sofia"sv,     "Luca"sv,  "Elena"sv,  "Matteo"sv, "Olivia"sv, "James"sv,   "Charlotte"sv,
    "Oliver"sv, "Amelia"sv, "Harry"sv,     "Zoé"sv,   "Mateo"sv,  "Lucía"sv,  "Pablo"sv,  "Marta"sv,   "Piotr"sv,
    "Zofia"sv,  "Jakub"sv,  "Agnieszka"sv, "Lars"sv,  "Ingrid"sv, "Sven"sv,   "Astrid"sv, "Ahmet"sv,   "Elif"sv,
};

constexpr std::array kLastNames = {
    "Müller"sv,    "Schmidt"sv,    "Schneider"sv,  "Fischer"sv,   "Weber"sv,    "Wagner"sv,   "Becker"sv,
    "Hoffmann"sv,  "Schulz"sv,     "Koch"sv,       "Richter"sv,   "Klein"sv,    "Wolf"sv,     "Neumann"sv,
    "Schwarz"sv,   "Braun"sv,      "Zimmermann"sv, "Krüger"sv,    "Hartmann"sv, "Lange"sv,    "Martin"sv,
    "Bernard"sv,   "Dubois"sv,     "Moreau"sv,     "Laurent"sv,   "Lefèvre"sv,  "Rossi"sv,    "Russo"sv,
    "Bianchi"sv,   "Romano"sv,     "Ferrari"sv,    "Smith"sv,     "Jones"sv,    "Taylor"sv,   "Brown"sv,
    "Wilson"sv,    "Evans"sv,      "García"sv,     "Fernández"sv, "López"sv,    "Martínez"sv, "Kowalski"sv,
    "Nowak"sv,     "Wiśniewski"sv, "Jansen"sv,     "de Vries"sv,  "van Dijk"sv, "Bakker"sv,   "Visser"sv,
    "Andersson"sv, "Johansson"sv,  "Nilsson"sv,    "Larsen"sv,    "Hansen"sv,   "Nielsen"sv,  "Yılmaz"sv,
    "Kaya"sv,      "Novák"sv,      "Horváth"sv,    "Costa"sv,
};

constexpr std::array kCompanyWords = {
    "Nordwind"sv,   "Alpen"sv,    "Blue Harbor"sv, "Rheintal"sv,   "Silver Oak"sv, "Hanse"sv,   "Adler"sv,
    "Baltic"sv,     "Helios"sv,   "Kronos"sv,      "Lindenhof"sv,  "Meridian"sv,   "Nova"sv,    "Orion"sv,
    "Polaris"sv,    "Quantum"sv,  "Riverside"sv,   "Sonnenberg"sv, "Tannenwald"sv, "Vista"sv,   "Weststern"sv,
    "Zephyr"sv,     "Atlas"sv,    "Brückner"sv,    "Castell"sv,    "Delta"sv,      "Elbe"sv,    "Falkenstein"sv,
    "Greenfield"sv, "Hochland"sv, "Isar"sv,        "Jura"sv,       "Kästner"sv,    "Lumen"sv,   "Neckar"sv,
    "Oberland"sv,   "Pioneer"sv,  "Ruhr"sv,        "Saale"sv,      "Taunus"sv,     "Union"sv,   "Vogel"sv,
    "Weser"sv,      "Aurora"sv,   "Bergmann"sv,    "Condor"sv,     "Donau"sv,      "Eiche"sv,   "Fjord"sv,
    "Granit"sv,     "Horizon"sv,  "Iris"sv,        "Kestrel"sv,    "Lotus"sv,      "Mistral"sv, "Nordlicht"sv,
};

constexpr std::array kTrades = {
    Trade{"Logistics", "Logistics"},
    Trade{"Freight", "Logistics"},
    Trade{"Foods", "Food & beverage"},
    Trade{"Brewery", "Food & beverage"},
    Trade{"Systems", "Software"},
    Trade{"Software", "Software"},
    Trade{"Data", "Software"},
    Trade{"Maschinenbau", "Machinery"},
    Trade{"Engineering", "Machinery"},
    Trade{"Tools", "Machinery"},
    Trade{"Pharma", "Healthcare"},
    Trade{"Medical", "Healthcare"},
    Trade{"Energy", "Energy"},
    Trade{"Solar", "Energy"},
    Trade{"Bau", "Construction"},
    Trade{"Construction", "Construction"},
    Trade{"Textiles", "Retail"},
    Trade{"Handel", "Retail"},
    Trade{"Finance", "Financial services"},
    Trade{"Capital", "Financial services"},
    Trade{"Versicherung", "Insurance"},
    Trade{"Hotels", "Hospitality"},
    Trade{"Media", "Media"},
    Trade{"Print", "Media"},
    Trade{"Chemie", "Chemicals"},
    Trade{"Plastics", "Chemicals"},
    Trade{"Automotive", "Automotive"},
    Trade{"Motors", "Automotive"},
    Trade{"Telecom", "Telecommunications"},
    Trade{"Agrar", "Agriculture"},
    Trade{"Consulting", "Professional services"},
    Trade{"Partners", "Professional services"},
};

constexpr std::array kGermanForms = {"GmbH"sv, "GmbH"sv, "AG"sv, "GmbH & Co. KG"sv};
constexpr std::array kGermanCities = {
    City{"Berlin", "10115"},     City{"Hamburg", "20095"},           City{"München", "80331"},
    City{"Köln", "50667"},       City{"Frankfurt am Main", "60311"}, City{"Stuttgart", "70173"},
    City{"Düsseldorf", "40213"}, City{"Leipzig", "04109"},           City{"Hannover", "30159"},
    City{"Nürnberg", "90402"}};
constexpr std::array kGermanStreets = {"Hauptstraße"sv,    "Industriestraße"sv, "Am Hafen"sv,     "Lindenallee"sv,
                                       "Schillerstraße"sv, "Gewerbepark"sv,     "Bahnhofstraße"sv};
constexpr std::array kAustrianForms = {"GmbH"sv, "AG"sv};
constexpr std::array kAustrianCities = {City{"Wien", "1010"}, City{"Graz", "8010"}, City{"Linz", "4020"}};
constexpr std::array kSwissForms = {"AG"sv, "GmbH"sv};
constexpr std::array kSwissCities = {City{"Zürich", "8001"}, City{"Basel", "4051"}, City{"Bern", "3011"}};
constexpr std::array kBritishForms = {"Ltd"sv, "Ltd"sv, "plc"sv};
constexpr std::array kBritishCities = {City{"London", "EC1A 1BB"}, City{"Manchester", "M1 1AE"},
                                       City{"Birmingham", "B1 1AA"}};
constexpr std::array kBritishStreets = {"High Street"sv, "Station Road"sv, "Harbour Way"sv, "Mill Lane"sv};
constexpr std::array kFrenchForms = {"SARL"sv, "SAS"sv};
constexpr std::array kFrenchCities = {City{"Paris", "75001"}, City{"Lyon", "69001"}, City{"Lille", "59000"}};
constexpr std::array kFrenchStreets = {"rue de la Paix"sv, "avenue Victor Hugo"sv, "rue du Port"sv};
constexpr std::array kDutchForms = {"B.V."sv};
constexpr std::array kDutchCities = {City{"Amsterdam", "1012 AB"}, City{"Rotterdam", "3011 AD"}};
constexpr std::array kDutchStreets = {"Keizersgracht"sv, "Havenstraat"sv, "Stationsplein"sv};
constexpr std::array kItalianForms = {"S.r.l."sv, "S.p.A."sv};
constexpr std::array kItalianCities = {City{"Milano", "20121"}, City{"Torino", "10121"}, City{"Bologna", "40121"}};
constexpr std::array kItalianStreets = {"Via Roma"sv, "Corso Italia"sv, "Via Garibaldi"sv};
constexpr std::array kSpanishForms = {"S.L."sv, "S.A."sv};
constexpr std::array kSpanishCities = {City{"Madrid", "28001"}, City{"Barcelona", "08001"}, City{"Valencia", "46001"}};
constexpr std::array kSpanishStreets = {"Calle Mayor"sv, "Avenida de América"sv, "Calle del Puerto"sv};
constexpr std::array kPolishForms = {"Sp. z o.o."sv};
constexpr std::array kPolishCities = {City{"Warszawa", "00-001"}, City{"Kraków", "31-001"}, City{"Gdańsk", "80-001"}};
constexpr std::array kPolishStreets = {"ul. Marszałkowska"sv, "ul. Długa"sv, "ul. Portowa"sv};
constexpr std::array kNordicForms = {"AB"sv, "ApS"sv, "AS"sv};
constexpr std::array kNordicCities = {City{"Stockholm", "111 20"}, City{"København", "1050"}, City{"Oslo", "0150"}};
constexpr std::array kNordicStreets = {"Storgatan"sv, "Vesterbrogade"sv, "Karl Johans gate"sv};
constexpr std::array kAmericanForms = {"Inc."sv, "LLC"sv, "Corp."sv};
constexpr std::array kAmericanCities = {City{"New York, NY", "10001"}, City{"Chicago, IL", "60601"},
                                        City{"Boston, MA", "02108"}};
constexpr std::array kAmericanStreets = {"Main Street"sv, "Market Street"sv, "Harbor Drive"sv};

constexpr std::array kCountries = {
    Country{"Germany", "+49", "EUR", kGermanForms, kGermanCities, kGermanStreets, 40},
    Country{"Austria", "+43", "EUR", kAustrianForms, kAustrianCities, kGermanStreets, 8},
    Country{"Switzerland", "+41", "EUR", kSwissForms, kSwissCities, kGermanStreets, 6},
    Country{"United Kingdom", "+44", "EUR", kBritishForms, kBritishCities, kBritishStreets, 8},
    Country{"France", "+33", "EUR", kFrenchForms, kFrenchCities, kFrenchStreets, 8},
    Country{"Netherlands", "+31", "EUR", kDutchForms, kDutchCities, kDutchStreets, 7},
    Country{"Italy", "+39", "EUR", kItalianForms, kItalianCities, kItalianStreets, 6},
    Country{"Spain", "+34", "EUR", kSpanishForms, kSpanishCities, kSpanishStreets, 5},
    Country{"Poland", "+48", "EUR", kPolishForms, kPolishCities, kPolishStreets, 5},
    Country{"Sweden", "+46", "EUR", kNordicForms, kNordicCities, kNordicStreets, 4},
    Country{"United States", "+1", "USD", kAmericanForms, kAmericanCities, kAmericanStreets, 7},
};

constexpr std::array kSources = {"cold call"sv, "referral"sv, "event"sv, "e-mail campaign"sv, "inbound call"sv};

constexpr std::array kJobTitles = {
    "Managing Director"sv,
    "CEO"sv,
    "CFO"sv,
    "Head of Purchasing"sv,
    "Procurement Manager"sv,
    "IT Director"sv,
    "Office Manager"sv,
    "Head of Operations"sv,
    "Marketing Manager"sv,
    "Project Manager"sv,
    "Assistant to the Board"sv,
    "Technical Lead"sv,
    "Logistics Manager"sv,
    "Owner"sv,
};

constexpr std::array kDealProducts = {
    "Annual service contract"sv,
    "Fleet tracking rollout"sv,
    "Warehouse software licences"sv,
    "Support renewal"sv,
    "Pilot project"sv,
    "Framework agreement"sv,
    "Spare parts supply"sv,
    "Training programme"sv,
    "Consulting retainer"sv,
    "Hardware upgrade"sv,
    "Cloud migration"sv,
    "Maintenance package"sv,
    "Second site rollout"sv,
    "Volume discount agreement"sv,
    "Onboarding package"sv,
};

constexpr std::array kLostReasons = {
    "price too high"sv,           "went with a competitor"sv,      "no budget this year"sv,
    "project postponed"sv,        "no response after the offer"sv, "decided to build it in-house"sv,
    "requirements did not fit"sv,
};

constexpr std::array kOutboundCallSubjects = {
    "Follow-up on the offer"sv,          "Qualification call"sv,
    "Check-in after delivery"sv,         "Reminder about the overdue invoice"sv,
    "Introduce the new price list"sv,    "Ask for a referral"sv,
    "Invite to the spring trade fair"sv,
};
constexpr std::array kInboundCallSubjects = {
    "Question about the invoice"sv,
    "Request for a quote"sv,
    "Complaint about a late delivery"sv,
    "Asks for a product demo"sv,
};
constexpr std::array kCallOutcomes = {
    "reached, interested; sending an offer"sv,    "no answer; try again on Thursday"sv,
    "asked for a call back next week"sv,          "agreed to a meeting"sv,
    "not interested for now; call again in Q3"sv, "resolved on the call"sv,
};
constexpr std::array kMeetingSubjects = {
    "Presentation of the offer"sv,
    "Quarterly business review"sv,
    "Site visit"sv,
    "Contract negotiation"sv,
    "Product demo"sv,
    "Kick-off meeting"sv,
};
constexpr std::array kMeetingOutcomes = {
    "positive; wants a revised offer"sv, "agreed on the next steps"sv, "no decision yet; follow up in two weeks"sv,
    "signed the framework agreement"sv,  "asked for references"sv,
};
constexpr std::array kOutboundEmailSubjects = {
    "Sent the commercial offer"sv,        "Sent the contract draft"sv,  "Sent the price list"sv,
    "Thank-you note after the meeting"sv, "Sent the meeting minutes"sv,
};
constexpr std::array kInboundEmailSubjects = {
    "Questions about the offer"sv,
    "Signed contract received"sv,
    "Asks for a delivery date"sv,
};
constexpr std::array kTaskSubjects = {
    "Prepare the offer"sv,
    "Check the credit limit"sv,
    "Update the contact details"sv,
    "Send the contract for signature"sv,
    "Prepare the quarterly review"sv,
};
constexpr std::array kNoteSubjects = {
    "Decision maker is the CFO"sv,     "Budget approved for the next quarter"sv, "Prefers calls in the morning"sv,
    "A competitor offered 10% less"sv, "Expanding to a second site next year"sv,
};

}  // namespace

std::span<const std::string_view> FirstNames() { return kFirstNames; }
std::span<const std::string_view> LastNames() { return kLastNames; }
std::span<const std::string_view> CompanyWords() { return kCompanyWords; }
std::span<const Trade> Trades() { return kTrades; }
std::span<const Country> Countries() { return kCountries; }
std::span<const std::string_view> Sources() { return kSources; }
std::span<const std::string_view> JobTitles() { return kJobTitles; }
std::span<const std::string_view> DealProducts() { return kDealProducts; }
std::span<const std::string_view> LostReasons() { return kLostReasons; }
std::span<const std::string_view> OutboundCallSubjects() { return kOutboundCallSubjects; }
std::span<const std::string_view> InboundCallSubjects() { return kInboundCallSubjects; }
std::span<const std::string_view> CallOutcomes() { return kCallOutcomes; }
std::span<const std::string_view> MeetingSubjects() { return kMeetingSubjects; }
std::span<const std::string_view> MeetingOutcomes() { return kMeetingOutcomes; }
std::span<const std::string_view> OutboundEmailSubjects() { return kOutboundEmailSubjects; }
std::span<const std::string_view> InboundEmailSubjects() { return kInboundEmailSubjects; }
std::span<const std::string_view> TaskSubjects() { return kTaskSubjects; }
std::span<const std::string_view> NoteSubjects() { return kNoteSubjects; }

}  // namespace rapport::cli::demo
