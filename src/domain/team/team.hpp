#pragma once

#include "core/field.hpp"
#include "core/result.hpp"
#include "domain/record.hpp"

#include <array>
#include <optional>
#include <string>
#include <tuple>

namespace rapport::domain {

/// A sales team. Its head sees and works everything its members own.
struct Team {
    TeamId id{};
    RecordMeta meta;
    std::string name;
    std::optional<UserId> head_id;
};

Status Validate(const Team& team);

template <>
struct RecordTraits<Team> {
    using Id = TeamId;
    static constexpr std::string_view kTable = "team";
    static constexpr std::string_view kCollection = "teams";
    static constexpr std::string_view kSingular = "team";
    static constexpr std::array<std::string_view, 1> kSearchColumns = {"name"};
    static constexpr VisibleBy kVisibleBy = VisibleBy::kEveryone;
    static constexpr auto kFields = std::tuple{
        MakeField("name", &Team::name, FieldFlags::kRequired | FieldFlags::kSort),
        MakeField("head_id", &Team::head_id, FieldFlags::kFilter),
    };
};

}  // namespace rapport::domain
