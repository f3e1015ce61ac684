#include "cli/demo_builder.hpp"

#include <array>
#include <chrono>
#include <vector>

namespace rapport::cli::demo {
namespace {

// A rolled-metal trader's catalogue (the seeds' example company): coils, sheets, pipes and profiles sold by
// the tonne or the metre, and the services around them. Prices are list prices in EUR, before any price list.
struct Item {
    std::string_view sku;
    std::string_view name;
    domain::ProductKind kind;
    std::string_view unit;
    std::string_view price;
    std::string_view cost;  // Empty: not tracked (services).
    std::string_view description;
};

constexpr auto kGood = domain::ProductKind::kGood;
constexpr auto kService = domain::ProductKind::kService;

constexpr std::array kCatalogue = {
    Item{"HRC-2.0-1250", "Hot-rolled coil 2.0 × 1250 mm", kGood, "t", "685.00", "612.00", "S235JR, coils of 8–12 t"},
    Item{"HRC-3.0-1500", "Hot-rolled coil 3.0 × 1500 mm", kGood, "t", "672.00", "601.00", "S235JR, coils of 10–15 t"},
    Item{"HRC-6.0-1500", "Hot-rolled coil 6.0 × 1500 mm", kGood, "t", "664.00", "596.00", "S355J2, coils of 15–20 t"},
    Item{"CRC-0.8-1250", "Cold-rolled coil 0.8 × 1250 mm", kGood, "t", "798.00", "711.00", "DC01, oiled"},
    Item{"CRC-1.5-1250", "Cold-rolled coil 1.5 × 1250 mm", kGood, "t", "781.00", "699.00", "DC01, oiled"},
    Item{"GAL-0.5-1250", "Galvanised coil 0.5 × 1250 mm", kGood, "t", "912.00", "820.00", "DX51D+Z275"},
    Item{"SHT-2-1250x2500", "Hot-rolled sheet 2 × 1250 × 2500 mm", kGood, "t", "735.00", "655.00",
         "S235JR, cut from coil"},
    Item{"SHT-10-2000x6000", "Heavy plate 10 × 2000 × 6000 mm", kGood, "t", "842.00", "752.00", "S355J2+N"},
    Item{"CHK-3-1250x2500", "Chequer plate 3 × 1250 × 2500 mm", kGood, "t", "869.00", "778.00", "Teardrop pattern"},
    Item{"PIPE-ERW-48x3", "Welded pipe 48.3 × 3.2 mm", kGood, "m", "6.40", "5.55", "EN 10219, 6 m lengths"},
    Item{"PIPE-ERW-114x4", "Welded pipe 114.3 × 4.0 mm", kGood, "m", "17.80", "15.60", "EN 10219, 12 m lengths"},
    Item{"PIPE-SML-168x7", "Seamless pipe 168.3 × 7.1 mm", kGood, "m", "54.20", "47.90", "P235GH, EN 10216-2"},
    Item{"RHS-100x50x4", "Rectangular hollow section 100 × 50 × 4 mm", kGood, "m", "12.90", "11.20", "S355J2H"},
    Item{"SHS-80x80x5", "Square hollow section 80 × 80 × 5 mm", kGood, "m", "15.70", "13.80", "S355J2H"},
    Item{"IPE-200", "I-beam IPE 200", kGood, "m", "27.40", "24.10", "S235JR, 12 m lengths"},
    Item{"HEA-240", "Wide-flange beam HEA 240", kGood, "m", "64.80", "57.30", "S355J2, 12 m lengths"},
    Item{"UPN-160", "Channel UPN 160", kGood, "m", "19.60", "17.20", "S235JR"},
    Item{"ANG-60x60x6", "Equal angle 60 × 60 × 6 mm", kGood, "m", "5.90", "5.10", "S235JR"},
    Item{"FLT-50x5", "Flat bar 50 × 5 mm", kGood, "m", "2.35", "2.02", "S235JR"},
    Item{"RBR-12", "Reinforcing bar Ø 12 mm", kGood, "t", "618.00", "561.00", "B500B, 12 m lengths"},
    Item{"SVC-CUT", "Cutting to length", kService, "pcs", "4.50", "", "Saw cut, tolerance ± 2 mm"},
    Item{"SVC-SLIT", "Coil slitting", kService, "t", "38.00", "", "Up to 12 strips per coil"},
    Item{"SVC-BLAST", "Shot blasting and priming", kService, "t", "96.00", "", "Sa 2½, 40 µm primer"},
    Item{"SVC-DEL-LOCAL", "Delivery within 100 km", kService, "pcs", "180.00", "", "One truck, up to 24 t"},
    Item{"SVC-DEL-FAR", "Delivery beyond 100 km", kService, "pcs", "420.00", "", "One truck, up to 24 t"},
};

Money Eur(std::int64_t cents) { return Money(cents, *Currency::Parse("EUR")); }

// Two lists beside the catalogue's list prices: wholesale prices for every good with a volume tier on the coils
// and order-total tiers, and a key-accounts list of deeper discounts that the largest clients are given.
Status CreatePriceLists(Setting& setting, service::Context& context, const std::vector<domain::Product>& products,
                        Totals& totals) {
    domain::PriceList wholesale;
    wholesale.name = "Wholesale";
    wholesale.priority = 50;
    domain::PriceList key_accounts;
    key_accounts.name = "Key accounts";
    key_accounts.priority = 10;
    auto today = std::chrono::sys_days{setting.today};
    key_accounts.valid_from = Date{today - std::chrono::days{90}};
    key_accounts.valid_to = Date{today + std::chrono::days{275}};
    for (const auto& product : products) {
        if (product.kind != domain::ProductKind::kGood) continue;
        // 3 % under the list price, rounded to whole cents, and 5 % more off from 50 units of a coil.
        auto price = Eur((product.price.minor_units() * 97 + 50) / 100);
        wholesale.lines.items.push_back({0, product.id, Quantity::Whole(1), price, std::nullopt});
        if (product.sku.starts_with("HRC") || product.sku.starts_with("CRC")) {
            wholesale.lines.items.push_back({0, product.id, Quantity::Whole(50), std::nullopt, Percent::Whole(5)});
        }
        key_accounts.lines.items.push_back({0, product.id, Quantity::Whole(1), std::nullopt, Percent::Whole(8)});
    }
    wholesale.order_tiers.items = {{0, Eur(2'500'000), Percent::Whole(1)}, {0, Eur(10'000'000), Percent::Whole(2)}};
    domain::NumberLines(wholesale.lines);
    domain::NumberLines(wholesale.order_tiers);
    domain::NumberLines(key_accounts.lines);
    auto& lists = setting.services.Of<domain::PriceList>();
    for (auto* list : {&wholesale, &key_accounts}) {
        RAPPORT_CHECK(ToStatus(lists.CreateIn(context, std::move(*list), {"name", "currency"})));
        ++totals.price_lists;
    }
    return {};
}

}  // namespace

Status CreateCatalogue(Setting& setting, const Staff& staff, Totals& totals) {
    auto context = setting.ContextFor(staff.admin.id);
    auto& products = setting.services.Of<domain::Product>();
    std::vector<domain::Product> created;
    for (const auto& item : kCatalogue) {
        domain::Product product;
        product.sku = std::string(item.sku);
        product.name = std::string(item.name);
        product.description = std::string(item.description);
        product.kind = item.kind;
        product.unit = std::string(item.unit);
        product.price = RAPPORT_TRY(Money::Parse(item.price, "EUR"));
        if (!item.cost.empty()) product.cost = RAPPORT_TRY(Money::Parse(item.cost, "EUR"));
        product.tax_rate = Percent::Whole(19);
        created.push_back(
            RAPPORT_TRY(products.CreateIn(context, std::move(product), {"sku", "name", "unit", "price"})));
        ++totals.products;
    }
    return CreatePriceLists(setting, context, created, totals);
}

}  // namespace rapport::cli::demo
