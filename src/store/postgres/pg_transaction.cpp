#include "store/postgres/pg_transaction.hpp"

#include "store/search_text.hpp"
#include "store/statement_shapes.hpp"
#include "store/visibility.hpp"

#include <algorithm>
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

// How many documents go to one INSERT: each is a round trip of its own otherwise.
// How many documents a search of every account tests in id order before it asks the GIN index: enough that a
// prefix matching one document in 200 fills a typeahead's page, few enough to test in about a millisecond.
constexpr std::int64_t kSearchWindow = 2048;

constexpr std::size_t kDocumentsPerStatement = 64;

// From how many documents on they are copied (CopySearchDocuments) rather than INSERTed, and the table they are
// copied into first: the transaction's own, dropped when it ends.
constexpr std::size_t kDocumentsToCopy = 256;
constexpr std::string_view kDocumentCopies = "pg_temp.search_document_copy";

// What turns an INSERT of documents into a rewrite of those that exist.
constexpr std::string_view kReplaceDocument =
    " ON CONFLICT (account_id) DO UPDATE SET document = excluded.document, document_vector = excluded.document_vector, "
    "owner_id = excluded.owner_id";

// How many ids NewId takes from a sequence at a time: a few at first, so that a small import leaves small
// gaps, then more and more, up to a round trip per some thousand rows.
constexpr std::int64_t kFirstIdReservation = 16;
constexpr std::int64_t kLargestIdReservation = 4096;

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

Status PgTransaction::ExecuteLater(std::string_view sql, std::span<const Value> params) {
    return connection_.Send(sql, params);
}

Result<bool> PgTransaction::CopyRows(std::string_view table_and_columns, std::size_t columns,
                                     std::span<const Value> rows) {
    // COPY reads text rows straight into the table: no statement of thousands of parameters to plan, and no
    // parameter to convert one at a time.
    RAPPORT_CHECK(connection_.Copy(table_and_columns, columns, rows));
    return true;
}

Result<std::int64_t> PgTransaction::Insert(std::string_view sql, std::span<const Value> params) {
    auto result = RAPPORT_TRY(connection_.Execute(std::string(sql) + " RETURNING id", params));
    if (PQntuples(result.get()) != 1) return MakeError(ErrorCode::kInternal, "database error");
    return ResultRow(result.get(), 0).Int(0);
}

Result<bool> PgTransaction::QueryApart(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) {
    if (!apart_) return false;
    RAPPORT_CHECK(apart_(sql, params, on_row));
    return true;
}

Result<std::int64_t> PgTransaction::NewId(std::string_view table) {
    auto reserved = reserved_ids_.find(table);
    if (reserved == reserved_ids_.end()) reserved = reserved_ids_.emplace(std::string(table), ReservedIds{}).first;
    auto& block = reserved->second;
    if (block.next == block.ids.size()) {
        auto count = block.ids.empty()
                         ? kFirstIdReservation
                         : std::min(2 * static_cast<std::int64_t>(block.ids.size()), kLargestIdReservation);
        std::vector<Value> params{std::string(table), count};
        block.ids.clear();
        block.next = 0;
        // The sequence's numbers need not be consecutive (other sessions take some too); each is ours alone. It
        // is looked up once: pg_get_serial_sequence for each number cost five times nextval itself.
        RAPPORT_CHECK(
            Query("WITH sequence AS MATERIALIZED (SELECT pg_get_serial_sequence(?, 'id')::regclass AS id) "
                  "SELECT nextval(sequence.id) FROM sequence, generate_series(1, ?::bigint)",
                  params, [&](const Row& row) {
                      block.ids.push_back(row.Int(0));
                      return Status{};
                  }));
        if (block.ids.empty()) return MakeError(ErrorCode::kInternal, "database error");
    }
    return block.ids[block.next++];
}

Status PgTransaction::RefreshStatistics(std::string_view table) {
    // ANALYZE in a transaction counts the transaction's own new rows, and the new statistics replan the
    // prepared statements that read the table.
    return connection_.Run("ANALYZE " + std::string(table));
}

Status PgTransaction::PlanOnceForAnyParameters() {
    if (planning_once_) return {};
    planning_once_ = true;
    // For the rest of the transaction only (is_local): the session's other transactions keep PostgreSQL's choice.
    return ExecuteLater("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)", {});
}

Status PgTransaction::ReplaceSearchDocument(const SearchDocument& document) {
    if (document.text.empty()) return RemoveSearchDocument(document.account_id);
    // The text itself is kept for display and re-indexing. The owner is not indexed: a GIN index cannot
    // narrow by it, and the visibility condition does.
    return WriteSearchDocuments({&document, 1}, kReplaceDocument);
}

Status PgTransaction::RemoveSearchDocument(std::int64_t account_id) {
    Value id{account_id};
    return ExecuteLater("DELETE FROM account_search WHERE account_id = ?", std::span(&id, 1));
}

Status PgTransaction::AddSearchDocuments(std::span<const SearchDocument> documents) {
    return WriteSearchDocuments(documents, "");
}

Status PgTransaction::ReplaceSearchDocuments(std::span<const SearchDocument> documents) {
    for (const auto& document : documents) {
        if (document.text.empty()) RAPPORT_CHECK(RemoveSearchDocument(document.account_id));
    }
    return WriteSearchDocuments(documents, kReplaceDocument);
}

Status PgTransaction::WriteSearchDocuments(std::span<const SearchDocument> documents, std::string_view on_conflict) {
    // An empty document is no document, as ReplaceSearchDocument has it.
    std::vector<const SearchDocument*> written;
    for (const auto& document : documents) {
        if (!document.text.empty()) written.push_back(&document);
    }
    if (written.size() >= kDocumentsToCopy) return CopySearchDocuments(written, on_conflict);
    std::vector<Value> params;
    for (std::size_t first = 0; first < written.size();) {
        auto count = NextGroupSize(written.size() - first, kDocumentsPerStatement);
        std::string sql = "INSERT INTO account_search (account_id, owner_id, document, document_vector) VALUES ";
        params.clear();
        for (std::size_t i = first; i < first + count; ++i) {
            if (i > first) sql += ", ";
            sql += "(?, ?, ?, to_tsvector('simple', ?))";
            const auto& document = *written[i];
            params.insert(params.end(),
                          {document.account_id, document.owner_id, document.text, VectorWords(document.text)});
        }
        RAPPORT_CHECK(ExecuteLater(sql + std::string(on_conflict), params));
        first += count;
    }
    return {};
}

Status PgTransaction::CopySearchDocuments(std::span<const SearchDocument* const> documents,
                                          std::string_view on_conflict) {
    // An INSERT of 64 documents took three times as long as the documents' own writing (their vectors, the
    // table, its indexes): planning and binding 256 parameters with 64 calls of to_tsvector. Copied first into
    // a table of the transaction's own, they are written by one INSERT that takes them from there.
    if (!document_copies_ready_) {
        RAPPORT_CHECK(
            connection_.Run("CREATE TEMPORARY TABLE " + std::string(kDocumentCopies) +
                            " (account_id BIGINT, owner_id BIGINT, document TEXT, words TEXT) ON COMMIT DROP"));
        document_copies_ready_ = true;
    }
    std::vector<Value> rows;
    rows.reserve(documents.size() * 4);
    for (const auto* document : documents) {
        rows.insert(rows.end(),
                    {document->account_id, document->owner_id, document->text, VectorWords(document->text)});
    }
    RAPPORT_CHECK(connection_.Copy(std::string(kDocumentCopies) + " (account_id, owner_id, document, words)", 4, rows));
    return ExecuteLater("WITH copied AS (DELETE FROM " + std::string(kDocumentCopies) +
                            " RETURNING account_id, owner_id, document, words) "
                            "INSERT INTO account_search (account_id, owner_id, document, document_vector) "
                            "SELECT account_id, owner_id, document, to_tsvector('simple', words) FROM copied" +
                            std::string(on_conflict),
                        {});
}

Transaction::SearchFilter PgTransaction::MatchAccounts(std::string_view query, const Scope& scope) const {
    // Words are letters and digits only, so the tsquery built from them cannot carry operators.
    std::string match;
    for (const auto& word : SearchWords(query)) {
        if (!match.empty()) match += " & ";
        match += word + ":*";
    }
    if (match.empty() || (!scope.everything && scope.owners.empty())) return {"0 = 1", {}, std::nullopt};
    std::string gathered =
        "account.id IN (SELECT account_id FROM account_search WHERE document_vector @@ to_tsquery('simple', ?))";
    if (scope.everything) {
        // Every account: the first documents in id order, each tested as it comes, before the GIN index, which
        // gathers every match of a short prefix first ("sch": 45,000 of a million accounts, tens of milliseconds)
        // to keep the first ten.
        return {std::move(gathered),
                {std::move(match)},
                SearchFilter::InIdOrder{"(SELECT account_id, document_vector FROM account_search WHERE account_id > ? "
                                        "ORDER BY account_id LIMIT ?) AS account_search JOIN account ON account.id = "
                                        "account_search.account_id",
                                        "account_search.account_id",
                                        "(account_search.document_vector @@ to_tsquery('simple', ?)) IS TRUE",
                                        kSearchWindow}};
    }
    if (scope.owners.size() > 1) return {std::move(gathered), {std::move(match)}, std::nullopt};
    // One owner's accounts (migration 0011): walked in id order, each document tested as it comes ("IS TRUE"
    // keeps the GIN index out: gathering every match of a short prefix first costs far more than the walk,
    // which ends with the page and reads at most the owner's accounts).
    return {
        "account.id IN (SELECT account_id FROM account_search WHERE owner_id = ? AND "
        "(document_vector @@ to_tsquery('simple', ?)) IS TRUE)",
        {scope.owners.front(), std::move(match)},
        SearchFilter::InIdOrder{
            "account_search JOIN account ON account.id = account_search.account_id", "account_search.account_id",
            "account_search.owner_id = ? AND (account_search.document_vector @@ to_tsquery('simple', ?)) IS TRUE"}};
}

}  // namespace rapport::store::postgres
