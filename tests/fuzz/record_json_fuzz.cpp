// The JSON body of a create or an update (POST and PATCH), decoded into each record type by service::ApplyJson.
// The input is parsed as JSON; an object is applied to every record type, as a create and as an update. What
// ApplyJson accepts must come back from ToJson so that sending it again sets the same values; a record the
// domain accepts must survive a CSV export and import (ToText, then ApplyText); and the audit text written
// straight from the fields must say what Diff says. Numbers inside JSON-object fields are compared as Boost can
// read them back (json_equality.hpp).

#include "fuzz_check.hpp"
#include "json_equality.hpp"

#include "domain/absence/absence.hpp"
#include "domain/account/account.hpp"
#include "domain/activity/activity.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "domain/team/team.hpp"
#include "domain/user/user.hpp"
#include "service/record_json.hpp"

#include <boost/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {
namespace {

using service::FieldNames;
using service::Mode;

template <typename Record>
std::string Describe(std::string_view what, const boost::json::object& json) {
    return std::string(store::Traits<Record>::kCollection) + ": " + std::string(what) + " " +
           boost::json::serialize(json);
}

// A CSV export of the record, imported again, sets each field it wrote to the same value. An empty cell is
// "leave it alone" on import, so a field written as one is not compared.
template <typename Record>
void CheckCsvRoundTrip(const Record& record, const FieldNames& given) {
    Record imported;
    FieldNames imported_given;
    store::ForEachField<Record>([&](const auto& field) {
        using T = typename std::decay_t<decltype(field)>::ValueType;
        if (!given.contains(field.name) || field.Is(FieldFlags::kWriteOnly)) return;
        auto text = Codec<T>::ToText(field.Of(record));
        auto applied = service::ApplyText(imported, field.name, text, imported_given);
        RAPPORT_FUZZ_REQUIRE(
            applied, Describe<Record>(std::string(field.name) + " exported as \"" + text + "\" does not import:",
                                      service::ToJson(record)));
        if (text.empty()) return;
        RAPPORT_FUZZ_REQUIRE(
            fuzz::AlmostEqualJson(Codec<T>::ToJson(field.Of(imported)), Codec<T>::ToJson(field.Of(record))),
            Describe<Record>(std::string(field.name) + " exported as \"" + text + "\" imports as " +
                                 boost::json::serialize(Codec<T>::ToJson(field.Of(imported))) + "; the record was",
                             service::ToJson(record)));
    });
}

template <typename Record>
void Decode(const boost::json::object& input, Mode mode) {
    Record record;
    FieldNames given;
    auto applied = service::ApplyJson(record, input, mode, given);
    if (!applied) {
        // 422 naming the field (which only a key "" leaves unnamed): something the client can act on.
        const auto& error = applied.error();
        RAPPORT_FUZZ_REQUIRE(
            error.code == ErrorCode::kInvalidArgument && !error.message.empty() &&
                (!error.field.empty() || input.contains("")),
            Describe<Record>("refused with \"" + error.message + "\" (field \"" + error.field + "\")", input));
        return;
    }
    RAPPORT_FUZZ_REQUIRE(given.size() == input.size(), Describe<Record>("not every key recorded as given", input));

    // What the API returns, sent back for the fields the client gave, sets the same values.
    auto written = service::ToJson(record);
    boost::json::object resent;
    for (const auto& name : given) resent[name] = written.contains(name) ? written.at(name) : input.at(name);
    Record again;
    FieldNames again_given;
    auto reapplied = service::ApplyJson(again, resent, mode, again_given);
    RAPPORT_FUZZ_REQUIRE(reapplied && fuzz::AlmostEqualJson(service::ToJson(again), written),
                         Describe<Record>("returned as " + boost::json::serialize(written) + " but read back as " +
                                              boost::json::serialize(service::ToJson(again)) + "; sent",
                                          input));

    // The audit row of a create is written straight from the fields; it must say what Diff would.
    auto changes = service::CreationChangesJson(record);
    boost::system::error_code error;
    auto parsed_changes = boost::json::parse(changes, error);
    RAPPORT_FUZZ_REQUIRE(!error && fuzz::AlmostEqualJson(parsed_changes, service::Diff({}, written)),
                         Describe<Record>("audit text " + changes + " differs from Diff of", written));

    if (domain::Validate(record)) CheckCsvRoundTrip(record, given);
}

template <typename... Records>
void DecodeAsEvery(const boost::json::object& input) {
    for (auto mode : {Mode::kCreate, Mode::kUpdate}) (Decode<Records>(input, mode), ...);
}

}  // namespace
}  // namespace rapport

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rapport;
    boost::system::error_code error;
    auto json = boost::json::parse(std::string_view(reinterpret_cast<const char*>(data), size), error);
    if (error || !json.is_object()) return 0;
    DecodeAsEvery<domain::User, domain::Team, domain::Account, domain::Contact, domain::Deal, domain::Activity,
                  domain::Absence>(json.as_object());
    return 0;
}
