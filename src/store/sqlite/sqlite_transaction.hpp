#pragma once

#include "store/database.hpp"
#include "store/sqlite/connection.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store::sqlite {

/// A transaction on one SQLite connection; BEGIN and COMMIT are the database's business.
class SqliteTransaction final : public Transaction {
public:
    explicit SqliteTransaction(Connection& connection) : connection_(connection) {}

    Status Query(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) override;
    Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) override;
    Result<std::int64_t> Insert(std::string_view sql, std::span<const Value> params) override;
    Result<std::int64_t> NewId(std::string_view table) override;
    Status DeferIndexes(std::string_view table, std::int64_t rows_written) override;
    Status BuildDeferredIndexes() override;
    Engine engine() const override { return Engine::kSqlite; }
    Status ReplaceSearchDocument(const SearchDocument& document) override;
    Status RemoveSearchDocument(std::int64_t account_id) override;
    Status AddSearchDocument(const SearchDocument& document) override;
    SearchFilter MatchAccounts(std::string_view query, const Scope& scope) const override;

private:
    // The largest id in `table` (a compiled-in name), 0 when it has no rows.
    Result<std::int64_t> LargestId(std::string_view table);
    Result<sqlite3_stmt*> Bind(std::string_view sql, std::span<const Value> params);
    // Runs `sql`, an INSERT of (rowid, document, owner), for `document`.
    Status WriteSearchDocument(std::string_view sql, const SearchDocument& document);

    Connection& connection_;
    // The last id NewId handed out, by table. The transaction is the only writer, so the largest id
    // stays the one it read or handed out.
    std::map<std::string, std::int64_t, std::less<>> last_ids_;
    // DeferIndexes: by table, its largest id before this transaction wrote (rows are never deleted, so it
    // counts the rows it had), or nothing once its indexes are dropped.
    std::map<std::string, std::optional<std::int64_t>, std::less<>> deferrable_;
    // The CREATE INDEX statements of the indexes dropped, as the schema holds them.
    std::vector<std::string> deferred_indexes_;
};

}  // namespace rapport::store::sqlite
