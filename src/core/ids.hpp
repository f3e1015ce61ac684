#pragma once

#include <concepts>
#include <cstdint>
#include <type_traits>

namespace rapport {

/// Marks an `enum class X : std::int64_t {}` as a record id, so that generic code can tell ids from
/// enumerations with names. Distinct id types keep an AccountId from being passed as a DealId.
template <typename T>
struct IsRecordId : std::false_type {};

template <typename T>
concept RecordId = IsRecordId<T>::value;

#define RAPPORT_DEFINE_ID(Name)              \
    enum class Name : std::int64_t {};       \
    template <>                              \
    struct IsRecordId<Name> : std::true_type {}

RAPPORT_DEFINE_ID(UserId);
RAPPORT_DEFINE_ID(TeamId);
RAPPORT_DEFINE_ID(AccountId);
RAPPORT_DEFINE_ID(ContactId);
RAPPORT_DEFINE_ID(DealId);
RAPPORT_DEFINE_ID(ActivityId);
RAPPORT_DEFINE_ID(AbsenceId);
RAPPORT_DEFINE_ID(AuditId);

template <RecordId Id>
constexpr std::int64_t ToInt(Id id) {
    return static_cast<std::int64_t>(id);
}

}  // namespace rapport
