#pragma once

#include <boost/json/value.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>

namespace rapport::fuzz {

/// Whether two JSON values are the same, doubles allowed to differ in their last two bits. Boost 1.81's parser
/// does not round every number correctly (1.83 added precise parsing), so a double read back from what its own
/// serializer wrote may come back one unit in the last place away: "2.5555555555555554E39" reads as the double
/// written "2.555555555555555E39". Everything else compares exactly.
inline bool AlmostEqualJson(const boost::json::value& a, const boost::json::value& b) {
    if (a.is_double() && b.is_double()) {
        double x = a.get_double();
        double y = b.get_double();
        if (x == y) return true;
        if ((x < 0) != (y < 0)) return false;
        auto bits_x = std::bit_cast<std::int64_t>(x);
        auto bits_y = std::bit_cast<std::int64_t>(y);
        return (bits_x > bits_y ? bits_x - bits_y : bits_y - bits_x) <= 2;
    }
    if (a.is_array() && b.is_array()) {
        const auto& first = a.get_array();
        const auto& second = b.get_array();
        return first.size() == second.size() && std::equal(first.begin(), first.end(), second.begin(), AlmostEqualJson);
    }
    if (a.is_object() && b.is_object()) {
        const auto& first = a.get_object();
        const auto& second = b.get_object();
        return first.size() == second.size() && std::all_of(first.begin(), first.end(), [&](const auto& member) {
                   auto other = second.if_contains(member.key());
                   return other && AlmostEqualJson(member.value(), *other);
               });
    }
    return a == b;
}

}  // namespace rapport::fuzz
