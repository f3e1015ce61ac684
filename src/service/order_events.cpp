#include "service/order_rules.hpp"

namespace rapport::service {
namespace {

std::string LinesJson(const std::vector<domain::EventLine>& lines) {
    boost::json::array array;
    for (const auto& line : lines) {
        array.push_back({{"line_no", line.line_no}, {"quantity", Codec<Quantity>::ToJson(line.quantity)}});
    }
    return boost::json::serialize(array);
}

Result<std::vector<domain::EventLine>> ReadLines(std::string_view text) {
    boost::system::error_code error;
    auto json = boost::json::parse(text, error);
    if (error || !json.is_array()) return MakeError(ErrorCode::kInternal, "an order event's stored lines are not JSON");
    std::vector<domain::EventLine> lines;
    for (const auto& item : json.get_array()) {
        lines.push_back(
            {item.at("line_no").as_int64(), RAPPORT_TRY(Codec<Quantity>::FromJson(item.at("quantity"), "quantity"))});
    }
    return lines;
}

}  // namespace

Result<domain::Order> OrderEvents::Post(const Caller& caller, OrderId order,
                                        std::optional<std::int64_t> expected_version, domain::OrderEvent event) {
    return database_.TransactFor<domain::Order>(store::Access::kWrite, [&](store::Transaction& transaction) {
        Context context{transaction, caller, Now()};
        return PostIn(context, order, expected_version, event);
    });
}

Result<domain::Order> OrderEvents::PostIn(Context& context, OrderId order, std::optional<std::int64_t> expected_version,
                                          const domain::OrderEvent& event) {
    auto apply = [&](Context& inner, const domain::Order&,
                     domain::Order& after) -> Result<std::optional<domain::Order>> {
        RAPPORT_CHECK(domain::ApplyEvent(after, event));
        std::vector<store::Value> params{
            ToInt(order),
            ToSeconds(inner.now),
            ToInt(inner.caller.id),
            std::string(EnumName(event.kind)),
            event.department ? store::Value(std::string(EnumName(*event.department))) : store::Value(),
            LinesJson(event.lines),
            event.note ? store::Value(*event.note) : store::Value()};
        RAPPORT_CHECK(
            inner.transaction.Execute("INSERT INTO order_event (order_id, at, user_id, kind, department, lines, note) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                      params));
        return std::optional<domain::Order>{};
    };
    auto acted = RAPPORT_TRY(RecordService<domain::Order>::ActIn(context, order, expected_version, apply,
                                                                 RecordService<domain::Order>::Actors::kReaders));
    return std::move(acted.record);
}

Result<std::vector<domain::OrderEvent>> OrderEvents::List(const Caller& caller, OrderId order) {
    return database_.TransactFor<std::vector<domain::OrderEvent>>(
        store::Access::kRead, [&](store::Transaction& transaction) -> Result<std::vector<domain::OrderEvent>> {
            // The log is the order's: whoever cannot see the order hears that it does not exist.
            RAPPORT_CHECK(ToStatus(RecordService<domain::Order>::GetIn(transaction, caller, order)));
            std::vector<domain::OrderEvent> events;
            std::vector<store::Value> params{ToInt(order)};
            RAPPORT_CHECK(transaction.Query(
                "SELECT id, at, user_id, kind, department, lines, note FROM order_event WHERE order_id = ? ORDER BY id",
                params, [&](const store::Row& row) -> Status {
                    domain::OrderEvent event;
                    event.id = row.Int(0);
                    event.order_id = order;
                    event.at = Timestamp{std::chrono::seconds{row.Int(1)}};
                    event.user_id = static_cast<UserId>(row.Int(2));
                    event.kind = ParseEnum<domain::OrderEventKind>(row.Text(3)).value_or(domain::OrderEventKind::kNote);
                    if (!row.IsNull(4)) event.department = ParseEnum<domain::Department>(row.Text(4));
                    event.lines = RAPPORT_TRY(ReadLines(row.Text(5)));
                    if (!row.IsNull(6)) event.note = std::string(row.Text(6));
                    events.push_back(std::move(event));
                    return {};
                }));
            return events;
        });
}

}  // namespace rapport::service
