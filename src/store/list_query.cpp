#include "store/list_query.hpp"

#include "core/base64.hpp"

#include <charconv>

namespace rapport::store {
namespace {

// A cursor is base64url("<sort>\x1f<i|t><sort key>\x1f<id>"): opaque to clients, and sealed to
// the sort it was made for.
constexpr char kSeparator = '\x1f';

Error BadCursor() {
    return MakeError(ErrorCode::kMalformed, "cursor is not one this list returned with the same sort", "cursor");
}

}  // namespace

std::string EncodeCursor(std::string_view sort, const Value& sort_value, std::int64_t id) {
    std::string text(sort);
    text += kSeparator;
    if (auto number = std::get_if<std::int64_t>(&sort_value)) {
        text += 'i' + std::to_string(*number);
    } else if (auto string = std::get_if<std::string>(&sort_value)) {
        text += 't' + *string;
    }
    text += kSeparator;
    text += std::to_string(id);
    return EncodeBase64Url(text);
}

Result<Cursor> DecodeCursor(std::string_view text, std::string_view sort, bool sort_is_text) {
    auto decoded = DecodeBase64Url(text);
    if (!decoded) return BadCursor();
    std::string_view rest = *decoded;
    auto first = rest.find(kSeparator);
    auto last = rest.rfind(kSeparator);
    if (first == std::string_view::npos || first == last || rest.substr(0, first) != sort) return BadCursor();
    auto key = rest.substr(first + 1, last - first - 1);
    auto id_text = rest.substr(last + 1);
    Cursor cursor;
    auto [end, error] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), cursor.id);
    if (error != std::errc{} || end != id_text.data() + id_text.size()) return BadCursor();
    if (sort.empty()) return cursor;
    if (key.empty() || key.front() != (sort_is_text ? 't' : 'i')) return BadCursor();
    key.remove_prefix(1);
    if (sort_is_text) {
        cursor.sort_value = std::string(key);
    } else {
        std::int64_t number = 0;
        auto [number_end, number_error] = std::from_chars(key.data(), key.data() + key.size(), number);
        if (number_error != std::errc{} || number_end != key.data() + key.size()) return BadCursor();
        cursor.sort_value = number;
    }
    return cursor;
}

Value ReadSortValue(const Row& row, int column, bool is_text) {
    if (row.IsNull(column)) return Value{};
    if (is_text) return std::string(row.Text(column));
    return row.Int(column);
}

std::string EscapeLike(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

namespace list_detail {
void AppendCondition(std::string& sql, std::vector<Value>& params, Condition condition) {
    if (condition.sql.empty()) return;
    sql += " AND ";
    sql += condition.sql;
    params.insert(params.end(), std::make_move_iterator(condition.params.begin()),
                  std::make_move_iterator(condition.params.end()));
}
}  // namespace list_detail

}  // namespace rapport::store
