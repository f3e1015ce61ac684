#pragma once

#include <cstdint>
#include <string_view>

namespace rapport {

/// What a field of a record allows. Combine with `|`.
enum class FieldFlags : std::uint32_t {
    kNone = 0,
    kRequired = 1 << 0,     // Must be given on create; may not be set to null.
    kCreateOnly = 1 << 1,   // Set on create, read-only afterwards.
    kReadOnly = 1 << 2,     // Set by the server only; a client sending it gets an error.
    kWriteOnly = 1 << 3,    // Accepted, never returned (passwords).
    kFilter = 1 << 4,       // Usable as an equality filter: ?field=value.
    kSort = 1 << 5,         // Usable as ?sort=field and ?sort=-field.
    kHistory = 1 << 6,      // Read-only through the API, but an import of history may give it (a deal's closed_at).
    kDerived = 1 << 7,      // Read-only and never stored: no column, no audit; the service fills it when it answers.
};

constexpr FieldFlags operator|(FieldFlags a, FieldFlags b) {
    return static_cast<FieldFlags>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}

constexpr bool Has(FieldFlags flags, FieldFlags flag) {
    return (static_cast<std::uint32_t>(flags) & static_cast<std::uint32_t>(flag)) != 0;
}

/// One field of a record type: its wire and column name, where it lives in the struct, what it
/// allows. A record's tuple of Fields drives its SQL, JSON, CSV and OpenAPI, written once.
template <typename Record, typename T>
struct Field {
    using RecordType = Record;
    using ValueType = T;

    std::string_view name;
    T Record::*member;
    FieldFlags flags = FieldFlags::kNone;
    std::string_view description = {};

    bool Is(FieldFlags flag) const { return Has(flags, flag); }
    const T& Of(const Record& record) const { return record.*member; }
    T& Of(Record& record) const { return record.*member; }
};

template <typename Record, typename T>
constexpr Field<Record, T> MakeField(std::string_view name, T Record::*member, FieldFlags flags = FieldFlags::kNone,
                                     std::string_view description = {}) {
    return Field<Record, T>{name, member, flags, description};
}

}  // namespace rapport
