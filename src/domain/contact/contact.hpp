#pragma once

#include "core/field.hpp"
#include "core/result.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

/// A person at an account. Visible to whoever sees the account.
struct Contact {
    ContactId id{};
    RecordMeta meta;
    AccountId account_id{};
    std::optional<std::string> first_name;
    std::string last_name;
    std::optional<std::string> title;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    JsonObject consent;
};

Status Validate(const Contact& contact);

template <>
struct RecordTraits<Contact> {
    using Id = ContactId;
    static constexpr std::string_view kTable = "contact";
    static constexpr std::string_view kCollection = "contacts";
    static constexpr std::string_view kSingular = "contact";
    static constexpr std::array<std::string_view, 3> kSearchColumns = {"first_name", "last_name", "email"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kAccount;
    static constexpr auto kFields = std::tuple{
        MakeField("account_id", &Contact::account_id, FieldFlags::kRequired | FieldFlags::kFilter),
        MakeField("first_name", &Contact::first_name, FieldFlags::kSort),
        MakeField("last_name", &Contact::last_name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("title", &Contact::title),
        MakeField("email", &Contact::email, FieldFlags::kFilter),
        MakeField("phone", &Contact::phone),
        MakeField("consent", &Contact::consent, FieldFlags::kNone,
                  "what the person agreed to, e.g. {\"email\": true, \"recorded_on\": \"2026-11-02\"}"),
    };
};

}  // namespace rapport::domain
