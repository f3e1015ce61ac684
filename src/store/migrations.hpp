#pragma once

#include <string_view>
#include <vector>

namespace rapport::store {

/// A numbered schema change, compiled in from store/migrations/NNNN_name.sql.
struct Migration {
    std::string_view name;  // "0001_init": the number orders them.
    std::string_view sql;
};

/// Every migration, in the order they apply.
const std::vector<Migration>& Migrations();

}  // namespace rapport::store
