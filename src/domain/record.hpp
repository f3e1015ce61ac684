#pragma once

#include "core/ids.hpp"
#include "core/result.hpp"
#include "core/values.hpp"
#include "core/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::domain {

/// Bookkeeping every record carries, set by the store and never by a client.
struct RecordMeta {
    std::int64_t version = 0;
    Timestamp created_at{};
    Timestamp updated_at{};
    UserId created_by{};
    UserId updated_by{};
};

/// How rows of a collection are scoped to a caller (see store/visibility.hpp).
enum class VisibleBy {
    kEveryone,       // Users and teams: any signed-in user may read them.
    kOwner,          // owner_id must be in the caller's scope.
    kAccount,        // The account_id's owner must be in scope.
    kOwnerOrAccount, // Either the record's owner or its account's owner is in scope.
    kAbsence,        // The absent user or the deputy is in scope.
    kFulfilment,     // As kOwnerOrAccount; and every row for operations staff (orders, invoices).
};

/// Specialised per record type: table, collection, id type and fields. Generic store, JSON, CSV
/// and OpenAPI code is written once against it.
template <typename Record>
struct RecordTraits;

}  // namespace rapport::domain

namespace rapport::domain {

/// Fails with kInvalidArgument naming `field` unless `value` has between `min` and `max` bytes.
Status CheckLength(std::string_view value, std::string_view field, std::size_t min, std::size_t max);

/// Same, for an optional value; absent passes.
Status CheckLength(const std::optional<std::string>& value, std::string_view field, std::size_t max);

/// Fails with kInvalidArgument unless every tag is trimmed, 1–50 bytes and has no comma.
Status Validate(const Tags& tags);

}  // namespace rapport::domain
