#include "store/number_series.hpp"

#include <cstdio>

namespace rapport::store {

Result<std::int64_t> NextInSeries(Transaction& transaction, std::string_view series, int year, Gaps gaps) {
    // One statement that inserts the year's first number or increments the last: both engines lock the row it
    // writes until the commit, and the second of two concurrent writers reads the first's number.
    constexpr auto kIncrement =
        "INSERT INTO number_series (series, year, last_number) VALUES (?, ?, 1) "
        "ON CONFLICT (series, year) DO UPDATE SET last_number = number_series.last_number + 1 RETURNING last_number";
    std::vector<Value> params{std::string(series), std::int64_t{year}};
    std::int64_t next = 0;
    auto read = [&](const Row& row) -> Status {
        next = row.Int(0);
        return {};
    };
    bool apart = false;
    if (gaps == Gaps::kAllowed) apart = RAPPORT_TRY(transaction.QueryApart(kIncrement, params, read));
    if (!apart) RAPPORT_CHECK(transaction.Query(kIncrement, params, read));
    if (next <= 0) return MakeError(ErrorCode::kInternal, "the number series gave no number");
    return next;
}

std::string FormatDocumentNumber(std::string_view prefix, int year, std::int64_t number) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "-%04d-%05lld", year, static_cast<long long>(number));
    return std::string(prefix) + digits;
}

}  // namespace rapport::store
