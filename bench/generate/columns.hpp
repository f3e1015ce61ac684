#pragma once

#include "core/field.hpp"
#include "domain/record.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

namespace rapport::bench {

/// Whether `Record`'s field table has a field `name` that an import may set (not read-only).
template <typename Record>
constexpr bool IsWritableField(std::string_view name) {
    return std::apply(
        [&](const auto&... field) { return ((field.name == name && !Has(field.flags, FieldFlags::kReadOnly)) || ...); },
        domain::RecordTraits<Record>::kFields);
}

/// Whether `rapport import` of `Record` takes every one of `columns` and gets every required field from them.
/// Checked at compile time, so a renamed or newly required field breaks the generator's build instead of the
/// import of a few million rows. `owner_email` is the importer's own column for records with an owner.
template <typename Record, std::size_t N>
constexpr bool ImportTakes(const std::array<std::string_view, N>& columns) {
    bool all_known = std::all_of(columns.begin(), columns.end(), [](std::string_view column) {
        return IsWritableField<Record>(column) || (column == "owner_email" && IsWritableField<Record>("owner_id"));
    });
    bool required_given = std::apply(
        [&](const auto&... field) {
            return ((!Has(field.flags, FieldFlags::kRequired) ||
                     std::find(columns.begin(), columns.end(), field.name) != columns.end()) &&
                    ...);
        },
        domain::RecordTraits<Record>::kFields);
    return all_known && required_given;
}

}  // namespace rapport::bench
