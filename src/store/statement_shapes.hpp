#pragma once

#include "store/database.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace rapport::store {

// Statements whose length grows with their input (IN lists, multi-row INSERTs) are cut to a few lengths, so
// that a few statement texts, each prepared once, serve any number of values.

/// How many of `left` rows the next multi-row statement writes: `largest` while that many are left, then
/// falling powers of two.
std::size_t NextGroupSize(std::size_t left, std::size_t largest);

/// The values of `column IN (…)` for some ids, and its placeholders.
struct InList {
    std::string placeholders;  // "?, ?, …"
    std::vector<Value> params;
};

/// The list of `ids` (at least one), padded with the last to a power of two (IN ignores repeats).
InList MakeInList(std::span<const std::int64_t> ids);

}  // namespace rapport::store
