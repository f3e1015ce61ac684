#include "http/openapi_examples.hpp"

#include "core/assert.hpp"
#include "domain/absence/absence.hpp"
#include "domain/account/account.hpp"
#include "domain/activity/activity.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "domain/payment_term/payment_term.hpp"
#include "domain/price_list/price_list.hpp"
#include "domain/product/product.hpp"
#include "domain/promotion/promotion.hpp"
#include "domain/team/team.hpp"
#include "domain/user/user.hpp"

namespace rapport::http {
namespace {

Timestamp At(std::string_view text) { return ParseTimestamp(text, "example").value(); }

Date On(std::string_view text) { return ParseDate(text, "example").value(); }

// Every example was made by user 7 on the same morning and changed once since.
domain::RecordMeta Meta() {
    return domain::RecordMeta{2, At("2026-11-02T09:30:00Z"), At("2026-11-20T14:05:00Z"), UserId{7}, UserId{7}};
}

}  // namespace

template <>
domain::User Example<domain::User>() {
    return {UserId{7}, Meta(), "asha.patil@example.com", "Asha Patil", domain::Role::kManager, TeamId{2}, 2, true};
}

template <>
domain::Team Example<domain::Team>() {
    return {TeamId{2}, Meta(), "West", UserId{3}};
}

template <>
domain::Account Example<domain::Account>() {
    domain::Account account;
    account.id = AccountId{1042};
    account.meta = Meta();
    account.name = "Kulkarni Steel Traders";
    account.owner_id = UserId{7};
    account.status = domain::AccountStatus::kActive;
    account.industry = "steel";
    account.source = "referral";
    account.phone = "+91 22 2345 6789";
    account.email = "orders@kulkarni-steel.example";
    account.website = "https://kulkarni-steel.example";
    account.address = "14 Bhandari Street, Mumbai 400009";
    account.tags = Tags{{"key", "wholesale"}};
    account.custom = JsonObject{R"({"gstin":"27AABCK1234F1Z5"})"};
    account.price_list_id = PriceListId{3};
    account.payment_terms = "net30";
    account.language = domain::Locale::kMarathi;
    return account;
}

template <>
domain::Contact Example<domain::Contact>() {
    return {ContactId{311},
            Meta(),
            AccountId{1042},
            "Rohan",
            "Kulkarni",
            "Purchasing manager",
            "rohan@kulkarni-steel.example",
            "+91 98200 12345",
            JsonObject{R"({"email":"2026-11-02"})"}};
}

template <>
domain::Deal Example<domain::Deal>() {
    domain::Deal deal;
    deal.id = DealId{58};
    deal.meta = Meta();
    deal.account_id = AccountId{1042};
    deal.title = "Rebar for the Thane warehouse";
    deal.owner_id = UserId{7};
    deal.stage = domain::Stage::kProposal;
    deal.amount = Money::Parse("1250000.00", "INR").value();
    deal.probability = 50;
    deal.expected_close = On("2026-12-18");
    return deal;
}

template <>
domain::Activity Example<domain::Activity>() {
    domain::Activity activity;
    activity.id = ActivityId{9120};
    activity.meta = Meta();
    activity.account_id = AccountId{1042};
    activity.deal_id = DealId{58};
    activity.contact_id = ContactId{311};
    activity.kind = domain::ActivityKind::kCall;
    activity.direction = domain::Direction::kOutbound;
    activity.subject = "Agree delivery dates";
    activity.due_at = At("2026-11-24T10:00:00Z");
    activity.owner_id = UserId{7};
    return activity;
}

template <>
domain::Absence Example<domain::Absence>() {
    return {
        AbsenceId{4}, Meta(), UserId{7}, UserId{9}, On("2026-12-21"), On("2026-12-31"), domain::AbsenceReason::kLeave};
}

template <>
domain::Product Example<domain::Product>() {
    auto inr = [](std::string_view amount) { return Money::Parse(amount, "INR").value(); };
    return {ProductId{58},
            Meta(),
            "HRC-2.0-1250",
            "Hot-rolled coil 2.0 × 1250 mm",
            "S235JR, coils of 8–12 t",
            domain::ProductKind::kGood,
            "t",
            inr("61500.00"),
            inr("55200.00"),
            Percent::Whole(18),
            true};
}

template <>
domain::PriceList Example<domain::PriceList>() {
    auto inr = [](std::string_view amount) { return Money::Parse(amount, "INR").value(); };
    domain::PriceList list;
    list.id = PriceListId{3};
    list.meta = Meta();
    list.name = "Wholesale 2027";
    list.currency = "INR";
    list.valid_from = On("2027-01-01");
    list.valid_to = On("2027-12-31");
    list.priority = 10;
    list.lines.items = {
        {1, ProductId{58}, Quantity::Whole(1), inr("60500.00"), std::nullopt},
        {2, ProductId{58}, Quantity::Whole(20), std::nullopt, Percent::Whole(4)},
    };
    list.order_tiers.items = {{1, inr("1000000.00"), Percent::FromHundredths(150)}};
    return list;
}

template <>
domain::PaymentTerm Example<domain::PaymentTerm>() {
    domain::PaymentTerm terms;
    terms.id = PaymentTermId{2};
    terms.meta = Meta();
    terms.code = "net60";
    terms.name = "60 days net";
    terms.days = 60;
    terms.adjust_percent = Percent::FromHundredths(150);
    terms.min_grade = domain::SolvencyGrade::kB;
    return terms;
}

template <>
domain::Promotion Example<domain::Promotion>() {
    domain::Promotion promotion;
    promotion.id = PromotionId{5};
    promotion.meta = Meta();
    promotion.name = "Winter coils";
    promotion.starts_on = On("2026-12-01");
    promotion.ends_on = On("2027-02-28");
    promotion.product_ids.items = {{1, ProductId{58}}, {2, ProductId{61}}};
    promotion.min_quantity = Quantity::Whole(10);
    promotion.discount_percent = Percent::Whole(5);
    return promotion;
}

}  // namespace rapport::http
