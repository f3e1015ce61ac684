#pragma once

#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport {
RAPPORT_DEFINE_ID(PaymentTermId);
}  // namespace rapport

namespace rapport::domain {

/// A client's solvency grade, A the best. Accounts are graded in a later issue; payment terms name the lowest
/// grade they allow already.
enum class SolvencyGrade { kA, kB, kC, kD };

/// When and how a client pays (API.md, "Products and prices"): `days` of deferral, and a price adjustment —
/// negative, a discount for paying early; positive, a surcharge for paying late. Accounts and documents name
/// their terms by `code`. Reference data: every signed-in user reads them; admins keep them.
struct PaymentTerm {
    PaymentTermId id{};
    RecordMeta meta;
    std::string code;
    std::string name;
    std::int64_t days = 0;
    Percent adjust_percent;
    std::optional<SolvencyGrade> min_grade;
};

/// Checks a term's own fields: a code of 1–32 lower-case letters, digits and '_', a name, 0–365 days, and an
/// adjustment from −100 to 100 %.
Status Validate(const PaymentTerm& term);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::SolvencyGrade> {
    static constexpr std::array kValues = {
        std::pair{domain::SolvencyGrade::kA, std::string_view{"A"}},
        std::pair{domain::SolvencyGrade::kB, std::string_view{"B"}},
        std::pair{domain::SolvencyGrade::kC, std::string_view{"C"}},
        std::pair{domain::SolvencyGrade::kD, std::string_view{"D"}},
    };
};
}  // namespace rapport

namespace rapport::domain {
template <>
struct RecordTraits<PaymentTerm> {
    using Id = PaymentTermId;
    static constexpr std::string_view kTable = "payment_term";
    static constexpr std::string_view kCollection = "payment_terms";
    static constexpr std::string_view kSingular = "payment term";
    static constexpr std::array<std::string_view, 2> kSearchColumns = {"code", "name"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kEveryone;
    static constexpr auto kFields = std::tuple{
        MakeField("code", &PaymentTerm::code, FieldFlags::kRequired | FieldFlags::kFilter | FieldFlags::kSort,
                  "unique: lower-case letters, digits and '_', as in net30; accounts and documents name terms by it"),
        MakeField("name", &PaymentTerm::name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("days", &PaymentTerm::days, FieldFlags::kSort,
                  "days the payment may be deferred, 0–365; 0 by default"),
        MakeField("adjust_percent", &PaymentTerm::adjust_percent, FieldFlags::kNone,
                  "percent, −100 to 100: negative a discount for paying early, positive a surcharge for deferral"),
        MakeField("min_grade", &PaymentTerm::min_grade, FieldFlags::kFilter,
                  "the lowest solvency grade (A best, D worst) allowed these terms; none: any"),
    };
};
}  // namespace rapport::domain
