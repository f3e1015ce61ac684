#pragma once

#include "core/result.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace rapport::store {

/// A bound parameter or a column value: SQL NULL, an integer, or text. Money, times and enums are
/// all stored as one of these, so both engines see the same portable types.
using Value = std::variant<std::monostate, std::int64_t, std::string>;

/// One result row, valid only inside the callback that receives it.
class Row {
public:
    virtual ~Row() = default;
    virtual bool IsNull(int column) const = 0;
    virtual std::int64_t Int(int column) const = 0;
    virtual std::string_view Text(int column) const = 0;
};

using RowCallback = std::function<Status(const Row&)>;

enum class Engine { kSqlite, kPostgres };

struct Scope;  // store/visibility.hpp

/// The searchable text of one account, with its owner. Empty text is no document.
struct SearchDocument {
    std::int64_t account_id = 0;
    std::int64_t owner_id = 0;
    std::string text;
};

/// One open transaction. SQL uses `?` placeholders (the driver rewrites them when its engine
/// wants another form); every input is bound, never spliced into the text.
class Transaction {
public:
    virtual ~Transaction() = default;

    /// Runs a query, calling `on_row` for each row; an error from `on_row` stops and is returned.
    virtual Status Query(std::string_view sql, std::span<const Value> params, const RowCallback& on_row) = 0;

    /// Runs a statement; returns how many rows it changed. kConflict on a unique-key violation.
    virtual Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) = 0;

    /// Runs a statement whose count the caller does not need (an audit row, a summary's update). An engine
    /// may send it together with the statements that follow it and report its failure with theirs, or with
    /// the commit's: the transaction fails all the same, later.
    virtual Status ExecuteLater(std::string_view sql, std::span<const Value> params) {
        return ToStatus(Execute(sql, params));
    }

    /// Writes many new rows of `table_and_columns` ("table (column, …)", compiled-in names) the engine's fastest
    /// way when it has one faster than multi-row INSERTs (PostgreSQL: COPY): `rows` holds `columns` values a row,
    /// row after row; all are written or the transaction fails. False, writing nothing, when the engine has none:
    /// the caller INSERTs them.
    virtual Result<bool> CopyRows(std::string_view /*table_and_columns*/, std::size_t /*columns*/,
                                  std::span<const Value> /*rows*/) {
        return false;
    }

    /// Runs an INSERT into a table with an `id` key and returns the new id.
    virtual Result<std::int64_t> Insert(std::string_view sql, std::span<const Value> params) = 0;

    /// A new id for a row of `table` (a compiled-in name) that the caller inserts with that id itself, in a
    /// multi-row INSERT of many new rows (an import's): an id no row has and none was handed out before.
    /// Every row of `table` inserted in this transaction must then take its id from here.
    virtual Result<std::int64_t> NewId(std::string_view table) = 0;

    /// Says that this transaction has just written many rows of `table` (a compiled-in name), before it reads
    /// them. PostgreSQL plans from sampled statistics, which still describe the table as it was (empty,
    /// perhaps): it samples the table again, its own new rows included, so that the reads that follow use
    /// its indexes. Other engines need nothing.
    virtual Status RefreshStatistics(std::string_view /*table*/) { return {}; }

    /// Says that this transaction is writing many rows of `table` (a compiled-in name), `rows_written` so far,
    /// and reads none of them by any index but the table's key until BuildDeferredIndexes: first before the
    /// write's first row, then again as the write goes on. An engine that builds an index faster from all its
    /// rows at once than row by row (SQLite: one sort instead of a write at a random place per row) may drop
    /// the table's other indexes here, unique ones excepted. It does so only once the write outnumbers the rows the
    /// table had, so that a small write into a large table still adds its entries one by one. Others do nothing:
    /// PostgreSQL's DROP INDEX would lock readers out of the table until the commit.
    virtual Status DeferIndexes(std::string_view /*table*/, std::int64_t /*rows_written*/) { return {}; }

    /// Builds the indexes that DeferIndexes dropped, if any, before the reads that need them. The engine
    /// builds them before it commits in any case.
    virtual Status BuildDeferredIndexes() { return {}; }

    /// Runs one statement, calling `on_row` for each row it returns, in a transaction of its own on another
    /// connection, committed before this returns: for a row that many writers change (a number series), which
    /// this transaction would hold locked until it ends. What it wrote is certain to survive a crash only once
    /// this transaction has committed too: an engine may commit it without waiting for the disk, since this
    /// transaction's commit writes the log up to its own end, that commit included. Returns false, and runs
    /// nothing, where the engine has one writer (SQLite): its transactions wait for one another anyway, and a
    /// second one would wait for this one forever; run the statement in this transaction then.
    virtual Result<bool> QueryApart(std::string_view /*sql*/, std::span<const Value> /*params*/,
                                    const RowCallback& /*on_row*/) {
        return false;
    }

    /// Says that the statements this transaction runs from now on are written to read the same indexes whatever
    /// their parameters (a list's walks: store/list_query.hpp), and are best planned once for all of them.
    /// PostgreSQL otherwise plans such a statement anew at every run: the plan it would keep, costed for a LIMIT
    /// it does not know, looks dearer than each plan for known values, which it then makes each time (0.4 ms
    /// for a manager's page of offers at dataset M, three times what running it takes). Others need nothing.
    virtual Status PlanOnceForAnyParameters() { return {}; }

    virtual Engine engine() const = 0;

    /// Replaces the full-text document of one account (the engines index text differently). The owner is
    /// indexed beside the text where the engine can use it to narrow the search of a restricted scope.
    virtual Status ReplaceSearchDocument(const SearchDocument& document) = 0;

    /// ReplaceSearchDocument for many accounts, each named once. An engine that writes several in one
    /// statement overrides this; one at a time is always correct.
    virtual Status ReplaceSearchDocuments(std::span<const SearchDocument> documents) {
        for (const auto& document : documents) RAPPORT_CHECK(ReplaceSearchDocument(document));
        return {};
    }

    /// Removes the document of an archived or vanished account; none is fine.
    virtual Status RemoveSearchDocument(std::int64_t account_id) = 0;

    /// Adds the first full-text document of an account, which has none yet. An engine that can skip
    /// looking for an old document overrides this; replacing is always correct.
    virtual Status AddSearchDocument(const SearchDocument& document) { return ReplaceSearchDocument(document); }

    /// The first documents of many new accounts, in the order given. An engine that writes several in one
    /// statement overrides this; one at a time is always correct.
    virtual Status AddSearchDocuments(std::span<const SearchDocument> documents) {
        for (const auto& document : documents) RAPPORT_CHECK(AddSearchDocument(document));
        return {};
    }

    /// A condition on `account.id` that holds for accounts matching `query` — with `?`
    /// placeholders for the returned parameters. Every word is matched as a prefix.
    ///
    /// An engine whose index yields the matches in ascending account id (SQLite's FTS5, by rowid)
    /// also says how to list from it: a list in id order then reads matches only until its page is
    /// full, instead of collecting every match of a short prefix first.
    struct SearchFilter {
        std::string sql;
        std::vector<Value> params;
        struct InIdOrder {
            std::string from;       // Replaces "account" in FROM: the index joined to account.
            std::string id;         // The index's column equal to account.id, to order and page by.
            std::string condition;  // Replaces `sql`, with the same parameters.
            // Above 0, `from` reads only that many documents, in id order after the page's start, and takes two
            // parameters bound before all others: the id the page starts after (0 for the first page) and this
            // number. A short prefix, which matches many documents, fills its page from the first of them; a page
            // left short is read again through `sql`, which gathers every match (few, for a prefix that rare).
            std::int64_t window = 0;
        };
        std::optional<InIdOrder> in_id_order;
    };
    /// The filter may also narrow to `scope` where the engine indexes owners; the caller still applies
    /// the scope's own visibility condition, which stays the rule.
    virtual SearchFilter MatchAccounts(std::string_view query, const Scope& scope) const = 0;
};

/// What a transaction does. kBulkWrite is one long write of many rows (an import): it runs alone on the
/// writer, and an engine may give it caches sized for that; it is as durable as kWrite.
enum class Access { kRead, kWrite, kBulkWrite };

/// A database: a pool of connections to one engine. Thread-safe.
class Database {
public:
    virtual ~Database() = default;

    /// Runs `work` in one transaction and commits when it succeeds, rolls back when it fails.
    /// A write is durable when this returns success. kUnavailable when the engine is out of reach.
    virtual Status Transact(Access access, const std::function<Status(Transaction&)>& work) = 0;

    /// Creates or upgrades the schema; safe to run again, and from two processes at once.
    virtual Status Migrate() = 0;

    /// Tidies up after a bulk write (an import) committed `rows` new rows, in its own transactions:
    /// - PostgreSQL plans from sampled statistics that autovacuum refreshes a minute or more later; until
    ///   then it plans for the tables as they were, empty perhaps, and scans every account for a search.
    /// - SQLite's full-text index holds a bulk write in several segments, which each search merges anew for
    ///   a short prefix; after a large one the index is merged into one (seconds at a million accounts).
    virtual Status OptimizeAfterBulkWrite(std::int64_t rows) = 0;

    virtual Engine engine() const = 0;

    /// Result-returning form of Transact.
    template <typename T, typename Work>
    Result<T> TransactFor(Access access, Work&& work) {
        std::optional<T> value;
        auto status = Transact(access, [&](Transaction& transaction) -> Status {
            auto result = work(transaction);
            if (!result) return result.error();
            value.emplace(std::move(*result));
            return {};
        });
        if (!status) return status.error();
        return std::move(*value);
    }
};

/// Opens `url`: "sqlite:PATH" (created if missing) or "postgresql://…". kInvalidArgument for an
/// unknown scheme, kUnavailable when the database cannot be opened.
Result<std::unique_ptr<Database>> Open(std::string_view url);

/// Text for logs and errors: "sqlite:./rapport.db", with any password in a URL hidden.
std::string Describe(std::string_view url);

}  // namespace rapport::store
