#include "cli/demo_builder.hpp"

#include "domain/settings/settings_json.hpp"
#include "store/record_store.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <map>

namespace rapport::cli::demo {
namespace {

Money Eur(std::int64_t euros) { return Money(euros * 100, *Currency::Parse("EUR")); }

// The rolled-metal trader that sends the demo's documents, in Linz: its details head every offer and invoice.
Status SaveSettings(Setting& setting, service::Context& context) {
    auto settings = domain::DefaultSettings();
    settings.company = {"Donau Stahlhandel GmbH",
                        "Hafenstraße 47, 4020 Linz, Austria",
                        "ATU68123457",
                        "Oberbank AG, IBAN AT47 1500 0007 1234 5678, BIC OBKLAT2L",
                        "office@donau-stahl.example",
                        "+43 732 771 200"};
    settings.working_hours.time_zone = "Europe/Vienna";
    settings.working_hours.days[static_cast<std::size_t>(domain::Weekday::kFri)] = domain::WorkingDay{8 * 60, 14 * 60};
    auto year = static_cast<int>(setting.today.year());
    for (auto [month, day] : std::array<std::pair<unsigned, unsigned>, 3>{{{12, 24}, {12, 25}, {12, 26}}}) {
        settings.holidays.push_back(Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}});
    }
    settings.loyalty_tiers = {
        {Eur(50'000), Percent::Whole(1)}, {Eur(200'000), Percent::Whole(2)}, {Eur(500'000), Percent::Whole(3)}};
    auto json = domain::SettingsToJson(settings);
    boost::json::object patch;
    for (auto member : {"company", "working_hours", "holidays", "loyalty_tiers"}) patch[member] = json.at(member);
    return ToStatus(service::SettingsService::UpdateIn(context, std::nullopt, patch));
}

Status CreatePaymentTerms(Setting& setting, service::Context& context, Totals& totals) {
    struct Terms {
        const char* code;
        const char* name;
        std::int64_t days;
        std::int64_t adjust_hundredths;
        std::optional<domain::SolvencyGrade> min_grade;
    };
    const std::array terms = {
        Terms{"prepaid", "Prepayment, 2 % off", 0, -200, std::nullopt},
        Terms{"net30", "30 days net", 30, 0, std::nullopt},
        Terms{"net60", "60 days net, 1.5 % surcharge", 60, 150, domain::SolvencyGrade::kB},
    };
    auto& service = setting.services.Of<domain::PaymentTerm>();
    for (const auto& term : terms) {
        domain::PaymentTerm draft;
        draft.code = term.code;
        draft.name = term.name;
        draft.days = term.days;
        draft.adjust_percent = Percent::FromHundredths(term.adjust_hundredths);
        draft.min_grade = term.min_grade;
        RAPPORT_CHECK(
            ToStatus(service.CreateIn(context, std::move(draft), {"code", "name", "days", "adjust_percent"})));
        ++totals.payment_terms;
    }
    return {};
}

Result<std::map<std::string, ProductId, std::less<>>> ProductsBySku(store::Transaction& transaction) {
    std::map<std::string, ProductId, std::less<>> products;
    RAPPORT_CHECK(transaction.Query("SELECT sku, id FROM product WHERE archived_at IS NULL", {},
                                    [&](const store::Row& row) -> Status {
                                        products.emplace(std::string(row.Text(0)), ProductId{row.Int(1)});
                                        return {};
                                    }));
    return products;
}

// This winter's coils from 10 t, pipes over the spring, and a week of free cutting that ended last month.
Status CreatePromotions(Setting& setting, service::Context& context, Totals& totals) {
    auto products = RAPPORT_TRY(ProductsBySku(setting.transaction));
    auto today = std::chrono::sys_days{setting.today};
    auto day = [&](int offset) { return Date{today + std::chrono::days{offset}}; };
    struct Plan {
        const char* name;
        int starts;
        int ends;
        std::string_view prefix;  // Every product whose SKU starts so.
        std::int64_t min_quantity;
        std::int64_t percent;
    };
    const std::array plans = {
        Plan{"Winter coils: 5 % off from 10 t", -20, 70, "HRC", 10, 5},
        Plan{"Spring pipes: 3 % off from 500 m", 40, 130, "PIPE", 500, 3},
        Plan{"Cutting week: 20 % off cutting", -45, -38, "SVC-CUT", 1, 20},
    };
    auto& service = setting.services.Of<domain::Promotion>();
    for (const auto& plan : plans) {
        domain::Promotion promotion;
        promotion.name = plan.name;
        promotion.starts_on = day(plan.starts);
        promotion.ends_on = day(plan.ends);
        for (const auto& [sku, id] : products) {
            if (sku.starts_with(plan.prefix)) promotion.product_ids.items.push_back({0, id});
        }
        domain::NumberLines(promotion.product_ids);
        promotion.min_quantity = Quantity::Whole(plan.min_quantity);
        promotion.discount_percent = Percent::Whole(plan.percent);
        RAPPORT_CHECK(ToStatus(
            service.CreateIn(context, std::move(promotion), {"name", "starts_on", "ends_on", "discount_percent"})));
        ++totals.promotions;
    }
    return {};
}

Result<std::map<std::string, PriceListId, std::less<>>> PriceListsByName(store::Transaction& transaction) {
    std::map<std::string, PriceListId, std::less<>> lists;
    RAPPORT_CHECK(transaction.Query("SELECT name, id FROM price_list WHERE archived_at IS NULL", {},
                                    [&](const store::Row& row) -> Status {
                                        lists.emplace(std::string(row.Text(0)), PriceListId{row.Int(1)});
                                        return {};
                                    }));
    return lists;
}

// The key accounts buy on the key-accounts list and mostly at 60 days; a third of the others on the wholesale
// list at 30 days, and every tenth pays in advance. The rest have no terms of their own. Chosen by the client's
// place in the list, not drawn, so that the demo's random choices stay those of earlier releases.
Status AssignTerms(Setting& setting, service::Context& context, std::vector<Client>& clients) {
    auto lists = RAPPORT_TRY(PriceListsByName(setting.transaction));
    auto& accounts = setting.services.Of<domain::Account>();
    for (std::size_t i = 0; i < clients.size(); ++i) {
        auto& client = clients[i];
        bool key_account = client.account.tags.values.end() !=
                           std::find(client.account.tags.values.begin(), client.account.tags.values.end(), "key");
        std::optional<std::string> list;
        std::optional<std::string> terms;
        if (key_account) {
            list = "Key accounts";
            terms = i % 4 == 0 ? "net30" : "net60";
        } else if (i % 10 == 0) {
            terms = "prepaid";
        } else if (i % 3 == 0) {
            list = "Wholesale";
            terms = "net30";
        }
        if (!list && !terms) continue;
        auto named = list ? lists.find(*list) : lists.end();
        if (list && named == lists.end()) return MakeError(ErrorCode::kInternal, "the demo has no price list " + *list);
        auto patch = [&](domain::Account& account, service::FieldNames& given) -> Status {
            if (list) account.price_list_id = named->second;
            account.payment_terms = terms;
            given.insert({"price_list_id", "payment_terms"});
            return {};
        };
        client.account = RAPPORT_TRY(accounts.UpdateIn(context, client.account.id, std::nullopt, patch));
    }
    return {};
}

}  // namespace

Status CreateCommerceTerms(Setting& setting, const Staff& staff, std::vector<Client>& clients, Totals& totals) {
    auto context = setting.ContextFor(staff.admin.id);
    RAPPORT_CHECK(SaveSettings(setting, context));
    RAPPORT_CHECK(CreatePaymentTerms(setting, context, totals));
    RAPPORT_CHECK(CreatePromotions(setting, context, totals));
    return AssignTerms(setting, context, clients);
}

}  // namespace rapport::cli::demo
