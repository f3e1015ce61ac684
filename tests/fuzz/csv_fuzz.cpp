// The CSV reader of imports (csv::Reader), its writer, and the header check. The input is read as a file, and
// (one input in eight) again behind a filler line that puts a 64 KiB block boundary inside it, where the reader
// keeps the state of a line break or a quote across blocks; both readings must agree. A file that reads must
// write back as CSV that reads as the same records; line numbers only grow; the whole file counts as read at
// its end.

#include "fuzz_check.hpp"

#include "core/csv.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {
namespace {

constexpr std::size_t kBlockSize = 64 * 1024;  // csv::Reader's block.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

struct Reading {
    std::vector<std::vector<std::string>> records;
    std::vector<std::int64_t> lines;
    std::optional<Error> error;
};

std::string Show(const std::vector<std::string>& record) {
    std::string text = "[";
    for (const auto& field : record) text += "<" + field + ">";
    return text + "]";
}

Reading ReadAll(std::string_view file) {
    std::istringstream in{std::string(file)};
    csv::Reader reader(in);
    Reading reading;
    std::vector<std::string> fields;
    std::int64_t bytes_before = 0;
    for (;;) {
        auto more = reader.Next(fields);
        if (!more) {
            reading.error = more.error();
            RAPPORT_FUZZ_REQUIRE(
                more.error().code == ErrorCode::kMalformed && more.error().message.starts_with("line "),
                "error " + more.error().message);
            return reading;
        }
        auto bytes = reader.bytes_read();
        RAPPORT_FUZZ_REQUIRE(bytes >= bytes_before && bytes <= static_cast<std::int64_t>(file.size()),
                             std::to_string(bytes) + " bytes read of " + std::to_string(file.size()));
        bytes_before = bytes;
        if (!*more) break;
        RAPPORT_FUZZ_REQUIRE(!fields.empty(), "a record without fields");
        RAPPORT_FUZZ_REQUIRE(reading.lines.empty() || reader.line() > reading.lines.back(),
                             "record on line " + std::to_string(reader.line()) + " after one on line " +
                                 std::to_string(reading.lines.back()));
        reading.records.push_back(fields);
        reading.lines.push_back(reader.line());
    }
    RAPPORT_FUZZ_REQUIRE(
        reader.bytes_read() == static_cast<std::int64_t>(file.size()),
        "the end of a file of " + std::to_string(file.size()) + " bytes at " + std::to_string(reader.bytes_read()));
    return reading;
}

// The same file behind a filler record, split so that the first block ends `split` bytes into it.
Reading ReadAcrossBlocks(std::string_view file, std::size_t split) {
    std::string shifted(kBlockSize - split - 1, 'x');
    shifted += '\n';
    shifted += file;
    auto reading = ReadAll(shifted);
    if (!reading.records.empty()) {
        reading.records.erase(reading.records.begin());
        reading.lines.erase(reading.lines.begin());
        for (auto& line : reading.lines) --line;
    }
    return reading;
}

void CheckSameReading(const Reading& plain, const Reading& shifted, std::size_t split) {
    auto where = " with a block boundary after byte " + std::to_string(split);
    RAPPORT_FUZZ_REQUIRE(plain.error.has_value() == shifted.error.has_value(),
                         "the file " + std::string(plain.error ? "fails" : "reads") + where + " it " +
                             (shifted.error ? "fails: " + shifted.error->message : "reads"));
    if (plain.error) {
        // "line 12: …" is one line further on behind the filler.
        auto message = plain.error->message;
        auto number = message.substr(5, message.find(':') - 5);
        auto moved = "line " + std::to_string(std::stoll(number) + 1) + message.substr(message.find(':'));
        RAPPORT_FUZZ_REQUIRE(shifted.error->message == moved,
                             plain.error->message + where + ": " + shifted.error->message);
        return;
    }
    RAPPORT_FUZZ_REQUIRE(
        plain.records == shifted.records && plain.lines == shifted.lines,
        std::to_string(plain.records.size()) + " records" + where + ": " + std::to_string(shifted.records.size()));
}

void CheckWritesBack(const Reading& reading) {
    std::ostringstream out;
    csv::Writer writer(out);
    for (const auto& record : reading.records) writer.Write(record);
    auto written = out.str();
    auto again = ReadAll(written);
    RAPPORT_FUZZ_REQUIRE(!again.error, "written as CSV that does not read: " + again.error->message);
    for (std::size_t i = 0; i < std::min(again.records.size(), reading.records.size()); ++i) {
        RAPPORT_FUZZ_REQUIRE(again.records[i] == reading.records[i],
                             "record " + Show(reading.records[i]) + " reads back as " + Show(again.records[i]));
    }
    RAPPORT_FUZZ_REQUIRE(
        again.records.size() == reading.records.size(),
        std::to_string(reading.records.size()) + " records read back as " + std::to_string(again.records.size()));
}

// The header check: each column once, known, and the required ones all there.
void CheckHeader(const std::vector<std::string>& header) {
    constexpr std::array<std::string_view, 5> kKnown = {"name", "email", "phone", "tags", "id"};
    constexpr std::array<std::string_view, 1> kRequired = {"name"};
    auto mapping = csv::MapHeader(header, kKnown, kRequired);
    if (!mapping) {
        RAPPORT_FUZZ_REQUIRE(mapping.error().code == ErrorCode::kMalformed, mapping.error().message);
        return;
    }
    RAPPORT_FUZZ_REQUIRE(mapping->size() == header.size(), Show(header));
    std::vector<bool> seen(kKnown.size());
    for (int index : *mapping) {
        RAPPORT_FUZZ_REQUIRE(index >= 0 && static_cast<std::size_t>(index) < kKnown.size() && !seen[index],
                             Show(header));
        seen[index] = true;
    }
    RAPPORT_FUZZ_REQUIRE(seen[0], "no name column in " + Show(header));
}

}  // namespace
}  // namespace rapport

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rapport;
    std::string_view file(reinterpret_cast<const char*>(data), size);
    auto plain = ReadAll(file);
    // A byte order mark is skipped only at the start of the stream, which the filler moves it away from. Reading
    // behind the filler costs some thirty plain readings, so only inputs whose length is a multiple of 8 take it.
    if (size % 8 == 0 && !file.starts_with(kByteOrderMark) && size < kBlockSize / 2) {
        auto split = size / 2;
        CheckSameReading(plain, ReadAcrossBlocks(file, split), split);
    }
    if (plain.error) return 0;
    CheckWritesBack(plain);
    if (!plain.records.empty()) CheckHeader(plain.records.front());
    return 0;
}
