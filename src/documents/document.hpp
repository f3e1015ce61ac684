#pragma once

#include "core/result.hpp"
#include "core/time.hpp"

#include <optional>
#include <string>
#include <vector>

/// Printable commercial documents (offers, orders, invoices, contracts): a plain `Document` and two renderers.
///
/// A route serving one (`GET /api/v1/<collection>/{id}/document`, API.md "Printable documents") fills a Document
/// from the record's frozen snapshot, the company from `settings.company` and the language from the account's
/// `language`, then answers RenderPdf's bytes as `application/pdf` (or RenderHtml's page as
/// `text/html; charset=utf-8` for `?format=html`). Rendering takes milliseconds of CPU, so such a route declares
/// `.runs = Runs::kOffLoop` in its Operation (http/operation.hpp): the server then renders on its worker pool.
namespace rapport::documents {

/// The languages a document can be printed in: `accounts.language` of API.md.
enum class Language { kEn, kHi, kMr, kHe, kFil };

/// What the document is; its title, unless Document::title says otherwise.
enum class DocumentKind { kOffer, kOrder, kInvoice, kContract };

/// A party of the document. The seller fills every field (from `settings.company`); a buyer usually only
/// the name and address. Empty fields are left out of the document.
struct Party {
    std::string name;
    std::string address;  // May hold several lines, separated by '\n'.
    std::string tax_id;
    std::string bank;
    std::string email;
    std::string phone;
};

/// One row of the lines table. Amounts and quantities are exact decimal strings as the API writes them
/// ("1250.00", "-3.5", "12"), in the document's currency; the renderers group their digits for the
/// document's language and change nothing else.
struct Line {
    std::string description;
    std::string quantity;
    std::string unit;        // "t", "pcs", "h"; printed as given.
    std::string unit_price;  // The price before the line's adjustments.
    std::string pricing;     // How the price came about, as the price engine explains it; may be empty.
    std::string net;         // After the adjustments, before tax.
    std::string tax;
    std::string total;  // net + tax.
};

/// The sums under the table, in the document's currency.
struct Totals {
    std::string subtotal;  // The lines' net amounts before the discounts.
    std::string discount;  // What the discounts took off, as a positive amount ("0.00" without any).
    std::string tax;
    std::string total;
};

/// A printable commercial document: everything it shows, already decided. A plain value: the renderers
/// read nothing else (no settings, no clock, no database), so a frozen snapshot renders the same forever.
/// Lines are numbered 1, 2, … in their order.
struct Document {
    DocumentKind kind = DocumentKind::kOffer;
    std::string title;   // Empty: the kind's name in the document's language ("Commercial offer").
    std::string number;  // "OF-2026-00042".
    Date issued_on{};
    std::optional<Date> valid_until;  // Offers: the last day the offer may be accepted.
    Language language = Language::kEn;
    std::string currency;  // ISO 4217, of every amount in the document.
    Party seller;
    Party buyer;
    std::vector<Line> lines;
    Totals totals;
    std::string notes;  // Free text, may hold several lines.
    std::string terms;  // Validity and payment terms, as text ("Payment within 30 days of delivery.").
};

/// The document as an A4 PDF: the title, number and dates, the seller and the buyer, the lines table
/// (broken across pages with its header repeated on each), the totals, notes and terms, and "Page i of n"
/// on every page, with every label in the document's language and Hebrew laid out right to left. Text is
/// shaped by Pango (HarfBuzz) with the Noto fonts that fontconfig finds, so Devanagari and Hebrew read as
/// written, and a PDF reader extracts the text back as written.
///
/// Safe to call from several threads at once. Fails with kInvalidArgument, naming the field ("lines[2].net",
/// "totals.total"), when an amount or quantity is not a decimal number, and with kInternal when Cairo
/// cannot write the PDF.
Result<std::string> RenderPdf(const Document& document);

/// The same document as one self-contained HTML page (no external resources) for the browser to show and
/// print: `lang` and `dir` set for the language, every text escaped, print CSS for A4 with the table's
/// header repeated on each printed page. An amount that is not a decimal number is shown as given.
std::string RenderHtml(const Document& document);

/// The language of a code as API.md writes it ("en", "hi", "mr", "he", "fil"); nullopt for another.
std::optional<Language> ParseLanguage(std::string_view code);

/// "en", "hi", …: the value of HTML's lang attribute.
std::string_view LanguageCode(Language language);

}  // namespace rapport::documents
