#pragma once

#include "store/database.hpp"

#include <string>
#include <string_view>

namespace rapport::store {

/// Keeps the lines of a migration that apply to `engine`: those outside any "-- @engine NAME"
/// block, and those inside a block for that engine.
std::string SqlForEngine(std::string_view sql, Engine engine);

/// Splits a migration script into statements at semicolons that end a line.
std::vector<std::string> SplitStatements(std::string_view script);

}  // namespace rapport::store
