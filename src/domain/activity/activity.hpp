#pragma once

#include "core/enum_names.hpp"
#include "core/field.hpp"
#include "core/result.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

enum class ActivityKind { kCall, kMeeting, kEmail, kTask, kNote };
enum class Direction { kInbound, kOutbound };

/// A touch with a client, planned (due_at) or done (done_at): the account's timeline.
struct Activity {
    ActivityId id{};
    RecordMeta meta;
    std::optional<AccountId> account_id;
    std::optional<DealId> deal_id;
    std::optional<ContactId> contact_id;
    ActivityKind kind = ActivityKind::kNote;
    std::optional<Direction> direction;
    std::string subject;
    std::optional<std::string> body;
    std::optional<Timestamp> due_at;
    std::optional<Timestamp> done_at;
    UserId owner_id{};
    std::optional<std::string> outcome;
};

/// Checks lengths, and that only calls and e-mails have a direction.
Status Validate(const Activity& activity);

}  // namespace rapport::domain

namespace rapport {
template <>
struct EnumNames<domain::ActivityKind> {
    static constexpr std::array kValues = {
        std::pair{domain::ActivityKind::kCall, std::string_view{"call"}},
        std::pair{domain::ActivityKind::kMeeting, std::string_view{"meeting"}},
        std::pair{domain::ActivityKind::kEmail, std::string_view{"email"}},
        std::pair{domain::ActivityKind::kTask, std::string_view{"task"}},
        std::pair{domain::ActivityKind::kNote, std::string_view{"note"}},
    };
};
template <>
struct EnumNames<domain::Direction> {
    static constexpr std::array kValues = {
        std::pair{domain::Direction::kInbound, std::string_view{"inbound"}},
        std::pair{domain::Direction::kOutbound, std::string_view{"outbound"}},
    };
};
}  // namespace rapport

namespace rapport::domain {
template <>
struct RecordTraits<Activity> {
    using Id = ActivityId;
    static constexpr std::string_view kTable = "activity";
    static constexpr std::string_view kCollection = "activities";
    static constexpr std::string_view kSingular = "activity";
    static constexpr std::array<std::string_view, 2> kSearchColumns = {"subject", "body"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kOwnerOrAccount;
    static constexpr auto kFields = std::tuple{
        MakeField("account_id", &Activity::account_id, FieldFlags::kFilter),
        MakeField("deal_id", &Activity::deal_id, FieldFlags::kFilter),
        MakeField("contact_id", &Activity::contact_id, FieldFlags::kFilter),
        MakeField("kind", &Activity::kind, FieldFlags::kRequired | FieldFlags::kFilter),
        MakeField("direction", &Activity::direction, FieldFlags::kFilter, "calls and e-mails only"),
        MakeField("subject", &Activity::subject, FieldFlags::kRequired),
        MakeField("body", &Activity::body),
        MakeField("due_at", &Activity::due_at, FieldFlags::kFilter | FieldFlags::kSort, "when it is planned"),
        MakeField("done_at", &Activity::done_at, FieldFlags::kFilter | FieldFlags::kSort,
                  "when it happened; absent while planned (?done_at= lists the planned ones)"),
        MakeField("owner_id", &Activity::owner_id, FieldFlags::kFilter, "defaults to the creating user"),
        MakeField("outcome", &Activity::outcome),
    };
};
}  // namespace rapport::domain
