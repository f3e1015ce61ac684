#include "store/postgres/pg_transaction.hpp"

#include "store/search_text.hpp"

#include <charconv>
#include <cstdlib>

namespace rapport::store::postgres {
namespace {

// Rows of a result in text format: integers are parsed from their decimal text.
class ResultRow final : public Row {
public:
    ResultRow(const PGresult* result, int row) : result_(result), row_(row) {}

    bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
    std::int64_t Int(int column) const override {
        auto text = Text(column);
        std::int64_t value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        return value;
    }
    std::string_view Text(int column) const override {
        return {PQgetvalue(result_, row_, column), static_cast<std::size_t>(PQgetlength(result_, row_, column))};
    }

private:
    const PGresult* result_;
    int row_;
};

// The words of `document` as SQLite's tokenizer would see them, so that both engines match the same accounts.
std::string VectorWords(std::string_view document) {
    std::string words;
    for (const auto& word : SearchWords(document)) {
        if (!words.empty()) words += ' ';
        words += word;
    }
    return words;
}

// How many new documents go to one INSERT: each is a round trip of its own otherwise.
constexpr std::size_t kDocumentsPerStatement = 100;

}  // namespace

Status PgTransaction::Query(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) {
    auto result = RAPPORT_TRY(connection_.Execute(sql, params));
    int rows = PQntuples(result.get());
    for (int row = 0; row < rows; ++row) RAPPORT_CHECK(on_row(ResultRow(result.get(), row)));
    return {};
}

Result<std::int64_t> PgTransaction::Execute(std::string_view sql, std::span<const Value> params) {
    auto result = RAPPORT_TRY(connection_.Execute(sql, params));
    const char* changed = PQcmdTuples(result.get());
    return static_cast<std::int64_t>(changed && *changed ? std::strtoll(changed, nullptr, 10) : 0);
}

Result<std::int64_t> PgTransaction::Insert(std::string_view sql, std::span<const Value> params) {
    auto result = RAPPORT_TRY(connection_.Execute(std::string(sql) + " RETURNING id", params));
    if (PQntuples(result.get()) != 1) return MakeError(ErrorCode::kInternal, "database error");
    return ResultRow(result.get(), 0).Int(0);
}

Status PgTransaction::ReplaceSearchDocument(const SearchDocument& document) {
    if (document.text.empty()) return RemoveSearchDocument(document.account_id);
    // The text itself is kept for display and re-indexing. The owner is not indexed: a GIN index cannot
    // narrow by it, and the visibility condition does.
    std::vector<Value> params{document.account_id, document.text, VectorWords(document.text)};
    return ToStatus(Execute(
        "INSERT INTO account_search (account_id, document, document_vector) VALUES (?, ?, to_tsvector('simple', ?)) "
        "ON CONFLICT (account_id) DO UPDATE SET document = excluded.document, document_vector = "
        "excluded.document_vector",
        params));
}

Status PgTransaction::RemoveSearchDocument(std::int64_t account_id) {
    Value id{account_id};
    return ToStatus(Execute("DELETE FROM account_search WHERE account_id = ?", std::span(&id, 1)));
}

Status PgTransaction::AddSearchDocuments(std::span<const SearchDocument> documents) {
    std::vector<Value> params;
    std::string sql;
    for (std::size_t first = 0; first < documents.size(); first += kDocumentsPerStatement) {
        auto group = documents.subspan(first, std::min(kDocumentsPerStatement, documents.size() - first));
        params.clear();
        sql = "INSERT INTO account_search (account_id, document, document_vector) VALUES ";
        for (const auto& document : group) {
            // An empty document is no document, as AddSearchDocument has it.
            if (document.text.empty()) continue;
            if (!params.empty()) sql += ", ";
            sql += "(?, ?, to_tsvector('simple', ?))";
            params.insert(params.end(), {document.account_id, document.text, VectorWords(document.text)});
        }
        // A full group has one text, so that one prepared statement serves every group of an import.
        if (!params.empty()) RAPPORT_CHECK(Execute(sql, params));
    }
    return {};
}

Transaction::SearchFilter PgTransaction::MatchAccounts(std::string_view query, const Scope&) const {
    // Words are letters and digits only, so the tsquery built from them cannot carry operators.
    std::string match;
    for (const auto& word : SearchWords(query)) {
        if (!match.empty()) match += " & ";
        match += word + ":*";
    }
    if (match.empty()) return {"0 = 1", {}, std::nullopt};
    return {"account.id IN (SELECT account_id FROM account_search WHERE document_vector @@ to_tsquery('simple', ?))",
            {std::move(match)},
            std::nullopt};
}

}  // namespace rapport::store::postgres
