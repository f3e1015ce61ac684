#pragma once

#include "core/field.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "domain/account/account.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "domain/document_line.hpp"
#include "domain/record.hpp"
#include "domain/status_machine.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport {
RAPPORT_DEFINE_ID(OfferId);
RAPPORT_DEFINE_ID(OrderId);
}  // namespace rapport

namespace rapport::domain {

enum class OfferStatus { kDraft, kSent, kAccepted, kDeclined, kWithdrawn, kSuperseded, kExpired };

struct OfferLine : DocumentLine {
    bool operator==(const OfferLine&) const = default;
};

/// A commercial offer: what the company proposes to one client, priced line by line by the price engine, numbered
/// OF-YYYY-NNNNN. A draft is edited freely; once sent, its lines and prices are frozen, and so is its document.
struct Offer {
    OfferId id{};
    RecordMeta meta;
    std::string number;
    AccountId account_id{};
    std::string account_name;  // Derived when read: the account's name as it is now.
    std::optional<DealId> deal_id;
    std::optional<ContactId> contact_id;
    UserId owner_id{};
    std::string currency;
    std::optional<std::string> payment_terms;
    std::optional<Date> valid_until;
    OfferStatus status = OfferStatus::kDraft;
    Lines<OfferLine> lines;
    Money subtotal{0, *Currency::Parse("EUR")};
    Money discount_total{0, *Currency::Parse("EUR")};
    Money tax_total{0, *Currency::Parse("EUR")};
    Money total{0, *Currency::Parse("EUR")};
    std::optional<std::string> notes;
    std::optional<Date> sent_on;
    std::optional<OrderId> order_id;
    std::optional<std::string> decline_reason;
    std::optional<OfferId> revises_id;
};

/// Checks an offer's own fields: what every document checks (CheckDocument: its currency, its lines), and notes
/// and a reason of a sensible length.
Status Validate(const Offer& offer);

/// The status as it reads on `today`: a sent offer past its valid_until is expired.
OfferStatus StatusOn(const Offer& offer, Date today);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::OfferStatus> {
    static constexpr std::array kValues = {
        std::pair{domain::OfferStatus::kDraft, std::string_view{"draft"}},
        std::pair{domain::OfferStatus::kSent, std::string_view{"sent"}},
        std::pair{domain::OfferStatus::kAccepted, std::string_view{"accepted"}},
        std::pair{domain::OfferStatus::kDeclined, std::string_view{"declined"}},
        std::pair{domain::OfferStatus::kWithdrawn, std::string_view{"withdrawn"}},
        std::pair{domain::OfferStatus::kSuperseded, std::string_view{"superseded"}},
        std::pair{domain::OfferStatus::kExpired, std::string_view{"expired"}},
    };
};
}  // namespace rapport

namespace rapport::domain {

/// The offer's lifecycle (API.md, "Offers, orders, hand-off"). `expired` is never stored: a sent offer past its
/// valid_until reads so, and allows what a sent one does but accept.
inline constexpr std::array<Transition<OfferStatus>, 5> kOfferTransitions = {{
    {"send", {OfferStatus::kDraft}, OfferStatus::kSent},
    {"accept", {OfferStatus::kSent}, OfferStatus::kAccepted},
    {"decline", {OfferStatus::kSent, OfferStatus::kExpired}, OfferStatus::kDeclined},
    {"withdraw", {OfferStatus::kDraft, OfferStatus::kSent, OfferStatus::kExpired}, OfferStatus::kWithdrawn},
    {"revise", {OfferStatus::kSent, OfferStatus::kExpired}, OfferStatus::kSuperseded},
}};
inline constexpr StatusMachine<OfferStatus> kOfferMachine{kOfferTransitions};

template <>
struct LineTraits<OfferLine> {
    static constexpr std::string_view kTable = "offer_line";
    static constexpr auto kFields = DocumentLineFields<OfferLine>();
};

template <>
struct RecordTraits<Offer> {
    using Id = OfferId;
    static constexpr std::string_view kTable = "offer";
    static constexpr std::string_view kCollection = "offers";
    static constexpr std::string_view kSingular = "offer";
    static constexpr std::array<std::string_view, 1> kSearchColumns = {"number"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kOwnerOrAccount;
    // Its rows keep the account's owner, so that a manager's list reads in id order (store::KeepsAccountOwner).
    static constexpr bool kKeepsAccountOwner = true;
    static constexpr auto kFields = std::tuple{
        MakeField("number", &Offer::number, FieldFlags::kReadOnly | FieldFlags::kFilter | FieldFlags::kSort,
                  "OF-YYYY-NNNNN, given on create"),
        MakeField("account_id", &Offer::account_id,
                  FieldFlags::kRequired | FieldFlags::kCreateOnly | FieldFlags::kFilter),
        MakeField("account_name", &Offer::account_name, FieldFlags::kReadOnly | FieldFlags::kDerived,
                  "the client's name as it is now, read from the account whenever the offer is"),
        MakeField("deal_id", &Offer::deal_id, FieldFlags::kFilter, "a deal of the same account"),
        MakeField("contact_id", &Offer::contact_id, FieldFlags::kNone, "a contact of the same account"),
        MakeField("owner_id", &Offer::owner_id, FieldFlags::kFilter, "defaults to the account's owner"),
        MakeField("currency", &Offer::currency, FieldFlags::kFilter,
                  "ISO 4217; by default the price list's, else the first product's"),
        MakeField("payment_terms", &Offer::payment_terms, FieldFlags::kNone,
                  "a payment_terms code; by default the account's"),
        MakeField("valid_until", &Offer::valid_until, FieldFlags::kSort,
                  "after this day a sent offer reads as expired"),
        MakeField("status", &Offer::status, FieldFlags::kReadOnly | FieldFlags::kFilter,
                  "changed by the actions send, accept, decline, withdraw, revise"),
        MakeField("lines", &Offer::lines, FieldFlags::kNone, "replaced whole by a PATCH, while a draft"),
        MakeField("subtotal", &Offer::subtotal, FieldFlags::kReadOnly | FieldFlags::kSort, "Σ lines' net"),
        MakeField("discount_total", &Offer::discount_total, FieldFlags::kReadOnly, "Σ (list value − net)"),
        MakeField("tax_total", &Offer::tax_total, FieldFlags::kReadOnly, "Σ lines' tax"),
        MakeField("total", &Offer::total, FieldFlags::kReadOnly | FieldFlags::kSort, "subtotal + tax_total"),
        MakeField("notes", &Offer::notes),
        MakeField("sent_on", &Offer::sent_on, FieldFlags::kReadOnly | FieldFlags::kSort, "the day it was sent"),
        MakeField("order_id", &Offer::order_id, FieldFlags::kReadOnly, "the order made when it was accepted"),
        MakeField("decline_reason", &Offer::decline_reason, FieldFlags::kReadOnly, "why the client declined"),
        MakeField("revises_id", &Offer::revises_id, FieldFlags::kReadOnly, "the sent offer this draft revises"),
    };
};
}  // namespace rapport::domain
