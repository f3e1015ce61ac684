// The rows of `rapport import`: a CSV file read by csv::Reader, its header checked against the columns of
// accounts, contacts and deals, and each row made into a record by cli::RowImporter::Parse. Owner e-mails are
// looked up in an empty scratch database, so they name no one. A row that parses gives exactly the fields whose
// cells are not empty, the required ones among them; cli::CheckText must agree with Boost.JSON's UTF-8
// validation about which cells are text.

#include "fuzz_check.hpp"
#include "scratch_database.hpp"

#include "cli/import_rows.hpp"
#include "core/csv.hpp"

#include <boost/json.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {
namespace {

// Valid UTF-8 without NUL, as Boost.JSON's parser decides for the content of a string.
bool IsText(std::string_view text) {
    std::string literal = "\"";
    for (unsigned char c : text) {
        if (c == 0) return false;
        if (c < 0x20 || c == '"' || c == '\\') {
            literal += ' ';  // Escaping would not change the verdict: these are ASCII and valid.
        } else {
            literal += static_cast<char>(c);
        }
    }
    literal += '"';
    boost::system::error_code error;
    boost::json::parse(literal, error);
    return !error;
}

void CheckCells(const std::vector<std::string>& cells) {
    for (const auto& cell : cells) {
        bool accepted = static_cast<bool>(cli::CheckText(cell, "cell"));
        RAPPORT_FUZZ_REQUIRE(accepted == IsText(cell), "CheckText " + std::string(accepted ? "accepts" : "refuses") +
                                                           " a cell of " + std::to_string(cell.size()) + " bytes");
    }
}

template <typename Record>
void Import(service::Services& services, service::RecordService<Record>& records,
            const std::vector<std::vector<std::string>>& rows) {
    auto columns = cli::ColumnsOf<Record>();
    auto header = csv::MapHeader(rows.front(), columns.known, columns.required);
    if (!header) return;
    std::vector<std::string_view> names;
    for (int index : *header) names.push_back(columns.known[static_cast<std::size_t>(index)]);
    cli::RowImporter<Record> importer(services, records, columns, *header, std::nullopt);

    for (std::size_t row = 1; row < rows.size(); ++row) {
        const auto& cells = rows[row];
        if (importer.IsBlank(cells)) continue;
        auto draft = importer.Parse(cells);
        if (!draft) {
            auto code = draft.error().code;
            RAPPORT_FUZZ_REQUIRE(
                code == ErrorCode::kMalformed || (code == ErrorCode::kInvalidArgument && !draft.error().field.empty()),
                "row refused with " + draft.error().message);
            continue;
        }
        // The fields given are the non-empty cells of the record's own columns, which include the required ones.
        service::FieldNames expected;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            bool field = !columns.ignored.contains(names[i]) && names[i] != cli::kOwnerEmailColumn;
            if (field && !cells[i].empty()) expected.emplace(names[i]);
        }
        RAPPORT_FUZZ_REQUIRE(draft->given == expected, "row " + std::to_string(row) + " gives " +
                                                           std::to_string(draft->given.size()) + " fields for " +
                                                           std::to_string(expected.size()) + " cells");
        RAPPORT_FUZZ_REQUIRE(service::CheckRequired<Record>(draft->given), "row " + std::to_string(row));
    }
}

}  // namespace
}  // namespace rapport

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rapport;
    static service::Services services(fuzz::ScratchDatabase());

    std::istringstream in{std::string(reinterpret_cast<const char*>(data), size)};
    csv::Reader reader(in);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> cells;
    for (auto more = reader.Next(cells); more && *more; more = reader.Next(cells)) {
        CheckCells(cells);
        rows.push_back(cells);
    }
    if (rows.empty()) return 0;
    Import(services, services.Of<domain::Account>(), rows);
    Import(services, services.Of<domain::Contact>(), rows);
    Import(services, services.Of<domain::Deal>(), rows);
    return 0;
}
