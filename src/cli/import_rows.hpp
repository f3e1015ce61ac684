#pragma once

#include "core/csv.hpp"
#include "core/field.hpp"
#include "service/record_json.hpp"
#include "service/services.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::cli {

/// The column an import reads an owner's e-mail from, for records that have an owner.
inline constexpr std::string_view kOwnerEmailColumn = "owner_email";

/// Records with an owner_id field, which `owner_email` and `--owner` set.
template <typename Record>
concept HasOwner = requires(Record record) {
    record.owner_id = UserId{};
};

/// The columns an import of `Record` understands, taken from its field table.
struct ImportColumns {
    std::vector<std::string_view> known;     // Writable fields, owner_email, then the ignored ones.
    std::vector<std::string_view> required;  // Fields every row needs, so the header must name them.
    std::set<std::string_view> ignored;      // "id" and read-only fields: an export has them, the import skips
                                             // them (new records get new ids and their own bookkeeping), all but
                                             // the dates of history (FieldFlags::kHistory), which it keeps.
};

template <typename Record>
ImportColumns ColumnsOf() {
    ImportColumns columns;
    std::vector<std::string_view> read_only;
    store::ForEachField<Record>([&](const auto& field) {
        if (field.Is(FieldFlags::kReadOnly) && !field.Is(FieldFlags::kHistory)) {
            read_only.push_back(field.name);
            return;
        }
        columns.known.push_back(field.name);
        if (field.Is(FieldFlags::kRequired)) columns.required.push_back(field.name);
    });
    if constexpr (HasOwner<Record>) columns.known.push_back(kOwnerEmailColumn);
    columns.known.push_back("id");
    columns.ignored.insert("id");
    for (auto name : read_only) {
        columns.known.push_back(name);
        columns.ignored.insert(name);
    }
    return columns;
}

/// Whether a row's failure ends the whole import instead of refusing that row alone. Only failures of the
/// database itself do: every other code comes from the rules, which CreateIn checks before it writes (an
/// INSERT refused by a constraint is undone by the engine at the statement), so a refused row leaves nothing
/// behind in the transaction.
inline bool EndsTheImport(ErrorCode code) {
    switch (code) {
        case ErrorCode::kUnavailable:
        case ErrorCode::kInternal: return true;
        case ErrorCode::kMalformed:
        case ErrorCode::kInvalidArgument:
        case ErrorCode::kUnauthenticated:
        case ErrorCode::kForbidden:
        case ErrorCode::kNotFound:
        case ErrorCode::kConflict:
        case ErrorCode::kInvalidTransition:
        case ErrorCode::kStale:
        case ErrorCode::kTooLarge:
        case ErrorCode::kRateLimited: return false;
    }
    return true;
}

/// Fails with kInvalidArgument naming `column` unless `text` is UTF-8 without NUL bytes. PostgreSQL would refuse
/// other text only at the INSERT, and a failed statement there aborts the whole transaction, not just the row;
/// checking first refuses the row alone, with its line, on every engine.
Status CheckText(std::string_view text, std::string_view column);

/// Turns CSV records into records of `Record` and creates them in an open transaction.
template <typename Record>
class RowImporter {
public:
    /// `header` maps each CSV column to its index in `columns.known`; `default_owner` is --owner's user.
    RowImporter(service::Services& services, service::RecordService<Record>& records, const ImportColumns& columns,
                std::vector<int> header, std::optional<UserId> default_owner)
        : services_(services), records_(records), default_owner_(default_owner) {
        // Each column's name and part, settled once rather than looked up again in every row.
        for (int index : header) {
            auto name = columns.known[static_cast<std::size_t>(index)];
            auto part = columns.ignored.contains(name) ? Part::kIgnored
                        : name == kOwnerEmailColumn    ? Part::kOwnerEmail
                                                       : Part::kField;
            columns_.push_back({name, part});
        }
    }

    /// Whether `cells` is an empty line between records, which an import skips.
    bool IsBlank(const std::vector<std::string>& cells) const {
        return columns_.size() > 1 && cells.size() == 1 && cells.front().empty();
    }

    /// A CSV row made into a record to create, with the fields it gave.
    struct Draft {
        Record record;
        service::FieldNames given;
    };

    /// The record of one CSV row, not created yet. Fails with the reason the row is refused.
    Result<Draft> Parse(const std::vector<std::string>& cells) {
        if (cells.size() != columns_.size()) {
            return MakeError(ErrorCode::kMalformed, std::to_string(cells.size()) +
                                                        (cells.size() == 1 ? " field" : " fields") +
                                                        ", but the header has " + std::to_string(columns_.size()));
        }
        Record draft;
        service::FieldNames given;
        std::string_view owner_email;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const auto& column = columns_[i];
            if (column.part == Part::kIgnored) continue;
            RAPPORT_CHECK(CheckText(cells[i], column.name));
            if (column.part == Part::kOwnerEmail) {
                owner_email = cells[i];
                continue;
            }
            RAPPORT_CHECK(service::ApplyText(draft, column.name, cells[i], given));
        }
        if constexpr (HasOwner<Record>) RAPPORT_CHECK(SetOwner(draft, given, owner_email));
        // ApplyText leaves a field alone for an empty cell, so a required one may still be missing.
        RAPPORT_CHECK(service::CheckRequired<Record>(given));
        return Draft{std::move(draft), std::move(given)};
    }

    /// Creates the record of a parsed row. Fails with the reason the row is refused; nothing is written then.
    Result<Record> Create(service::Context& context, Draft draft) {
        return records_.CreateIn(context, std::move(draft.record), draft.given);
    }

private:
    Status SetOwner(Record& draft, service::FieldNames& given, std::string_view owner_email) {
        if (!owner_email.empty()) {
            if (given.contains("owner_id")) {
                return InvalidField("owner_email", "give owner_id or owner_email, not both");
            }
            draft.owner_id = RAPPORT_TRY(OwnerByEmail(owner_email));
            given.emplace("owner_id");
        } else if (!given.contains("owner_id") && default_owner_) {
            draft.owner_id = *default_owner_;
            given.emplace("owner_id");
        }
        return {};
    }

    // Looks each e-mail up once: a file of 100,000 rows usually names a handful of owners.
    Result<UserId> OwnerByEmail(std::string_view email) {
        auto cached = owners_.find(email);
        if (cached == owners_.end()) cached = owners_.emplace(std::string(email), LookUp(email)).first;
        return cached->second;
    }

    Result<UserId> LookUp(std::string_view email) {
        auto user = RAPPORT_TRY(services_.users.FindByEmail(email));
        if (!user) return InvalidField("owner_email", "owner_email " + std::string(email) + " names no user");
        if (!user->active) {
            return InvalidField("owner_email", "owner_email " + std::string(email) + " names an inactive user");
        }
        return user->id;
    }

    // What a CSV column holds: a field of the record, the owner's e-mail, or something the import skips.
    enum class Part { kField, kOwnerEmail, kIgnored };
    struct Column {
        std::string_view name;
        Part part;
    };

    service::Services& services_;
    service::RecordService<Record>& records_;
    std::vector<Column> columns_;  // In the order of the file's columns.
    std::optional<UserId> default_owner_;
    std::map<std::string, Result<UserId>, std::less<>> owners_;
};

}  // namespace rapport::cli
