#pragma once

#include "core/result.hpp"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::csv {

/// Reads RFC 4180 CSV one record at a time from a stream, holding only one 64 KiB block of input, so that
/// files of any length import in constant memory (plus the current record).
///
/// Accepted beyond the strict RFC: LF or a lone CR as well as CRLF ends a line; a UTF-8 byte order mark at
/// the start is skipped; the last line need not end in a newline. Empty lines at the end of the input are
/// not records; an empty line between records is a record of one empty field, so that it keeps its line
/// number and the caller decides what it means. Quoted fields keep their content verbatim, line breaks
/// included. Not thread-safe.
class Reader {
public:
    /// The stream must outlive the reader; the reader reads from it and nothing else does.
    explicit Reader(std::istream& in);

    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    /// Replaces `fields` with the next record and returns true, or returns false at the end of the input.
    /// Fails with kMalformed ("line 12: unterminated quoted field", "line 7: unexpected character after
    /// closing quote", "line 3: quote inside an unquoted field"), with an empty field name, or with
    /// kUnavailable when the stream cannot be read. After a failure the reader stays at the point of the
    /// error; continuing is not meaningful.
    Result<bool> Next(std::vector<std::string>& fields);

    /// The physical line (1-based) on which the record last returned by Next, or the one that failed,
    /// started. A quoted field with line breaks makes later records start on later lines.
    std::int64_t line() const { return line_; }

    /// How many bytes of input have been parsed, byte order mark included: the end of the last record
    /// returned (or of the empty lines before it), to show against the file size in a progress bar.
    std::int64_t bytes_read() const { return bytes_from_stream_ - static_cast<std::int64_t>(end_ - pos_); }

private:
    // Makes at least one unread byte available, reading a new block when the current one is used up.
    // Returns false at the end of the input or on a read error (then stream_failed_ is set).
    bool Available() { return pos_ < end_ || Refill(); }
    bool Refill();
    // The input byte just before buffer_[index], which may be the last one of the previous block.
    char Before(std::size_t index) const { return index > 0 ? buffer_[index - 1] : previous_block_last_; }
    // Consumes one line break (CRLF, LF or CR) at pos_ and counts it.
    void ConsumeLineBreak();
    // Both start just inside the field and stop at what ends it: a comma, a line break or the end of input.
    Status ReadQuoted(std::string& field);
    Status ReadUnquoted(std::string& field);
    Error Malformed(std::int64_t line, std::string_view what) const;
    Error ReadFailed() const;

    std::istream& in_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    bool at_end_of_stream_ = false;
    bool stream_failed_ = false;
    char previous_block_last_ = '\0';
    std::int64_t bytes_from_stream_ = 0;
    std::int64_t line_ = 0;           // Where the current record started.
    std::int64_t physical_line_ = 1;  // Where pos_ is.
    // Empty lines seen before a record; returned one by one as records of one empty field, unless the
    // input ends first.
    std::int64_t pending_empty_lines_ = 0;
    std::int64_t pending_empty_line_ = 0;
};

/// Writes RFC 4180 CSV: every line ends in CRLF; a field is quoted only when it must be (a comma, quote,
/// CR or LF inside, a leading or trailing space or tab, which spreadsheet programs would otherwise drop, or a
/// leading UTF-8 byte order mark, which the reader would skip at the start of a file), with its quotes
/// doubled. A record of one empty field is written as `""`, so that it does not read back as an empty line.
/// Each record reaches the stream in one write; the caller checks the stream's state at the end. Not
/// thread-safe.
class Writer {
public:
    /// The stream must outlive the writer.
    explicit Writer(std::ostream& out) : out_(out) {}

    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    /// Writes one record. A record needs at least one field: an empty one is a bug.
    void Write(std::span<const std::string_view> fields);
    void Write(const std::vector<std::string>& fields);

private:
    std::ostream& out_;
    std::string line_;  // Reused between records, so that a steady state allocates nothing.
};

/// Checks a header record against the columns a CSV kind knows. Returns, for each header column in order,
/// its index in `known_columns`. Names are trimmed of spaces and tabs and compared case-sensitively.
/// Fails with kMalformed, the field being the column's name, on an unknown column ("unknown column
/// \"emial\"", with a short list of the known ones), an unnamed one, a duplicate ("duplicate column
/// \"email\"") or a missing required one ("missing required column \"name\"").
Result<std::vector<int>> MapHeader(const std::vector<std::string>& header,
                                   std::span<const std::string_view> known_columns,
                                   std::span<const std::string_view> required_columns);

}  // namespace rapport::csv
