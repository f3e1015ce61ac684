#include "generate/collections.hpp"
#include "generate/columns.hpp"
#include "generate/naming.hpp"

#include <array>

namespace rapport::bench {
namespace {

using domain::AccountKind;
using domain::AccountStatus;

constexpr std::array<std::string_view, 12> kColumns = {"name",  "kind",    "status",  "industry", "source", "phone",
                                                       "email", "website", "address", "tags",     "custom", "owner_email"};
static_assert(ImportTakes<domain::Account>(kColumns));

std::string Brand(Random& random) {
    std::string brand(random.Pick(BrandStarts()));
    brand += random.Pick(BrandEnds());
    return brand;
}

// "New York, NY" -> "New York": the part of a city's name that can stand in a company's name.
std::string_view CityWord(const City& city) { return city.name.substr(0, city.name.find(',')); }

// The part of a company's name before its legal form, in one of the ways companies are really named. Each
// draw is its own statement: the operands of one `+` may be evaluated in any order, and the output must not
// depend on the compiler's choice.
std::string CompanyCore(const AccountSketch& account, const Trade& trade, Random& random) {
    auto culture = NamingCulture(*account.country, random);
    auto surname = std::string(random.Pick(Surnames(culture)));
    // "de Jong" starts a sentence, and a company name, as "De Jong".
    if (!surname.empty() && surname[0] >= 'a' && surname[0] <= 'z') surname[0] = static_cast<char>(surname[0] - 32);
    auto maybe_noun = [&](int percent) {
        return random.Percent(percent) ? " " + std::string(random.Pick(CompanyNouns(culture))) : std::string{};
    };
    auto city = std::string(CityWord(*account.city));
    auto word = std::string(trade.word);
    constexpr std::array kPatternWeights = {30, 24, 15, 10, 4, 9, 8};
    switch (random.Weighted(kPatternWeights)) {
        case 0: return surname + " " + word + (random.Percent(35) ? " " + city : std::string{});
        case 1: {
            auto brand = Brand(random);
            return brand + maybe_noun(50);
        }
        case 2: return Brand(random) + " " + word;
        case 3: {
            auto partner = std::string(random.Pick(Surnames(culture)));
            return surname + " & " + partner + maybe_noun(30);
        }
        case 4: return surname + " " + std::string(FamilySuffix(culture));
        case 5: return city + " " + word + maybe_noun(30);
        default:
            if (account.country->culture == Culture::kFrench) return "Établissements " + surname;
            return surname + maybe_noun(100);
    }
}

std::string Address(const Country& country, const City& city, Random& random) {
    auto street = random.Pick(country.streets);
    auto number = random.Between(1, 180);
    if (country.house_number == HouseNumber::kAfterStreet) {
        return fmt::format("{} {}, {} {}, {}", street, number, city.postcode, city.name, country.name);
    }
    if (country.culture == Culture::kEnglish) {
        return fmt::format("{} {}, {} {}, {}", number, street, city.name, city.postcode, country.name);
    }
    return fmt::format("{} {}, {} {}, {}", number, street, city.postcode, city.name, country.name);
}

std::string_view CompanyMailbox(Culture culture, Random& random) {
    switch (culture) {
        case Culture::kFrench: return "contact";
        case Culture::kNordic: return random.Percent(50) ? "post" : "info";
        case Culture::kEnglish: return random.Percent(30) ? "hello" : "info";
        case Culture::kGerman:
        case Culture::kDutch: return random.Percent(80) ? "info" : "kontakt";
    }
    return "info";
}

std::string Tags(const AccountSketch& account, Random& random) {
    std::string tags;
    auto add = [&](std::string_view tag) {
        if (!tags.empty()) tags += ';';
        tags += tag;
    };
    if (account.key) add("key");
    if (account.key && random.Percent(30)) add("vip");
    if (!account.key && random.Percent(20)) add("newsletter");
    if (account.kind == AccountKind::kCompany && random.Percent(5)) add(random.Percent(50) ? "partner" : "reseller");
    return tags;
}

// Free-form fields a company's records carry; a JSON object in one cell, so the CSV quotes it.
std::string Custom(const AccountSketch& account, Random& random) {
    if (account.kind == AccountKind::kPerson || !random.Percent(40)) return {};
    auto employees = static_cast<std::int64_t>(std::exp(3.5 + 1.4 * random.Normal())) + 1;
    return fmt::format(R"({{"employees":{},"customer_number":"K-{:08}"}})", employees, account.index + 1);
}

}  // namespace

AccountIdentity IdentifyAccount(const World& world, const AccountSketch& account) {
    Random random(world.seed, Stream::kAccountNames, static_cast<std::uint64_t>(account.index));
    AccountIdentity identity;
    const auto& country = *account.country;
    identity.industry = random.Pick(Trades(country.culture));
    if (account.kind == AccountKind::kPerson) {
        auto culture = NamingCulture(country, random);
        auto first = random.Pick(FirstNames(culture));
        auto last = random.Pick(Surnames(culture));
        identity.name = std::string(first) + " " + std::string(last);
        identity.searchable = identity.name.size();
        identity.email = PersonalEmail(first, last, country, random);
        return identity;
    }
    identity.name = CompanyCore(account, identity.industry, random);
    identity.searchable = identity.name.size();
    AppendSlug(identity.domain, identity.name, '-');
    identity.domain += '.';
    identity.domain += country.top_level_domain;
    identity.email = std::string(CompanyMailbox(country.culture, random)) + "@" + identity.domain;
    identity.name += ' ';
    identity.name += random.Pick(country.legal_forms);
    return identity;
}

Result<FileStats> WriteAccounts(const World& world, const std::string& dir, PrefixCounter& prefixes) {
    auto file = RAPPORT_TRY(CsvFile::Create(dir + "/accounts.csv", "accounts.csv", world.counts.accounts));
    file.Header(kColumns);
    for (std::int64_t i = 0; i < world.counts.accounts; ++i) {
        auto account = SketchAccount(world, i);
        auto identity = IdentifyAccount(world, account);
        prefixes.CountWordsOf(std::string_view(identity.name).substr(0, identity.searchable));
        // The row's optional fields come from their own generator, so that adding one changes no name.
        Random random(world.seed, Stream::kAccountDetails, static_cast<std::uint64_t>(i));
        bool company = account.kind == AccountKind::kCompany;
        const auto& country = *account.country;

        file.Text(identity.name).Plain(EnumName(account.kind)).Plain(EnumName(account.status));
        file.Text(company && random.Percent(92) ? identity.industry.industry : std::string_view{});
        file.Text(random.Percent(75) ? random.Pick(Sources()) : std::string_view{});
        file.Plain(random.Percent(90) ? Phone(country, *account.city, random) : std::string{});
        file.Plain(random.Percent(company ? 85 : 70) ? identity.email : std::string{});
        file.Plain(company && random.Percent(85) ? "https://www." + identity.domain : std::string{});
        file.Text(random.Percent(company ? 80 : 45) ? Address(country, *account.city, random) : std::string{});
        file.Plain(Tags(account, random));
        file.Text(Custom(account, random));
        file.Plain(world.staff.members[account.owner].email);
        file.EndRow();
    }
    return file.Close();
}

}  // namespace rapport::bench
