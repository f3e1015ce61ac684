#include "store/sql_codec.hpp"

#include <spdlog/spdlog.h>

namespace rapport::store {

namespace sql_detail {
Error Corrupt(std::string_view what) {
    spdlog::error("the database holds an unreadable {}", what);
    return MakeError(ErrorCode::kInternal, "database error");
}
}  // namespace sql_detail

void SqlCodec<Tags>::Bind(const Tags& value, std::vector<Value>& out) {
    std::string text = ",";
    for (const auto& tag : value.values) text += tag + ",";
    out.emplace_back(value.values.empty() ? std::string() : std::move(text));
}

Result<Tags> SqlCodec<Tags>::Read(const Row& row, int& column) {
    Tags tags;
    auto text = row.Text(column++);
    while (!text.empty()) {
        auto comma = text.find(',');
        if (comma == std::string_view::npos) comma = text.size();
        if (comma > 0) tags.values.emplace_back(text.substr(0, comma));
        text.remove_prefix(std::min(comma + 1, text.size()));
    }
    return tags;
}

}  // namespace rapport::store
