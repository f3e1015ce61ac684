// The printable documents, read back as a client's PDF reader would: the real renderer, the real fonts, and
// Debian's pdftotext (poppler-utils) to extract the text again.
#include "documents/document.hpp"
#include "documents/number_format.hpp"
#include "support/process.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace rapport::documents {
namespace {

using namespace std::chrono_literals;

Line SteelCoil() {
    return {.description = "Hot-rolled steel coil S235JR 2.0 mm",
            .quantity = "12.500",
            .unit = "t",
            .unit_price = "54000.00",
            .pricing = "list price; tier 10 t: -3%",
            .net = "654750.00",
            .tax = "117855.00",
            .total = "772605.00"};
}

Document MakeOffer(Language language, Party buyer, std::string currency, int lines = 3) {
    Document document{
        .kind = DocumentKind::kOffer,
        .number = "OF-2026-00042",
        .issued_on = 2026y / 12 / 6,
        .valid_until = 2026y / 12 / 31,
        .language = language,
        .currency = std::move(currency),
        .seller = {.name = "Rolled Metal Trading Pvt. Ltd.",
                   .address = "14 Foundry Road\nPune 411001",
                   .tax_id = "27AAACR1234F1Z5",
                   .bank = "HDFC Bank, A/c 50200012345678",
                   .email = "sales@rolledmetal.example",
                   .phone = "+91 20 1234 5678"},
        .buyer = std::move(buyer),
        .totals = {.subtotal = "15900000.00", .discount = "422250.00", .tax = "2785995.00", .total = "18263745.00"},
        .notes = "Delivery within 5 working days.",
        .terms = "Payment within 30 days of delivery."};
    for (int i = 0; i < lines; ++i) document.lines.push_back(SteelCoil());
    return document;
}

// The text pdftotext extracts from `pdf`, pages separated by form feeds.
std::string ExtractText(const std::string& pdf) {
    test::TempDir directory;
    auto path = directory.path() / "document.pdf";
    std::ofstream(path, std::ios::binary) << pdf;
    std::string command = "pdftotext -enc UTF-8 '" + path.string() + "' -";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) throw std::runtime_error("cannot run pdftotext");
    std::string text;
    char buffer[4096];
    while (auto read = std::fread(buffer, 1, sizeof buffer, pipe.get())) text.append(buffer, read);
    return text;
}

std::string RenderedText(const Document& document) {
    auto pdf = RenderPdf(document);
    if (!pdf) throw std::runtime_error(pdf.error().message);
    EXPECT_TRUE(pdf->starts_with("%PDF-"));
    return ExtractText(*pdf);
}

std::vector<std::string> Pages(const std::string& text) {
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (auto feed = text.find('\f'); feed != std::string::npos; feed = text.find('\f', start)) {
        pages.push_back(text.substr(start, feed - start));
        start = feed + 1;
    }
    return pages;
}

TEST(DocumentPdfTest, AnEnglishOfferReadsBackWithItsClientNumberAndTotals) {
    auto offer = MakeOffer(Language::kEn, {.name = "Mumbai Steel Traders", .address = "Kalbadevi Road"}, "EUR");

    auto text = RenderedText(offer);

    EXPECT_NE(text.find("Commercial offer"), std::string::npos) << text;
    EXPECT_NE(text.find("Mumbai Steel Traders"), std::string::npos);
    EXPECT_NE(text.find("OF-2026-00042"), std::string::npos);
    EXPECT_NE(text.find("18,263,745.00 EUR"), std::string::npos);
    EXPECT_NE(text.find("654,750.00"), std::string::npos);
    EXPECT_NE(text.find("Page 1 of 1"), std::string::npos);
}

TEST(DocumentPdfTest, AMarathiOfferKeepsTheDevanagariNameAsWrittenAndGroupsTheIndianWay) {
    auto offer = MakeOffer(Language::kMr, {.name = "पुणे अभियांत्रिकी कार्यशाळा", .address = "शिवाजीनगर, पुणे"}, "INR");

    auto text = RenderedText(offer);

    EXPECT_NE(text.find("पुणे अभियांत्रिकी कार्यशाळा"), std::string::npos) << text;
    EXPECT_NE(text.find("व्यावसायिक प्रस्ताव"), std::string::npos);
    EXPECT_NE(text.find("OF-2026-00042"), std::string::npos);
    EXPECT_NE(text.find("1,82,63,745.00 INR"), std::string::npos);
    EXPECT_NE(text.find("6,54,750.00"), std::string::npos);
}

TEST(DocumentPdfTest, AHebrewOfferKeepsTheClientsNameAsWritten) {
    auto offer = MakeOffer(Language::kHe, {.name = "יבואני חיפה בע\"מ", .address = "רחוב הנמל 5, חיפה"}, "ILS");

    auto text = RenderedText(offer);

    EXPECT_NE(text.find("יבואני חיפה בע\"מ"), std::string::npos) << text;
    EXPECT_NE(text.find("הצעת מחיר"), std::string::npos);
    EXPECT_NE(text.find("OF-2026-00042"), std::string::npos);
    EXPECT_NE(text.find("18,263,745.00 ILS"), std::string::npos);
    // The phone number is isolated from its Hebrew label, so its groups stay in their order.
    EXPECT_NE(text.find("+91 20 1234 5678"), std::string::npos);
}

TEST(DocumentPdfTest, SixtyLinesBreakAcrossPagesWithTheTableHeaderOnEach) {
    auto offer = MakeOffer(Language::kEn, {.name = "Mumbai Steel Traders"}, "EUR", 60);
    offer.lines.back().description = "The last line";

    auto pages = Pages(RenderedText(offer));

    ASSERT_GE(pages.size(), 2U);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        EXPECT_NE(pages[i].find("Unit price"), std::string::npos) << "page " << i + 1;
        auto numbered = "Page " + std::to_string(i + 1) + " of " + std::to_string(pages.size());
        EXPECT_NE(pages[i].find(numbered), std::string::npos) << numbered;
    }
    EXPECT_EQ(pages.front().find("The last line"), std::string::npos);
    EXPECT_NE(pages.back().find("18,263,745.00 EUR"), std::string::npos);
}

TEST(DocumentPdfTest, AnAmountThatIsNotANumberIsRefusedNamingTheField) {
    auto offer = MakeOffer(Language::kEn, {.name = "Mumbai Steel Traders"}, "EUR");
    offer.lines[1].net = "12,50";

    auto pdf = RenderPdf(offer);

    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(pdf.error().field, "lines[1].net");
}

// Each thread has its own Pango font map: renders at once give the same text as one alone.
TEST(DocumentPdfTest, ConcurrentRendersAllSucceedAlike) {
    auto offer = MakeOffer(Language::kHi, {.name = "मुंबई स्टील ट्रेडर्स"}, "INR", 20);
    auto expected = RenderedText(offer);
    std::vector<std::string> pdfs(4);

    std::vector<std::thread> threads;
    for (auto& pdf : pdfs) {
        threads.emplace_back([&] {
            for (int i = 0; i < 3; ++i) {
                auto rendered = RenderPdf(offer);
                pdf = rendered ? *rendered : "";
            }
        });
    }
    for (auto& thread : threads) thread.join();

    for (const auto& pdf : pdfs) EXPECT_EQ(ExtractText(pdf), expected);
}

TEST(DocumentHtmlTest, EscapesEveryTextAndSetsLanguageAndDirection) {
    auto offer = MakeOffer(Language::kHe, {.name = "Haifa <Importers> & Sons"}, "ILS");
    offer.lines[0].description = "<script>alert('x')</script>";

    auto html = RenderHtml(offer);

    EXPECT_NE(html.find("<html lang=\"he\" dir=\"rtl\">"), std::string::npos);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("Haifa &lt;Importers&gt; &amp; Sons"), std::string::npos);
    EXPECT_NE(html.find("18,263,745.00 ILS"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);  // Nothing fetched from elsewhere.
    EXPECT_EQ(html.find("href="), std::string::npos);
}

TEST(DocumentHtmlTest, AnEnglishDocumentIsLeftToRight) {
    auto html = RenderHtml(MakeOffer(Language::kEn, {.name = "Mumbai Steel Traders"}, "EUR"));

    EXPECT_NE(html.find("<html lang=\"en\" dir=\"ltr\">"), std::string::npos);
    EXPECT_NE(html.find("Commercial offer"), std::string::npos);
}

TEST(FormatDecimalTest, GroupsThousandsOrTheIndianWayAndKeepsTheFraction) {
    EXPECT_EQ(FormatDecimal("1234567.00", Language::kEn), "1,234,567.00");
    EXPECT_EQ(FormatDecimal("1234567.00", Language::kHi), "12,34,567.00");
    EXPECT_EQ(FormatDecimal("1234567.00", Language::kMr), "12,34,567.00");
    EXPECT_EQ(FormatDecimal("123456789", Language::kHi), "12,34,56,789");
    EXPECT_EQ(FormatDecimal("-1000.5", Language::kFil), "-1,000.5");
    EXPECT_EQ(FormatDecimal("999.999", Language::kHe), "999.999");
    EXPECT_EQ(FormatDecimal("0", Language::kEn), "0");
}

TEST(FormatDecimalTest, RefusesWhatIsNotADecimalNumber) {
    for (const char* text : {"", "-", ".5", "5.", "1,000", "1e3", "12a", "--1", " 1"}) {
        EXPECT_EQ(FormatDecimal(text, Language::kEn), std::nullopt) << text;
    }
}

TEST(DocumentLanguageTest, ParsesTheFiveCodes) {
    for (const char* code : {"en", "hi", "mr", "he", "fil"}) {
        auto language = ParseLanguage(code);
        ASSERT_TRUE(language) << code;
        EXPECT_EQ(LanguageCode(*language), code);
    }
    EXPECT_EQ(ParseLanguage("de"), std::nullopt);
}

}  // namespace
}  // namespace rapport::documents
