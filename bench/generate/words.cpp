#include "generate/words.hpp"

#include <array>

namespace rapport::bench {
namespace {

using namespace std::string_view_literals;

constexpr std::array kGermanFirst = {
    "Anna"sv,  "Lena"sv,   "Jonas"sv,  "Lukas"sv,   "Sophie"sv, "Felix"sv,  "Marie"sv, "Paul"sv,    "Jürgen"sv,
    "Katrin"sv, "Stefan"sv, "Sabine"sv, "Matthias"sv, "Björn"sv,  "Claudia"sv, "Tobias"sv, "Ute"sv,     "Günter"sv,
    "Julia"sv, "Florian"sv, "Heike"sv,  "Andreas"sv, "Birgit"sv, "Maximilian"sv};
constexpr std::array kGermanSurnames = {
    "Müller"sv,  "Schmidt"sv, "Schneider"sv, "Fischer"sv, "Weber"sv,    "Meyer"sv,   "Wagner"sv,  "Becker"sv,
    "Schulz"sv,  "Hoffmann"sv, "Schäfer"sv,  "Koch"sv,    "Bauer"sv,    "Richter"sv, "Klein"sv,   "Wolf"sv,
    "Schröder"sv, "Neumann"sv, "Schwarz"sv,  "Zimmermann"sv, "Braun"sv, "Krüger"sv,  "Hofmann"sv, "Hartmann"sv,
    "Lange"sv,   "Köhler"sv,  "Weiß"sv,      "Groß"sv,    "Huber"sv,    "Gruber"sv,  "Steiner"sv, "Brunner"sv};
constexpr std::array kFrenchFirst = {"Camille"sv, "Léa"sv,     "Hugo"sv,    "Louis"sv,   "Chloé"sv,  "Théo"sv,
                                     "Manon"sv,   "Nicolas"sv, "Isabelle"sv, "François"sv, "Hélène"sv, "Julien"sv,
                                     "Céline"sv,  "Mathieu"sv, "Élodie"sv,  "Sébastien"sv, "Aurélie"sv, "Antoine"sv};
constexpr std::array kFrenchSurnames = {
    "Martin"sv,  "Bernard"sv, "Dubois"sv,  "Thomas"sv,   "Robert"sv,   "Richard"sv, "Petit"sv,   "Durand"sv,
    "Leroy"sv,   "Moreau"sv,  "Simon"sv,   "Laurent"sv,  "Lefèvre"sv,  "Michel"sv,  "Garçon"sv,  "Fontaine"sv,
    "Rousseau"sv, "Mercier"sv, "Girard"sv, "Bonnet"sv,   "Lambert"sv,  "Faure"sv,   "Chevalier"sv, "Gauthier"sv,
    "Peeters"sv, "Janssens"sv, "Dupont"sv, "Béranger"sv};
constexpr std::array kDutchFirst = {"Daan"sv,  "Sanne"sv, "Bram"sv, "Lotte"sv, "Thijs"sv, "Femke"sv,
                                    "Joost"sv, "Anouk"sv, "Ruben"sv, "Eva"sv,  "Pieter"sv, "Marloes"sv};
constexpr std::array kDutchSurnames = {"de Jong"sv, "Jansen"sv, "de Vries"sv, "van den Berg"sv, "van Dijk"sv,
                                       "Bakker"sv,  "Visser"sv, "Smit"sv,     "Meijer"sv,       "de Boer"sv,
                                       "Mulder"sv,  "Bos"sv,    "Vos"sv,      "Maes"sv,         "Claes"sv};
constexpr std::array kNordicFirst = {"Erik"sv,   "Ingrid"sv, "Lars"sv,  "Astrid"sv, "Mikael"sv, "Sofia"sv,
                                     "Henrik"sv, "Maja"sv,   "Søren"sv, "Freja"sv,  "Mads"sv,   "Sigrid"sv,
                                     "Jukka"sv,  "Aino"sv,   "Björn"sv, "Åsa"sv,    "Ole"sv,    "Linnéa"sv};
constexpr std::array kNordicSurnames = {
    "Andersson"sv, "Johansson"sv, "Karlsson"sv, "Nilsson"sv,  "Lindqvist"sv, "Bergström"sv, "Åberg"sv,
    "Nyström"sv,   "Håkansson"sv, "Lindgren"sv, "Nielsen"sv,  "Hansen"sv,    "Jørgensen"sv, "Sørensen"sv,
    "Ørsted"sv,    "Rasmussen"sv, "Pedersen"sv, "Kristiansen"sv, "Haugen"sv, "Solberg"sv,   "Virtanen"sv,
    "Mäkinen"sv,   "Korhonen"sv,  "Lehtonen"sv};
constexpr std::array kEnglishFirst = {"Oliver"sv, "Emily"sv,  "James"sv,  "Charlotte"sv, "Harry"sv, "Amelia"sv,
                                      "George"sv, "Olivia"sv, "Michael"sv, "Sarah"sv,    "David"sv, "Jessica"sv,
                                      "Daniel"sv, "Rachel"sv, "Ethan"sv,  "Madison"sv,   "Ryan"sv,  "Megan"sv};
constexpr std::array kEnglishSurnames = {
    "Smith"sv,   "Jones"sv,  "Taylor"sv,   "Brown"sv,  "Williams"sv, "Wilson"sv, "Johnson"sv, "Davies"sv,
    "Robinson"sv, "Wright"sv, "Thompson"sv, "Evans"sv, "Walker"sv,   "White"sv,  "Hughes"sv,  "Clarke"sv,
    "Miller"sv,  "Davis"sv,  "Garcia"sv,   "Anderson"sv, "Martinez"sv, "Carter"sv, "Mitchell"sv, "O'Brien"sv};

constexpr std::array kGermanTrades = {
    Trade{"Logistik", "Logistics"},         Trade{"Spedition", "Logistics"},
    Trade{"Maschinenbau", "Manufacturing"}, Trade{"Feinmechanik", "Manufacturing"},
    Trade{"Bau", "Construction"},           Trade{"Holzbau", "Construction"},
    Trade{"Software", "Software"},          Trade{"Systemhaus", "IT Services"},
    Trade{"Medizintechnik", "Healthcare"},  Trade{"Druckerei", "Printing"},
    Trade{"Lebensmittel", "Food & Beverage"}, Trade{"Brauerei", "Food & Beverage"},
    Trade{"Energie", "Energy"},             Trade{"Solartechnik", "Energy"},
    Trade{"Verpackung", "Packaging"},       Trade{"Elektrotechnik", "Electronics"},
    Trade{"Immobilien", "Real Estate"},     Trade{"Autohaus", "Automotive"},
    Trade{"Beratung", "Consulting"},        Trade{"Versicherungsmakler", "Insurance"}};
constexpr std::array kFrenchTrades = {
    Trade{"Transports", "Logistics"},     Trade{"Ingénierie", "Manufacturing"},
    Trade{"Mécanique", "Manufacturing"},  Trade{"Bâtiment", "Construction"},
    Trade{"Informatique", "IT Services"}, Trade{"Logiciels", "Software"},
    Trade{"Santé", "Healthcare"},         Trade{"Imprimerie", "Printing"},
    Trade{"Agroalimentaire", "Food & Beverage"}, Trade{"Boulangerie", "Food & Beverage"},
    Trade{"Énergie", "Energy"},           Trade{"Emballages", "Packaging"},
    Trade{"Électricité", "Electronics"},  Trade{"Immobilier", "Real Estate"},
    Trade{"Conseil", "Consulting"},       Trade{"Assurances", "Insurance"}};
constexpr std::array kDutchTrades = {
    Trade{"Transport", "Logistics"},  Trade{"Techniek", "Manufacturing"}, Trade{"Bouw", "Construction"},
    Trade{"Installatie", "Construction"}, Trade{"Software", "Software"}, Trade{"ICT", "IT Services"},
    Trade{"Zorg", "Healthcare"},      Trade{"Drukkerij", "Printing"},     Trade{"Voeding", "Food & Beverage"},
    Trade{"Energie", "Energy"},       Trade{"Verpakkingen", "Packaging"}, Trade{"Advies", "Consulting"}};
constexpr std::array kNordicTrades = {
    Trade{"Transport", "Logistics"}, Trade{"Maskin", "Manufacturing"}, Trade{"Teknik", "Manufacturing"},
    Trade{"Bygg", "Construction"},   Trade{"Data", "IT Services"},     Trade{"Software", "Software"},
    Trade{"Medical", "Healthcare"},  Trade{"Tryck", "Printing"},       Trade{"Livsmedel", "Food & Beverage"},
    Trade{"Energi", "Energy"},       Trade{"Förpackning", "Packaging"}, Trade{"Elektro", "Electronics"},
    Trade{"Fastigheter", "Real Estate"}, Trade{"Konsult", "Consulting"}};
constexpr std::array kEnglishTrades = {
    Trade{"Logistics", "Logistics"},     Trade{"Freight", "Logistics"},
    Trade{"Engineering", "Manufacturing"}, Trade{"Precision", "Manufacturing"},
    Trade{"Construction", "Construction"}, Trade{"Builders", "Construction"},
    Trade{"Software", "Software"},       Trade{"Analytics", "Software"},
    Trade{"IT Solutions", "IT Services"}, Trade{"Health", "Healthcare"},
    Trade{"Print", "Printing"},          Trade{"Foods", "Food & Beverage"},
    Trade{"Energy", "Energy"},           Trade{"Packaging", "Packaging"},
    Trade{"Electronics", "Electronics"}, Trade{"Properties", "Real Estate"},
    Trade{"Motors", "Automotive"},       Trade{"Consulting", "Consulting"},
    Trade{"Insurance", "Insurance"},     Trade{"Media", "Media"}};

constexpr std::array kBrandStarts = {"Nord"sv,  "Süd"sv,    "Alpen"sv,  "Rhein"sv,  "Elb"sv,   "Sonnen"sv, "Stern"sv,
                                     "Adler"sv, "Falken"sv, "Eichen"sv, "Linden"sv, "Blue"sv,  "Silver"sv, "Green"sv,
                                     "Bright"sv, "North"sv, "Red"sv,    "Oak"sv,    "Iron"sv,  "Clear"sv,  "Fjord"sv,
                                     "Polar"sv, "Vinter"sv, "Havs"sv,   "Lumi"sv,   "Terra"sv, "Aqua"sv,   "Helio"sv,
                                     "Opti"sv,  "Nova"sv,   "Vita"sv,   "Proxi"sv,  "Cité"sv,  "Belle"sv,  "Zeno"sv,
                                     "Quanta"sv, "Astra"sv, "Kobalt"sv, "Granit"sv, "Kristall"sv};
constexpr std::array kBrandEnds = {"werk"sv, "tec"sv,  "haus"sv, "form"sv, "plan"sv,  "soft"sv,  "tronic"sv, "line"sv,
                                   "point"sv, "field"sv, "wave"sv, "gate"sv, "mark"sv, "stone"sv, "bridge"sv, "licht"sv,
                                   "data"sv, "flow"sv, "logic"sv, "vision"sv, "works"sv, "pack"sv, "med"sv,  "bau"sv};

constexpr std::array kSources = {"cold call"sv, "referral"sv, "event"sv, "e-mail campaign"sv, "inbound call"sv};

constexpr std::array kJobTitles = {
    "Managing Director"sv, "CEO"sv, "CFO"sv, "Head of Purchasing"sv, "Procurement Manager"sv, "IT Director"sv,
    "Office Manager"sv, "Operations Manager"sv, "Head of Logistics"sv, "Plant Manager"sv, "Buyer"sv,
    "Project Manager"sv, "Head of Marketing"sv, "Finance Manager"sv, "Assistant to the board"sv, "Head of R&D"sv,
    "Facility Manager"sv, "Sales Director"sv};
constexpr std::array kGermanTitles = {"Geschäftsführerin"sv, "Geschäftsführer"sv, "Leiter Einkauf"sv,
                                      "Leiterin Einkauf"sv, "Prokurist"sv, "Technischer Leiter"sv};
constexpr std::array kFrenchTitles = {"Directeur général"sv, "Directrice générale"sv, "Responsable achats"sv,
                                      "Directeur technique"sv, "Gérant"sv};
constexpr std::array kDutchTitles = {"Directeur"sv, "Inkoper"sv, "Hoofd inkoop"sv, "Bedrijfsleider"sv};
constexpr std::array kNordicTitles = {"VD"sv, "Inköpschef"sv, "Teknisk chef"sv, "Daglig leder"sv,
                                      "Toimitusjohtaja"sv};

constexpr std::array kGermanNouns = {"Gruppe"sv, "Partner"sv, "Systeme"sv, "Service"sv, "Technik"sv, "Handel"sv};
constexpr std::array kFrenchNouns = {"Groupe"sv, "Services"sv, "Solutions"sv, "Industrie"sv, "Associés"sv};
constexpr std::array kDutchNouns = {"Groep"sv, "Partners"sv, "Systemen"sv, "Diensten"sv, "Handel"sv};
constexpr std::array kNordicNouns = {"Gruppen"sv, "Partner"sv, "System"sv, "Service"sv, "Invest"sv};
constexpr std::array kEnglishNouns = {"Group"sv,     "Partners"sv, "Systems"sv,      "Solutions"sv,
                                      "Services"sv, "Holdings"sv, "International"sv, "Technologies"sv};

constexpr std::array kTeamNames = {"Hanse"sv,  "Rhein"sv, "Alpen"sv, "Nordic"sv, "Benelux"sv, "Atlantic"sv,
                                   "Baltic"sv, "Donau"sv, "Elbe"sv,  "Loire"sv,  "Thames"sv,  "Main"sv,
                                   "Isar"sv,   "Seine"sv, "Rhône"sv, "Oder"sv,   "Weser"sv,   "Neckar"sv,
                                   "Mosel"sv,  "Ruhr"sv,  "Saar"sv,  "Fjord"sv,  "Delta"sv,   "Meridian"sv,
                                   "Horizon"sv, "Summit"sv, "Harbour"sv, "Beacon"sv, "Øresund"sv, "Skagen"sv};

}  // namespace

std::span<const std::string_view> FirstNames(Culture culture) {
    switch (culture) {
        case Culture::kGerman: return kGermanFirst;
        case Culture::kFrench: return kFrenchFirst;
        case Culture::kDutch: return kDutchFirst;
        case Culture::kNordic: return kNordicFirst;
        case Culture::kEnglish: return kEnglishFirst;
    }
    return kEnglishFirst;
}

std::span<const std::string_view> Surnames(Culture culture) {
    switch (culture) {
        case Culture::kGerman: return kGermanSurnames;
        case Culture::kFrench: return kFrenchSurnames;
        case Culture::kDutch: return kDutchSurnames;
        case Culture::kNordic: return kNordicSurnames;
        case Culture::kEnglish: return kEnglishSurnames;
    }
    return kEnglishSurnames;
}

std::span<const Trade> Trades(Culture culture) {
    switch (culture) {
        case Culture::kGerman: return kGermanTrades;
        case Culture::kFrench: return kFrenchTrades;
        case Culture::kDutch: return kDutchTrades;
        case Culture::kNordic: return kNordicTrades;
        case Culture::kEnglish: return kEnglishTrades;
    }
    return kEnglishTrades;
}

std::string_view FamilySuffix(Culture culture) {
    switch (culture) {
        case Culture::kGerman: return "& Söhne";
        case Culture::kFrench: return "& Fils";
        case Culture::kDutch: return "& Zonen";
        case Culture::kNordic: return "& Søn";
        case Culture::kEnglish: return "& Sons";
    }
    return "& Sons";
}

std::span<const std::string_view> LocalJobTitles(Culture culture) {
    switch (culture) {
        case Culture::kGerman: return kGermanTitles;
        case Culture::kFrench: return kFrenchTitles;
        case Culture::kDutch: return kDutchTitles;
        case Culture::kNordic: return kNordicTitles;
        case Culture::kEnglish: return kJobTitles;
    }
    return kJobTitles;
}

std::span<const std::string_view> CompanyNouns(Culture culture) {
    switch (culture) {
        case Culture::kGerman: return kGermanNouns;
        case Culture::kFrench: return kFrenchNouns;
        case Culture::kDutch: return kDutchNouns;
        case Culture::kNordic: return kNordicNouns;
        case Culture::kEnglish: return kEnglishNouns;
    }
    return kEnglishNouns;
}

std::span<const std::string_view> BrandStarts() { return kBrandStarts; }
std::span<const std::string_view> BrandEnds() { return kBrandEnds; }
std::span<const std::string_view> Sources() { return kSources; }
std::span<const std::string_view> JobTitles() { return kJobTitles; }
std::span<const std::string_view> TeamNames() { return kTeamNames; }

}  // namespace rapport::bench
