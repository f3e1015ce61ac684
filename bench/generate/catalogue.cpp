#include "generate/catalogue.hpp"

#include "generate/text.hpp"

#include <array>

namespace rapport::bench {
namespace {

// Quantities, in tenths of the unit: coils by the half tonne, cut sheet and plate in smaller lots, tubes in 6 m
// lengths and beams in 12 m lengths, services by the piece or the hour.
constexpr QuantityRange kCoilTonnes{50, 800, 5};
constexpr QuantityRange kSheetTonnes{10, 250, 5};
constexpr QuantityRange kTubeMetres{60, 12'000, 60};
constexpr QuantityRange kBeamMetres{120, 14'400, 120};
constexpr QuantityRange kPieces{10, 60, 10};
constexpr QuantityRange kCuts{100, 4'000, 100};
constexpr QuantityRange kHours{10, 400, 5};

constexpr std::array kItems = {
    CatalogueItem{"HRC-1.5-1000", "Hot-rolled coil 1.5 × 1000 mm", "good", "t", 69'800, 62'500,
                  "S235JR, pickled and oiled", kCoilTonnes, true},
    CatalogueItem{"HRC-2.5-1250", "Hot-rolled coil 2.5 × 1250 mm", "good", "t", 68'100, 61'000,
                  "S235JR, coil weight 10–14 t", kCoilTonnes, true},
    CatalogueItem{"HRC-4.0-1500", "Hot-rolled coil 4.0 × 1500 mm", "good", "t", 66'900, 59'800, "S355MC", kCoilTonnes,
                  true},
    CatalogueItem{"HRC-8.0-1500", "Hot-rolled coil 8.0 × 1500 mm", "good", "t", 67'600, 60'400, "S355J2+N", kCoilTonnes,
                  true},
    CatalogueItem{"CRC-0.7-1000", "Cold-rolled coil 0.7 × 1000 mm", "good", "t", 81'200, 72'800, "DC01, annealed",
                  kCoilTonnes, true},
    CatalogueItem{"CRC-1.0-1250", "Cold-rolled coil 1.0 × 1250 mm", "good", "t", 79'500, 71'200,
                  "DC04, for deep drawing", kCoilTonnes, true},
    CatalogueItem{"CRC-2.0-1250", "Cold-rolled coil 2.0 × 1250 mm", "good", "t", 78'800, 70'500, "DC01", kCoilTonnes,
                  true},
    CatalogueItem{"HDG-0.6-1250", "Hot-dip galvanised coil 0.6 × 1250 mm", "good", "t", 92'500, 83'300, "DX51D+Z200",
                  kCoilTonnes, true},
    CatalogueItem{"HDG-1.0-1500", "Hot-dip galvanised coil 1.0 × 1500 mm", "good", "t", 90'300, 81'200, "DX51D+Z275",
                  kCoilTonnes, true},
    CatalogueItem{"PPGI-0.5-1250", "Pre-painted coil 0.5 × 1250 mm, RAL 9002", "good", "t", 108'500, 96'200,
                  "Polyester 25 µm on DX51D+Z140", kCoilTonnes, true},
    CatalogueItem{"SHT-HR-3-1500x3000", "Hot-rolled sheet 3 × 1500 × 3000 mm", "good", "t", 74'200, 66'000,
                  "S235JR, cut from coil", kSheetTonnes},
    CatalogueItem{"SHT-CR-1-1250x2500", "Cold-rolled sheet 1 × 1250 × 2500 mm", "good", "t", 83'500, 74'800,
                  "DC01, oiled", kSheetTonnes},
    CatalogueItem{"PLT-12-2000x6000", "Heavy plate 12 × 2000 × 6000 mm", "good", "t", 85'800, 76'500,
                  "S355J2+N, inspection certificate 3.1", kSheetTonnes},
    CatalogueItem{"PLT-20-2500x6000", "Heavy plate 20 × 2500 × 6000 mm", "good", "t", 87'100, 77'600,
                  "S355J2+N, inspection certificate 3.1", kSheetTonnes},
    CatalogueItem{"TRD-4-1500x3000", "Tread plate 4 × 1500 × 3000 mm", "good", "t", 88'400, 79'000,
                  "Duett pattern, S235JR", kSheetTonnes},
    CatalogueItem{"TUB-W-33.7x2.6", "Welded tube 33.7 × 2.6 mm", "good", "m", 415, 358, "EN 10255, 6 m lengths",
                  kTubeMetres},
    CatalogueItem{"TUB-W-60.3x3.2", "Welded tube 60.3 × 3.2 mm", "good", "m", 890, 770, "EN 10255, 6 m lengths",
                  kTubeMetres},
    CatalogueItem{"TUB-W-88.9x4.0", "Welded tube 88.9 × 4.0 mm", "good", "m", 1'460, 1'270, "EN 10219, 6 m lengths",
                  kTubeMetres},
    CatalogueItem{"TUB-S-114.3x6.3", "Seamless tube 114.3 × 6.3 mm", "good", "m", 3'980, 3'510, "P235GH, EN 10216-2",
                  kTubeMetres},
    CatalogueItem{"TUB-S-219.1x8.0", "Seamless tube 219.1 × 8.0 mm", "good", "m", 9'650, 8'520, "P235GH, EN 10216-2",
                  kTubeMetres},
    CatalogueItem{"RHS-120x60x5", "Rectangular hollow section 120 × 60 × 5 mm", "good", "m", 1'670, 1'460,
                  "S355J2H, 12 m lengths", kBeamMetres},
    CatalogueItem{"SHS-100x100x6", "Square hollow section 100 × 100 × 6 mm", "good", "m", 2'240, 1'960,
                  "S355J2H, 12 m lengths", kBeamMetres},
    CatalogueItem{"IPE-240", "I-beam IPE 240", "good", "m", 3'310, 2'920, "S235JR, 12 m lengths", kBeamMetres},
    CatalogueItem{"IPE-300", "I-beam IPE 300", "good", "m", 4'560, 4'030, "S355J2, 12 m lengths", kBeamMetres},
    CatalogueItem{"HEB-200", "Wide-flange beam HEB 200", "good", "m", 6'620, 5'850, "S355J2, 12 m lengths",
                  kBeamMetres},
    CatalogueItem{"UPE-180", "Channel UPE 180", "good", "m", 2'290, 2'010, "S235JR", kBeamMetres},
    CatalogueItem{"L-80x80x8", "Equal angle 80 × 80 × 8 mm", "good", "m", 1'020, 890, "S235JR, 6 m lengths",
                  kTubeMetres},
    CatalogueItem{"FB-80x10", "Flat bar 80 × 10 mm", "good", "m", 645, 560, "S235JR, 6 m lengths", kTubeMetres},
    CatalogueItem{"RB-16", "Reinforcing bar Ø 16 mm", "good", "t", 62'400, 56'600, "B500B, 12 m lengths", kSheetTonnes},
    CatalogueItem{"SVC-SLIT", "Slitting", "service", "t", 3'600, 0, "Up to 14 strips per coil", kCoilTonnes},
    CatalogueItem{"SVC-CTL", "Cut to length", "service", "t", 2'900, 0, "Sheets from coil, ± 1 mm", kSheetTonnes},
    CatalogueItem{"SVC-SAW", "Saw cut", "service", "pcs", 520, 0, "Square or mitred, ± 2 mm", kCuts},
    CatalogueItem{"SVC-PLASMA", "Plasma cutting to drawing", "service", "h", 8'500, 0, "Up to 40 mm thickness", kHours},
    CatalogueItem{"SVC-PRIME", "Blasting and priming", "service", "t", 10'400, 0, "Sa 2½, 60 µm zinc phosphate",
                  kSheetTonnes},
    CatalogueItem{"SVC-DEL-REG", "Delivery, regional", "service", "pcs", 19'500, 0,
                  "One truck up to 24 t, within 150 km", kPieces},
    CatalogueItem{"SVC-DEL-NAT", "Delivery, national", "service", "pcs", 46'500, 0, "One truck up to 24 t", kPieces},
    CatalogueItem{"SVC-CERT", "Inspection certificate 3.1", "service", "pcs", 2'500, 0, "EN 10204, per heat number",
                  kPieces},
};

std::string Eur(std::int64_t cents) {
    return fmt::format(R"({{"amount": "{}.{:02}", "currency": "EUR"}})", cents / 100, cents % 100);
}

std::string ProductJson(const CatalogueItem& item) {
    auto json = fmt::format(R"({{"sku": "{}", "name": "{}", "description": "{}", "kind": "{}", "unit": "{}", )"
                            R"("price": {}, "tax_rate": "19")",
                            JsonEscape(item.sku), JsonEscape(item.name), JsonEscape(item.description), item.kind,
                            item.unit, Eur(item.price_cents));
    if (item.cost_cents > 0) json += ", \"cost\": " + Eur(item.cost_cents);
    return json + "}";
}

// One list for every client: 3 % off every good, more off the coils from 25 and from 100 t, and a little off
// large orders. Services sell at their list price.
std::string PriceListJson() {
    std::string lines;
    auto add = [&](std::string_view sku, std::string_view min_quantity, std::string_view percent) {
        lines += fmt::format(R"({}{{"sku": "{}", "min_quantity": "{}", "discount_percent": "{}"}})",
                             lines.empty() ? "" : ",\n      ", JsonEscape(sku), min_quantity, percent);
    };
    for (const auto& item : kItems) {
        if (item.kind != "good") continue;
        add(item.sku, "1", "3");
        if (item.volume_tier) {
            add(item.sku, "25", "5");
            add(item.sku, "100", "7");
        }
    }
    return fmt::format(R"({{"name": "Standard 2026", "currency": "EUR", "priority": 100,
    "lines": [
      {}],
    "order_tiers": [{{"min_total": {}, "discount_percent": "1"}}, {{"min_total": {}, "discount_percent": "2"}},
                    {{"min_total": {}, "discount_percent": "3"}}]}})",
                       lines, Eur(2'500'000), Eur(10'000'000), Eur(50'000'000));
}

}  // namespace

std::span<const CatalogueItem> Catalogue() { return kItems; }

std::string DrawQuantity(const CatalogueItem& item, Random& random) {
    const auto& range = item.quantity;
    auto steps = (range.high - range.low) / range.step;
    // Smaller lots are commoner: the lower of two draws.
    auto step = std::min(random.Between(0, steps), random.Between(0, steps));
    auto tenths = range.low + static_cast<int>(step) * range.step;
    if (tenths % 10 == 0) return std::to_string(tenths / 10);
    return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

Result<FileStats> WriteCatalogue(const std::string& dir) {
    // One JSON document, written as one "row": the catalogue is small, and CsvFile already knows how to fail.
    std::string products;
    for (const auto& item : kItems) products += (products.empty() ? "    " : ",\n    ") + ProductJson(item);
    auto json = fmt::format("{{\n  \"products\": [\n{}\n  ],\n  \"price_lists\": [\n    {}\n  ]\n}}", products,
                            PriceListJson());
    auto file = RAPPORT_TRY(CsvFile::Create(dir + "/catalogue.json", "catalogue.json", 1));
    file.Plain(json);
    file.EndRow();
    return file.Close();
}

}  // namespace rapport::bench
