#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace rapport::test {

/// The first column of the first row of `sql` (a COUNT, say) run on the SQLite database at `path`. For tests
/// that look beneath the command line on purpose, e.g. for audit rows that no export shows. cli_tests links no
/// database code, so this loads the system's libsqlite3 at run time. Throws std::runtime_error on failure.
std::int64_t QueryNumber(const std::filesystem::path& path, const std::string& sql);

}  // namespace rapport::test
