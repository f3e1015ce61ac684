#include "support/api_fixture.hpp"

#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

namespace rapport::test {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::serialize;

// An offer's document speaks its client's language (API.md, "Languages"): GET /offers/{id}/document reads
// accounts.language, and prints the client's name as written. The renderer's own tests (tests/unit/
// documents_test.cpp) check shaping and number grouping per language; these check that the route chooses the
// language from the account, for a draft as the account is now and for a sent offer as it was sent.
class DocumentLanguageApiTest : public ApiTest {
protected:
    static constexpr const char* kPune = "सह्याद्री अभियांत्रिकी कार्यशाळा";
    static constexpr const char* kHaifa = "חיפה יבוא מתכות בע\"מ";

    // A manager's draft offer of 24 t at 61,800.00 a tonne (no tax) in `currency`, for a new account of theirs
    // named `name` whose documents are in `language` (none when empty). Returns the offer's path.
    static std::string MakeOffer(const TestUser& manager, const std::string& name, const std::string& language,
                                 const std::string& currency) {
        auto product = Create(Admin(), "products",
                              {{"sku", Unique("DOC")},
                               {"name", "Hot-rolled coil 3.0 × 1500 mm"},
                               {"unit", "t"},
                               {"price", object{{"amount", "61800.00"}, {"currency", currency}}},
                               {"tax_rate", "0"}});
        object fields{{"name", name}};
        if (!language.empty()) fields["language"] = language;
        auto account = MakeAccount(manager, fields);
        auto offer = Create(manager, "offers",
                            {{"account_id", Text(account, "id")},
                             {"currency", currency},
                             {"lines", array{object{{"product_id", Text(product, "id")}, {"quantity", "24"}}}}});
        return "/api/v1/offers/" + Text(offer, "id");
    }

    static std::string AccountOf(const TestUser& manager, const std::string& offer_path) {
        return "/api/v1/accounts/" + Text(As(manager)->Get(offer_path).json, "account_id");
    }

    // The text pdftotext (poppler-utils) reads from the offer's PDF. Straight from the server: Prism re-encodes a
    // binary body as text, which breaks the PDF's compressed streams.
    static std::string PdfText(const TestUser& manager, const std::string& offer_path) {
        auto reply = As(manager, Via::kServer)->Get(offer_path + "/document");
        EXPECT_EQ(reply.status, 200) << reply.body;
        EXPECT_EQ(reply.header("Content-Type"), "application/pdf");
        auto path = directory().path() / (Unique("offer") + ".pdf");
        std::ofstream(path, std::ios::binary) << reply.body;
        std::string command = "pdftotext -enc UTF-8 '" + path.string() + "' -";
        std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
        if (!pipe) throw std::runtime_error("cannot run pdftotext");
        std::string text;
        char buffer[4096];
        while (auto read = std::fread(buffer, 1, sizeof buffer, pipe.get())) text.append(buffer, read);
        return text;
    }

    // Through Prism, as every exchange that it can carry: the OpenAPI document declares this route's text/html.
    static std::string Html(const TestUser& manager, const std::string& offer_path) {
        auto reply = As(manager)->Get(offer_path + "/document?format=html");
        EXPECT_EQ(reply.status, 200) << reply.body;
        EXPECT_EQ(reply.header("Content-Type"), "text/html; charset=utf-8");
        return reply.body;
    }

    static bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
};

TEST_F(DocumentLanguageApiTest, AMarathiClientsOfferIsInMarathiWithItsNameAsWrittenAndIndianGrouping) {
    auto manager = MakeUser("manager");
    auto offer = MakeOffer(manager, kPune, "mr", "INR");

    auto text = PdfText(manager, offer);
    auto html = Html(manager, offer);

    EXPECT_TRUE(Has(text, kPune)) << text;
    EXPECT_TRUE(Has(text, "व्यावसायिक प्रस्ताव")) << "the title, in Marathi: " << text;
    EXPECT_TRUE(Has(text, "खरेदीदार")) << "the buyer, in Marathi (not Hindi's क्रेता): " << text;
    EXPECT_TRUE(Has(text, "14,83,200.00")) << "24 × 61,800.00 grouped the Indian way: " << text;
    EXPECT_FALSE(Has(text, "Commercial offer")) << text;
    EXPECT_TRUE(Has(html, "<html lang=\"mr\" dir=\"ltr\">")) << html;
    EXPECT_TRUE(Has(html, kPune)) << html;
}

TEST_F(DocumentLanguageApiTest, AHebrewClientsOfferIsInHebrewWithItsNameAsWrittenAndItsHtmlReadsRightToLeft) {
    auto manager = MakeUser("manager");
    auto offer = MakeOffer(manager, kHaifa, "he", "ILS");

    auto text = PdfText(manager, offer);
    auto html = Html(manager, offer);

    EXPECT_TRUE(Has(text, kHaifa)) << text;
    EXPECT_TRUE(Has(text, "הצעת מחיר")) << "the title, in Hebrew: " << text;
    EXPECT_TRUE(Has(text, "1,483,200.00")) << text;
    EXPECT_TRUE(Has(html, "<html lang=\"he\" dir=\"rtl\">")) << html;
    EXPECT_TRUE(Has(html, "חיפה יבוא מתכות")) << html;
    EXPECT_TRUE(Has(html, "הצעת מחיר")) << html;
}

TEST_F(DocumentLanguageApiTest, AClientWithoutALanguageGetsEnglish) {
    auto manager = MakeUser("manager");
    auto offer = MakeOffer(manager, "Mumbai Steel Traders", "", "INR");

    auto text = PdfText(manager, offer);

    EXPECT_TRUE(Has(text, "Commercial offer")) << text;
    EXPECT_TRUE(Has(text, "1,483,200.00")) << "English groups by thousands: " << text;
    EXPECT_TRUE(Has(Html(manager, offer), "<html lang=\"en\" dir=\"ltr\">"));
}

TEST_F(DocumentLanguageApiTest, ADraftFollowsItsClientsLanguageAndASentOfferKeepsTheOneItWasSentIn) {
    auto manager = MakeUser("manager");
    auto offer = MakeOffer(manager, kHaifa, "mr", "ILS");
    auto account = AccountOf(manager, offer);

    ASSERT_EQ(As(manager)->Patch(account, R"({"language":"he"})").status, 200);
    EXPECT_TRUE(Has(Html(manager, offer), "<html lang=\"he\" dir=\"rtl\">")) << "a draft is printed as it is now";
    ASSERT_EQ(As(manager)->Post(offer + "/send", "").status, 200);
    ASSERT_EQ(As(manager)->Patch(account, R"({"language":"fil"})").status, 200);

    auto text = PdfText(manager, offer);
    EXPECT_TRUE(Has(Html(manager, offer), "<html lang=\"he\" dir=\"rtl\">")) << "a sent offer is frozen";
    EXPECT_TRUE(Has(text, "הצעת מחיר")) << text;
    EXPECT_FALSE(Has(text, "Komersyal na Alok")) << text;
}

}  // namespace
}  // namespace rapport::test
