#include "documents/labels.hpp"

#include "core/assert.hpp"

namespace rapport::documents {
namespace {

// A first version of each translation, written for Rapport: a native speaker who knows commercial paperwork
// should review them before a release (the Hindi and Marathi trade terms above all).

constexpr Labels kEnglish{
    .offer = "Commercial offer",
    .order = "Order",
    .invoice = "Invoice",
    .contract = "Contract",
    .number = "Number",
    .issued_on = "Date",
    .valid_until = "Valid until",
    .seller = "Seller",
    .buyer = "Buyer",
    .tax_id = "Tax ID",
    .bank = "Bank",
    .email = "E-mail",
    .phone = "Phone",
    .line_number = "No.",
    .description = "Description",
    .quantity = "Quantity",
    .unit = "Unit",
    .unit_price = "Unit price",
    .pricing = "Pricing",
    .net = "Net",
    .tax = "Tax",
    .total = "Total",
    .subtotal = "Subtotal",
    .discount_total = "Discounts",
    .tax_total = "Tax total",
    .grand_total = "Total due",
    .notes = "Notes",
    .terms = "Terms",
    .amounts_in = "Amounts in {currency}",
    .page_of = "Page {page} of {pages}",
};

constexpr Labels kHindi{
    .offer = "वाणिज्यिक प्रस्ताव",
    .order = "ऑर्डर",
    .invoice = "बीजक",
    .contract = "अनुबंध",
    .number = "क्रमांक",
    .issued_on = "दिनांक",
    .valid_until = "वैधता समाप्ति",
    .seller = "विक्रेता",
    .buyer = "क्रेता",
    .tax_id = "कर पहचान संख्या",
    .bank = "बैंक",
    .email = "ईमेल",
    .phone = "फ़ोन",
    .line_number = "क्र.",
    .description = "विवरण",
    .quantity = "मात्रा",
    .unit = "इकाई",
    .unit_price = "इकाई मूल्य",
    .pricing = "मूल्य निर्धारण",
    .net = "शुद्ध राशि",
    .tax = "कर",
    .total = "कुल",
    .subtotal = "उप-योग",
    .discount_total = "कुल छूट",
    .tax_total = "कुल कर",
    .grand_total = "कुल देय राशि",
    .notes = "टिप्पणियाँ",
    .terms = "शर्तें",
    .amounts_in = "राशियाँ {currency} में",
    .page_of = "पृष्ठ {page} / {pages}",
};

constexpr Labels kMarathi{
    .offer = "व्यावसायिक प्रस्ताव",
    .order = "ऑर्डर",
    .invoice = "बीजक",
    .contract = "करार",
    .number = "क्रमांक",
    .issued_on = "दिनांक",
    .valid_until = "वैधता समाप्ती",
    .seller = "विक्रेता",
    .buyer = "खरेदीदार",
    .tax_id = "कर ओळख क्रमांक",
    .bank = "बँक",
    .email = "ईमेल",
    .phone = "फोन",
    .line_number = "क्र.",
    .description = "वर्णन",
    .quantity = "प्रमाण",
    .unit = "एकक",
    .unit_price = "एकक किंमत",
    .pricing = "किंमत निर्धारण",
    .net = "निव्वळ रक्कम",
    .tax = "कर",
    .total = "एकूण",
    .subtotal = "उप-एकूण",
    .discount_total = "एकूण सवलत",
    .tax_total = "एकूण कर",
    .grand_total = "देय एकूण रक्कम",
    .notes = "टिपा",
    .terms = "अटी",
    .amounts_in = "रक्कम {currency} मध्ये",
    .page_of = "पृष्ठ {page} / {pages}",
};

constexpr Labels kHebrew{
    .offer = "הצעת מחיר",
    .order = "הזמנה",
    .invoice = "חשבונית",
    .contract = "חוזה",
    .number = "מספר",
    .issued_on = "תאריך",
    .valid_until = "בתוקף עד",
    .seller = "ספק",
    .buyer = "לקוח",
    .tax_id = "מספר עוסק",
    .bank = "בנק",
    .email = "דוא\"ל",
    .phone = "טלפון",
    .line_number = "מס'",
    .description = "תיאור",
    .quantity = "כמות",
    .unit = "יחידה",
    .unit_price = "מחיר ליחידה",
    .pricing = "תמחור",
    .net = "נטו",
    .tax = "מס",
    .total = "סה\"כ",
    .subtotal = "סכום ביניים",
    .discount_total = "סה\"כ הנחות",
    .tax_total = "סה\"כ מס",
    .grand_total = "סה\"כ לתשלום",
    .notes = "הערות",
    .terms = "תנאים",
    .amounts_in = "הסכומים ב-{currency}",
    .page_of = "עמוד {page} מתוך {pages}",
};

constexpr Labels kFilipino{
    .offer = "Komersyal na Alok",
    .order = "Pidido",
    .invoice = "Invoice",
    .contract = "Kontrata",
    .number = "Numero",
    .issued_on = "Petsa",
    .valid_until = "May bisa hanggang",
    .seller = "Nagbebenta",
    .buyer = "Mamimili",
    .tax_id = "TIN",
    .bank = "Bangko",
    .email = "Email",
    .phone = "Telepono",
    .line_number = "Blg.",
    .description = "Paglalarawan",
    .quantity = "Dami",
    .unit = "Yunit",
    .unit_price = "Presyo bawat yunit",
    .pricing = "Pagpepresyo",
    .net = "Netong halaga",
    .tax = "Buwis",
    .total = "Kabuuan",
    .subtotal = "Subtotal",
    .discount_total = "Kabuuang diskuwento",
    .tax_total = "Kabuuang buwis",
    .grand_total = "Kabuuang babayaran",
    .notes = "Mga tala",
    .terms = "Mga tuntunin",
    .amounts_in = "Mga halaga sa {currency}",
    .page_of = "Pahina {page} ng {pages}",
};

}  // namespace

const Labels& LabelsFor(Language language) {
    switch (language) {
        case Language::kEn: return kEnglish;
        case Language::kHi: return kHindi;
        case Language::kMr: return kMarathi;
        case Language::kHe: return kHebrew;
        case Language::kFil: return kFilipino;
    }
    RAPPORT_ASSERT(false, "a document's language is one of the five");
    return kEnglish;
}

std::string TitleOf(const Document& document) {
    if (!document.title.empty()) return document.title;
    const Labels& labels = LabelsFor(document.language);
    switch (document.kind) {
        case DocumentKind::kOffer: return std::string(labels.offer);
        case DocumentKind::kOrder: return std::string(labels.order);
        case DocumentKind::kInvoice: return std::string(labels.invoice);
        case DocumentKind::kContract: return std::string(labels.contract);
    }
    RAPPORT_ASSERT(false, "a document's kind is one of the four");
    return {};
}

std::string Fill(std::string_view text, std::string_view name, std::string_view value) {
    std::string placeholder = "{" + std::string(name) + "}";
    std::string filled(text);
    for (auto at = filled.find(placeholder); at != std::string::npos;
         at = filled.find(placeholder, at + value.size())) {
        filled.replace(at, placeholder.size(), value);
    }
    return filled;
}

}  // namespace rapport::documents
