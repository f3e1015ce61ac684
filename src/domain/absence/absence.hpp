#pragma once

#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "core/result.hpp"
#include "domain/record.hpp"

#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

enum class AbsenceReason { kIllness, kLeave, kTraining, kOther };

/// A period, both days included, in which `deputy_id` serves `user_id`'s clients with full rights.
struct Absence {
    AbsenceId id{};
    RecordMeta meta;
    UserId user_id{};
    UserId deputy_id{};
    Date starts_on{};
    Date ends_on{};
    AbsenceReason reason = AbsenceReason::kLeave;
};

/// Fails with kInvalidArgument when the period is inverted or the user deputises for themself.
Status Validate(const Absence& absence);

/// Whether the absence is in force on `day` (both ends included).
bool IsInForce(const Absence& absence, Date day);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::AbsenceReason> {
    static constexpr std::array kValues = {
        std::pair{domain::AbsenceReason::kIllness, std::string_view{"illness"}},
        std::pair{domain::AbsenceReason::kLeave, std::string_view{"leave"}},
        std::pair{domain::AbsenceReason::kTraining, std::string_view{"training"}},
        std::pair{domain::AbsenceReason::kOther, std::string_view{"other"}},
    };
};
}  // namespace rapport

namespace rapport::domain {
template <>
struct RecordTraits<Absence> {
    using Id = AbsenceId;
    static constexpr std::string_view kTable = "absence";
    static constexpr std::string_view kCollection = "absences";
    static constexpr std::string_view kSingular = "absence";
    static constexpr VisibleBy kVisibleBy = VisibleBy::kAbsence;
    static constexpr auto kFields = std::tuple{
        MakeField("user_id", &Absence::user_id, FieldFlags::kRequired | FieldFlags::kFilter | FieldFlags::kCreateOnly),
        MakeField("deputy_id", &Absence::deputy_id, FieldFlags::kRequired | FieldFlags::kFilter),
        MakeField("starts_on", &Absence::starts_on, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("ends_on", &Absence::ends_on, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("reason", &Absence::reason, FieldFlags::kFilter),
    };
};
}  // namespace rapport::domain
