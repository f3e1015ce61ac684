#pragma once

#include "store/database.hpp"

#include <memory>
#include <string>

namespace rapport::store::postgres {

/// Connects to the PostgreSQL server at `url` ("postgresql://user[:password]@host:port/db").
/// Connections are pooled and opened on demand; each keeps its prepared statements. Writes are
/// durable when the server acknowledges COMMIT (synchronous_commit as the server sets it).
Result<std::unique_ptr<Database>> OpenPostgres(const std::string& url);

}  // namespace rapport::store::postgres
