#include "http/api.hpp"
#include "http/handlers.hpp"
#include "http/request_parsing.hpp"
#include "service/pricing_service.hpp"

namespace rapport::http {
namespace {

using OfferLines = domain::Lines<domain::OfferLine>;

// The members of a quote request, each with its type; anything else is refused by name.
struct QuoteBody {
    service::PricingRequest request;
    OfferLines lines;
};

template <typename T>
Status Member(const boost::json::object& json, std::string_view name, std::optional<T>& out) {
    const auto* value = json.if_contains(name);
    if (!value || value->is_null()) return {};
    out = RAPPORT_TRY(Codec<T>::FromJson(*value, name));
    return {};
}

Result<QuoteBody> ParseQuote(const boost::json::object& json) {
    for (const auto& member : json) {
        std::string_view name(member.key().data(), member.key().size());
        if (name != "account_id" && name != "currency" && name != "payment_terms" && name != "on" && name != "lines") {
            return InvalidField(std::string(name), "a quote has no member " + std::string(name));
        }
    }
    QuoteBody body;
    std::optional<AccountId> account;
    RAPPORT_CHECK(Member(json, "account_id", account));
    if (!account) return InvalidField("account_id", "account_id is required");
    body.request.account_id = *account;
    RAPPORT_CHECK(Member(json, "currency", body.request.currency));
    RAPPORT_CHECK(Member(json, "payment_terms", body.request.payment_terms));
    RAPPORT_CHECK(Member(json, "on", body.request.on));
    const auto* lines = json.if_contains("lines");
    if (!lines) return InvalidField("lines", "lines is required");
    body.lines = RAPPORT_TRY(Codec<OfferLines>::FromJson(*lines, "lines"));
    return body;
}

// The quote's JSON, written as text (see JsonWriter): its lines are most of what the engine's callers wait for.
std::string QuoteJsonText(const service::PricingService::Quote& quote, AccountId account) {
    const auto& outcome = quote.outcome;
    std::string text;
    JsonWriter writer(text);
    writer.BeginObject();
    writer.Key("account_id");
    WriteJsonOf(writer, account);
    writer.Key("currency");
    writer.String(outcome.currency);
    writer.Key("payment_terms");
    WriteJsonOf(writer, outcome.payment_terms);
    writer.Key("price_list");
    if (outcome.price_list_id) {
        writer.BeginObject();
        writer.Key("id");
        WriteJsonOf(writer, *outcome.price_list_id);
        writer.Key("name");
        writer.String(outcome.price_list_name);
        writer.EndObject();
    } else {
        writer.Null();
    }
    writer.Key("on");
    WriteJsonOf(writer, outcome.on);
    writer.Key("lines");
    WriteJsonOf(writer, OfferLines{quote.lines});
    for (auto [name, amount] :
         {std::pair{"subtotal", &outcome.totals.subtotal}, std::pair{"discount_total", &outcome.totals.discount_total},
          std::pair{"tax_total", &outcome.totals.tax_total}, std::pair{"total", &outcome.totals.total}}) {
        writer.Key(name);
        WriteJsonOf(writer, *amount);
    }
    writer.EndObject();
    return text;
}

Operation QuoteOperation() {
    auto text = [](std::string_view description) {
        return boost::json::object{{"type", "string"}, {"description", description}};
    };
    boost::json::object body{
        {"type", "object"},
        {"required", boost::json::array{"account_id", "lines"}},
        {"properties",
         {{"account_id", Codec<AccountId>::Schema()},
          {"currency", text("ISO 4217; by default the price list's, else the first product's")},
          {"payment_terms", text("a payment_terms code; by default the account's")},
          {"on", {{"type", "string"}, {"format", "date"}, {"description", "the day to price for; today by default"}}},
          {"lines", Codec<OfferLines>::Schema()}}},
        {"example",
         {{"account_id", "41"},
          {"payment_terms", "net30"},
          {"lines",
           boost::json::array{{{"product_id", "58"}, {"quantity", "12.5"}, {"manual_discount_percent", "2.00"}}}}}}};
    auto money = Codec<Money>::Schema();
    boost::json::object price_list{
        {"type", "object"},
        {"nullable", true},
        {"required", boost::json::array{"id", "name"}},
        {"properties", {{"id", Codec<PriceListId>::Schema()}, {"name", {{"type", "string"}}}}}};
    auto answer = AnswerSchema({{"account_id", Codec<AccountId>::Schema()},
                                {"currency", {{"type", "string"}}},
                                {"payment_terms", {{"type", "string"}, {"nullable", true}}},
                                {"price_list", std::move(price_list)},
                                {"on", {{"type", "string"}, {"format", "date"}}},
                                {"lines", Codec<OfferLines>::Schema()},
                                {"subtotal", money},
                                {"discount_total", money},
                                {"tax_total", money},
                                {"total", money}});
    return {.id = "quotePrices",
            .tag = "pricing",
            .summary = "Price lines for a client, saving nothing",
            .description =
                "Every line explains its price: list_price, then pricing, the rules in the order they apply (price "
                "list, volume tier, order-total tier, promotion, loyalty, payment terms, manual), each compounding on "
                "what the rules before it left; net = list_price × quantity × Π(1 − percent/100), computed exactly "
                "and rounded once. A manual discount above the caller's limit is 422 naming it.",
            .body = std::move(body),
            .successes = {{200, "the priced lines and their totals", std::move(answer)}},
            .refusals = {ErrorCode::kForbidden}};
}

}  // namespace

void AddPricingRoutes(Router& router, Backend& backend) {
    auto& services = backend.services;
    router.Add(boost::beast::http::verb::post, "/api/v1/pricing/quote", QuoteOperation(),
               Authenticated(services, [&services](Request& request, const service::Caller& caller) {
                   auto json = ParseJsonObject(request);
                   if (!json) return ErrorResponse(json.error());
                   auto body = ParseQuote(*json);
                   if (!body) return ErrorResponse(body.error());
                   auto account = body->request.account_id;
                   return Reply(services.pricing.Price(caller, body->request, std::move(body->lines.items)),
                                [account](const service::PricingService::Quote& quote) {
                                    return JsonTextResponse(boost::beast::http::status::ok,
                                                            QuoteJsonText(quote, account));
                                });
               }));
}

}  // namespace rapport::http
