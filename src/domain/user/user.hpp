#pragma once

#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "core/result.hpp"
#include "domain/locale.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

/// What a user does, and so what they see (API.md, "Visibility"). Operations staff (warehouse, shipping,
/// accounting) own no records and see no accounts, contacts, deals or activities.
enum class Role { kManager, kHead, kDirector, kAdmin, kOperations };

/// Seniority of an account manager; it sets base pay and commission rates.
enum class Level : std::int64_t { kNewcomer = 1, kOneYear = 2, kTwoYears = 3, kLead = 4 };

struct User {
    UserId id{};
    RecordMeta meta;
    std::string email;
    std::string name;
    Role role = Role::kManager;
    std::optional<TeamId> team_id;
    std::int64_t level = 1;
    bool active = true;
    /// The web UI's language; none: the UI follows the browser's.
    std::optional<Locale> locale;
};

/// Checks a user's own fields: e-mail shape, non-empty name, level 1–4.
Status Validate(const User& user);

/// Lower-cases and trims an e-mail so that one person has one account.
std::string NormalizeEmail(std::string_view email);

/// Fails with kInvalidArgument unless `email` looks like local@domain.
Status ValidateEmail(std::string_view email, std::string_view field);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::Role> {
    static constexpr std::array kValues = {
        std::pair{domain::Role::kManager, std::string_view{"manager"}},
        std::pair{domain::Role::kHead, std::string_view{"head"}},
        std::pair{domain::Role::kDirector, std::string_view{"director"}},
        std::pair{domain::Role::kAdmin, std::string_view{"admin"}},
        std::pair{domain::Role::kOperations, std::string_view{"operations"}},
    };
};
}  // namespace rapport

namespace rapport::domain {
template <>
struct RecordTraits<User> {
    using Id = UserId;
    static constexpr std::string_view kTable = "app_user";
    static constexpr std::string_view kCollection = "users";
    static constexpr std::string_view kSingular = "user";
    static constexpr std::array<std::string_view, 2> kSearchColumns = {"name", "email"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kEveryone;
    static constexpr auto kFields = std::tuple{
        MakeField("email", &User::email, FieldFlags::kRequired | FieldFlags::kFilter | FieldFlags::kSort),
        MakeField("name", &User::name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("role", &User::role, FieldFlags::kRequired | FieldFlags::kFilter),
        MakeField("team_id", &User::team_id, FieldFlags::kFilter),
        MakeField("level", &User::level, FieldFlags::kFilter, "seniority: 1 newcomer, 2 one year, 3 two years, 4 lead"),
        MakeField("active", &User::active, FieldFlags::kFilter),
        MakeField("locale", &User::locale, FieldFlags::kNone,
                  "the web UI's language; null: the browser's. Every user may change their own"),
    };
};
}  // namespace rapport::domain
