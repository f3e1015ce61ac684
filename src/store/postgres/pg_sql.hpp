#pragma once

#include <string>
#include <string_view>

namespace rapport::store::postgres {

/// Rewrites `?` placeholders as $1, $2, … outside quoted literals and identifiers.
std::string NumberPlaceholders(std::string_view sql);

/// Adapts the portable DDL of a migration to PostgreSQL: SQLite's rowid key `INTEGER PRIMARY KEY`
/// becomes a BIGINT identity column.
std::string AdaptDdl(std::string_view sql);

}  // namespace rapport::store::postgres
