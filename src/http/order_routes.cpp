#include "http/api.hpp"
#include "http/handlers.hpp"
#include "http/record_routes.hpp"
#include "http/request_parsing.hpp"
#include "service/order_rules.hpp"

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;

Result<domain::OrderEvent> ParseEvent(const boost::json::object& json) {
    domain::OrderEvent event;
    for (const auto& member : json) {
        std::string_view name(member.key().data(), member.key().size());
        const auto& value = member.value();
        if (name == "kind") {
            event.kind = RAPPORT_TRY(Codec<domain::OrderEventKind>::FromJson(value, "kind"));
        } else if (name == "department") {
            event.department = RAPPORT_TRY(Codec<std::optional<domain::Department>>::FromJson(value, "department"));
        } else if (name == "note") {
            event.note = RAPPORT_TRY(Codec<std::optional<std::string>>::FromJson(value, "note"));
        } else if (name == "lines") {
            if (!value.is_array()) return InvalidField("lines", "lines must be an array of {line_no, quantity}");
            for (std::size_t i = 0; i < value.get_array().size(); ++i) {
                auto field = "lines[" + std::to_string(i) + "]";
                const auto* line = value.get_array()[i].if_object();
                if (!line || !line->contains("line_no") || !line->contains("quantity")) {
                    return InvalidField(field, field + " must be {line_no, quantity}");
                }
                event.lines.push_back(
                    {RAPPORT_TRY(Codec<std::int64_t>::FromJson(line->at("line_no"), field + ".line_no")),
                     RAPPORT_TRY(Codec<Quantity>::FromJson(line->at("quantity"), field + ".quantity"))});
            }
        } else {
            return InvalidField(std::string(name), "an order event has no member " + std::string(name));
        }
    }
    if (!json.contains("kind")) return InvalidField("kind", "kind is required");
    return event;
}

boost::json::object EventJson(const domain::OrderEvent& event) {
    boost::json::array lines;
    for (const auto& line : event.lines) {
        lines.push_back({{"line_no", line.line_no}, {"quantity", Codec<Quantity>::ToJson(line.quantity)}});
    }
    return {{"id", std::to_string(event.id)},
            {"order_id", Codec<OrderId>::ToJson(event.order_id)},
            {"at", Codec<Timestamp>::ToJson(event.at)},
            {"user_id", Codec<UserId>::ToJson(event.user_id)},
            {"kind", Codec<domain::OrderEventKind>::ToJson(event.kind)},
            {"department", Codec<std::optional<domain::Department>>::ToJson(event.department)},
            {"lines", std::move(lines)},
            {"note", Codec<std::optional<std::string>>::ToJson(event.note)}};
}

boost::json::object EventSchema() {
    boost::json::object line{
        {"type", "object"},
        {"required", boost::json::array{"line_no", "quantity"}},
        {"properties", {{"line_no", Codec<std::int64_t>::Schema()}, {"quantity", Codec<Quantity>::Schema()}}}};
    auto schema = AnswerSchema({{"id", {{"type", "string"}}},
                                {"order_id", Codec<OrderId>::Schema()},
                                {"at", Codec<Timestamp>::Schema()},
                                {"user_id", Codec<UserId>::Schema()},
                                {"kind", Codec<domain::OrderEventKind>::Schema()},
                                {"department", Codec<std::optional<domain::Department>>::Schema()},
                                {"lines", {{"type", "array"}, {"items", std::move(line)}}},
                                {"note", {{"type", "string"}, {"nullable", true}}}});
    schema["example"] = {{"id", "5120"},
                         {"order_id", "145"},
                         {"at", "2026-11-25T07:40:00Z"},
                         {"user_id", "12"},
                         {"kind", "shipped"},
                         {"department", "shipping"},
                         {"lines", boost::json::array{{{"line_no", 1}, {"quantity", "8"}}}},
                         {"note", "Truck 2, morning run"}};
    return schema;
}

Operation ListEventsOperation() {
    return {.id = "listOrderEvents",
            .tag = "orders",
            .summary = "The hand-off log of an order, oldest first",
            .parameters = {PathId()},
            .successes = {{200, "the order's events",
                           AnswerSchema({{"items", {{"type", "array"}, {"items", SchemaRef("OrderEvent")}}}})}},
            .schemas = {{"OrderEvent", EventSchema()}}};
}

Operation PostEventOperation() {
    boost::json::object line{
        {"type", "object"},
        {"required", boost::json::array{"line_no", "quantity"}},
        {"properties", {{"line_no", Codec<std::int64_t>::Schema()}, {"quantity", Codec<Quantity>::Schema()}}}};
    boost::json::object body{{"type", "object"},
                             {"required", boost::json::array{"kind"}},
                             {"properties",
                              {{"kind", Codec<domain::OrderEventKind>::Schema()},
                               {"department", Codec<std::optional<domain::Department>>::Schema()},
                               {"lines", {{"type", "array"}, {"items", std::move(line)}}},
                               {"note", {{"type", "string"}, {"nullable", true}}}}},
                             {"example",
                              {{"kind", "reserved"},
                               {"department", "warehouse"},
                               {"lines", boost::json::array{{{"line_no", 1}, {"quantity", "12.5"}}}}}}};
    return {.id = "postOrderEvent",
            .tag = "orders",
            .summary = "Log a hand-off event; reserved, shipped and delivered events move the lines' quantities",
            .description =
                "A line may never be reserved beyond what was ordered, shipped beyond what was reserved, or "
                "delivered beyond what was shipped (422 naming lines[i].quantity). The order's statuses "
                "follow: in_fulfilment, shipped, delivered. Operations staff post events too.",
            .parameters = {PathId(), IfMatchHeader()},
            .body = std::move(body),
            .successes = {{200, "the order, after the event", SchemaRef("Order"), {"ETag"}}},
            .refusals = {ErrorCode::kInvalidTransition},
            .schemas = RecordDocs<domain::Order>::ReadSchemas()};
}

}  // namespace

void AddOrderEventRoutes(Router& router, Backend& backend) {
    auto& services = backend.services;
    router.Add(verb::get, "/api/v1/orders/{id}/events", ListEventsOperation(),
               Authenticated(services, [&services](Request& request, const service::Caller& caller) {
                   auto id = ParsePathId<OrderId>(request, "order");
                   if (!id) return ErrorResponse(id.error());
                   return Reply(services.order_events.List(caller, *id),
                                [](const std::vector<domain::OrderEvent>& events) {
                                    boost::json::array items;
                                    for (const auto& event : events) items.push_back(EventJson(event));
                                    return JsonResponse(status::ok, {{"items", std::move(items)}});
                                });
               }));
    router.Add(verb::post, "/api/v1/orders/{id}/events", PostEventOperation(),
               Authenticated(services, [&services](Request& request, const service::Caller& caller) {
                   auto id = ParsePathId<OrderId>(request, "order");
                   if (!id) return ErrorResponse(id.error());
                   auto version = ParseIfMatch(request);
                   if (!version) return ErrorResponse(version.error());
                   auto json = ParseJsonObject(request);
                   if (!json) return ErrorResponse(json.error());
                   auto event = ParseEvent(*json);
                   if (!event) return ErrorResponse(event.error());
                   return Reply(services.order_events.Post(caller, *id, *version, std::move(*event)),
                                [](const domain::Order& order) { return RecordResponse(order); });
               }));
}

}  // namespace rapport::http
