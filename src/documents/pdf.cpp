#include "documents/document.hpp"
#include "documents/labels.hpp"
#include "documents/number_format.hpp"
#include "documents/pdf_compose.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>
#include <utility>
#include <vector>

namespace rapport::documents {
namespace {

// Every amount and quantity must be a decimal number: a renderer that printed "abc" where a price belongs
// would hide a bug upstream in a document sent to a client.
Status CheckNumbers(const Document& document) {
    std::vector<std::pair<std::string, const std::string*>> numbers{
        {"totals.subtotal", &document.totals.subtotal},
        {"totals.discount", &document.totals.discount},
        {"totals.tax", &document.totals.tax},
        {"totals.total", &document.totals.total},
    };
    for (std::size_t i = 0; i < document.lines.size(); ++i) {
        const Line& line = document.lines[i];
        std::string at = "lines[" + std::to_string(i) + "].";
        for (auto [name, value] :
             {std::pair{"quantity", &line.quantity}, std::pair{"unit_price", &line.unit_price},
              std::pair{"net", &line.net}, std::pair{"tax", &line.tax}, std::pair{"total", &line.total}}) {
            numbers.emplace_back(at + name, value);
        }
    }
    for (const auto& [field, value] : numbers) {
        if (!FormatDecimal(*value, document.language)) {
            return InvalidField(field, field + " \"" + *value + "\" is not a decimal number");
        }
    }
    return {};
}

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// One run of glyphs, drawn left to right with the text of each cluster beside its glyphs, whatever the run's
// direction. PangoCairo hands Cairo a right-to-left run as backward clusters, which Cairo writes into the PDF in
// logical order with each glyph moving the pen back; text extraction (pdftotext, a reader's copy and paste)
// then sees a word break between every two letters of Hebrew. In visual order, as other PDF writers do it, the
// readers put the letters back into logical order themselves.
void DrawRun(cairo_t* cairo, PangoLayoutRun* run, const char* text, double x, double baseline) {
    PangoGlyphString* glyphs = run->glyphs;
    const PangoItem* item = run->item;
    cairo_scaled_font_t* font = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(item->analysis.font));
    if (!font || glyphs->num_glyphs == 0) return;

    std::vector<cairo_glyph_t> drawn;
    std::vector<cairo_text_cluster_t> clusters;
    std::string visual_text;
    drawn.reserve(static_cast<std::size_t>(glyphs->num_glyphs));
    double pen = x;
    for (int i = 0; i < glyphs->num_glyphs;) {
        // The glyphs of one cluster are adjacent and share its byte offset into the item's text.
        int cluster = glyphs->log_clusters[i];
        int end_glyph = i;
        while (end_glyph < glyphs->num_glyphs && glyphs->log_clusters[end_glyph] == cluster) ++end_glyph;
        // The cluster's text runs to the next larger offset in the item, or to the item's end.
        int end_byte = item->length;
        for (int g = 0; g < glyphs->num_glyphs; ++g) {
            int other = glyphs->log_clusters[g];
            if (other > cluster && other < end_byte) end_byte = other;
        }
        int glyph_count = 0;
        for (int g = i; g < end_glyph; ++g) {
            const PangoGlyphInfo& info = glyphs->glyphs[g];
            if (info.glyph != PANGO_GLYPH_EMPTY && !(info.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
                drawn.push_back({info.glyph, pen + pango_units_to_double(info.geometry.x_offset),
                                 baseline + pango_units_to_double(info.geometry.y_offset)});
                ++glyph_count;
            }
            pen += pango_units_to_double(info.geometry.width);
        }
        if (glyph_count > 0) {
            visual_text.append(text + item->offset + cluster, static_cast<std::size_t>(end_byte - cluster));
            clusters.push_back({end_byte - cluster, glyph_count});
        }
        i = end_glyph;
    }
    cairo_set_scaled_font(cairo, font);
    cairo_show_text_glyphs(cairo, visual_text.data(), static_cast<int>(visual_text.size()), drawn.data(),
                           static_cast<int>(drawn.size()), clusters.data(), static_cast<int>(clusters.size()),
                           static_cast<cairo_text_cluster_flags_t>(0));
}

void DrawLayout(cairo_t* cairo, PangoLayout* layout, double x, double y) {
    const char* text = pango_layout_get_text(layout);
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        PangoLayoutRun* run = pango_layout_iter_get_run_readonly(iter);
        if (!run) continue;  // The end of a line.
        PangoRectangle logical;
        pango_layout_iter_get_run_extents(iter, nullptr, &logical);
        DrawRun(cairo, run, text, x + pango_units_to_double(logical.x),
                y + pango_units_to_double(pango_layout_iter_get_baseline(iter)));
    } while (pango_layout_iter_next_run(iter));
    pango_layout_iter_free(iter);
}

void Draw(cairo_t* cairo, ComposedPage& page) {
    cairo_set_source_rgb(cairo, 0, 0, 0);
    for (const Rule& rule : page.rules) {
        cairo_set_line_width(cairo, rule.width);
        cairo_move_to(cairo, rule.x1, rule.y1);
        cairo_line_to(cairo, rule.x2, rule.y2);
        cairo_stroke(cairo);
    }
    for (PlacedText& text : page.texts) {
        DrawLayout(cairo, text.layout.get(), text.x, text.y);
    }
}

// "Page i of n", centred in the space kept for it at the bottom.
void DrawPageNumber(cairo_t* cairo, PangoContext* context, const Labels& labels, std::size_t page, std::size_t pages) {
    std::string text = Fill(Fill(labels.page_of, "page", std::to_string(page)), "pages", std::to_string(pages));
    PangoFontDescription* font = pango_font_description_from_string(kFontFamilies);
    pango_font_description_set_size(font, static_cast<int>(7.5 * PANGO_SCALE));
    double width = kPageWidth - 2 * kMargin;
    LayoutPtr layout = MakeText(context, text, font, width, PANGO_ALIGN_CENTER);
    pango_font_description_free(font);
    DrawLayout(cairo, layout.get(), kMargin, kPageHeight - kMargin - HeightOf(layout.get()));
}

}  // namespace

#if defined(__SANITIZE_ADDRESS__)
// fontconfig keeps its configuration and the fonts it matched until the process ends, by design (Pango asks it
// once per font set and thread, so the amount does not grow with renders); LeakSanitizer would report that at
// the exit of every sanitized program that rendered a PDF.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
#endif

Result<std::string> RenderPdf(const Document& document) {
    RAPPORT_CHECK(CheckNumbers(document));
    ContextPtr context = MakeContext(document.language);
    std::vector<ComposedPage> pages = ComposePages(document, context.get());

    std::string pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(Append, &pdf, kPageWidth, kPageHeight);
    std::string title = TitleOf(document) + " " + document.number;
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Rapport");
    cairo_t* cairo = cairo_create(surface);
    const Labels& labels = LabelsFor(document.language);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        Draw(cairo, pages[i]);
        DrawPageNumber(cairo, context.get(), labels, i + 1, pages.size());
        cairo_show_page(cairo);
    }
    cairo_destroy(cairo);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        return MakeError(ErrorCode::kInternal, std::string("cannot write the PDF: ") + cairo_status_to_string(status));
    }
    return pdf;
}

}  // namespace rapport::documents
