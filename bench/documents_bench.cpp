// How long a printable document takes to render: a 20-line commercial offer to PDF (the target of issue 15
// is under 30 ms) and to HTML, in English and in the two languages whose text needs the most shaping.
// Run: build/<release>/bench/rapport-bench-documents (bench/README.md, bench/results/2026-12-06-documents.md).
#include "documents/document.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace rapport::documents;
using namespace std::chrono_literals;

Document TwentyLineOffer(Language language) {
    Document document{
        .kind = DocumentKind::kOffer,
        .number = "OF-2026-00042",
        .issued_on = 2026y / 12 / 6,
        .valid_until = 2026y / 12 / 31,
        .language = language,
        .currency = "INR",
        .seller = {.name = "Rolled Metal Trading Pvt. Ltd.",
                   .address = "14 Foundry Road\nPune 411001, India",
                   .tax_id = "27AAACR1234F1Z5",
                   .bank = "HDFC Bank, IFSC HDFC0000123, A/c 50200012345678",
                   .email = "sales@rolledmetal.example",
                   .phone = "+91 20 1234 5678"},
        .buyer = {.name = language == Language::kHe ? "יבואני חיפה בע\"מ"
                          : language == Language::kMr ? "पुणे अभियांत्रिकी कार्यशाळा"
                                                      : "Mumbai Steel Traders",
                  .address = "Plot 7, Kalbadevi Road\nMumbai 400002"},
        .totals = {.subtotal = "13500000.00", .discount = "337500.00", .tax = "2315250.00", .total = "15477750.00"},
        .notes = "Delivery from our Pune warehouse within 5 working days.\nPrices include loading.",
        .terms = "Payment within 30 days of delivery."};
    // Twenty different products, so that no line's shaping is a repeat of another's.
    for (int i = 1; i <= 20; ++i) {
        document.lines.push_back(
            {.description = "Hot-rolled steel coil S235JR " + std::to_string(i) + ".0 mm x 1250 mm",
             .quantity = std::to_string(i) + ".500",
             .unit = "t",
             .unit_price = std::to_string(54000 + 130 * i) + ".00",
             .pricing = "list price; tier 10 t: -3%; prepaid: -2%",
             .net = std::to_string(643125 + 977 * i) + ".00",
             .tax = std::to_string(115762 + 171 * i) + ".50",
             .total = std::to_string(758887 + 1148 * i) + ".50"});
    }
    return document;
}

void RenderPdfOf(benchmark::State& state, Language language) {
    auto document = TwentyLineOffer(language);
    if (!RenderPdf(document)) state.SkipWithError("the document does not render");  // Also warms the font map.
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto pdf = RenderPdf(document);
        bytes = pdf ? pdf->size() : 0;
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["pdf_bytes"] = static_cast<double>(bytes);
}

void RenderHtmlOf(benchmark::State& state, Language language) {
    auto document = TwentyLineOffer(language);
    for (auto _ : state) benchmark::DoNotOptimize(RenderHtml(document));
}

BENCHMARK_CAPTURE(RenderPdfOf, offer_20_lines_en, Language::kEn)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderPdfOf, offer_20_lines_mr, Language::kMr)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderPdfOf, offer_20_lines_he, Language::kHe)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderHtmlOf, offer_20_lines_en, Language::kEn)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
