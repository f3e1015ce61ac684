#include "documents/document.hpp"
#include "documents/labels.hpp"
#include "documents/number_format.hpp"

#include <string_view>

namespace rapport::documents {
namespace {

// Print CSS: A4 with the margins of the PDF, the table header repeated on every printed page (thead as a
// header group), rows kept whole. Logical properties (start, end) follow `dir`, so one sheet serves both
// directions.
constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans", "Noto Sans Devanagari", "Noto Sans Hebrew", sans-serif; font-size: 10pt; color: #111; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
.meta, .parties { display: flex; gap: 24pt; margin-bottom: 12pt; }
.party { flex: 1; white-space: pre-line; }
.party h2 { font-size: 9pt; text-transform: uppercase; color: #555; margin: 0 0 2pt; }
table.lines { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.lines thead { display: table-header-group; }
table.lines th { text-align: start; border-bottom: 1.5pt solid #111; padding: 3pt; }
table.lines td { border-bottom: 0.5pt solid #bbb; padding: 3pt; vertical-align: top; }
table.lines tr { break-inside: avoid; }
.number { text-align: end; white-space: nowrap; }
table.lines th.number { text-align: end; }
table.totals { margin-inline-start: auto; margin-top: 8pt; border-collapse: collapse; }
table.totals td { padding: 2pt 6pt; }
table.totals tr.grand td { font-weight: bold; border-top: 1pt solid #111; }
.text { white-space: pre-line; margin-top: 10pt; }
.text h2 { font-size: 9pt; margin: 0 0 2pt; }
)css";

// Escapes everything HTML could read as markup, in text and in quoted attributes alike.
void Escape(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
}

std::string Escaped(std::string_view text) {
    std::string out;
    Escape(out, text);
    return out;
}

class HtmlWriter {
public:
    explicit HtmlWriter(const Document& document) : document_(document), labels_(LabelsFor(document.language)) {}

    std::string Write() {
        bool rtl = document_.language == Language::kHe;
        out_ += "<!DOCTYPE html>\n<html lang=\"" + std::string(LanguageCode(document_.language)) + "\" dir=\"" +
                (rtl ? "rtl" : "ltr") + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
        Escape(out_, TitleOf(document_) + " " + document_.number);
        out_ += "</title>\n<style>";
        out_ += kStyle;
        out_ += "</style>\n</head>\n<body>\n";
        Heading();
        Parties();
        LinesTable();
        TotalsTable();
        Text(labels_.notes, document_.notes);
        Text(labels_.terms, document_.terms);
        out_ += "</body>\n</html>\n";
        return std::move(out_);
    }

private:
    std::string Amount(const std::string& decimal) const {
        return Escaped(FormatDecimal(decimal, document_.language).value_or(decimal));
    }

    void Heading() {
        out_ += "<h1>" + Escaped(TitleOf(document_)) + "</h1>\n<div class=\"meta\">";
        Field(labels_.number, document_.number);
        Field(labels_.issued_on, FormatDate(document_.issued_on));
        if (document_.valid_until) Field(labels_.valid_until, FormatDate(*document_.valid_until));
        Field(Fill(labels_.amounts_in, "currency", document_.currency), "");
        out_ += "</div>\n";
    }

    void Field(std::string_view label, std::string_view value) {
        out_ += "<div>" + Escaped(label);
        if (!value.empty()) out_ += ": <strong>" + Escaped(value) + "</strong>";
        out_ += "</div>";
    }

    void Parties() {
        out_ += "<div class=\"parties\">";
        Party(labels_.seller, document_.seller);
        Party(labels_.buyer, document_.buyer);
        out_ += "</div>\n";
    }

    void Party(std::string_view heading, const documents::Party& party) {
        out_ += "<div class=\"party\"><h2>" + Escaped(heading) + "</h2><strong>" + Escaped(party.name) + "</strong>\n" +
                Escaped(party.address);
        auto detail = [&](std::string_view label, const std::string& value) {
            if (!value.empty()) out_ += "\n" + Escaped(label) + ": " + Escaped(value);
        };
        detail(labels_.tax_id, party.tax_id);
        detail(labels_.bank, party.bank);
        detail(labels_.email, party.email);
        detail(labels_.phone, party.phone);
        out_ += "</div>";
    }

    void LinesTable() {
        out_ += "<table class=\"lines\">\n<thead><tr>";
        for (std::string_view label : {labels_.line_number, labels_.description})
            out_ += "<th>" + Escaped(label) + "</th>";
        out_ += "<th class=\"number\">" + Escaped(labels_.quantity) + "</th><th>" + Escaped(labels_.unit) + "</th>";
        out_ +=
            "<th class=\"number\">" + Escaped(labels_.unit_price) + "</th><th>" + Escaped(labels_.pricing) + "</th>";
        for (std::string_view label : {labels_.net, labels_.tax, labels_.total}) {
            out_ += "<th class=\"number\">" + Escaped(label) + "</th>";
        }
        out_ += "</tr></thead>\n<tbody>\n";
        int number = 0;
        for (const Line& line : document_.lines) {
            out_ += "<tr><td>" + std::to_string(++number) + "</td><td>" + Escaped(line.description) + "</td>";
            out_ += "<td class=\"number\">" + Amount(line.quantity) + "</td><td>" + Escaped(line.unit) + "</td>";
            out_ += "<td class=\"number\">" + Amount(line.unit_price) + "</td><td>" + Escaped(line.pricing) + "</td>";
            for (const std::string* amount : {&line.net, &line.tax, &line.total}) {
                out_ += "<td class=\"number\">" + Amount(*amount) + "</td>";
            }
            out_ += "</tr>\n";
        }
        out_ += "</tbody>\n</table>\n";
    }

    void TotalsTable() {
        out_ += "<table class=\"totals\">\n";
        auto row = [&](std::string_view label, const std::string& amount, bool grand) {
            out_ += grand ? "<tr class=\"grand\">" : "<tr>";
            out_ += "<td>" + Escaped(label) + "</td><td class=\"number\">" + Amount(amount) + " " +
                    Escaped(document_.currency) + "</td></tr>\n";
        };
        row(labels_.subtotal, document_.totals.subtotal, false);
        row(labels_.discount_total, document_.totals.discount, false);
        row(labels_.tax_total, document_.totals.tax, false);
        row(labels_.grand_total, document_.totals.total, true);
        out_ += "</table>\n";
    }

    void Text(std::string_view heading, const std::string& text) {
        if (text.empty()) return;
        out_ += "<div class=\"text\"><h2>" + Escaped(heading) + "</h2>" + Escaped(text) + "</div>\n";
    }

    const Document& document_;
    const Labels& labels_;
    std::string out_;
};

}  // namespace

std::string RenderHtml(const Document& document) { return HtmlWriter(document).Write(); }

}  // namespace rapport::documents
