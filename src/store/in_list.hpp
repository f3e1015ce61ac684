#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace rapport::store {

/// The values of `column IN (…)` for some ids, and its placeholders.
struct InList {
    std::string placeholders;  // "?, ?, …"
    std::vector<Value> params;
};

/// The list of `ids` (at least one), padded with the last to a power of two: IN ignores repeats, and a few
/// statement texts, each prepared once, then serve any number of ids.
InList MakeInList(std::span<const std::int64_t> ids);

}  // namespace rapport::store
