#pragma once

#include "core/codec.hpp"
#include "core/field.hpp"
#include "store/record_sql.hpp"
#include "store/visibility.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rapport::store {

/// What a client asks of a list: `?field=value` filters, `q=` text, `sort=[-]field`, a cursor
/// from the previous page, and a page size. Values are still text; the store parses them by field.
struct ListRequest {
    std::vector<std::pair<std::string, std::string>> filters;
    std::string search;
    std::string sort;
    std::string cursor;
    int limit = 50;
    bool lines = true;                  // Whether documents' lines are read: ?omit=lines says not.
    std::vector<Condition> conditions;  // Added by services (e.g. "due before"), joined with AND.
};

template <typename Record>
struct Page {
    std::vector<Record> items;
    std::optional<std::string> next_cursor;
};

/// A built list query: SQL with its parameters, and where the sort key is in each row.
struct ListQuery {
    std::string sql;
    std::vector<Value> params;
    std::string sort;     // The sort as requested ("" for id order), sealed into cursors.
    int sort_column = 0;  // Index of the sort key column in each row.
    bool sort_is_text = false;
    bool may_repeat = false;  // Whether a row may come twice, the second right after the first: skip it.
    bool plan_once = false;   // Walks that read their indexes whatever the owners (PlanOnceForAnyParameters).
    // When the page comes out short (no row beyond the limit), the query that reads it instead: a search that
    // read a window of its index first (Transaction::SearchFilter::InIdOrder::window).
    std::shared_ptr<const ListQuery> if_short;
};

/// Whether a search may read a window of its index first, and the whole index only when its page is short.
enum class SearchWindow { kFirst, kNone };

/// An opaque cursor: the sort it belongs to, the last row's sort key and id.
std::string EncodeCursor(std::string_view sort, const Value& sort_value, std::int64_t id);

struct Cursor {
    Value sort_value;
    std::int64_t id = 0;
};

/// Reads a cursor made by EncodeCursor for the same sort. kMalformed (field "cursor") otherwise.
Result<Cursor> DecodeCursor(std::string_view text, std::string_view sort, bool sort_is_text);

Value ReadSortValue(const Row& row, int column, bool is_text);

/// Escapes LIKE wildcards with a backslash; use with ESCAPE '\'.
std::string EscapeLike(std::string_view text);

namespace list_detail {

struct SortKey {
    std::string expression;  // Qualified and null-safe, e.g. "COALESCE(deal.closed_at, 9223…)".
    bool is_text = false;
    bool descending = false;
};

template <typename T>
struct Unwrapped {
    using Type = T;
};
template <typename T>
struct Unwrapped<std::optional<T>> {
    using Type = T;
};

/// The condition for one `?field=value` filter on a column of `table`: equality; for a named
/// enumeration, "a,b" means either; for tags, one tag among the record's; empty means null.
template <typename T>
Result<Condition> FilterCondition(std::string_view table, std::string_view name, std::string_view text) {
    std::vector<std::string> columns;
    SqlCodec<T>::Columns(name, columns);
    std::string column = std::string(table) + "." + columns.front();
    using Inner = typename Unwrapped<T>::Type;
    if constexpr (IsOptional<T>::value) {
        if (text.empty()) return Condition{column + " IS NULL", {}};
    }
    if constexpr (std::is_same_v<T, Tags>) {
        return Condition{column + " LIKE ? ESCAPE '\\'", {"%," + EscapeLike(text) + ",%"}};
    } else if constexpr (NamedEnum<Inner>) {
        Condition condition{column + " IN (", {}};
        while (true) {
            auto comma = text.find(',');
            auto value = RAPPORT_TRY(Codec<Inner>::FromText(text.substr(0, comma), name));
            condition.sql += condition.params.empty() ? "?" : ", ?";
            SqlCodec<Inner>::Bind(value, condition.params);
            if (comma == std::string_view::npos) break;
            text.remove_prefix(comma + 1);
        }
        condition.sql += ")";
        return condition;
    } else {
        auto value = RAPPORT_TRY(Codec<T>::FromText(text, name));
        Condition condition{column + " = ?", {}};
        SqlCodec<T>::Bind(value, condition.params);
        condition.params.resize(1);  // Money filters on its amount column alone.
        return condition;
    }
}

/// `?field_from=v` (field >= v) or `?field_before=v` (field < v) on an orderable field.
template <typename T>
Result<Condition> RangeCondition(std::string_view table, std::string_view name, std::string_view bound,
                                 std::string_view text) {
    using Inner = typename Unwrapped<T>::Type;
    std::vector<std::string> columns;
    SqlCodec<T>::Columns(name, columns);
    auto parameter = std::string(name) + "_" + std::string(bound);
    auto value = RAPPORT_TRY(Codec<Inner>::FromText(text, parameter));
    Condition condition{std::string(table) + "." + columns.front() + (bound == "from" ? " >= ?" : " < ?"), {}};
    SqlCodec<Inner>::Bind(value, condition.params);
    condition.params.resize(1);
    return condition;
}

/// A filter value that does not parse is a bad query parameter: kMalformed, keeping the message.
inline Error AsMalformed(Error error) {
    error.code = ErrorCode::kMalformed;
    return error;
}

template <typename Record>
Result<Condition> FieldFilter(std::string_view name, std::string_view text) {
    std::optional<Result<Condition>> condition;
    std::string table(Traits<Record>::kTable);
    ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (condition) return;
        if (field.name == name && field.Is(FieldFlags::kFilter)) {
            condition = FilterCondition<T>(table, name, text);
        } else if (field.Is(FieldFlags::kSort) && name.starts_with(field.name) && name.size() > field.name.size()) {
            auto bound = name.substr(field.name.size());
            if (bound == "_from" || bound == "_before")
                condition = RangeCondition<T>(table, field.name, bound.substr(1), text);
        }
    });
    if (!condition) {
        return MakeError(ErrorCode::kMalformed,
                         std::string(Traits<Record>::kCollection) + " cannot be filtered by " + std::string(name),
                         std::string(name));
    }
    if (!*condition) return AsMalformed(condition->error());
    return std::move(*condition);
}

template <typename Record>
Result<SortKey> FindSortKey(std::string_view sort) {
    SortKey key;
    key.descending = sort.starts_with('-');
    auto name = key.descending ? sort.substr(1) : sort;
    std::string table(Traits<Record>::kTable);
    if (name == "created_at" || name == "updated_at") {
        key.expression = table + "." + std::string(name);
        return key;
    }
    ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (key.expression.empty() && field.name == name && field.Is(FieldFlags::kSort)) {
            key.expression = SortExpression<T>(table + "." + std::string(name));
            key.is_text = SqlCodec<T>::kText;
        }
    });
    if (key.expression.empty()) {
        return MakeError(ErrorCode::kMalformed,
                         std::string(Traits<Record>::kCollection) + " cannot be sorted by " + std::string(name),
                         "sort");
    }
    return key;
}

template <typename Record>
concept HasSearchColumns = requires {
    Traits<Record>::kSearchColumns;
};

/// The `q=` condition, and for a list in id order the search index to list from when the engine has one.
struct SearchClause {
    Condition condition;
    std::optional<Transaction::SearchFilter::InIdOrder> source;
};

/// The `q=` clause: full-text for accounts, a case-insensitive substring match elsewhere.
template <typename Record>
Result<SearchClause> SearchCondition(Transaction& transaction, const Scope& scope, std::string_view text,
                                     bool in_id_order, SearchWindow window) {
    std::string table(Traits<Record>::kTable);
    if constexpr (requires { Traits<Record>::kFullTextSearch; }) {
        auto filter = transaction.MatchAccounts(text, scope);
        bool windowed = filter.in_id_order && filter.in_id_order->window > 0;
        if (in_id_order && filter.in_id_order && (!windowed || window == SearchWindow::kFirst)) {
            auto condition = filter.in_id_order->condition;
            return SearchClause{{std::move(condition), std::move(filter.params)}, std::move(filter.in_id_order)};
        }
        return SearchClause{{std::move(filter.sql), std::move(filter.params)}, std::nullopt};
    } else if constexpr (HasSearchColumns<Record>) {
        Condition condition{"(", {}};
        auto pattern = "%" + EscapeLike(text) + "%";
        for (std::size_t i = 0; i < Traits<Record>::kSearchColumns.size(); ++i) {
            if (i > 0) condition.sql += " OR ";
            condition.sql +=
                "LOWER(" + table + "." + std::string(Traits<Record>::kSearchColumns[i]) + ") LIKE LOWER(?) ESCAPE '\\'";
            condition.params.emplace_back(pattern);
        }
        condition.sql += ")";
        return SearchClause{std::move(condition), std::nullopt};
    } else {
        return MakeError(ErrorCode::kMalformed,
                         std::string(Traits<Record>::kCollection) + " do not support text search", "q");
    }
}

void AppendCondition(std::string& sql, std::vector<Value>& params, Condition condition);

/// One of the walks a restricted scope's page is read in (BuildListQuery): the rows it takes, and the column its rows
/// are ordered by before the page's key when that order comes from an index on (column, id).
struct Walk {
    Condition condition;
    std::string column;
};

// At most this many owners are walked one by one; a wider scope (the head of a large department) is walked a column
// at a time with "IN", its owners' rows being dense enough in the page's order for an engine to fill a page soon.
constexpr std::size_t kMaxOwnerWalks = 16;

/// The columns whose owner makes a row of `Record` visible, when all of them are on the row (its owner; its account's
/// owner where it is kept): the columns a page can be walked by, owner by owner. Empty for the other records.
template <typename Record>
std::vector<std::string> OwnerColumns(std::string_view table) {
    auto column = [&](std::string_view name) { return std::string(table) + "." + std::string(name); };
    if constexpr (KeepsAccountOwner<Record>) return {column("owner_id"), column("account_owner_id")};
    if constexpr (Traits<Record>::kVisibleBy == domain::VisibleBy::kOwner) return {column("owner_id")};
    return {};
}

/// The walks of a page of `Record`s seen by a scope whose visibility condition is not empty: one per owner and
/// OwnerColumns, each through the index on (column, id). Empty where the page is one query with that condition.
template <typename Record>
std::vector<Walk> OwnerWalks(std::string_view table, const Scope& scope, Engine engine) {
    std::vector<Walk> walks;
    if (scope.owners.empty()) return walks;
    for (auto& column : OwnerColumns<Record>(table)) {
        if (scope.owners.size() > kMaxOwnerWalks) {
            Walk& walk = walks.emplace_back();
            AppendOwnerIn(column, scope, walk.condition);
            continue;
        }
        for (auto owner : scope.owners) walks.push_back({OwnerIs(column, owner, engine), column});
    }
    return walks;
}

/// For a caller who sees every row of `Record`, a `?owner_id=` filter of one owner as the walk OwnerWalks would give a
/// caller who sees that owner alone, for the same reason; returns the filter's index in `filters`, or none (the
/// filter is then an ordinary one, which also reports a value that does not parse).
template <typename Record>
std::optional<std::size_t> OwnerFilterWalk(std::string_view table, const ListRequest& request, Engine engine,
                                           std::vector<Walk>& walks) {
    if (OwnerColumns<Record>(table).empty()) return std::nullopt;
    for (std::size_t i = 0; i < request.filters.size(); ++i) {
        const auto& [name, text] = request.filters[i];
        if (name != "owner_id") continue;
        auto owner = Codec<UserId>::FromText(text, name);
        if (!owner) continue;
        auto column = std::string(table) + ".owner_id";
        walks.push_back({OwnerIs(column, ToInt(*owner), engine), column});
        return i;
    }
    return std::nullopt;
}

}  // namespace list_detail

/// Builds the keyset-paginated query for `request`: visibility, filters, search, cursor, order,
/// and one row more than the limit (its presence tells that a next page exists).
template <typename Record>
Result<ListQuery> BuildListQuery(Transaction& transaction, const Scope& scope, const ListRequest& request,
                                 SearchWindow window = SearchWindow::kFirst) {
    using namespace list_detail;
    static_assert(!KeepsAccountOwner<Record> || Traits<Record>::kVisibleBy == domain::VisibleBy::kOwnerOrAccount ||
                      Traits<Record>::kVisibleBy == domain::VisibleBy::kFulfilment,
                  "a record keeps its account's owner to be seen through it or through its own owner");
    std::string table(Traits<Record>::kTable);
    ListQuery query;
    query.sort = request.sort;
    SortKey key{table + ".id", false, false};
    if (!request.sort.empty()) key = RAPPORT_TRY(FindSortKey<Record>(request.sort));
    query.sort_is_text = key.is_text;

    std::string from = table;
    std::optional<SearchClause> search;
    if (!request.search.empty()) {
        search = RAPPORT_TRY(SearchCondition<Record>(transaction, scope, request.search, request.sort.empty(), window));
        if (search->source) {
            from = search->source->from;
            key.expression = search->source->id;
        }
        if (search->source && search->source->window > 0) {
            // In id order only (SearchCondition): the cursor is the id the page starts after.
            auto after = request.cursor.empty() ? 0 : RAPPORT_TRY(DecodeCursor(request.cursor, "", false)).id;
            query.params = {after, search->source->window};
            query.if_short = std::make_shared<const ListQuery>(
                RAPPORT_TRY(BuildListQuery<Record>(transaction, scope, request, SearchWindow::kNone)));
        }
    }
    // A full-text search (accounts) narrows its matches to the scope's owners itself (Transaction::MatchAccounts).
    bool full_text = search && requires { Traits<Record>::kFullTextSearch; };
    auto visibility = VisibilityOf<Record>(scope);
    std::vector<Walk> walks;
    std::optional<std::size_t> walked_filter;
    if (!full_text && !visibility.sql.empty()) {
        walks = OwnerWalks<Record>(table, scope, transaction.engine());
    } else if (!full_text) {
        walked_filter = OwnerFilterWalk<Record>(table, request, transaction.engine(), walks);
    }
    std::string where = table + ".archived_at IS NULL";
    // Walks by the scope hold its condition each; a walk by a filter is for a caller with no condition to add.
    if (walks.empty()) AppendCondition(where, query.params, std::move(visibility));
    for (std::size_t i = 0; i < request.filters.size(); ++i) {
        if (i == walked_filter) continue;
        const auto& [name, text] = request.filters[i];
        AppendCondition(where, query.params, RAPPORT_TRY(FieldFilter<Record>(name, text)));
    }
    if (search) AppendCondition(where, query.params, std::move(search->condition));
    for (const auto& condition : request.conditions) AppendCondition(where, query.params, condition);
    if (!request.cursor.empty()) {
        auto cursor = RAPPORT_TRY(DecodeCursor(request.cursor, request.sort, key.is_text));
        auto comparison = key.descending ? " < " : " > ";
        if (request.sort.empty()) {
            AppendCondition(where, query.params, Condition{key.expression + comparison + "?", {cursor.id}});
        } else {
            AppendCondition(where, query.params,
                            Condition{"(" + key.expression + ", " + table + ".id)" + comparison + "(?, ?)",
                                      {cursor.sort_value, cursor.id}});
        }
    }
    auto direction = key.descending ? " DESC" : " ASC";
    const auto& sql = RecordSql<Record>::Get();
    query.sort_column = 6 + static_cast<int>(sql.field_columns.size());
    std::string select = "SELECT " + sql.select_list + ", " + key.expression + " FROM " + from + " WHERE " + where;
    std::string order = " ORDER BY " + key.expression + direction;
    if (!request.sort.empty()) order += ", " + table + ".id" + direction;
    std::int64_t rows = request.limit + 1;
    if (walks.empty()) {
        query.sql = select + order + " LIMIT ?";
        query.params.emplace_back(rows);
        return query;
    }
    // A restricted scope's page is read as walks (OwnerWalks), each in the page's order from an index of its own
    // ((owner_id, id); (account_owner_id, id), kept only where the two owners differ: migrations 0012 and 0013) and
    // each stopped at the page's size; then the short lists merged. One condition with OR, or an IN of several
    // owners, would make an engine gather every visible row and sort them, or walk the primary key past the rows of
    // everyone else. A row owned by one of the caller's owners on another's account (a head's team) comes in two
    // walks, side by side in the merged order, and the page skips the second (ListQuery::may_repeat).
    // One owner's walk in id order reads its index whatever the owner; a walk by many owners, or in another order,
    // may be better planned for the values at hand.
    query.plan_once =
        request.sort.empty() && std::ranges::none_of(walks, [](const Walk& walk) { return walk.column.empty(); });
    auto common = std::move(query.params);
    query.params.clear();
    std::string merged;
    for (std::size_t i = 0; i < walks.size(); ++i) {
        const auto& walk = walks[i];
        query.params.insert(query.params.end(), common.begin(), common.end());
        query.params.insert(query.params.end(), walk.condition.params.begin(), walk.condition.params.end());
        query.params.emplace_back(rows);
        auto walk_order = walk.column.empty() || !request.sort.empty()
                              ? order
                              : " ORDER BY " + walk.column + direction + ", " + key.expression + direction;
        auto one = select + " AND " + walk.condition.sql + walk_order + " LIMIT ?";
        if (walks.size() == 1) {
            query.sql = std::move(one);
            return query;
        }
        merged += (i == 0 ? "SELECT * FROM (" : " UNION ALL SELECT * FROM (") + one + ") AS walk" + std::to_string(i);
    }
    query.sql =
        merged + " ORDER BY " + std::to_string(query.sort_column + 1) + direction + ", 1" + direction + " LIMIT ?";
    query.params.emplace_back(2 * rows);
    query.may_repeat = true;
    return query;
}

}  // namespace rapport::store
