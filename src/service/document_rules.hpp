#pragma once

#include "domain/document_line.hpp"
#include "service/pricing_service.hpp"
#include "service/record_service.hpp"
#include "store/number_series.hpp"

#include <boost/json/object.hpp>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rapport::service {

/// What the rules of every numbered, priced document (offers, orders, and next invoices and contracts) share.

/// The next number of `collection`'s series for the year of `context.now`, as API.md writes it: "OF-2026-00042",
/// with the prefix from the settings; `gaps` as the kind's series allows (store::NextInSeries). Call it last in
/// BeforeCreate: a gapless series' row stays locked until the transaction ends, and a failure after the call
/// would only give the number back or leave a gap.
Result<std::string> NextDocumentNumber(Context& context, std::string_view collection, store::Gaps gaps);

/// Checks that a document past its draft is changed only in `changeable` (what it says about itself, not what it
/// offers): kConflict naming the first other field given, saying that the document is `status` and what to do.
Status RequireChangeableAfterDraft(std::string_view singular, std::string_view status, const FieldNames& given,
                                   std::span<const std::string_view> changeable, std::string_view instead = {});

/// The non-empty `reason` of an action's body; kInvalidArgument naming `reason` with `question` otherwise.
Result<std::string> RequiredReason(const boost::json::object& body, std::string_view question);

/// Checks that `id`, when given, names a `Record` of `account` that the caller can see: kInvalidArgument naming
/// `field` otherwise, worded alike whether it is missing, invisible or another account's.
template <typename Record>
Status RequireOnAccount(Context& context, const std::optional<typename store::Traits<Record>::Id>& id,
                        AccountId account, std::string_view field, std::string_view document) {
    if (!id) return {};
    auto record = RAPPORT_TRY(store::RecordStore<Record>::Find(context.transaction, *id, context.caller.scope));
    if (record && record->account_id == account) return {};
    return InvalidField(std::string(field), std::string(field) + " does not name a " +
                                                std::string(store::Traits<Record>::kSingular) + " of the " +
                                                std::string(document) + "'s account that you can see");
}

/// Sets a document's totals, which are the domain's to derive and never the client's.
template <typename Document>
void AssignTotals(Document& document, const domain::DocumentTotals& totals) {
    document.subtotal = totals.subtotal;
    document.discount_total = totals.discount_total;
    document.tax_total = totals.tax_total;
    document.total = totals.total;
}

/// Prices the lines of `document`, a draft, with the one price engine: for its account, its payment terms and today,
/// in its currency when `currency_given` (else the engine's choice); takes the engine's currency, terms and totals.
template <typename Document>
Status PriceDocumentIn(Context& context, Document& document, bool currency_given) {
    PricingRequest request{.account_id = document.account_id,
                           .currency = currency_given ? std::optional(document.currency) : std::nullopt,
                           .payment_terms = document.payment_terms};
    auto outcome = RAPPORT_TRY(PriceLinesIn(context, request, document.lines.items));
    document.currency = outcome.currency;
    document.payment_terms = outcome.payment_terms;
    AssignTotals(document, outcome.totals);
    return {};
}

}  // namespace rapport::service
