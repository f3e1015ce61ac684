// The demo's clients abroad (issue 20), named and addressed in their own scripts: a steel trader in Mumbai (Hindi),
// a workshop in Pune (Marathi), an importer in Haifa (Hebrew, right to left), a distributor in Manila (Filipino)
// and a pipe buyer in Yekaterinburg (Cyrillic, paying in roubles, its documents in English). Each buys from an
// export range priced in its own currency, so that its offers are priced by the same engine as every other (list
// price, payment terms) and printed in its language (accounts.language). They name no price list: the demo keeps
// its two, in EUR, and an offer in INR, ILS, PHP or RUB finds none to apply. Nothing here is drawn at random: the
// demo's random choices stay those of the parts before it.
#include "cli/demo_builder.hpp"

#include <map>

namespace rapport::cli::demo {
namespace {

using std::string_view;

// A good delivered to the client's port, priced there in its currency. Exports leave the EU free of VAT.
struct ExportGood {
    string_view sku;
    string_view name;
    string_view unit;
    string_view price;
};

// A market: its currency and the range it buys from.
struct Market {
    string_view currency;
    std::span<const ExportGood> goods;
};

constexpr std::array kIndiaGoods = {
    ExportGood{"EXP-IN-HRC-3.0", "Hot-rolled coil 3.0 × 1500 mm, CIF Nhava Sheva", "t", "61800.00"},
    ExportGood{"EXP-IN-CRC-1.5", "Cold-rolled coil 1.5 × 1250 mm, CIF Nhava Sheva", "t", "71900.00"},
    ExportGood{"EXP-IN-PIPE-114", "Welded pipe 114.3 × 4.0 mm, CIF Nhava Sheva", "m", "1620.00"},
};
constexpr std::array kIsraelGoods = {
    ExportGood{"EXP-IL-HRC-3.0", "Hot-rolled coil 3.0 × 1500 mm, CIF Haifa", "t", "2690.00"},
    ExportGood{"EXP-IL-HEA-240", "Wide-flange beam HEA 240, CIF Haifa", "m", "254.00"},
    ExportGood{"EXP-IL-SHT-10", "Heavy plate 10 × 2000 × 6000 mm, CIF Haifa", "t", "3340.00"},
};
constexpr std::array kPhilippinesGoods = {
    ExportGood{"EXP-PH-GAL-0.5", "Galvanised coil 0.5 × 1250 mm, CIF Manila", "t", "58900.00"},
    ExportGood{"EXP-PH-RBR-12", "Reinforcing bar Ø 12 mm, CIF Manila", "t", "39800.00"},
    ExportGood{"EXP-PH-ANG-60", "Equal angle 60 × 60 × 6 mm, CIF Manila", "m", "372.00"},
};
constexpr std::array kRussiaGoods = {
    ExportGood{"EXP-RU-PIPE-219", "Seamless pipe 219 × 8 mm, DAP Yekaterinburg", "m", "6150.00"},
    ExportGood{"EXP-RU-SHT-20", "Heavy plate 20 × 2000 × 6000 mm, DAP Yekaterinburg", "t", "98500.00"},
};
const std::array kMarkets = {
    Market{"INR", kIndiaGoods},
    Market{"ILS", kIsraelGoods},
    Market{"PHP", kPhilippinesGoods},
    Market{"RUB", kRussiaGoods},
};

struct Person {
    string_view first_name;
    string_view last_name;
    string_view title;
    string_view email;  // Before the client's domain.
};

// A line of the client's offer, described in the client's language for the printed document.
struct Wording {
    string_view sku;
    string_view description;
    std::int64_t quantity;
};

struct DealPlan {
    string_view title;
    domain::Stage stage;
    std::int64_t amount;  // Whole units of the client's currency.
    int days;             // From today to the expected close: negative for a deal already won.
};

// What becomes of the client's offer: every one is sent, so that its document is frozen in the client's
// language; an accepted one is also ordered and handed to the warehouse.
enum class Fate { kSent, kAccepted };

struct WorldClient {
    string_view name;
    domain::Locale language;
    string_view currency;  // Names its market.
    string_view payment_terms;
    string_view industry;
    string_view source;
    string_view phone;
    string_view domain;
    string_view mailbox;
    string_view address;
    std::array<Person, 2> contacts;
    std::array<DealPlan, 2> deals;  // The first, open, is the one offered; an empty title is no deal.
    std::array<Wording, 2> lines;
    Fate fate;
};

using domain::Locale;
using domain::Stage;

// First versions of the Hindi, Marathi, Hebrew and Filipino wording: see the note in labels.cpp on review.
const std::array kClients = {
    WorldClient{
        "मुंबई इस्पात व्यापार प्राइवेट लिमिटेड",
        Locale::kHindi,
        "INR",
        "prepaid",
        "Metals trading",
        "referral",
        "+91 22 2342 7810",
        "mumbai-ispat.example",
        "sales",
        "दुकान 14, लोहा बाज़ार, मस्जिद बंदर, मुंबई 400009, भारत",
        {Person{"राजेश", "अग्रवाल", "निदेशक", "rajesh.agarwal"}, Person{"सुनीता", "मेहता", "खरीद प्रबंधक", "sunita.mehta"}},
        {DealPlan{"Hot-rolled coil, first quarter's shipment", Stage::kQualified, 1'850'000, 35},
         DealPlan{"Cold-rolled coil, trial lot", Stage::kWon, 640'000, -60}},
        {Wording{"EXP-IN-HRC-3.0", "हॉट-रोल्ड कॉइल 3.0 × 1500 मिमी, सीआईएफ न्हावा शेवा", 24},
         Wording{"EXP-IN-CRC-1.5", "कोल्ड-रोल्ड कॉइल 1.5 × 1250 मिमी, सीआईएफ न्हावा शेवा", 6}},
        Fate::kSent},
    WorldClient{"सह्याद्री अभियांत्रिकी कार्यशाळा",
                Locale::kMarathi,
                "INR",
                "net30",
                "Machinery",
                "event",
                "+91 20 2712 4455",
                "sahyadri-workshop.example",
                "kharedi",
                "प्लॉट क्र. 27, एमआयडीसी भोसरी, पुणे 411026, भारत",
                {Person{"संदीप", "कुलकर्णी", "मालक", "sandeep.kulkarni"},
                 Person{"अश्विनी", "देशपांडे", "खरेदी अधिकारी", "ashwini.deshpande"}},
                {DealPlan{"Pipes and coil for a conveyor frame", Stage::kQualified, 1'050'000, 21}, DealPlan{}},
                {Wording{"EXP-IN-PIPE-114", "वेल्डेड पाईप 114.3 × 4.0 मिमी, सीआयएफ न्हावा शेवा", 480},
                 Wording{"EXP-IN-CRC-1.5", "कोल्ड-रोल्ड कॉइल 1.5 × 1250 मिमी, सीआयएफ न्हावा शेवा", 4}},
                Fate::kSent},
    WorldClient{
        "חיפה יבוא מתכות בע\"מ",
        Locale::kHebrew,
        "ILS",
        "net30",
        "Construction",
        "cold call",
        "+972 4 852 3360",
        "haifa-metals.example",
        "office",
        "דרך העצמאות 48, חיפה 3303317, ישראל",
        {Person{"יוסי", "כהן", "מנהל רכש", "yossi.cohen"}, Person{"מיכל", "לוי", "מנהלת חשבונות", "michal.levi"}},
        {DealPlan{"HEA beams and plate for the Kishon warehouse", Stage::kQualified, 132'000, 28},
         DealPlan{"Hot-rolled coil, autumn lot", Stage::kWon, 85'000, -45}},
        {Wording{"EXP-IL-HEA-240", "קורה רחבת אוגן HEA 240, CIF חיפה", 360},
         Wording{"EXP-IL-SHT-10", "פח עבה 10 × 2000 × 6000 מ\"מ, CIF חיפה", 12}},
        Fate::kSent},
    WorldClient{"Maynila Bakal at Yero Distribusyon, Inc.",
                Locale::kFilipino,
                "PHP",
                "prepaid",
                "Metals trading",
                "inbound call",
                "+63 2 8251 4470",
                "maynila-bakal.example",
                "benta",
                "1250 Kalye Juan Luna, Tondo, Maynila 1012, Pilipinas",
                {Person{"Maria Luisa", "Santos", "Tagapamahala ng Pagbili", "marialuisa.santos"},
                 Person{"Jose Miguel", "Reyes", "Ingat-yaman", "josemiguel.reyes"}},
                {DealPlan{"Galvanised coil and rebar, first container", Stage::kQualified, 1'950'000, 14}, DealPlan{}},
                {Wording{"EXP-PH-GAL-0.5", "Galvanisadong coil 0.5 × 1250 mm, CIF Maynila", 18},
                 Wording{"EXP-PH-RBR-12", "Bakal na pampatibay (rebar) Ø 12 mm, CIF Maynila", 22}},
                Fate::kAccepted},
    // Named and addressed in Cyrillic; its documents are in English, the language the two companies trade in.
    WorldClient{"ООО «Уральская трубная компания»",
                Locale::kEnglish,
                "RUB",
                "net60",
                "Oil and gas",
                "e-mail campaign",
                "+7 343 227 4510",
                "ural-truba.example",
                "zakupki",
                "ул. Малышева, 51, Екатеринбург 620075, Россия",
                {Person{"Андрей", "Смирнов", "Директор по закупкам", "andrey.smirnov"},
                 Person{"Ольга", "Кузнецова", "Главный бухгалтер", "olga.kuznetsova"}},
                {DealPlan{"Seamless pipe for a gathering line", Stage::kProposal, 5'400'000, 42}, DealPlan{}},
                {Wording{"EXP-RU-PIPE-219", "Seamless pipe 219 × 8 mm, DAP Yekaterinburg", 720},
                 Wording{"EXP-RU-SHT-20", "Heavy plate 20 × 2000 × 6000 mm, DAP Yekaterinburg", 10}},
                Fate::kSent},
};

// The export ranges' products by SKU, for the clients' offers.
using Products = std::map<string_view, ProductId>;

Result<Products> CreateExportRanges(Setting& setting, const Staff& staff, Totals& totals) {
    auto context = setting.ContextFor(staff.admin.id);
    Products products;
    for (const auto& market : kMarkets) {
        for (const auto& good : market.goods) {
            domain::Product product;
            product.sku = std::string(good.sku);
            product.name = std::string(good.name);
            product.description = "Export range, delivered to the client's port";
            product.kind = domain::ProductKind::kGood;
            product.unit = std::string(good.unit);
            product.price = RAPPORT_TRY(Money::Parse(good.price, market.currency));
            product.tax_rate = Percent{};
            auto created = RAPPORT_TRY(setting.services.Of<domain::Product>().CreateIn(
                context, std::move(product), {"sku", "name", "unit", "price", "tax_rate"}));
            products.emplace(good.sku, created.id);
            ++totals.products;
        }
    }
    return products;
}

Result<domain::Account> CreateAccount(Setting& setting, const WorldClient& client, UserId owner) {
    domain::Account account;
    account.name = std::string(client.name);
    account.owner_id = owner;
    account.status = domain::AccountStatus::kActive;
    account.industry = std::string(client.industry);
    account.source = std::string(client.source);
    account.phone = std::string(client.phone);
    account.email = std::string(client.mailbox) + "@" + std::string(client.domain);
    account.website = "https://www." + std::string(client.domain);
    account.address = std::string(client.address);
    account.tags.values.emplace_back("export");
    account.payment_terms = std::string(client.payment_terms);
    account.language = client.language;
    auto context = setting.ContextFor(owner);
    return setting.services.Of<domain::Account>().CreateIn(
        context, std::move(account),
        {"name", "owner_id", "status", "industry", "source", "phone", "email", "website", "address", "tags",
         "payment_terms", "language"});
}

Status CreatePeople(Setting& setting, const WorldClient& client, Client& created, Totals& totals) {
    auto context = setting.ContextFor(created.account.owner_id);
    for (const auto& person : client.contacts) {
        domain::Contact contact;
        contact.account_id = created.account.id;
        contact.first_name = std::string(person.first_name);
        contact.last_name = std::string(person.last_name);
        contact.title = std::string(person.title);
        contact.email = std::string(person.email) + "@" + std::string(client.domain);
        contact.phone = std::string(client.phone);
        created.contacts.push_back(RAPPORT_TRY(setting.services.Of<domain::Contact>().CreateIn(
            context, std::move(contact), {"account_id", "first_name", "last_name", "title", "email", "phone"})));
        ++totals.contacts;
    }
    return {};
}

Status CreateDeals(Setting& setting, const WorldClient& client, Client& created, Totals& totals) {
    auto context = setting.ContextFor(created.account.owner_id);
    auto currency = RAPPORT_TRY(Currency::Parse(client.currency));
    for (const auto& plan : client.deals) {
        if (plan.title.empty()) continue;
        domain::Deal deal;
        deal.account_id = created.account.id;
        deal.title = std::string(plan.title);
        deal.stage = plan.stage;
        deal.amount = Money(plan.amount * 100, currency);
        deal.expected_close = Date{std::chrono::sys_days{setting.today} + std::chrono::days{plan.days}};
        auto made = RAPPORT_TRY(setting.services.Of<domain::Deal>().CreateIn(
            context, std::move(deal), {"account_id", "title", "stage", "amount", "expected_close"}));
        if (!domain::IsClosed(made.stage)) created.open_deals.push_back(std::move(made));
        ++totals.deals;
    }
    return {};
}

template <typename Record>
Result<Record> Act(service::Context& context, typename store::Traits<Record>::Id id, string_view action) {
    auto apply = [&](service::Context& inner, const Record& before, Record& after) {
        return service::Actions<Record>::Apply(inner, action, before, after, {});
    };
    auto acted = RAPPORT_TRY(service::RecordService<Record>::ActIn(context, id, std::nullopt, apply));
    return std::move(acted.record);
}

// The offer on the client's open deal, in the client's currency, priced by the engine, then sent (and accepted).
Status CreateOffer(Setting& setting, const WorldClient& client, const Client& created, const Products& products,
                   Totals& totals) {
    if (created.open_deals.empty()) return MakeError(ErrorCode::kInternal, "a demo client abroad has no open deal");
    const auto& deal = created.open_deals.front();
    auto context = setting.ContextFor(deal.owner_id);
    domain::Offer offer;
    offer.account_id = created.account.id;
    offer.deal_id = deal.id;
    offer.owner_id = deal.owner_id;
    offer.contact_id = created.contacts.front().id;
    offer.currency = std::string(client.currency);
    for (const auto& wording : client.lines) {
        domain::OfferLine line;
        line.product_id = products.at(wording.sku);
        line.description = std::string(wording.description);
        line.quantity = Quantity::Whole(wording.quantity);
        offer.lines.items.push_back(std::move(line));
    }
    domain::NumberLines(offer.lines);
    auto made = RAPPORT_TRY(setting.services.Of<domain::Offer>().CreateIn(
        context, std::move(offer), {"account_id", "deal_id", "contact_id", "owner_id", "currency", "lines"}));
    ++totals.offers;
    RAPPORT_CHECK(ToStatus(Act<domain::Offer>(context, made.id, "send")));
    if (client.fate != Fate::kAccepted) return {};
    auto accepted = RAPPORT_TRY(Act<domain::Offer>(context, made.id, "accept"));
    ++totals.orders;
    return ToStatus(Act<domain::Order>(context, *accepted.order_id, "confirm"));
}

// The managers outside Key Accounts, who look after the clients abroad in turn.
std::vector<UserId> ExportManagers(const Staff& staff) {
    std::vector<UserId> managers;
    for (const auto& manager : staff.managers) {
        if (!staff.key_accounts_team(*manager.team_id)) managers.push_back(manager.id);
    }
    return managers;
}

}  // namespace

Status CreateWorldClients(Setting& setting, const Staff& staff, Totals& totals) {
    auto products = RAPPORT_TRY(CreateExportRanges(setting, staff, totals));
    auto managers = ExportManagers(staff);
    if (managers.empty()) return MakeError(ErrorCode::kInternal, "the demo has no managers for its clients abroad");
    for (std::size_t i = 0; i < kClients.size(); ++i) {
        const auto& client = kClients[i];
        Client created{RAPPORT_TRY(CreateAccount(setting, client, managers[i % managers.size()])), {}, {}};
        ++totals.accounts;
        RAPPORT_CHECK(CreatePeople(setting, client, created, totals));
        RAPPORT_CHECK(CreateDeals(setting, client, created, totals));
        RAPPORT_CHECK(CreateOffer(setting, client, created, products, totals));
    }
    return {};
}

}  // namespace rapport::cli::demo
