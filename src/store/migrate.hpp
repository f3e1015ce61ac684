#pragma once

#include "store/database.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace rapport::store {

/// Keeps the lines of a migration that apply to `engine`: those outside any "-- @engine NAME"
/// block, and those inside a block for that engine.
std::string SqlForEngine(std::string_view sql, Engine engine);

/// Splits a migration script into statements at semicolons that end a line.
std::vector<std::string> SplitStatements(std::string_view script);

/// Applies the migration `name` in `transaction` unless schema_migration lists it already, running
/// each statement of `script` (the engine's own SQL) through `run` — DDL goes through the engine's
/// plain execution path, not prepared statements — and recording it. The caller serialises
/// concurrent migrators (an immediate transaction, an advisory lock).
Status ApplyIfPending(Transaction& transaction, std::string_view name, std::string_view script,
                      const std::function<Status(const std::string&)>& run);

}  // namespace rapport::store
