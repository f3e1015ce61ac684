#pragma once

#include "core/result.hpp"

namespace rapport::service {

/// A list of record types, for code written once and run for each of them.
template <typename... Records>
struct RecordTypes {
    /// Target<Records...>, e.g. a tuple of one service per type.
    template <template <typename...> class Target>
    using Apply = Target<Records...>;

    /// Calls `visit.template operator()<Record>()` for each type in order, and stops at the first error.
    template <typename Visit>
    static Status ForEach(Visit&& visit) {
        Status status;
        (void)((status = visit.template operator()<Records>(), static_cast<bool>(status)) && ...);
        return status;
    }
};

}  // namespace rapport::service
