#include "generate/csv_file.hpp"

#include <cerrno>
#include <cstring>
#include <mutex>
#include <utility>

namespace rapport::bench {
namespace {

// Big enough that fwrite is called a few thousand times for a gigabyte, small enough to stay in cache-friendly
// territory; the FILE's own buffer is bypassed by writes this large.
constexpr std::size_t kFlushAt = 4 << 20;

constexpr std::int64_t kSecondsPerDay = 86400;

// Smaller files take under a second: their final line is all the progress worth showing.
constexpr std::int64_t kProgressFrom = 200'000;

std::chrono::year_month_day CivilDay(std::int64_t days) {
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}

bool NeedsQuotes(std::string_view text) { return text.find_first_of(",\"\r\n") != std::string_view::npos; }

double Megabytes(std::int64_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

}  // namespace

std::string FormatDay(std::int64_t days) {
    auto day = CivilDay(days);
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                       static_cast<unsigned>(day.day()));
}

void Say(std::string_view line) {
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
}

std::string GroupThousands(std::int64_t value) {
    auto digits = std::to_string(value < 0 ? -value : value);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return value < 0 ? "-" + grouped : grouped;
}

Result<CsvFile> CsvFile::Create(const std::string& path, std::string name, std::int64_t expected_rows) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) return MakeError(ErrorCode::kUnavailable, "cannot write " + path + ": " + std::strerror(errno));
    return CsvFile(file, path, std::move(name), expected_rows);
}

CsvFile::CsvFile(std::FILE* file, std::string path, std::string name, std::int64_t expected_rows)
    : file_(file),
      path_(std::move(path)),
      name_(std::move(name)),
      expected_rows_(expected_rows),
      progress_step_(expected_rows >= kProgressFrom ? expected_rows / 10 : 0),
      started_(std::chrono::steady_clock::now()) {
    buffer_.reserve(kFlushAt + (64 << 10));
}

CsvFile::CsvFile(CsvFile&& other) noexcept
    : file_(std::exchange(other.file_, nullptr)),
      path_(std::move(other.path_)),
      name_(std::move(other.name_)),
      expected_rows_(other.expected_rows_),
      progress_step_(other.progress_step_),
      rows_(other.rows_),
      bytes_flushed_(other.bytes_flushed_),
      row_open_(other.row_open_),
      write_errno_(other.write_errno_),
      started_(other.started_),
      buffer_(std::move(other.buffer_)) {}

CsvFile::~CsvFile() {
    if (file_ != nullptr) std::fclose(file_);
}

void CsvFile::Header(std::span<const std::string_view> columns) {
    for (auto column : columns) Plain(column);
    row_open_ = false;
    buffer_.push_back('\r');
    buffer_.push_back('\n');
}

void CsvFile::Separate() {
    if (row_open_) buffer_.push_back(',');
    row_open_ = true;
}

CsvFile& CsvFile::Text(std::string_view text) {
    Separate();
    if (!NeedsQuotes(text)) {
        buffer_.append(text);
        return *this;
    }
    buffer_.push_back('"');
    for (char c : text) {
        if (c == '"') buffer_.push_back('"');
        buffer_.push_back(c);
    }
    buffer_.push_back('"');
    return *this;
}

CsvFile& CsvFile::Plain(std::string_view text) {
    Separate();
    buffer_.append(text);
    return *this;
}

CsvFile& CsvFile::Int(std::int64_t value) {
    Separate();
    fmt::format_to(std::back_inserter(buffer_), "{}", value);
    return *this;
}

CsvFile& CsvFile::Empty() {
    Separate();
    return *this;
}

CsvFile& CsvFile::Date(std::int64_t days) {
    Separate();
    auto day = CivilDay(days);
    fmt::format_to(std::back_inserter(buffer_), "{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                   static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return *this;
}

CsvFile& CsvFile::Timestamp(std::int64_t seconds) {
    Separate();
    auto days = seconds >= 0 ? seconds / kSecondsPerDay : (seconds - kSecondsPerDay + 1) / kSecondsPerDay;
    auto of_day = seconds - days * kSecondsPerDay;
    auto day = CivilDay(days);
    fmt::format_to(std::back_inserter(buffer_), "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(day.year()),
                   static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()), of_day / 3600,
                   of_day / 60 % 60, of_day % 60);
    return *this;
}

void CsvFile::EndRow() {
    // RFC 4180 ends records with CRLF; the importer accepts LF too, but the standard is the safer promise.
    buffer_.push_back('\r');
    buffer_.push_back('\n');
    row_open_ = false;
    ++rows_;
    FlushIfFull();
    if (progress_step_ > 0 && rows_ % progress_step_ == 0 && rows_ < expected_rows_) ReportProgress();
}

void CsvFile::FlushIfFull() {
    if (buffer_.size() < kFlushAt) return;
    Write();
}

void CsvFile::Write() {
    if (write_errno_ == 0 && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
        write_errno_ = errno != 0 ? errno : EIO;
    }
    bytes_flushed_ += static_cast<std::int64_t>(buffer_.size());
    buffer_.clear();
}

void CsvFile::ReportProgress() const {
    auto bytes = bytes_flushed_ + static_cast<std::int64_t>(buffer_.size());
    Say(fmt::format("  {}: {} of {} rows, {:.1f} MB", name_, GroupThousands(rows_), GroupThousands(expected_rows_),
                    Megabytes(bytes)));
}

Result<FileStats> CsvFile::Close() {
    Write();
    // fclose flushes what stdio still holds, so a full disk may show only here.
    if (std::fclose(std::exchange(file_, nullptr)) != 0 && write_errno_ == 0) write_errno_ = errno != 0 ? errno : EIO;
    if (write_errno_ != 0) {
        return MakeError(ErrorCode::kUnavailable, "cannot write " + path_ + ": " + std::strerror(write_errno_));
    }
    FileStats stats{name_, rows_, bytes_flushed_,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count()};
    Say(fmt::format("  {}: {} rows, {:.1f} MB in {:.1f} s", name_, GroupThousands(rows_), Megabytes(stats.bytes),
                    stats.seconds));
    return stats;
}

}  // namespace rapport::bench
