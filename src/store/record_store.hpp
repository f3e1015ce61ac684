#pragma once

#include "core/assert.hpp"
#include "store/insert_queue.hpp"
#include "store/line_store.hpp"
#include "store/list_query.hpp"
#include "store/record_sql.hpp"
#include "store/visibility.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rapport::store {

/// Reads and writes records of one type, for any engine. Every read is limited to a Scope; an
/// absent, archived or invisible record reads as nothing. Writes check the version they expect. A record's
/// lines (domain/lines.hpp) are read and written with it.
template <typename Record>
class RecordStore {
public:
    using Id = typename Traits<Record>::Id;

    /// The record with `id` if it exists, is not archived and is visible in `scope`.
    static Result<std::optional<Record>> Find(Transaction& transaction, Id id, const Scope& scope) {
        return FindOne(transaction, id, scope, "IS NULL");
    }

    /// The records among `ids` that exist, are not archived and are visible in `scope`, in id order: a
    /// document's products in one query rather than one per line.
    static Result<std::vector<Record>> FindMany(Transaction& transaction, std::span<const Id> ids, const Scope& scope) {
        constexpr std::size_t kIdsPerQuery = 500;  // Well below either engine's limit on parameters.
        const auto& sql = RecordSql<Record>::Get();
        std::string table(Traits<Record>::kTable);
        auto visibility = VisibilityOf<Record>(scope);
        std::vector<Record> found;
        for (std::size_t first = 0; first < ids.size(); first += kIdsPerQuery) {
            auto group = ids.subspan(first, std::min(kIdsPerQuery, ids.size() - first));
            std::string query = "SELECT " + sql.select_list + " FROM " + table + " WHERE " + table + ".id IN (";
            std::vector<Value> params;
            for (auto id : group) {
                query += params.empty() ? "?" : ", ?";
                params.emplace_back(ToInt(id));
            }
            query += ") AND " + table + ".archived_at IS NULL";
            if (!visibility.sql.empty()) {
                query += " AND " + visibility.sql;
                params.insert(params.end(), visibility.params.begin(), visibility.params.end());
            }
            RAPPORT_CHECK(
                transaction.Query(query + " ORDER BY " + table + ".id", params, [&](const Row& row) -> Status {
                    found.push_back(RAPPORT_TRY(ReadRecord<Record>(row)));
                    return {};
                }));
        }
        RAPPORT_CHECK(LoadLines(transaction, std::span(found)));
        return found;
    }

    /// The record with `id` if it is archived and would be visible in `scope` were it not.
    static Result<std::optional<Record>> FindArchived(Transaction& transaction, Id id, const Scope& scope) {
        return FindOne(transaction, id, scope, "IS NOT NULL");
    }

    /// Every record on account `account` that is not archived, in id order, whoever may see them: for the
    /// use cases that take an account's followers along (archive, restore). Only for types with an account_id.
    static Result<std::vector<Record>> FollowersOf(Transaction& transaction, AccountId account) {
        const auto& sql = RecordSql<Record>::Get();
        std::string table(Traits<Record>::kTable);
        std::vector<Value> params{ToInt(account)};
        std::vector<Record> found;
        RAPPORT_CHECK(transaction.Query("SELECT " + sql.select_list + " FROM " + table + " WHERE " + table +
                                            ".account_id = ? AND " + table + ".archived_at IS NULL ORDER BY " + table +
                                            ".id",
                                        params, [&](const Row& row) -> Status {
                                            found.push_back(RAPPORT_TRY(ReadRecord<Record>(row)));
                                            return {};
                                        }));
        RAPPORT_CHECK(LoadLines(transaction, std::span(found)));
        return found;
    }

    /// Gives every row on `account`, archived or not, `owner` as its account's owner, for a record that keeps it
    /// (KeepsAccountOwner): when the account changes hands; NULL on the rows `owner` owns themselves (migration
    /// 0013). Not a change of the records: no version, no stamp.
    static Status MoveAccountOwner(Transaction& transaction, AccountId account,
                                   UserId owner) requires KeepsAccountOwner<Record> {
        std::vector<Value> params{ToInt(owner), ToInt(account)};
        return ToStatus(transaction.Execute("UPDATE " + std::string(Traits<Record>::kTable) +
                                                " SET account_owner_id = NULLIF(?, owner_id) WHERE account_id = ?",
                                            params));
    }

    /// Inserts `record` as version 1, stamped as created by `by` at `at`; returns it with its id.
    static Result<Record> Insert(Transaction& transaction, Record record, UserId by, Timestamp at) {
        std::vector<Value> params;
        auto seconds = ToSeconds(at);
        params.insert(params.end(), {seconds, ToInt(by), seconds, ToInt(by)});
        BindFields(record, params);
        BindAccountOwner(record, params);
        auto id = RAPPORT_TRY(transaction.Insert(RecordSql<Record>::Get().Insert(transaction.engine()), params));
        record.id = static_cast<Id>(id);
        record.meta = domain::RecordMeta{1, at, at, by, by};
        RAPPORT_CHECK(WriteLines(transaction, record, false));
        return record;
    }

    /// The shape of the queue that InsertQueued writes to: `rows_per_statement` records to one INSERT.
    static InsertQueue NewQueue(std::size_t rows_per_statement) {
        const auto& sql = RecordSql<Record>::Get();
        return InsertQueue(sql.table_and_columns_with_id, sql.columns_with_id, rows_per_statement);
    }

    /// Insert's form for a batch: gives `record` a new id and queues its row in `queue` (from NewQueue),
    /// which writes many to one statement. Nothing reads the row before the queue is flushed.
    static Result<Record> InsertQueued(Transaction& transaction, InsertQueue& queue, Record record, UserId by,
                                       Timestamp at) {
        // The queue writes the row later; lines written now would name a parent not there yet.
        RAPPORT_ASSERT(!HasLines<Record>(), "a document with lines is inserted one at a time");
        // The queue's rows are values alone, where the account's owner is looked up by the statement.
        RAPPORT_ASSERT(!KeepsAccountOwner<Record>, "a record that keeps its account's owner is inserted one at a time");
        auto id = RAPPORT_TRY(transaction.NewId(Traits<Record>::kTable));
        auto seconds = ToSeconds(at);
        std::vector<Value> params{id, std::int64_t{1}, seconds, ToInt(by), seconds, ToInt(by)};
        BindFields(record, params);
        RAPPORT_CHECK(queue.Add(transaction, params));
        record.id = static_cast<Id>(id);
        record.meta = domain::RecordMeta{1, at, at, by, by};
        return record;
    }

    /// Writes `record` over the stored row if that row is still at record.meta.version; bumps
    /// the version and stamps the change. kStale when another change came first.
    static Status Update(Transaction& transaction, Record& record, UserId by, Timestamp at) {
        std::vector<Value> params{ToSeconds(at), ToInt(by)};
        BindFields(record, params);
        BindAccountOwner(record, params);
        params.insert(params.end(), {ToInt(record.id), record.meta.version});
        auto changed = RAPPORT_TRY(transaction.Execute(RecordSql<Record>::Get().Update(transaction.engine()), params));
        if (changed == 0) return StaleError();
        record.meta.version += 1;
        record.meta.updated_at = at;
        record.meta.updated_by = by;
        return WriteLines(transaction, record, true);
    }

    /// Archives the record at `version`: it stays for the audit trail, and vanishes from reads.
    static Status Archive(Transaction& transaction, Id id, std::int64_t version, UserId by, Timestamp at) {
        auto seconds = ToSeconds(at);
        std::vector<Value> params{seconds, seconds, ToInt(by), ToInt(id), version};
        auto changed = RAPPORT_TRY(transaction.Execute(RecordSql<Record>::Get().archive, params));
        if (changed == 0) return StaleError();
        return {};
    }

    /// Brings back the archived record at `version` and bumps it. kStale when another change came first.
    static Status Restore(Transaction& transaction, Record& record, UserId by, Timestamp at) {
        std::vector<Value> params{ToSeconds(at), ToInt(by), ToInt(record.id), record.meta.version};
        auto changed = RAPPORT_TRY(transaction.Execute(RecordSql<Record>::Get().restore, params));
        if (changed == 0) return StaleError();
        record.meta.version += 1;
        record.meta.updated_at = at;
        record.meta.updated_by = by;
        return {};
    }

    /// One page of the records visible in `scope` that match `request`.
    static Result<Page<Record>> List(Transaction& transaction, const Scope& scope, const ListRequest& request) {
        auto query = RAPPORT_TRY(BuildListQuery<Record>(transaction, scope, request));
        auto page = RAPPORT_TRY(ReadPage(transaction, query, request.limit));
        if (!page.next_cursor && query.if_short)
            page = RAPPORT_TRY(ReadPage(transaction, *query.if_short, request.limit));
        if (request.lines) RAPPORT_CHECK(LoadLines(transaction, std::span(page.items)));
        return page;
    }

private:
    // The page that `query` reads: `limit` records, and a cursor when there is a row beyond them.
    static Result<Page<Record>> ReadPage(Transaction& transaction, const ListQuery& query, int limit) {
        Page<Record> page;
        Value last_sort_value;
        if (query.plan_once) RAPPORT_CHECK(transaction.PlanOnceForAnyParameters());
        RAPPORT_CHECK(transaction.Query(query.sql, query.params, [&](const Row& row) -> Status {
            if (query.may_repeat && !page.items.empty() && ToInt(page.items.back().id) == row.Int(0)) return {};
            if (page.next_cursor) return {};
            if (static_cast<int>(page.items.size()) == limit) {
                page.next_cursor = EncodeCursor(query.sort, last_sort_value, ToInt(page.items.back().id));
                return {};
            }
            page.items.push_back(RAPPORT_TRY(ReadRecord<Record>(row)));
            last_sort_value = ReadSortValue(row, query.sort_column, query.sort_is_text);
            return {};
        }));
        return page;
    }

    // `archived` is "IS NULL" or "IS NOT NULL": a constant, never input.
    static Result<std::optional<Record>> FindOne(Transaction& transaction, Id id, const Scope& scope,
                                                 std::string_view archived) {
        const auto& sql = RecordSql<Record>::Get();
        std::string table(Traits<Record>::kTable);
        auto visibility = VisibilityOf<Record>(scope);
        std::string query = "SELECT " + sql.select_list + " FROM " + table + " WHERE " + table + ".id = ? AND " +
                            table + ".archived_at " + std::string(archived);
        std::vector<Value> params{ToInt(id)};
        if (!visibility.sql.empty()) {
            query += " AND " + visibility.sql;
            params.insert(params.end(), visibility.params.begin(), visibility.params.end());
        }
        std::optional<Record> found;
        RAPPORT_CHECK(transaction.Query(query, params, [&](const Row& row) -> Status {
            found = RAPPORT_TRY(ReadRecord<Record>(row));
            return {};
        }));
        if (found) RAPPORT_CHECK(LoadLines(transaction, std::span(&*found, 1)));
        return found;
    }

    static Error StaleError() {
        return MakeError(ErrorCode::kStale, std::string(Traits<Record>::kSingular) +
                                                " was changed by someone else; reload it and try again");
    }
};

}  // namespace rapport::store
