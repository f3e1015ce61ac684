#include "domain/payment_term/payment_term.hpp"

#include <algorithm>

namespace rapport::domain {

Status Validate(const PaymentTerm& term) {
    RAPPORT_CHECK(CheckLength(term.code, "code", 1, 32));
    // Codes travel in CSV files, query strings and documents' data: plain marks only.
    auto plain = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; };
    if (!std::all_of(term.code.begin(), term.code.end(), plain)) {
        return InvalidField("code", "code may hold only lower-case letters, digits and '_'");
    }
    RAPPORT_CHECK(CheckLength(term.name, "name", 1, 200));
    if (term.days < 0 || term.days > 365) return InvalidField("days", "days must be between 0 and 365");
    return term.adjust_percent.CheckRange(Percent::Whole(-100), Percent::Whole(100), "adjust_percent");
}

}  // namespace rapport::domain
