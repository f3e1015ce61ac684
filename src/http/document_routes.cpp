#include "core/exact_amount.hpp"
#include "documents/document.hpp"
#include "http/api.hpp"
#include "http/handlers.hpp"
#include "http/record_docs.hpp"
#include "http/request_parsing.hpp"
#include "service/document_content.hpp"

namespace rapport::http {
namespace {

using boost::json::object;
using boost::json::value;

std::string TextOf(const value& json) { return json.is_string() ? std::string(json.get_string()) : std::string(); }

std::string AmountOf(const value& money) {
    const auto* object = money.if_object();
    return object && object->contains("amount") ? TextOf(object->at("amount")) : std::string();
}

// "Wholesale 2027 −1.63 %; Manual discount −2.00 %": how the price came about, as the engine explained it.
std::string PricingText(const value& pricing) {
    std::string text;
    if (!pricing.is_array()) return text;
    for (const auto& rule : pricing.get_array()) {
        auto percent = TextOf(rule.at("percent"));
        bool surcharge = !percent.empty() && percent.front() == '-';
        if (!text.empty()) text += "; ";
        text += TextOf(rule.at("name")) + (surcharge ? " +" + percent.substr(1) : " −" + percent) + " %";
    }
    return text;
}

documents::Party PartyOf(const value& json) {
    documents::Party party;
    const auto* object = json.if_object();
    if (!object) return party;
    auto field = [&](std::string_view name) {
        return object->contains(name) ? TextOf(object->at(name)) : std::string();
    };
    party = {field("name"), field("address"), field("tax_id"), field("bank"), field("email"), field("phone")};
    return party;
}

// The printable document of a record's content (service::DocumentContent): the same content renders the same.
documents::Document DocumentOf(const object& content, documents::DocumentKind kind) {
    const auto& record = content.at("document").as_object();
    documents::Document document;
    document.kind = kind;
    document.number = TextOf(record.at("number"));
    auto issued = TextOf(record.contains("sent_on") ? record.at("sent_on") : value(nullptr));
    if (issued.empty()) issued = TextOf(record.at("created_at")).substr(0, 10);
    if (auto issued_on = ParseDate(issued, "issued_on")) document.issued_on = *issued_on;
    if (record.contains("valid_until")) {
        if (auto valid = ParseDate(TextOf(record.at("valid_until")), "valid_until")) document.valid_until = *valid;
    }
    const auto& client = content.at("client");
    auto language =
        client.is_object() && client.as_object().contains("language") ? TextOf(client.at("language")) : std::string();
    document.language = documents::ParseLanguage(language).value_or(documents::Language::kEn);
    document.currency = TextOf(record.at("currency"));
    document.seller = PartyOf(content.at("company"));
    document.buyer = PartyOf(client);
    for (const auto& item : record.at("lines").as_array()) {
        document.lines.push_back({TextOf(item.at("description")), TextOf(item.at("quantity")), TextOf(item.at("unit")),
                                  AmountOf(item.at("list_price")), PricingText(item.at("pricing")),
                                  AmountOf(item.at("net")), AmountOf(item.at("tax")), AmountOf(item.at("total"))});
    }
    // The document's subtotal is before the discounts, which it then shows as one line: the record's subtotal is
    // after them.
    document.totals.subtotal = AmountOf(record.at("subtotal"));
    auto subtotal = Money::Parse(AmountOf(record.at("subtotal")), document.currency);
    auto discount = Money::Parse(AmountOf(record.at("discount_total")), document.currency);
    if (subtotal && discount) {
        if (auto listed = Add(*subtotal, *discount, "subtotal")) document.totals.subtotal = listed->FormatAmount();
    }
    document.totals.discount = AmountOf(record.at("discount_total"));
    document.totals.tax = AmountOf(record.at("tax_total"));
    document.totals.total = AmountOf(record.at("total"));
    document.notes = TextOf(record.at("notes"));
    document.terms = TextOf(content.at("terms"));
    return document;
}

Response Render(const object& content, documents::DocumentKind kind, const Request& request) {
    auto document = DocumentOf(content, kind);
    auto format = request.query_param("format");
    if (format && *format == "html") {
        Response response;
        response.status = boost::beast::http::status::ok;
        response.content_type = "text/html; charset=utf-8";
        response.body = documents::RenderHtml(document);
        return response;
    }
    if (format && *format != "pdf") {
        return ErrorResponse(MakeError(ErrorCode::kMalformed, "format must be pdf or html", "format"));
    }
    auto pdf = documents::RenderPdf(document);
    if (!pdf) return ErrorResponse(pdf.error());
    Response response;
    response.status = boost::beast::http::status::ok;
    response.content_type = "application/pdf";
    response.body = std::move(*pdf);
    response.headers.emplace_back("Content-Disposition", "inline; filename=\"" + document.number + ".pdf\"");
    return response;
}

template <typename Record>
Operation DocumentOperation() {
    using Docs = RecordDocs<Record>;
    return {
        .id = "get" + Docs::Name() + "Document",
        .tag = Docs::Collection(),
        .summary = "The " + std::string(store::Traits<Record>::kSingular) + " as a printable document: PDF, or HTML",
        .description =
            "In the client's language (accounts.language), with the company's details from settings. "
            "A sent offer's document is frozen when it is sent and renders the same forever.",
        .parameters = {PathId(), QueryParameter("format", {{"type", "string"}, {"enum", {"pdf", "html"}}},
                                                "pdf (the default) or html")},
        .successes = {{.status = 200,
                       .description = "the document: PDF, or HTML with format=html",
                       .schema = boost::json::object{{"type", "string"}, {"format", "binary"}},
                       .media_types = {"application/pdf", "text/html"}}},
        .runs = Runs::kOffLoop};
}

template <typename Record>
void AddDocumentRoute(Router& router, service::Services& services, documents::DocumentKind kind) {
    using Id = typename store::Traits<Record>::Id;
    auto path = "/api/v1/" + std::string(store::Traits<Record>::kCollection) + "/{id}/document";
    router.Add(boost::beast::http::verb::get, path, DocumentOperation<Record>(),
               Authenticated(services, [&services, kind](Request& request, const service::Caller& caller) {
                   auto id = ParsePathId<Id>(request, store::Traits<Record>::kSingular);
                   if (!id) return ErrorResponse(id.error());
                   return Reply(services.documents.Of(caller, *id),
                                [&](const object& content) { return Render(content, kind, request); });
               }));
}

}  // namespace

void AddDocumentRoutes(Router& router, Backend& backend) {
    AddDocumentRoute<domain::Offer>(router, backend.services, documents::DocumentKind::kOffer);
    AddDocumentRoute<domain::Order>(router, backend.services, documents::DocumentKind::kOrder);
}

}  // namespace rapport::http
