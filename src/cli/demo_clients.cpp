#include "cli/demo_builder.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <set>

namespace rapport::cli::demo {
namespace {

constexpr int kAccounts = 300;
constexpr int kKeyAccounts = 36;  // Owned by the Key Accounts team: few clients, most of the revenue.

Date DaysFrom(Date day, int days) { return Date{std::chrono::sys_days(day) + std::chrono::days{days}}; }

const Country& PickCountry(Random& random) {
    int total = 0;
    for (const auto& country : Countries()) total += country.weight;
    auto ticket = random.Between(1, total);
    for (const auto& country : Countries()) {
        ticket -= country.weight;
        if (ticket <= 0) return country;
    }
    return Countries().front();
}

std::string Phone(Random& random, const Country& country) {
    return std::string(country.dial_code) + " " + std::to_string(random.Between(20, 89)) + " " +
           std::to_string(random.Between(1000, 9999)) + " " + std::to_string(random.Between(100, 999));
}

// An amount in whole units, spread the way B2B deals are: many small ones, a few large.
std::int64_t DealAmount(Random& random, bool key_account) {
    struct Band {
        std::int64_t low, high;
        int percent;
    };
    static constexpr std::array<Band, 3> kRegular = {Band{1'500, 5'000, 45}, Band{5'000, 15'000, 35},
                                                     Band{15'000, 60'000, 20}};
    static constexpr std::array<Band, 3> kKey = {Band{20'000, 60'000, 40}, Band{60'000, 150'000, 40},
                                                 Band{150'000, 400'000, 20}};
    const auto& bands = key_account ? kKey : kRegular;
    auto ticket = random.Between(1, 100);
    const Band* band = &bands.back();
    for (const auto& candidate : bands) {
        if ((ticket -= candidate.percent) <= 0) {
            band = &candidate;
            break;
        }
    }
    // Round to what people quote: hundreds for small deals, five hundreds for larger ones.
    auto step = band->high > 15'000 ? 500 : 100;
    return random.Between(band->low / step, band->high / step) * step;
}

domain::AccountStatus PickStatus(Random& random, bool key_account) {
    if (key_account) return random.Percent(90) ? domain::AccountStatus::kActive : domain::AccountStatus::kInactive;
    auto ticket = random.Between(1, 100);
    if (ticket <= 35) return domain::AccountStatus::kProspect;
    if (ticket <= 75) return domain::AccountStatus::kActive;
    if (ticket <= 90) return domain::AccountStatus::kInactive;
    return domain::AccountStatus::kLost;
}

struct Naming {
    std::string name;
    std::string domain;    // For e-mails and the website; empty for private clients.
    std::string industry;  // Empty for private clients.
};

Naming NameAccount(Random& random, const Country& country, bool person, std::set<std::string>& taken) {
    while (true) {
        Naming naming;
        if (person) {
            naming.name = std::string(random.Pick(FirstNames())) + " " + std::string(random.Pick(LastNames()));
        } else {
            const auto& trade = random.Pick(Trades());
            std::string base = std::string(random.Pick(CompanyWords())) + " " + std::string(trade.word);
            naming.name = base + " " + std::string(random.Pick(country.legal_forms));
            naming.industry = std::string(trade.industry);
            naming.domain = Slug(base, '-') + ".example";
        }
        if (taken.insert(naming.name).second) return naming;
    }
}

domain::Account DraftAccount(Random& random, const Country& country, bool key_account, std::set<std::string>& taken) {
    domain::Account account;
    bool person = !key_account && random.Percent(8);
    auto naming = NameAccount(random, country, person, taken);
    account.name = naming.name;
    account.kind = person ? domain::AccountKind::kPerson : domain::AccountKind::kCompany;
    account.status = PickStatus(random, key_account);
    account.source = std::string(random.Pick(Sources()));
    account.phone = Phone(random, country);
    const auto& city = random.Pick(country.cities);
    account.address = std::string(random.Pick(country.streets)) + " " + std::to_string(random.Between(1, 180)) + ", " +
                      std::string(city.postcode) + " " + std::string(city.name) + ", " + std::string(country.name);
    std::int64_t employees = person ? 1 : key_account ? random.Between(500, 20'000) : random.Between(5, 900);
    if (person) {
        account.email = Slug(naming.name, '.') + "@mail.example";
    } else {
        account.industry = naming.industry;
        static constexpr std::array<std::string_view, 4> kMailboxes = {"info", "office", "contact", "sales"};
        account.email = std::string(random.Pick<std::string_view>(kMailboxes)) + "@" + naming.domain;
        account.website = "https://www." + naming.domain;
    }
    if (key_account) account.tags.values.emplace_back("key");
    if (key_account && random.Percent(30)) account.tags.values.emplace_back("vip");
    if (!key_account && random.Percent(20)) account.tags.values.emplace_back("newsletter");
    if (!person && random.Percent(6)) account.tags.values.emplace_back(random.Percent(50) ? "partner" : "reseller");
    std::string_view segment = key_account ? "A" : employees >= 250 ? "B" : "C";
    account.custom.text = boost::json::serialize(boost::json::object{{"employees", employees}, {"segment", segment}});
    return account;
}

Result<std::vector<domain::Contact>> CreateContacts(Setting& setting, const domain::Account& account,
                                                    const Country& country, Totals& totals) {
    auto context = setting.ContextFor(account.owner_id);
    bool person = account.kind == domain::AccountKind::kPerson;
    auto count = person ? 1 : setting.random.Between(1, 3);
    std::vector<domain::Contact> contacts;
    for (std::int64_t i = 0; i < count; ++i) {
        domain::Contact contact;
        contact.account_id = account.id;
        std::string first(setting.random.Pick(FirstNames()));
        std::string last(setting.random.Pick(LastNames()));
        if (person) {
            auto space = account.name.find(' ');
            first = account.name.substr(0, space);
            last = account.name.substr(space + 1);
        } else {
            contact.title = std::string(setting.random.Pick(JobTitles()));
            auto domain = account.email->substr(account.email->find('@') + 1);
            contact.email = Slug(first + " " + last, '.') + "@" + domain;
        }
        contact.first_name = first;
        contact.last_name = last;
        if (person) contact.email = account.email;
        contact.phone = Phone(setting.random, country);
        if (setting.random.Percent(70)) {
            contact.consent.text = boost::json::serialize(boost::json::object{
                {"email", setting.random.Percent(85)},
                {"recorded_on",
                 FormatDate(DaysFrom(setting.today, -static_cast<int>(setting.random.Between(10, 700))))}});
        }
        service::FieldNames given{"account_id", "first_name", "last_name", "title", "email", "phone", "consent"};
        contacts.push_back(
            RAPPORT_TRY(setting.services.Of<domain::Contact>().CreateIn(context, std::move(contact), given)));
        ++totals.contacts;
    }
    return contacts;
}

// The stages of an account's deals follow its status: prospects have early or lost deals, clients won ones.
std::vector<domain::Stage> DealStages(Random& random, domain::AccountStatus status) {
    using domain::Stage;
    switch (status) {
        case domain::AccountStatus::kProspect:
            if (random.Percent(50)) return {random.Percent(60) ? Stage::kNew : Stage::kQualified};
            if (random.Percent(30)) return {Stage::kLost};
            return {};
        case domain::AccountStatus::kActive: {
            static constexpr std::array kMix = {Stage::kWon,         Stage::kWon,         Stage::kWon,
                                                Stage::kWon,         Stage::kProposal,    Stage::kProposal,
                                                Stage::kNegotiation, Stage::kNegotiation, Stage::kQualified,
                                                Stage::kNew,         Stage::kLost};
            std::vector<Stage> stages;
            for (auto i = random.Between(1, 3); i > 0; --i) stages.push_back(random.Pick<Stage>(kMix));
            return stages;
        }
        case domain::AccountStatus::kInactive: return {random.Percent(65) ? Stage::kWon : Stage::kLost};
        case domain::AccountStatus::kLost: return {Stage::kLost};
    }
    return {};
}

Status CreateDeals(Setting& setting, Client& client, const Country& country, bool key_account, Totals& totals) {
    auto context = setting.ContextFor(client.account.owner_id);
    auto currency = RAPPORT_TRY(Currency::Parse(country.currency));
    std::set<std::string_view> products;
    for (auto stage : DealStages(setting.random, client.account.status)) {
        domain::Deal deal;
        deal.account_id = client.account.id;
        std::string_view product;
        do product = setting.random.Pick(DealProducts());
        while (!products.insert(product).second);
        deal.title = std::string(product);
        deal.stage = stage;
        deal.amount = Money(DealAmount(setting.random, key_account) * 100, currency);
        bool closed = domain::IsClosed(stage);
        auto days = closed ? -static_cast<int>(setting.random.Between(5, 180))
                           : static_cast<int>(setting.random.Between(7, 120));
        deal.expected_close = DaysFrom(setting.today, days);
        if (stage == domain::Stage::kLost) deal.lost_reason = std::string(setting.random.Pick(LostReasons()));
        service::FieldNames given{"account_id", "title", "stage", "amount", "expected_close"};
        if (deal.lost_reason) given.emplace("lost_reason");
        auto created = RAPPORT_TRY(setting.services.Of<domain::Deal>().CreateIn(context, std::move(deal), given));
        if (!closed) client.open_deals.push_back(std::move(created));
        ++totals.deals;
    }
    return {};
}

}  // namespace

Result<std::vector<Client>> CreateClients(Setting& setting, const Staff& staff, Totals& totals) {
    std::vector<domain::User> key_managers;
    std::vector<domain::User> other_managers;
    for (const auto& manager : staff.managers) {
        (staff.key_accounts_team(*manager.team_id) ? key_managers : other_managers).push_back(manager);
    }
    std::set<std::string> taken;
    std::vector<Client> clients;
    for (int i = 0; i < kAccounts; ++i) {
        bool key_account = i < kKeyAccounts;
        const auto& country = PickCountry(setting.random);
        auto draft = DraftAccount(setting.random, country, key_account, taken);
        const auto& owners = key_account ? key_managers : other_managers;
        draft.owner_id = setting.random.Pick<domain::User>(owners).id;
        auto context = setting.ContextFor(draft.owner_id);
        service::FieldNames given{"name",  "kind",  "owner_id", "status",  "industry", "source",
                                  "phone", "email", "website",  "address", "tags",     "custom"};
        Client client{
            RAPPORT_TRY(setting.services.Of<domain::Account>().CreateIn(context, std::move(draft), given)), {}, {}};
        ++totals.accounts;
        client.contacts = RAPPORT_TRY(CreateContacts(setting, client.account, country, totals));
        RAPPORT_CHECK(CreateDeals(setting, client, country, key_account, totals));
        clients.push_back(std::move(client));
    }
    return clients;
}

}  // namespace rapport::cli::demo
