#pragma once

#include "store/database.hpp"

namespace rapport::fuzz {

/// A migrated, empty SQLite database in a fresh temporary folder, opened on first use and removed when the
/// process exits: for targets whose code looks something up (an owner's e-mail, the route table's services)
/// but writes nothing. Stops the process when it cannot be made, since the target cannot run without it.
store::Database& ScratchDatabase();

}  // namespace rapport::fuzz
