#pragma once

#include "documents/document.hpp"

#include <pango/pango.h>

#include <memory>
#include <vector>

namespace rapport::documents {

// A4 in PostScript points, the unit of Cairo's PDF surface; Pango's context is set to 72 dpi, so that a point
// of font size is a point on the page.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMargin = 40.0;
inline constexpr double kFooterHeight = 22.0;  // Reserved at the bottom of each page for "Page i of n".
// Noto Sans for Latin text; Pango falls back along the list for the characters it lacks, so Devanagari and
// Hebrew get the Noto faces drawn for them (fonts-noto-core), whatever else fontconfig has.
inline constexpr const char* kFontFamilies = "Noto Sans, Noto Sans Devanagari, Noto Sans Hebrew";

struct GObjectUnref {
    void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;

/// A laid-out block of text and where its top-left corner goes.
struct PlacedText {
    LayoutPtr layout;
    double x = 0;
    double y = 0;
};

/// A straight line: the table's rules.
struct Rule {
    double x1, y1, x2, y2;
    double width;
};

struct ComposedPage {
    std::vector<PlacedText> texts;
    std::vector<Rule> rules;
};

/// A Pango context for this thread, for laying out `language`: 72 dpi, no hinting (the PDF is vector), and
/// right to left as the base direction for Hebrew. Each thread has its own font map (Pango's default one
/// is per thread), so contexts of different threads share nothing that needs a lock.
ContextPtr MakeContext(Language language);

/// Lays out the document's pages: the heading on the first page, a running head on the others, the lines
/// table with its header repeated on every page it reaches, the totals, notes and terms. Every amount must
/// be a decimal number (RenderPdf checks them first). Page numbers are left to the caller, who knows the count.
std::vector<ComposedPage> ComposePages(const Document& document, PangoContext* context);

/// A block of text `width` points wide: wrapped at words (within a word when a word is wider), in `font`,
/// aligned as asked. The alignment is literal (left is left), whatever the text's direction.
LayoutPtr MakeText(PangoContext* context, std::string_view text, const PangoFontDescription* font, double width,
                   PangoAlignment alignment);

/// The height of a laid-out block in points.
double HeightOf(PangoLayout* layout);

}  // namespace rapport::documents
