#include "store/statement_shapes.hpp"

#include "core/assert.hpp"

#include <bit>

namespace rapport::store {

std::size_t NextGroupSize(std::size_t left, std::size_t largest) {
    return left >= largest ? largest : std::bit_floor(left);
}

InList MakeInList(std::span<const std::int64_t> ids) {
    RAPPORT_ASSERT(!ids.empty(), "an IN list names at least one id");
    InList list;
    list.params.assign(ids.begin(), ids.end());
    list.params.resize(std::bit_ceil(ids.size()), ids.back());
    list.placeholders.reserve(3 * list.params.size());
    for (std::size_t i = 0; i < list.params.size(); ++i) list.placeholders += i == 0 ? "?" : ", ?";
    return list;
}

}  // namespace rapport::store
