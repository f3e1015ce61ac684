#pragma once

#include "store/database.hpp"
#include "store/postgres/pg_connection.hpp"

namespace rapport::store::postgres {

/// A transaction on one PostgreSQL connection; BEGIN and COMMIT are the database's business.
class PgTransaction final : public Transaction {
public:
    explicit PgTransaction(Connection& connection) : connection_(connection) {}

    Status Query(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) override;
    Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) override;
    Result<std::int64_t> Insert(std::string_view sql, std::span<const Value> params) override;
    Engine engine() const override { return Engine::kPostgres; }
    Status ReplaceSearchDocument(const SearchDocument& document) override;
    Status RemoveSearchDocument(std::int64_t account_id) override;
    Status AddSearchDocuments(std::span<const SearchDocument> documents) override;
    SearchFilter MatchAccounts(std::string_view query, const Scope& scope) const override;

private:
    Connection& connection_;
};

}  // namespace rapport::store::postgres
