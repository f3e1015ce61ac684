#pragma once

#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "core/result.hpp"
#include "domain/locale.hpp"
#include "domain/price_list/price_list.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

enum class AccountKind { kCompany, kPerson };
enum class AccountStatus { kProspect, kActive, kInactive, kLost };

/// A client organisation, or a private person as a client, owned by one account manager.
struct Account {
    AccountId id{};
    RecordMeta meta;
    std::string name;
    AccountKind kind = AccountKind::kCompany;
    UserId owner_id{};
    AccountStatus status = AccountStatus::kProspect;
    std::optional<std::string> industry;
    std::optional<std::string> source;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::optional<std::string> website;
    std::optional<std::string> address;
    Tags tags;
    JsonObject custom;
    std::optional<PriceListId> price_list_id;
    std::optional<std::string> payment_terms;  // The code of a payment term.
    std::optional<Locale> language;
};

/// Checks the account's own fields (lengths, e-mail shape, tags).
Status Validate(const Account& account);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::AccountKind> {
    static constexpr std::array kValues = {
        std::pair{domain::AccountKind::kCompany, std::string_view{"company"}},
        std::pair{domain::AccountKind::kPerson, std::string_view{"person"}},
    };
};
template <>
struct EnumNames<domain::AccountStatus> {
    static constexpr std::array kValues = {
        std::pair{domain::AccountStatus::kProspect, std::string_view{"prospect"}},
        std::pair{domain::AccountStatus::kActive, std::string_view{"active"}},
        std::pair{domain::AccountStatus::kInactive, std::string_view{"inactive"}},
        std::pair{domain::AccountStatus::kLost, std::string_view{"lost"}},
    };
};
}  // namespace rapport

namespace rapport::domain {
template <>
struct RecordTraits<Account> {
    using Id = AccountId;
    static constexpr std::string_view kTable = "account";
    static constexpr std::string_view kCollection = "accounts";
    static constexpr std::string_view kSingular = "account";
    static constexpr bool kFullTextSearch = true;
    static constexpr VisibleBy kVisibleBy = VisibleBy::kOwner;
    static constexpr auto kFields = std::tuple{
        MakeField("name", &Account::name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("kind", &Account::kind, FieldFlags::kFilter),
        MakeField("owner_id", &Account::owner_id, FieldFlags::kFilter, "defaults to the creating user"),
        MakeField("status", &Account::status, FieldFlags::kFilter | FieldFlags::kSort),
        MakeField("industry", &Account::industry, FieldFlags::kFilter | FieldFlags::kSort),
        MakeField("source", &Account::source, FieldFlags::kFilter,
                  "where the account came from: cold call, referral, event, e-mail campaign, inbound call"),
        MakeField("phone", &Account::phone),
        MakeField("email", &Account::email),
        MakeField("website", &Account::website),
        MakeField("address", &Account::address),
        MakeField("tags", &Account::tags, FieldFlags::kFilter, "filter with ?tags=one_tag"),
        MakeField("custom", &Account::custom, FieldFlags::kNone, "free-form custom fields"),
        MakeField("price_list_id", &Account::price_list_id, FieldFlags::kFilter,
                  "the client's own price list; none: the valid list with the lowest priority applies"),
        MakeField("payment_terms", &Account::payment_terms, FieldFlags::kFilter,
                  "the code of the client's usual payment terms"),
        MakeField("language", &Account::language, FieldFlags::kNone,
                  "the language of the documents sent to the client: en, hi, mr, he or fil"),
    };
};
}  // namespace rapport::domain
