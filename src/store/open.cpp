#include "store/database.hpp"

#include "store/postgres/pg_database.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace rapport::store {

Result<std::unique_ptr<Database>> Open(std::string_view url) {
    if (url.starts_with("sqlite:")) {
        auto path = url.substr(std::string_view("sqlite:").size());
        if (path.empty()) return InvalidField("db", "a sqlite: URL needs a file path, as in sqlite:./rapport.db");
        return sqlite::OpenSqlite(std::string(path));
    }
    if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        return postgres::OpenPostgres(std::string(url));
    }
    return InvalidField("db", "database URL must start with sqlite: or postgresql://");
}

std::string Describe(std::string_view url) {
    auto at = url.find('@');
    auto scheme_end = url.find("://");
    if (at == std::string_view::npos || scheme_end == std::string_view::npos) return std::string(url);
    auto credentials = url.substr(scheme_end + 3, at - scheme_end - 3);
    auto colon = credentials.find(':');
    if (colon == std::string_view::npos) return std::string(url);
    return std::string(url.substr(0, scheme_end + 3 + colon)) + ":***" + std::string(url.substr(at));
}

}  // namespace rapport::store
