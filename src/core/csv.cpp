#include "core/csv.hpp"

#include "core/assert.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace rapport::csv {
namespace {

constexpr std::size_t kBlockSize = 64 * 1024;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The bytes that end an unquoted field, or make it malformed. A table, because this test runs once per
// input byte and four comparisons cost more than one load.
constexpr std::array<bool, 256> kEndsUnquoted = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {',', '\n', '\r', '"'}) table[c] = true;
    return table;
}();

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view text) {
    while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
    while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
    return text;
}

bool NeedsQuotes(std::string_view field) {
    if (field.empty()) return false;
    if (IsBlank(field.front()) || IsBlank(field.back())) return true;
    // The reader skips a byte order mark at the start of the input, where the first field of a file begins.
    if (field.starts_with(kByteOrderMark)) return true;
    return field.find_first_of(",\"\r\n") != std::string_view::npos;
}

void AppendField(std::string& line, std::string_view field) {
    if (!NeedsQuotes(field)) {
        line.append(field);
        return;
    }
    line.push_back('"');
    for (auto quote = field.find('"'); quote != std::string_view::npos; quote = field.find('"')) {
        line.append(field.substr(0, quote + 1));
        line.push_back('"');
        field.remove_prefix(quote + 1);
    }
    line.append(field);
    line.push_back('"');
}

template <typename Fields>
void WriteRecord(std::ostream& out, std::string& line, const Fields& fields) {
    RAPPORT_ASSERT(!fields.empty(), "a CSV record has at least one field");
    line.clear();
    if (fields.size() == 1 && std::string_view(fields[0]).empty()) {
        line.append("\"\"");
    } else {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) line.push_back(',');
            AppendField(line, fields[i]);
        }
    }
    line.append("\r\n");
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

// Enough of the known columns to spot a typo, without flooding the terminal when there are many.
std::string KnownColumnsHint(std::span<const std::string_view> known_columns) {
    constexpr std::size_t kShown = 8;
    std::string hint = " (expected one of: ";
    for (std::size_t i = 0; i < known_columns.size() && i < kShown; ++i) {
        if (i > 0) hint.append(", ");
        hint.append(known_columns[i]);
    }
    if (known_columns.size() > kShown) {
        hint.append(", and ").append(std::to_string(known_columns.size() - kShown)).append(" more");
    }
    hint.push_back(')');
    return hint;
}

Error ColumnError(std::string_view what, std::string_view name, std::string hint = {}) {
    std::string message(what);
    message.append(" \"").append(name).append("\"").append(hint);
    return MakeError(ErrorCode::kMalformed, std::move(message), std::string(name));
}

}  // namespace

Reader::Reader(std::istream& in) : in_(in), buffer_(kBlockSize) {}

bool Reader::Refill() {
    while (!at_end_of_stream_) {
        if (end_ > 0) previous_block_last_ = buffer_[end_ - 1];
        bool first_block = bytes_from_stream_ == 0;
        in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        if (in_.bad()) {
            stream_failed_ = true;
            at_end_of_stream_ = true;
            pos_ = end_ = 0;
            return false;
        }
        // read() stops short of a full block only at the end of the stream, so a BOM is never split.
        at_end_of_stream_ = in_.eof();
        pos_ = 0;
        end_ = static_cast<std::size_t>(in_.gcount());
        bytes_from_stream_ += static_cast<std::int64_t>(end_);
        if (first_block && std::string_view(buffer_.data(), end_).starts_with(kByteOrderMark)) {
            pos_ = kByteOrderMark.size();
        }
        if (pos_ < end_) return true;
    }
    return false;
}

void Reader::ConsumeLineBreak() {
    ++physical_line_;
    if (buffer_[pos_++] == '\r' && Available() && buffer_[pos_] == '\n') ++pos_;
}

Result<bool> Reader::Next(std::vector<std::string>& fields) {
    if (pending_empty_lines_ == 0) {
        // Empty lines are held back until something follows them: trailing ones are not records.
        std::int64_t first_empty_line = physical_line_;
        while (Available() && IsLineBreak(buffer_[pos_])) {
            ConsumeLineBreak();
            ++pending_empty_lines_;
        }
        if (stream_failed_) return ReadFailed();
        if (pos_ == end_) {
            pending_empty_lines_ = 0;
            return false;
        }
        pending_empty_line_ = first_empty_line;
    }
    if (pending_empty_lines_ > 0) {
        --pending_empty_lines_;
        line_ = pending_empty_line_++;
        fields.resize(1);
        fields[0].clear();
        return true;
    }

    line_ = physical_line_;
    // Reusing the caller's strings keeps their capacity, so a steady import allocates almost nothing.
    std::size_t count = 0;
    for (;;) {
        if (count == fields.size()) {
            fields.emplace_back();
        } else {
            fields[count].clear();
        }
        std::string& field = fields[count++];
        if (Available() && buffer_[pos_] == '"') {
            ++pos_;
            RAPPORT_CHECK(ReadQuoted(field));
        } else {
            RAPPORT_CHECK(ReadUnquoted(field));
        }
        if (!Available()) break;
        if (buffer_[pos_] == ',') {
            ++pos_;
            continue;
        }
        ConsumeLineBreak();
        break;
    }
    if (stream_failed_) return ReadFailed();
    fields.resize(count);
    return true;
}

Status Reader::ReadUnquoted(std::string& field) {
    while (Available()) {
        const char* data = buffer_.data();
        std::size_t end = pos_;
        while (end < end_ && !kEndsUnquoted[static_cast<unsigned char>(data[end])]) ++end;
        field.append(data + pos_, end - pos_);
        pos_ = end;
        if (pos_ < end_) {
            if (data[pos_] == '"') return Malformed(physical_line_, "quote inside an unquoted field");
            return {};
        }
    }
    return {};
}

Status Reader::ReadQuoted(std::string& field) {
    const std::int64_t opened_on = physical_line_;
    for (;;) {
        if (!Available()) return stream_failed_ ? ReadFailed() : Malformed(opened_on, "unterminated quoted field");
        const char* data = buffer_.data();
        std::size_t end = pos_;
        // Line breaks are kept in the field, but counted so that later records report their true lines.
        for (; end < end_ && data[end] != '"'; ++end) {
            if (data[end] == '\r' || (data[end] == '\n' && Before(end) != '\r')) ++physical_line_;
        }
        field.append(data + pos_, end - pos_);
        pos_ = end;
        if (pos_ == end_) continue;

        ++pos_;  // A quote: either the closing one or the first of a doubled pair.
        if (!Available()) return stream_failed_ ? ReadFailed() : Status{};
        char next = buffer_[pos_];
        if (next == '"') {
            field.push_back('"');
            ++pos_;
            continue;
        }
        if (next == ',' || IsLineBreak(next)) return {};
        return Malformed(physical_line_, "unexpected character after closing quote");
    }
}

Error Reader::Malformed(std::int64_t line, std::string_view what) const {
    return MakeError(ErrorCode::kMalformed, "line " + std::to_string(line) + ": " + std::string(what));
}

Error Reader::ReadFailed() const {
    return MakeError(ErrorCode::kUnavailable, "line " + std::to_string(physical_line_) + ": cannot read the input");
}

void Writer::Write(std::span<const std::string_view> fields) { WriteRecord(out_, line_, fields); }

void Writer::Write(const std::vector<std::string>& fields) { WriteRecord(out_, line_, fields); }

Result<std::vector<int>> MapHeader(const std::vector<std::string>& header,
                                   std::span<const std::string_view> known_columns,
                                   std::span<const std::string_view> required_columns) {
    std::vector<int> indices;
    indices.reserve(header.size());
    std::vector<bool> seen(known_columns.size());
    for (std::size_t position = 0; position < header.size(); ++position) {
        std::string_view name = Trim(header[position]);
        if (name.empty()) {
            return MakeError(ErrorCode::kMalformed, "column " + std::to_string(position + 1) + " has no name");
        }
        auto known = std::find(known_columns.begin(), known_columns.end(), name);
        if (known == known_columns.end()) return ColumnError("unknown column", name, KnownColumnsHint(known_columns));
        auto index = static_cast<std::size_t>(known - known_columns.begin());
        if (seen[index]) return ColumnError("duplicate column", name);
        seen[index] = true;
        indices.push_back(static_cast<int>(index));
    }
    for (std::string_view required : required_columns) {
        auto known = std::find(known_columns.begin(), known_columns.end(), required);
        RAPPORT_ASSERT(known != known_columns.end(), "a required column is one of the known columns");
        if (!seen[static_cast<std::size_t>(known - known_columns.begin())]) {
            return ColumnError("missing required column", required);
        }
    }
    return indices;
}

}  // namespace rapport::csv
