#include "documents/pdf_compose.hpp"

#include "documents/labels.hpp"
#include "documents/number_format.hpp"

#include <pango/pangocairo.h>

#include <array>
#include <string>
#include <string_view>

namespace rapport::documents {
namespace {

constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kPadding = 2.5;  // Inside each table cell, on every side.

struct FontFree {
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using FontPtr = std::unique_ptr<PangoFontDescription, FontFree>;

FontPtr MakeFont(double points, PangoWeight weight) {
    FontPtr font(pango_font_description_from_string(kFontFamilies));
    pango_font_description_set_size(font.get(), static_cast<int>(points * PANGO_SCALE));
    pango_font_description_set_weight(font.get(), weight);
    return font;
}

struct Fonts {
    FontPtr title = MakeFont(16, PANGO_WEIGHT_BOLD);
    FontPtr body = MakeFont(9, PANGO_WEIGHT_NORMAL);
    FontPtr strong = MakeFont(9, PANGO_WEIGHT_BOLD);
    FontPtr small = MakeFont(7.5, PANGO_WEIGHT_NORMAL);
    FontPtr small_strong = MakeFont(7.5, PANGO_WEIGHT_BOLD);
};

// The lines table, from the start margin: no., description, quantity, unit, unit price, pricing, net, tax,
// total. The widths add up to the content width; numbers are aligned on their end, text on its start.
struct Column {
    double width;
    bool numeric;
};
constexpr std::array<Column, 9> kColumns{{{20, true},
                                          {118, false},
                                          {44, true},
                                          {30, false},
                                          {60, true},
                                          {80, false},
                                          {56, true},
                                          {50, true},
                                          {kContentWidth - 458, true}}};

// -1, 0 or 1: right to left, neither, left to right (top-to-bottom directions as Pango counts them).
int Sense(PangoDirection direction) {
    switch (direction) {
        case PANGO_DIRECTION_LTR:
        case PANGO_DIRECTION_WEAK_LTR:
        case PANGO_DIRECTION_TTB_RTL: return 1;
        case PANGO_DIRECTION_RTL:
        case PANGO_DIRECTION_WEAK_RTL:
        case PANGO_DIRECTION_TTB_LTR: return -1;
        case PANGO_DIRECTION_NEUTRAL: return 0;
    }
    return 0;
}

enum class Breaks { kAllowed, kNever };  // Whether a row may start a new page (the table's header never does).

class Composer {
public:
    Composer(const Document& document, PangoContext* context)
        : document_(document),
          labels_(LabelsFor(document.language)),
          context_(context),
          rtl_(document.language == Language::kHe) {}

    std::vector<ComposedPage> Compose() {
        NewPage();
        Heading();
        TableHeader();
        int number = 0;
        for (const Line& line : document_.lines) Row(++number, line);
        Totals();
        Paragraphs(labels_.notes, document_.notes);
        Paragraphs(labels_.terms, document_.terms);
        return std::move(pages_);
    }

private:
    PangoAlignment Start() const { return rtl_ ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT; }
    PangoAlignment End() const { return rtl_ ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT; }
    double Bottom() const { return kPageHeight - kMargin - kFooterHeight; }
    std::string Decimal(const std::string& text) const {
        return FormatDecimal(text, document_.language).value_or(text);
    }

    LayoutPtr Text(std::string_view text, const FontPtr& font, double width, PangoAlignment alignment) const {
        return MakeText(context_, text, font.get(), width, alignment);
    }

    // Puts a block `offset` points from the start margin (the left one, or the right one for Hebrew), its top
    // at `y`; returns its height.
    double Put(LayoutPtr layout, double offset, double width, double y) {
        double height = HeightOf(layout.get());
        double x = rtl_ ? kPageWidth - kMargin - offset - width : kMargin + offset;
        pages_.back().texts.push_back({std::move(layout), x, y});
        return height;
    }

    void RuleAcross(double y, double width) {
        pages_.back().rules.push_back({kMargin, y, kPageWidth - kMargin, y, width});
    }

    void NewPage() {
        pages_.emplace_back();
        y_ = kMargin;
        if (pages_.size() == 1) return;
        // A running head, so that a loose page says which document it belongs to.
        y_ += Put(Text(TitleOf(document_) + " " + document_.number, fonts_.small, kContentWidth, Start()), 0,
                  kContentWidth, y_) +
              8;
    }

    void Heading() {
        double title_width = kContentWidth * 0.6;
        double title = Put(Text(TitleOf(document_), fonts_.title, title_width, Start()), 0, title_width, y_);
        std::vector<std::string> meta{std::string(labels_.number) + ": " + Value(document_.number),
                                      std::string(labels_.issued_on) + ": " + Value(FormatDate(document_.issued_on))};
        if (document_.valid_until) {
            meta.push_back(std::string(labels_.valid_until) + ": " + Value(FormatDate(*document_.valid_until)));
        }
        double meta_width = kContentWidth - title_width;
        double meta_height = 0;
        for (const auto& line : meta) {
            meta_height += Put(Text(line, fonts_.body, meta_width, End()), title_width, meta_width, y_ + meta_height);
        }
        y_ += std::max(title, meta_height) + 14;

        double party_width = (kContentWidth - 20) / 2;
        double seller = Party(labels_.seller, document_.seller, 0, party_width);
        double buyer = Party(labels_.buyer, document_.buyer, party_width + 20, party_width);
        y_ += std::max(seller, buyer) + 12;
        y_ += Put(Text(Fill(labels_.amounts_in, "currency", document_.currency), fonts_.small, kContentWidth, Start()),
                  0, kContentWidth, y_) +
              4;
    }

    // In a right-to-left document, a value is isolated from its label: "+91 20 1234 5678" after a Hebrew
    // label would otherwise be read as four numbers in a right-to-left sentence, and shown in reverse order.
    std::string Value(std::string_view value) const {
        return rtl_ ? "\u2066" + std::string(value) + "\u2069" : std::string(value);
    }

    // Each line a block of its own, so that each takes its direction (and so its alignment) from its own text.
    double Party(std::string_view heading, const documents::Party& party, double offset, double width) {
        double y = y_;
        y += Put(Text(heading, fonts_.small_strong, width, Start()), offset, width, y) + 2;
        y += Put(Text(party.name, fonts_.strong, width, Start()), offset, width, y);
        std::vector<std::string> lines;
        for (std::string_view rest = party.address; !rest.empty();) {
            auto end = rest.find('\n');
            lines.emplace_back(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        }
        auto add = [&](std::string_view label, const std::string& value) {
            if (!value.empty()) lines.push_back(std::string(label) + ": " + Value(value));
        };
        add(labels_.tax_id, party.tax_id);
        add(labels_.bank, party.bank);
        add(labels_.email, party.email);
        add(labels_.phone, party.phone);
        for (const auto& line : lines) y += Put(Text(line, fonts_.body, width, Start()), offset, width, y);
        return y - y_;
    }

    // One row of cells, the tallest setting the row's height; a row that would cross the bottom starts a new
    // page, with the table's header again.
    void Cells(const std::array<std::string, 9>& texts, const FontPtr& font, double rule_width, Breaks breaks) {
        std::array<LayoutPtr, 9> cells;
        double height = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            double width = kColumns[i].width - 2 * kPadding;
            cells[i] = Text(texts[i], font, width, kColumns[i].numeric ? End() : Start());
            height = std::max(height, HeightOf(cells[i].get()));
        }
        height += 2 * kPadding;
        if (breaks == Breaks::kAllowed && y_ + height > Bottom()) {
            NewPage();
            TableHeader();
        }
        double offset = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            Put(std::move(cells[i]), offset + kPadding, kColumns[i].width - 2 * kPadding, y_ + kPadding);
            offset += kColumns[i].width;
        }
        y_ += height;
        RuleAcross(y_, rule_width);
    }

    void TableHeader() {
        RuleAcross(y_, 1.0);
        Cells({std::string(labels_.line_number), std::string(labels_.description), std::string(labels_.quantity),
               std::string(labels_.unit), std::string(labels_.unit_price), std::string(labels_.pricing),
               std::string(labels_.net), std::string(labels_.tax), std::string(labels_.total)},
              fonts_.small_strong, 1.0, Breaks::kNever);
    }

    void Row(int number, const Line& line) {
        Cells({std::to_string(number), line.description, Decimal(line.quantity), line.unit, Decimal(line.unit_price),
               line.pricing, Decimal(line.net), Decimal(line.tax), Decimal(line.total)},
              fonts_.small, 0.3, Breaks::kAllowed);
    }

    // The totals on the end side, kept together on one page.
    void Totals() {
        const std::array<std::pair<std::string_view, const std::string*>, 4> rows{{
            {labels_.subtotal, &document_.totals.subtotal},
            {labels_.discount_total, &document_.totals.discount},
            {labels_.tax_total, &document_.totals.tax},
            {labels_.grand_total, &document_.totals.total},
        }};
        constexpr double kLabelWidth = 130;
        constexpr double kAmountWidth = 110;
        constexpr double kRowHeight = 14;
        if (y_ + 8 + kRowHeight * rows.size() > Bottom()) NewPage();
        y_ += 8;
        double offset = kContentWidth - kLabelWidth - kAmountWidth;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const FontPtr& font = i + 1 == rows.size() ? fonts_.strong : fonts_.body;
            std::string amount = Decimal(*rows[i].second) + " " + document_.currency;
            Put(Text(rows[i].first, font, kLabelWidth, Start()), offset, kLabelWidth, y_);
            Put(Text(amount, font, kAmountWidth, End()), offset + kLabelWidth, kAmountWidth, y_);
            y_ += kRowHeight;
        }
    }

    // A heading and the text's lines, each line a block of its own, so that long notes flow onto the next page
    // (a single line taller than a page would not fit anywhere; notes are not written so).
    void Paragraphs(std::string_view heading, std::string_view text) {
        if (text.empty()) return;
        y_ += 10;
        bool first = true;
        while (!text.empty() || first) {
            auto end = text.find('\n');
            auto line = Text(text.substr(0, end), fonts_.body, kContentWidth, Start());
            auto title = first ? Text(heading, fonts_.strong, kContentWidth, Start()) : nullptr;
            double needed = HeightOf(line.get()) + (title ? HeightOf(title.get()) + 2 : 0);
            if (y_ + needed > Bottom()) NewPage();
            if (title) y_ += Put(std::move(title), 0, kContentWidth, y_) + 2;
            y_ += Put(std::move(line), 0, kContentWidth, y_);
            first = false;
            text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        }
    }

    const Document& document_;
    const Labels& labels_;
    PangoContext* context_;
    bool rtl_;
    Fonts fonts_;
    std::vector<ComposedPage> pages_;
    double y_ = kMargin;
};

}  // namespace

ContextPtr MakeContext(Language language) {
    // Pango's default font map is one per thread (since 1.32.6): no lock between concurrent renders.
    ContextPtr context(pango_font_map_create_context(pango_cairo_font_map_get_default()));
    pango_cairo_context_set_resolution(context.get(), 72);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context.get(), options);
    cairo_font_options_destroy(options);
    // Glyphs at their exact positions: rounded to whole points, a Devanagari vowel sign drifts far enough from
    // its consonant that a reader extracting the text (pdftotext, a screen reader) breaks the word there.
    pango_context_set_round_glyph_positions(context.get(), FALSE);
    pango_context_set_base_dir(context.get(), language == Language::kHe ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    return context;
}

LayoutPtr MakeText(PangoContext* context, std::string_view text, const PangoFontDescription* font, double width,
                   PangoAlignment alignment) {
    LayoutPtr layout(pango_layout_new(context));
    pango_layout_set_font_description(layout.get(), font);
    pango_layout_set_width(layout.get(), pango_units_from_double(width));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    // Each paragraph takes its direction from its text (a Latin product name in a Hebrew offer reads left to
    // right), and Pango then swaps left and right alignment for a paragraph whose direction is not the
    // context's. Asking for the swapped one keeps the alignment literal.
    PangoLayoutLine* first = pango_layout_get_line_readonly(layout.get(), 0);
    int sense = first ? Sense(static_cast<PangoDirection>(first->resolved_dir)) : 0;
    bool swapped =
        alignment != PANGO_ALIGN_CENTER && sense != 0 && sense == -Sense(pango_context_get_base_dir(context));
    if (swapped) alignment = alignment == PANGO_ALIGN_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    pango_layout_set_alignment(layout.get(), alignment);
    return layout;
}

double HeightOf(PangoLayout* layout) {
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    return pango_units_to_double(height);
}

std::vector<ComposedPage> ComposePages(const Document& document, PangoContext* context) {
    return Composer(document, context).Compose();
}

}  // namespace rapport::documents
