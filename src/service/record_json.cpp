#include "service/record_json.hpp"

namespace rapport::service {

namespace record_json_detail {
bool IsBookkeeping(std::string_view name) {
    return name == "id" || name == "version" || name == "created_at" || name == "updated_at" || name == "created_by" ||
           name == "updated_by";
}

Error UnknownField(std::string_view collection, std::string_view name) {
    return InvalidField(std::string(name), std::string(collection) + " have no field " + std::string(name));
}
}  // namespace record_json_detail

boost::json::object Diff(const boost::json::object& before, const boost::json::object& after) {
    boost::json::object changes;
    for (const auto& [key, value] : after) {
        if (key == "version" || key == "updated_at" || key == "updated_by" || key == "created_at" ||
            key == "created_by" || key == "id") {
            continue;
        }
        auto old_value = before.if_contains(key);
        if (old_value && *old_value == value) continue;
        boost::json::object change;
        if (old_value) change["from"] = *old_value;
        change["to"] = value;
        changes[key] = std::move(change);
    }
    return changes;
}

}  // namespace rapport::service
