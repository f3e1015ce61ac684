#pragma once

#include "core/codec.hpp"
#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/ids.hpp"
#include "core/money.hpp"
#include "core/time.hpp"
#include "core/values.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

/// How one field type is stored: its columns, how it binds, how it reads back, how it sorts.
///   static void Columns(std::string_view name, std::vector<std::string>& out);
///   static void Bind(const T& value, std::vector<Value>& out);
///   static Result<T> Read(const Row& row, int& column);   // advances `column` past its columns
///   static constexpr bool kText;                          // stored as text (else as integer)
template <typename T>
struct SqlCodec;

namespace sql_detail {
Error Corrupt(std::string_view what);
}  // namespace sql_detail

template <typename T>
struct IntegerColumn {
    static constexpr bool kText = false;
    static void Columns(std::string_view name, std::vector<std::string>& out) { out.emplace_back(name); }
};

template <typename T>
struct TextColumn {
    static constexpr bool kText = true;
    static void Columns(std::string_view name, std::vector<std::string>& out) { out.emplace_back(name); }
};

template <>
struct SqlCodec<std::int64_t> : IntegerColumn<std::int64_t> {
    static void Bind(std::int64_t value, std::vector<Value>& out) { out.emplace_back(value); }
    static Result<std::int64_t> Read(const Row& row, int& column) { return row.Int(column++); }
};

template <>
struct SqlCodec<bool> : IntegerColumn<bool> {
    static void Bind(bool value, std::vector<Value>& out) { out.emplace_back(std::int64_t{value ? 1 : 0}); }
    static Result<bool> Read(const Row& row, int& column) { return row.Int(column++) != 0; }
};

template <RecordId Id>
struct SqlCodec<Id> : IntegerColumn<Id> {
    static void Bind(Id value, std::vector<Value>& out) { out.emplace_back(ToInt(value)); }
    static Result<Id> Read(const Row& row, int& column) { return static_cast<Id>(row.Int(column++)); }
};

/// Quantities and percentages are integers: thousandths and hundredths of a percent.
template <>
struct SqlCodec<Quantity> : IntegerColumn<Quantity> {
    static void Bind(Quantity value, std::vector<Value>& out) { out.emplace_back(value.thousandths()); }
    static Result<Quantity> Read(const Row& row, int& column) { return Quantity::FromThousandths(row.Int(column++)); }
};

template <>
struct SqlCodec<Percent> : IntegerColumn<Percent> {
    static void Bind(Percent value, std::vector<Value>& out) { out.emplace_back(value.hundredths()); }
    static Result<Percent> Read(const Row& row, int& column) { return Percent::FromHundredths(row.Int(column++)); }
};

template <>
struct SqlCodec<Timestamp> : IntegerColumn<Timestamp> {
    static void Bind(Timestamp value, std::vector<Value>& out) { out.emplace_back(ToSeconds(value)); }
    static Result<Timestamp> Read(const Row& row, int& column) {
        return Timestamp{std::chrono::seconds{row.Int(column++)}};
    }
};

template <>
struct SqlCodec<std::string> : TextColumn<std::string> {
    static void Bind(const std::string& value, std::vector<Value>& out) { out.emplace_back(value); }
    static Result<std::string> Read(const Row& row, int& column) { return std::string(row.Text(column++)); }
};

/// Dates are 'YYYY-MM-DD' text, which sorts in calendar order on both engines.
template <>
struct SqlCodec<Date> : TextColumn<Date> {
    static void Bind(Date value, std::vector<Value>& out) { out.emplace_back(FormatDate(value)); }
    static Result<Date> Read(const Row& row, int& column) {
        auto date = ParseDate(row.Text(column++), "date");
        if (!date) return sql_detail::Corrupt("date");
        return *date;
    }
};

template <NamedEnum E>
struct SqlCodec<E> : TextColumn<E> {
    static void Bind(E value, std::vector<Value>& out) { out.emplace_back(std::string(EnumName(value))); }
    static Result<E> Read(const Row& row, int& column) {
        auto value = ParseEnum<E>(row.Text(column++));
        if (!value) return sql_detail::Corrupt("enumeration");
        return *value;
    }
};

/// Tags are stored as ",a,b," so that one tag matches `tags LIKE '%,a,%'`.
template <>
struct SqlCodec<Tags> : TextColumn<Tags> {
    static void Bind(const Tags& value, std::vector<Value>& out);
    static Result<Tags> Read(const Row& row, int& column);
};

template <>
struct SqlCodec<JsonObject> : TextColumn<JsonObject> {
    static void Bind(const JsonObject& value, std::vector<Value>& out) { out.emplace_back(value.text); }
    static Result<JsonObject> Read(const Row& row, int& column) { return JsonObject{std::string(row.Text(column++))}; }
};

/// A value read and written whole and never queried (a document line's pricing explanation) is kept as the
/// JSON text of its Codec: a type opts in with `using StoredAsJson = void;`.
template <typename T>
    requires requires { typename T::StoredAsJson; }
struct SqlCodec<T> : TextColumn<T> {
    static void Bind(const T& value, std::vector<Value>& out) { out.emplace_back(Codec<T>::ToText(value)); }
    static Result<T> Read(const Row& row, int& column) {
        auto stored = Codec<T>::FromText(row.Text(column++), "stored JSON");
        if (!stored) return sql_detail::Corrupt("a stored JSON value: " + stored.error().message);
        return stored;
    }
};

/// Money takes two columns: NAME_minor (integer minor units) and NAME_currency.
template <>
struct SqlCodec<Money> {
    static constexpr bool kText = false;
    static void Columns(std::string_view name, std::vector<std::string>& out) {
        out.push_back(std::string(name) + "_minor");
        out.push_back(std::string(name) + "_currency");
    }
    static void Bind(const Money& value, std::vector<Value>& out) {
        out.emplace_back(value.minor_units());
        out.emplace_back(std::string(value.currency().code()));
    }
    static Result<Money> Read(const Row& row, int& column) {
        auto minor_units = row.Int(column++);
        auto currency = Currency::Parse(row.Text(column++));
        if (!currency) return sql_detail::Corrupt("currency");
        return Money(minor_units, *currency);
    }
};

template <typename T>
struct SqlCodec<std::optional<T>> {
    static constexpr bool kText = SqlCodec<T>::kText;
    static void Columns(std::string_view name, std::vector<std::string>& out) { SqlCodec<T>::Columns(name, out); }
    static void Bind(const std::optional<T>& value, std::vector<Value>& out) {
        if (value) return SqlCodec<T>::Bind(*value, out);
        std::vector<std::string> columns;
        SqlCodec<T>::Columns("", columns);
        out.insert(out.end(), columns.size(), Value{});
    }
    static Result<std::optional<T>> Read(const Row& row, int& column) {
        if (row.IsNull(column)) {
            std::vector<std::string> columns;
            SqlCodec<T>::Columns("", columns);
            column += static_cast<int>(columns.size());
            return std::optional<T>{};
        }
        auto value = RAPPORT_TRY(SqlCodec<T>::Read(row, column));
        return std::optional<T>(std::move(value));
    }
};

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};

/// The expression a field sorts by: its first column, with nulls last in ascending order, so
/// that keyset pagination compares plain values.
template <typename T>
std::string SortExpression(std::string_view name) {
    std::vector<std::string> columns;
    SqlCodec<T>::Columns(name, columns);
    if constexpr (IsOptional<T>::value) {
        return "COALESCE(" + columns.front() + (SqlCodec<T>::kText ? ", '\U0010FFFF')" : ", 9223372036854775807)");
    } else {
        return columns.front();
    }
}

}  // namespace rapport::store
