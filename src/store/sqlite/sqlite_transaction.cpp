#include "store/sqlite/sqlite_transaction.hpp"

#include "core/assert.hpp"
#include "store/search_text.hpp"
#include "store/visibility.hpp"

#include <algorithm>
#include <array>

namespace rapport::store::sqlite {
namespace {

class StatementRow final : public Row {
public:
    explicit StatementRow(sqlite3_stmt* statement) : statement_(statement) {}

    bool IsNull(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    std::int64_t Int(int column) const override { return sqlite3_column_int64(statement_, column); }
    std::string_view Text(int column) const override {
        auto text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
        return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
                    : std::string_view();
    }

private:
    sqlite3_stmt* statement_;
};

// The owner column's single token for a user: their id's digits.
std::string OwnerToken(std::int64_t owner_id) { return std::to_string(owner_id); }

// `name` as an SQL identifier, whatever it holds.
std::string QuotedName(std::string_view name) {
    std::string quoted = "\"";
    for (char c : name) {
        quoted += c;
        if (c == '"') quoted += c;  // A quote inside is written twice.
    }
    return quoted + "\"";
}

}  // namespace

Result<sqlite3_stmt*> SqliteTransaction::Bind(std::string_view sql, std::span<const Value> params) {
    auto statement = RAPPORT_TRY(connection_.Prepare(sql));
    RAPPORT_ASSERT(static_cast<int>(params.size()) == sqlite3_bind_parameter_count(statement),
                   "parameter count matches the placeholders");
    for (int i = 0; i < static_cast<int>(params.size()); ++i) {
        const auto& param = params[static_cast<std::size_t>(i)];
        int code = SQLITE_OK;
        if (auto number = std::get_if<std::int64_t>(&param)) {
            code = sqlite3_bind_int64(statement, i + 1, *number);
        } else if (auto text = std::get_if<std::string>(&param)) {
            code = sqlite3_bind_text(statement, i + 1, text->data(), static_cast<int>(text->size()), SQLITE_STATIC);
        } else {
            code = sqlite3_bind_null(statement, i + 1);
        }
        if (code != SQLITE_OK) return connection_.LastError(sql);
    }
    return statement;
}

Status SqliteTransaction::Query(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) {
    auto statement = RAPPORT_TRY(Bind(sql, params));
    StatementRow row(statement);
    while (true) {
        int code = sqlite3_step(statement);
        if (code == SQLITE_DONE) break;
        if (code != SQLITE_ROW) return connection_.LastError(sql);
        auto status = on_row(row);
        if (!status) {
            sqlite3_reset(statement);
            return status;
        }
    }
    sqlite3_reset(statement);
    return {};
}

Result<std::int64_t> SqliteTransaction::Execute(std::string_view sql, std::span<const Value> params) {
    auto statement = RAPPORT_TRY(Bind(sql, params));
    int code = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW) return connection_.LastError(sql);
    return static_cast<std::int64_t>(sqlite3_changes64(connection_.handle()));
}

Result<std::int64_t> SqliteTransaction::Insert(std::string_view sql, std::span<const Value> params) {
    RAPPORT_CHECK(ToStatus(Execute(sql, params)));
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(connection_.handle()));
}

Result<std::int64_t> SqliteTransaction::LargestId(std::string_view table) {
    std::int64_t largest = 0;
    RAPPORT_CHECK(Query("SELECT coalesce(max(id), 0) FROM " + std::string(table), {}, [&](const Row& row) {
        largest = row.Int(0);
        return Status{};
    }));
    return largest;
}

Result<std::int64_t> SqliteTransaction::NewId(std::string_view table) {
    auto last = last_ids_.find(table);
    if (last == last_ids_.end()) last = last_ids_.emplace(std::string(table), RAPPORT_TRY(LargestId(table))).first;
    return ++last->second;
}

Status SqliteTransaction::DeferIndexes(std::string_view table, std::int64_t rows_written) {
    // Below this many rows, building the indexes again costs more than it saves even in an empty table.
    constexpr std::int64_t kRowsWorthDeferring = 100'000;
    auto entry = deferrable_.find(table);
    if (entry == deferrable_.end()) {
        entry = deferrable_.emplace(std::string(table), RAPPORT_TRY(LargestId(table))).first;
    }
    if (!entry->second || rows_written < std::max(kRowsWorthDeferring, *entry->second)) return {};
    entry->second.reset();
    // The schema's own text of each index (the key's has none); names are the schema's, not input. A unique
    // index stays: it refuses a duplicate as it is written, where building it at the end would fail the whole write.
    std::vector<std::pair<std::string, std::string>> indexes;
    RAPPORT_CHECK(
        Query("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
              "AND sql NOT LIKE 'CREATE UNIQUE %'",
              std::array<Value, 1>{std::string(table)}, [&](const Row& row) {
                  indexes.emplace_back(row.Text(0), row.Text(1));
                  return Status{};
              }));
    for (auto& [name, create] : indexes) {
        RAPPORT_CHECK(connection_.Run("DROP INDEX " + QuotedName(name)));
        deferred_indexes_.push_back(std::move(create));
    }
    return {};
}

Status SqliteTransaction::BuildDeferredIndexes() {
    for (const auto& create : deferred_indexes_) RAPPORT_CHECK(connection_.Run(create));
    deferred_indexes_.clear();
    return {};
}

Status SqliteTransaction::ReplaceSearchDocument(const SearchDocument& document) {
    if (document.text.empty()) return RemoveSearchDocument(document.account_id);
    // FTS5 takes out the old document of the rowid itself on REPLACE: one statement instead of a DELETE and
    // an INSERT, which a batch rewriting many documents feels.
    return WriteSearchDocument("INSERT OR REPLACE INTO account_search (rowid, document, owner) VALUES (?, ?, ?)",
                               document);
}

Status SqliteTransaction::RemoveSearchDocument(std::int64_t account_id) {
    Value id{account_id};
    return ToStatus(Execute("DELETE FROM account_search WHERE rowid = ?", std::span(&id, 1)));
}

Status SqliteTransaction::AddSearchDocument(const SearchDocument& document) {
    if (document.text.empty()) return {};
    return WriteSearchDocument("INSERT INTO account_search (rowid, document, owner) VALUES (?, ?, ?)", document);
}

Status SqliteTransaction::WriteSearchDocument(std::string_view sql, const SearchDocument& document) {
    std::vector<Value> row{document.account_id, document.text, OwnerToken(document.owner_id)};
    return ToStatus(Execute(sql, row));
}

Transaction::SearchFilter SqliteTransaction::MatchAccounts(std::string_view query, const Scope& scope) const {
    // Each word becomes a quoted prefix term, so user text can never be read as FTS5 syntax; the column
    // filter keeps the words off the owner tokens.
    std::string words;
    for (const auto& word : SearchWords(query)) {
        if (!words.empty()) words += ' ';
        words += '"' + word + "\"*";
    }
    if (words.empty() || (!scope.everything && scope.owners.empty())) return {"0 = 1", {}, std::nullopt};
    auto match = "document : (" + words + ")";
    if (!scope.everything) {
        // A short prefix can match a tenth of all accounts, few of them the caller's: FTS5 intersects the
        // owners' lists with the words' instead of the list looking up every match's account row.
        match += " AND owner : (";
        for (std::size_t i = 0; i < scope.owners.size(); ++i) {
            if (i > 0) match += " OR ";
            match += '"' + OwnerToken(scope.owners[i]) + '"';
        }
        match += ')';
    }
    return {"account.id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?)",
            {std::move(match)},
            SearchFilter::InIdOrder{"account_search JOIN account ON account.id = account_search.rowid",
                                    "account_search.rowid", "account_search MATCH ?"}};
}

}  // namespace rapport::store::sqlite
