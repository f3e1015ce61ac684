#pragma once

#include "store/database.hpp"

#include <string>
#include <string_view>

namespace rapport::store::postgres {

/// Rewrites `?` placeholders as $1, $2, … outside quoted literals and identifiers.
std::string NumberPlaceholders(std::string_view sql);

/// Appends `value` as a field of COPY's text format: NULL as \N, and the backslash, tab, newline and carriage
/// return of text escaped. Text ends at its first NUL byte, as it does when bound as a parameter.
void AppendCopyValue(std::string& out, const Value& value);

/// Adapts the portable DDL of a migration to PostgreSQL: SQLite's rowid key `INTEGER PRIMARY KEY`
/// becomes a BIGINT identity column.
std::string AdaptDdl(std::string_view sql);

}  // namespace rapport::store::postgres
