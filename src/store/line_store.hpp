#pragma once

#include "domain/lines.hpp"
#include "store/record_sql.hpp"

#include <map>
#include <span>
#include <string>
#include <vector>

namespace rapport::store {

/// Lines take no column of their document's own table: their rows live in the line type's table
/// (LineTraits::kTable), which WriteLines and LoadLines keep.
template <typename Line>
struct SqlCodec<domain::Lines<Line>> {
    static constexpr bool kText = false;
    static void Columns(std::string_view, std::vector<std::string>&) {}
    static void Bind(const domain::Lines<Line>&, std::vector<Value>&) {}
    static Result<domain::Lines<Line>> Read(const Row&, int&) { return domain::Lines<Line>{}; }
};

/// Whether `Record` has a field of lines.
template <typename Record>
constexpr bool HasLines() {
    return std::apply(
        [](const auto&... field) {
            return (domain::IsLines<typename std::decay_t<decltype(field)>::ValueType>::value || ...);
        },
        Traits<Record>::kFields);
}

/// The SQL of one line type, built once from its fields: rows are (parent_id, <field columns>).
template <typename Line>
struct LineSql {
    std::string table;
    std::string select;     // "SELECT parent_id, <columns> FROM <table> WHERE parent_id IN " + "(?, …)"
    std::string insert;     // "INSERT INTO <table> (parent_id, <columns>) VALUES " + rows
    std::string row;        // "(?, ?, …)": one row's placeholders
    std::string remove;     // "DELETE FROM <table> WHERE parent_id = ?"
    std::size_t width = 0;  // Values per row.

    static const LineSql& Get() {
        static const LineSql sql = Build();
        return sql;
    }

private:
    static LineSql Build() {
        LineSql sql;
        sql.table = std::string(domain::LineTraits<Line>::kTable);
        std::vector<std::string> columns;
        domain::ForEachLineField<Line>([&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::ValueType;
            SqlCodec<T>::Columns(field.name, columns);
        });
        std::string list = "parent_id";
        for (const auto& column : columns) list += ", " + column;
        sql.width = columns.size() + 1;
        sql.select = "SELECT " + list + " FROM " + sql.table + " WHERE parent_id IN ";
        sql.insert = "INSERT INTO " + sql.table + " (" + list + ") VALUES ";
        sql.row = "(?";
        for (std::size_t i = 1; i < sql.width; ++i) sql.row += ", ?";
        sql.row += ')';
        sql.remove = "DELETE FROM " + sql.table + " WHERE parent_id = ?";
        return sql;
    }
};

namespace line_detail {

// Rows per INSERT: few enough for any engine's limit on bound parameters.
inline constexpr std::size_t kRowsPerInsert = 50;

template <typename Line>
Status Insert(Transaction& transaction, std::int64_t parent, const domain::Lines<Line>& lines) {
    const auto& sql = LineSql<Line>::Get();
    for (std::size_t first = 0; first < lines.items.size(); first += kRowsPerInsert) {
        auto last = std::min(lines.items.size(), first + kRowsPerInsert);
        std::string statement = sql.insert;
        std::vector<Value> params;
        params.reserve((last - first) * sql.width);
        for (auto i = first; i < last; ++i) {
            if (i > first) statement += ", ";
            statement += sql.row;
            params.emplace_back(parent);
            domain::ForEachLineField<Line>([&](const auto& field) {
                using T = typename std::decay_t<decltype(field)>::ValueType;
                SqlCodec<T>::Bind(field.Of(lines.items[i]), params);
            });
        }
        RAPPORT_CHECK(transaction.ExecuteLater(statement, params));
    }
    return {};
}

template <typename Line>
Result<Line> ReadLine(const Row& row) {
    Line line;
    int column = 1;  // Past parent_id.
    Status status;
    domain::ForEachLineField<Line>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (!status) return;
        auto value = SqlCodec<T>::Read(row, column);
        if (value) {
            field.Of(line) = std::move(*value);
        } else {
            status = value.error();
        }
    });
    if (!status) return status.error();
    return line;
}

}  // namespace line_detail

/// Writes the lines of `record` (just inserted, or updated when `replace`: its old lines go first), in the
/// transaction that writes the record, so that a document and its lines change together.
template <typename Record>
Status WriteLines(Transaction& transaction, const Record& record, bool replace) {
    if constexpr (HasLines<Record>()) {
        Status status;
        ForEachField<Record>([&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::ValueType;
            if constexpr (domain::IsLines<T>::value) {
                if (!status) return;
                using Line = typename decltype(T::items)::value_type;
                std::vector<Value> parent{ToInt(record.id)};
                if (replace) status = transaction.ExecuteLater(LineSql<Line>::Get().remove, parent);
                if (status) status = line_detail::Insert(transaction, ToInt(record.id), field.Of(record));
            }
        });
        return status;
    } else {
        (void)transaction;
        (void)record;
        (void)replace;
        return {};
    }
}

/// Loads the lines of `records` (a page, or one), one query per line type, in line order.
template <typename Record>
Status LoadLines(Transaction& transaction, std::span<Record> records) {
    if constexpr (HasLines<Record>()) {
        if (records.empty()) return {};
        std::map<std::int64_t, Record*> by_id;
        std::string in = "(";
        std::vector<Value> params;
        for (auto& record : records) {
            by_id[ToInt(record.id)] = &record;
            in += params.empty() ? "?" : ", ?";
            params.emplace_back(ToInt(record.id));
        }
        in += ") ORDER BY parent_id, line_no";
        Status status;
        ForEachField<Record>([&](const auto& field) {
            using T = typename std::decay_t<decltype(field)>::ValueType;
            if constexpr (domain::IsLines<T>::value) {
                if (!status) return;
                using Line = typename decltype(T::items)::value_type;
                for (auto& [id, record] : by_id) field.Of(*record).items.clear();
                status = transaction.Query(LineSql<Line>::Get().select + in, params, [&](const Row& row) -> Status {
                    auto line = RAPPORT_TRY(line_detail::ReadLine<Line>(row));
                    field.Of(*by_id.at(row.Int(0))).items.push_back(std::move(line));
                    return {};
                });
            }
        });
        return status;
    } else {
        (void)transaction;
        (void)records;
        return {};
    }
}

}  // namespace rapport::store
