#pragma once

#include "core/result.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rapport::bench {

/// What writing one file came to, for the summary.
struct FileStats {
    std::string name;
    std::int64_t rows = 0;
    std::int64_t bytes = 0;
    double seconds = 0;
};

/// Writes one RFC 4180 CSV file fast: rows are formatted into a large memory buffer that goes to the file
/// in big blocks, so a row costs a few appends, not a stream operation per field. Reports progress on stderr
/// every tenth of `expected_rows` for big files, and a line at the end. Not thread-safe; one file per thread.
class CsvFile {
public:
    /// Opens `path` for writing. Fails with kUnavailable when it cannot.
    static Result<CsvFile> Create(const std::string& path, std::string name, std::int64_t expected_rows);

    CsvFile(CsvFile&& other) noexcept;
    CsvFile& operator=(CsvFile&&) = delete;
    CsvFile(const CsvFile&) = delete;
    ~CsvFile();

    /// Writes the header row; the file counts it as no data row.
    void Header(std::span<const std::string_view> columns);

    /// A text field, quoted when it holds a comma, a quote or a line break.
    CsvFile& Text(std::string_view text);
    /// A field the caller knows needs no quoting (numbers, enum names, e-mails): appended as it is.
    CsvFile& Plain(std::string_view text);
    CsvFile& Int(std::int64_t value);
    CsvFile& Int(std::optional<std::int64_t> value) { return value ? Int(*value) : Empty(); }
    CsvFile& Empty();
    /// "2026-11-22", from days since 1970-01-01.
    CsvFile& Date(std::int64_t days);
    /// "2026-11-22T09:30:00Z", from seconds since 1970-01-01T00:00:00Z.
    CsvFile& Timestamp(std::int64_t seconds);
    CsvFile& Timestamp(std::optional<std::int64_t> seconds) { return seconds ? Timestamp(*seconds) : Empty(); }
    /// Ends the row; every row must end with this.
    void EndRow();

    /// Flushes and closes the file. Fails with kUnavailable when any write failed (a full disk, say).
    Result<FileStats> Close();

private:
    CsvFile(std::FILE* file, std::string path, std::string name, std::int64_t expected_rows);
    void Separate();
    void FlushIfFull();
    void Write();
    void ReportProgress() const;

    std::FILE* file_;
    std::string path_;
    std::string name_;
    std::int64_t expected_rows_;
    std::int64_t progress_step_;  // 0: no progress lines.
    std::int64_t rows_ = 0;
    std::int64_t bytes_flushed_ = 0;
    bool row_open_ = false;
    int write_errno_ = 0;  // The first write error; later writes are skipped.
    std::chrono::steady_clock::time_point started_;
    fmt::memory_buffer buffer_;
};

/// "2026-11-22", from days since 1970-01-01.
std::string FormatDay(std::int64_t days);

/// Writes one line to stderr whole, even while other threads write theirs.
void Say(std::string_view line);

/// "12,345,678".
std::string GroupThousands(std::int64_t value);

}  // namespace rapport::bench
