#pragma once

#include "domain/record.hpp"
#include "store/sql_codec.hpp"
#include "store/visibility.hpp"

#include <array>
#include <string>
#include <tuple>
#include <vector>

namespace rapport::store {

template <typename Record>
using Traits = domain::RecordTraits<Record>;

/// Calls `visit(field)` for each field of `Record`, in declaration order.
template <typename Record, typename Visit>
void ForEachField(Visit&& visit) {
    std::apply([&](const auto&... field) { (visit(field), ...); }, Traits<Record>::kFields);
}

/// The SQL text of a record type, built once from its fields. Column names come from the
/// compiled-in field table, never from input.
template <typename Record>
struct RecordSql {
    std::vector<std::string> field_columns;
    std::string select_list;  // "t.id, t.version, …, t.<field columns>"
    // "table (id, version, …, <field columns>)": rows inserted with ids from Transaction::NewId, queued.
    std::string table_and_columns_with_id;
    std::size_t columns_with_id = 0;
    std::string archive;
    std::string restore;

    static const RecordSql& Get() {
        static const RecordSql sql = Build();
        return sql;
    }

    /// The INSERT of a record (its id given by the engine) and the UPDATE of one at a version, whose parameters
    /// are BindFields' and then BindAccountOwner's. They differ by engine only for a record that keeps its account's
    /// owner: PostgreSQL's look-up of the owner locks the account's row for share, so that a change of the owner
    /// waits for this write to commit, or this write for that change (whose move of account_owner_id, a statement of
    /// its own, would not see a row written meanwhile). SQLite has one writer at a time.
    const std::string& Insert(Engine engine) const { return engine == Engine::kPostgres ? insert_[1] : insert_[0]; }
    const std::string& Update(Engine engine) const { return engine == Engine::kPostgres ? update_[1] : update_[0]; }

private:
    std::array<std::string, 2> insert_;  // SQLite's, PostgreSQL's.
    std::array<std::string, 2> update_;

    static RecordSql Build() {
        RecordSql sql;
        std::string table(Traits<Record>::kTable);
        ForEachField<Record>([&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::ValueType;
            if (field.Is(FieldFlags::kDerived)) return;
            SqlCodec<T>::Columns(field.name, sql.field_columns);
        });
        sql.select_list = table + ".id, " + table + ".version, " + table + ".created_at, " + table + ".created_by, " +
                          table + ".updated_at, " + table + ".updated_by";
        std::string insert_columns = "version, created_at, created_by, updated_at, updated_by";
        std::string insert_values = "1, ?, ?, ?, ?";
        std::string assignments = "version = version + 1, updated_at = ?, updated_by = ?";
        for (const auto& column : sql.field_columns) {
            sql.select_list += ", " + table + "." + column;
            insert_columns += ", " + column;
            insert_values += ", ?";
            assignments += ", " + column + " = ?";
        }
        sql.table_and_columns_with_id = table + " (id, " + insert_columns + ")";
        sql.columns_with_id = 6 + sql.field_columns.size();
        for (std::size_t engine = 0; engine < 2; ++engine) {
            std::string columns = insert_columns;
            std::string values = insert_values;
            std::string set = assignments;
            if constexpr (KeepsAccountOwner<Record>) {
                // NULL where the account's owner is the row's own (migration 0013), from the new owner_id bound
                // again: an UPDATE's right-hand side reads the row as it was.
                auto owner = std::string("NULLIF((SELECT account.owner_id FROM account WHERE account.id = ?") +
                             (engine == 1 ? " FOR SHARE), ?)" : "), ?)");
                columns += ", account_owner_id";
                values += ", " + owner;
                set += ", account_owner_id = " + owner;
            }
            sql.insert_[engine] = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
            sql.update_[engine] =
                "UPDATE " + table + " SET " + set + " WHERE id = ? AND version = ? AND archived_at IS NULL";
        }
        sql.archive = "UPDATE " + table +
                      " SET archived_at = ?, version = version + 1, updated_at = ?, updated_by = ? "
                      "WHERE id = ? AND version = ? AND archived_at IS NULL";
        sql.restore = "UPDATE " + table +
                      " SET archived_at = NULL, version = version + 1, updated_at = ?, updated_by = ? "
                      "WHERE id = ? AND version = ? AND archived_at IS NOT NULL";
        return sql;
    }
};

/// Appends the bound values of every field of `record`, in column order.
template <typename Record>
void BindFields(const Record& record, std::vector<Value>& params) {
    ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (field.Is(FieldFlags::kDerived)) return;
        SqlCodec<T>::Bind(field.Of(record), params);
    });
}

/// Appends the account whose owner a record that keeps it (KeepsAccountOwner) is written with, and the record's
/// own owner, which that one is kept only when it differs from; nothing for other records.
template <typename Record>
void BindAccountOwner(const Record& record, std::vector<Value>& params) {
    if constexpr (KeepsAccountOwner<Record>) {
        params.insert(params.end(), {ToInt(record.account_id), ToInt(record.owner_id)});
    }
}

/// Reads a record from a row laid out as RecordSql::select_list, starting at column 0.
template <typename Record>
Result<Record> ReadRecord(const Row& row) {
    Record record;
    record.id = static_cast<typename Traits<Record>::Id>(row.Int(0));
    record.meta.version = row.Int(1);
    record.meta.created_at = Timestamp{std::chrono::seconds{row.Int(2)}};
    record.meta.created_by = static_cast<UserId>(row.Int(3));
    record.meta.updated_at = Timestamp{std::chrono::seconds{row.Int(4)}};
    record.meta.updated_by = static_cast<UserId>(row.Int(5));
    int column = 6;
    Status status;
    ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (!status || field.Is(FieldFlags::kDerived)) return;
        auto value = SqlCodec<T>::Read(row, column);
        if (value) {
            field.Of(record) = std::move(*value);
        } else {
            status = value.error();
        }
    });
    if (!status) return status.error();
    return record;
}

}  // namespace rapport::store
