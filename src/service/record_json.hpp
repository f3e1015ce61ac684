#pragma once

#include "core/codec.hpp"
#include "core/field.hpp"
#include "domain/lines.hpp"
#include "store/record_sql.hpp"

#include <boost/json.hpp>

#include <set>
#include <string>
#include <string_view>

namespace rapport::service {

/// The names of the fields a client gave, so that rules can tell "set to X" from "left alone".
using FieldNames = std::set<std::string, std::less<>>;

/// How a record is written: created or updated through the API, or created by an import, which may also give
/// the read-only fields of history (FieldFlags::kHistory).
enum class Mode { kCreate, kUpdate, kImport };

/// The JSON form of a record, as the API returns it: bookkeeping first, then every readable field.
template <typename Record>
boost::json::object ToJson(const Record& record) {
    boost::json::object json;
    json["id"] = Codec<typename store::Traits<Record>::Id>::ToJson(record.id);
    json["version"] = record.meta.version;
    json["created_at"] = Codec<Timestamp>::ToJson(record.meta.created_at);
    json["updated_at"] = Codec<Timestamp>::ToJson(record.meta.updated_at);
    auto user = [](UserId id) { return ToInt(id) == 0 ? boost::json::value(nullptr) : Codec<UserId>::ToJson(id); };
    json["created_by"] = user(record.meta.created_by);
    json["updated_by"] = user(record.meta.updated_by);
    store::ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (!field.Is(FieldFlags::kWriteOnly)) json[field.name] = Codec<T>::ToJson(field.Of(record));
    });
    return json;
}

/// Whether a document's lines are written with it: a list asked with ?omit=lines leaves them out.
enum class LineFields { kWrite, kOmit };

/// The same JSON as ToJson(record), written as text: what every answer with records sends.
template <typename Record>
void WriteRecordJson(JsonWriter& writer, const Record& record, LineFields lines = LineFields::kWrite) {
    writer.BeginObject();
    writer.Key("id");
    WriteJsonOf(writer, record.id);
    writer.Key("version");
    writer.Int(record.meta.version);
    writer.Key("created_at");
    WriteJsonOf(writer, record.meta.created_at);
    writer.Key("updated_at");
    WriteJsonOf(writer, record.meta.updated_at);
    auto user = [&](std::string_view key, UserId id) {
        writer.Key(key);
        if (ToInt(id) == 0) {
            writer.Null();
        } else {
            WriteJsonOf(writer, id);
        }
    };
    user("created_by", record.meta.created_by);
    user("updated_by", record.meta.updated_by);
    store::ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (field.Is(FieldFlags::kWriteOnly)) return;
        if (domain::IsLines<T>::value && lines == LineFields::kOmit) return;
        writer.Key(field.name);
        WriteJsonOf(writer, field.Of(record));
    });
    writer.EndObject();
}

/// WriteRecordJson's text on its own.
template <typename Record>
std::string RecordJsonText(const Record& record) {
    std::string text;
    text.reserve(1024);
    JsonWriter writer(text);
    WriteRecordJson(writer, record);
    return text;
}

namespace record_json_detail {
bool IsBookkeeping(std::string_view name);
Error UnknownField(std::string_view collection, std::string_view name);
}  // namespace record_json_detail

/// Sets one field of `record` from `value` (JSON) through its codec, enforcing what the field
/// allows in `mode`. Returns false in `found` when no field has that name.
template <typename Record, typename Decode>
Status SetField(Record& record, std::string_view name, Mode mode, Decode&& decode, bool& found) {
    Status status;
    store::ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (found || field.name != name) return;
        found = true;
        bool history = mode == Mode::kImport && field.Is(FieldFlags::kHistory);
        if ((field.Is(FieldFlags::kReadOnly) && !history) ||
            (mode == Mode::kUpdate && field.Is(FieldFlags::kCreateOnly))) {
            status = InvalidField(std::string(name), std::string(name) + " cannot be changed");
            return;
        }
        auto value = decode.template operator()<T>(name);
        if (!value) {
            status = value.error();
            return;
        }
        field.Of(record) = std::move(*value);
    });
    return status;
}

/// Fails with kInvalidArgument naming the first required field that `given` lacks.
template <typename Record>
Status CheckRequired(const FieldNames& given) {
    Status status;
    store::ForEachField<Record>([&](const auto& field) {
        if (status && field.Is(FieldFlags::kRequired) && !given.contains(field.name)) {
            status = InvalidField(std::string(field.name), std::string(field.name) + " is required");
        }
    });
    return status;
}

/// Applies a JSON object to `record`: every key must be a writable field of the record; on
/// create, every required field must be present. Records the keys in `given`.
template <typename Record>
Status ApplyJson(Record& record, const boost::json::object& json, Mode mode, FieldNames& given) {
    for (const auto& [key, value] : json) {
        std::string_view name(key.data(), key.size());
        if (record_json_detail::IsBookkeeping(name)) {
            return InvalidField(std::string(name), std::string(name) + " is set by the server and cannot be written");
        }
        bool found = false;
        // The binding is captured by a name of its own: clang before 16 (the fuzz build's) cannot capture it.
        auto decode = [&, &json_value = value]<typename T>(std::string_view field) {
            return Codec<T>::FromJson(json_value, field);
        };
        RAPPORT_CHECK(SetField(record, name, mode, decode, found));
        if (!found) return record_json_detail::UnknownField(store::Traits<Record>::kCollection, name);
        given.emplace(name);
    }
    if (mode == Mode::kCreate) return CheckRequired<Record>(given);
    return {};
}

/// Applies one text value (a CSV cell) to a field of `record`; an empty cell leaves it alone.
template <typename Record>
Status ApplyText(Record& record, std::string_view name, std::string_view text, FieldNames& given) {
    if (text.empty()) return {};
    bool found = false;
    auto decode = [&]<typename T>(std::string_view field) { return Codec<T>::FromText(text, field); };
    RAPPORT_CHECK(SetField(record, name, Mode::kImport, decode, found));
    if (!found) return record_json_detail::UnknownField(store::Traits<Record>::kCollection, name);
    given.emplace(name);
    return {};
}

/// The text form of every readable field, in declaration order (a CSV row).
template <typename Record>
std::vector<std::string> ToTextRow(const Record& record) {
    std::vector<std::string> row{Codec<typename store::Traits<Record>::Id>::ToText(record.id)};
    store::ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (!field.Is(FieldFlags::kWriteOnly)) row.push_back(Codec<T>::ToText(field.Of(record)));
    });
    return row;
}

/// `{"field": {"from": old, "to": new}}` for each field that differs; for a new record, only "to".
boost::json::object Diff(const boost::json::object& before, const boost::json::object& after);

/// The audit changes of a new record, serialized: the text of `serialize(Diff({}, ToJson(record)))`, written
/// straight from the fields. Creates are the bulk of an import, and the two objects that Diff route builds per
/// record cost more than the row's INSERT.
template <typename Record>
std::string CreationChangesJson(const Record& record) {
    std::string json;
    json.reserve(512);  // Most records fit, so the text grows without moving.
    JsonWriter writer(json);
    writer.BeginObject();
    store::ForEachField<Record>([&](const auto& field) {
        // ToJson would let such a field overwrite a bookkeeping key, which Diff then skips. A derived field is
        // not the record's to audit: it changes with what it is derived from.
        if (field.Is(FieldFlags::kWriteOnly) || field.Is(FieldFlags::kDerived) ||
            record_json_detail::IsBookkeeping(field.name)) {
            return;
        }
        writer.Key(field.name);
        writer.BeginObject();
        writer.Key("to");
        WriteJsonOf(writer, field.Of(record));
        writer.EndObject();
    });
    writer.EndObject();
    return json;
}

}  // namespace rapport::service
