#pragma once

#include "store/database.hpp"
#include "store/postgres/pg_connection.hpp"

#include <map>
#include <string>
#include <vector>

namespace rapport::store::postgres {

/// A transaction on one PostgreSQL connection; BEGIN and COMMIT are the database's business.
class PgTransaction final : public Transaction {
public:
    /// How the database runs QueryApart's statement: in a transaction of its own on another connection.
    using Apart = std::function<Status(std::string_view, std::span<const Value>, const RowCallback&)>;

    explicit PgTransaction(Connection& connection, Apart apart = nullptr)
        : connection_(connection), apart_(std::move(apart)) {}

    Status Query(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) override;
    Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) override;
    Status ExecuteLater(std::string_view sql, std::span<const Value> params) override;
    Result<bool> CopyRows(std::string_view table_and_columns, std::size_t columns,
                          std::span<const Value> rows) override;
    Result<std::int64_t> Insert(std::string_view sql, std::span<const Value> params) override;
    Result<std::int64_t> NewId(std::string_view table) override;
    Status RefreshStatistics(std::string_view table) override;
    Status PlanOnceForAnyParameters() override;
    Engine engine() const override { return Engine::kPostgres; }
    Result<bool> QueryApart(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) override;
    Status ReplaceSearchDocument(const SearchDocument& document) override;
    Status RemoveSearchDocument(std::int64_t account_id) override;
    Status AddSearchDocuments(std::span<const SearchDocument> documents) override;
    Status ReplaceSearchDocuments(std::span<const SearchDocument> documents) override;
    SearchFilter MatchAccounts(std::string_view query, const Scope& scope) const override;

private:
    // INSERTs `documents` (those with text), several to a statement, followed by `on_conflict`.
    Status WriteSearchDocuments(std::span<const SearchDocument> documents, std::string_view on_conflict);
    // The same for many documents, which it copies.
    Status CopySearchDocuments(std::span<const SearchDocument* const> documents, std::string_view on_conflict);

    // Ids taken from a table's sequence and not handed out yet: a round trip fetches many.
    struct ReservedIds {
        std::vector<std::int64_t> ids;
        std::size_t next = 0;
    };

    Connection& connection_;
    Apart apart_;
    std::map<std::string, ReservedIds, std::less<>> reserved_ids_;
    bool planning_once_ = false;          // PlanOnceForAnyParameters ran.
    bool document_copies_ready_ = false;  // The table CopySearchDocuments copies into exists.
};

}  // namespace rapport::store::postgres
