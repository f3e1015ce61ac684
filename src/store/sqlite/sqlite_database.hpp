#pragma once

#include "store/database.hpp"

#include <memory>
#include <string>

namespace rapport::store::sqlite {

/// Opens (creating if missing) the SQLite database at `path`, in WAL mode with synchronous=FULL,
/// so that a committed transaction survives a crash or power loss. One writer connection serves
/// all writes in turn; reads run on a pool of reader connections in parallel.
Result<std::unique_ptr<Database>> OpenSqlite(const std::string& path);

}  // namespace rapport::store::sqlite
