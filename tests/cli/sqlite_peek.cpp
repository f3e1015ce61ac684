#include "cli/sqlite_peek.hpp"

#include <dlfcn.h>
#include <sqlite3.h>

#include <stdexcept>

namespace rapport::test {
namespace {

// The few entry points used, looked up once in the shared library; the declarations come from sqlite3.h.
struct Sqlite {
    decltype(&sqlite3_open_v2) open = nullptr;
    decltype(&sqlite3_prepare_v2) prepare = nullptr;
    decltype(&sqlite3_step) step = nullptr;
    decltype(&sqlite3_column_int64) column_int64 = nullptr;
    decltype(&sqlite3_finalize) finalize = nullptr;
    decltype(&sqlite3_close) close = nullptr;
    decltype(&sqlite3_errmsg) errmsg = nullptr;
};

template <typename Function>
void Load(void* library, const char* name, Function& function) {
    function = reinterpret_cast<Function>(dlsym(library, name));
    if (function == nullptr) throw std::runtime_error(std::string("libsqlite3 lacks ") + name);
}

const Sqlite& Library() {
    static const Sqlite sqlite = [] {
        void* library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr) throw std::runtime_error("cannot load libsqlite3.so.0");
        Sqlite loaded;
        Load(library, "sqlite3_open_v2", loaded.open);
        Load(library, "sqlite3_prepare_v2", loaded.prepare);
        Load(library, "sqlite3_step", loaded.step);
        Load(library, "sqlite3_column_int64", loaded.column_int64);
        Load(library, "sqlite3_finalize", loaded.finalize);
        Load(library, "sqlite3_close", loaded.close);
        Load(library, "sqlite3_errmsg", loaded.errmsg);
        return loaded;
    }();
    return sqlite;
}

}  // namespace

std::int64_t QueryNumber(const std::filesystem::path& path, const std::string& sql) {
    const auto& sqlite = Library();
    sqlite3* db = nullptr;
    if (sqlite.open(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite.close(db);
        throw std::runtime_error("cannot open " + path.string());
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite.prepare(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        std::string message = sqlite.errmsg(db);
        sqlite.close(db);
        throw std::runtime_error("cannot run " + sql + ": " + message);
    }
    bool has_row = sqlite.step(statement) == SQLITE_ROW;
    std::int64_t value = has_row ? sqlite.column_int64(statement, 0) : 0;
    sqlite.finalize(statement);
    sqlite.close(db);
    if (!has_row) throw std::runtime_error("no row from " + sql);
    return value;
}

}  // namespace rapport::test
