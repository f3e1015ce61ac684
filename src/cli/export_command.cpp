#include "cli/command_support.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "core/csv.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace rapport::cli {
namespace {

constexpr int kPageSize = 500;

// A file written beside its destination and renamed over it only once complete, so that a failed export
// leaves no half file (and does not clobber an older complete one). Removed unless committed.
class TempFile {
public:
    static Result<std::unique_ptr<TempFile>> Create(const std::string& destination) {
        std::filesystem::path target(destination);
        auto directory = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
        std::string pattern = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
        // mkstemp makes the file readable by its owner alone: exports carry personal data.
        int fd = mkstemp(pattern.data());
        if (fd < 0) return Failure("cannot create a file beside " + destination);
        close(fd);
        return std::unique_ptr<TempFile>(new TempFile(pattern, destination));
    }

    ~TempFile() {
        if (!committed_) std::remove(path_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    std::ofstream& stream() { return stream_; }

    /// Flushes the file to disk and renames it over the destination.
    Status Commit() {
        stream_.close();
        if (stream_.fail()) return Failure("cannot write " + destination_);
        // The data must be on disk before the rename makes it visible under the real name.
        int fd = open(path_.c_str(), O_RDONLY);
        bool synced = fd >= 0 && fsync(fd) == 0;
        if (fd >= 0) close(fd);
        if (!synced) return Failure("cannot write " + destination_);
        if (std::rename(path_.c_str(), destination_.c_str()) != 0) return Failure("cannot write " + destination_);
        committed_ = true;
        return {};
    }

private:
    TempFile(std::string path, std::string destination)
        : path_(std::move(path)), destination_(std::move(destination)), stream_(path_, std::ios::binary) {}

    static Error Failure(const std::string& what) {
        return MakeError(ErrorCode::kInternal, what + ": " + std::strerror(errno));
    }

    std::string path_;
    std::string destination_;
    std::ofstream stream_;
    bool committed_ = false;
};

template <typename Record>
std::vector<std::string> HeaderOf() {
    std::vector<std::string> header{"id"};
    store::ForEachField<Record>([&](const auto& field) {
        if (!field.Is(FieldFlags::kWriteOnly)) header.emplace_back(field.name);
    });
    return header;
}

// Spreadsheet programs run a cell that starts with one of these as a formula. A leading apostrophe makes them
// show it as text; it also changes the value, which is why this is asked for, not done by default.
void EscapeFormulas(std::vector<std::string>& row) {
    for (auto& cell : row) {
        if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) {
            cell.insert(cell.begin(), '\'');
        }
    }
}

// Writes every record, page by page in id order; keyset pages stay right while others write meanwhile.
template <typename Record>
Result<std::int64_t> WriteRecords(service::RecordService<Record>& records, std::ostream& out,
                                  const ExportOptions& options) {
    auto caller = service::SystemCaller(UserId{0});
    csv::Writer writer(out);
    writer.Write(HeaderOf<Record>());
    ProgressBar bar("Exporting " + std::string(store::Traits<Record>::kCollection), 0, Unit::kRows);
    std::int64_t count = 0;
    store::ListRequest request;
    request.limit = kPageSize;
    while (true) {
        auto page = RAPPORT_TRY(records.List(caller, request));
        for (const auto& record : page.items) {
            auto row = service::ToTextRow(record);
            if (options.escape_formulas) EscapeFormulas(row);
            writer.Write(row);
            bar.Update(++count);
        }
        if (!out)
            return MakeError(ErrorCode::kInternal, "cannot write the export: " + std::string(std::strerror(errno)));
        if (!page.next_cursor) break;
        request.cursor = *page.next_cursor;
    }
    bar.Finish();
    return count;
}

template <typename Record>
ExitCode ExportFrom(service::RecordService<Record>& records, const ExportOptions& options) {
    auto started = std::chrono::steady_clock::now();
    std::unique_ptr<TempFile> file;
    if (!options.out.empty()) {
        auto created = TempFile::Create(options.out);
        if (!created) return Fail(created.error().message, ExitCode::kUsage);
        file = std::move(*created);
    }
    std::ostream& out = file ? static_cast<std::ostream&>(file->stream()) : std::cout;
    auto count = WriteRecords(records, out, options);
    if (!count) return Fail(count.error());
    if (file) {
        if (auto committed = file->Commit(); !committed) return Fail(committed.error());
    } else if (!(std::cout << std::flush)) {
        return Fail("cannot write the export to standard output", ExitCode::kFailed);
    }
    std::cerr << "exported " << Count(*count, store::Traits<Record>::kSingular, store::Traits<Record>::kCollection);
    if (file) std::cerr << " to " << options.out;
    std::cerr << " in " << FormatDuration(std::chrono::steady_clock::now() - started) << '\n';
    return ExitCode::kOk;
}

}  // namespace

ExitCode RunExport(const std::string& db_url, const ExportOptions& options) {
    auto workspace = OpenWorkspace(db_url);
    if (!workspace) return FailToOpen(db_url, workspace.error());
    auto& services = (*workspace)->services;
    if (options.collection == "users") return ExportFrom(services.users.records(), options);
    std::optional<ExitCode> exported;
    (void)service::Collections::ForEach([&]<typename Record>() -> Status {
        if (store::Traits<Record>::kCollection == options.collection)
            exported = ExportFrom(services.Of<Record>(), options);
        return {};
    });
    return exported.value_or(ExitCode::kUsage);
}

std::vector<std::string> ExportableCollections() {
    std::vector<std::string> names{"users"};
    (void)service::Collections::ForEach([&]<typename Record>() -> Status {
        names.emplace_back(store::Traits<Record>::kCollection);
        return {};
    });
    return names;
}

}  // namespace rapport::cli
