#pragma once

#include "documents/document.hpp"

#include <string>
#include <string_view>

namespace rapport::documents {

/// The words a document prints besides its data, in one language. Each language's are written in one place
/// (labels.cpp), for a translator to review as a whole. Templates hold `{name}` for what is put in.
struct Labels {
    std::string_view offer;  // The titles of the kinds.
    std::string_view order;
    std::string_view invoice;
    std::string_view contract;
    std::string_view number;
    std::string_view issued_on;
    std::string_view valid_until;
    std::string_view seller;
    std::string_view buyer;
    std::string_view tax_id;
    std::string_view bank;
    std::string_view email;
    std::string_view phone;
    std::string_view line_number;  // The lines table's columns.
    std::string_view description;
    std::string_view quantity;
    std::string_view unit;
    std::string_view unit_price;
    std::string_view pricing;
    std::string_view net;
    std::string_view tax;
    std::string_view total;
    std::string_view subtotal;  // The totals under the table.
    std::string_view discount_total;
    std::string_view tax_total;
    std::string_view grand_total;
    std::string_view notes;
    std::string_view terms;
    std::string_view amounts_in;  // "Amounts in {currency}".
    std::string_view page_of;     // "Page {page} of {pages}".
};

/// The labels of `language`.
const Labels& LabelsFor(Language language);

/// The document's title: its own, or its kind's name in its language.
std::string TitleOf(const Document& document);

/// `text` with every "{name}" replaced by `value`.
std::string Fill(std::string_view text, std::string_view name, std::string_view value);

}  // namespace rapport::documents
