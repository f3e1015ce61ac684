#include "cli/command_support.hpp"
#include "cli/commands.hpp"
#include "cli/digest_reader.hpp"
#include "cli/import_rows.hpp"
#include "cli/progress.hpp"
#include "service/prefetch.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace rapport::cli {
namespace {

constexpr std::size_t kMaxListed = 50;
// How many rows are parsed before they are created together (see CreateGroup).
constexpr std::size_t kRowsPerGroup = 256;
constexpr std::size_t kMaxInSummary = 3;

struct Refusal {
    std::int64_t line = 0;
    std::string reason;
};

struct Outcome {
    std::int64_t imported = 0;
    std::int64_t rows = 0;
    std::vector<Refusal> refused;
    std::optional<Error> bad_file;        // The CSV itself is broken: nothing can be imported.
    bool rolled_back_on_purpose = false;  // A dry run, or refused rows without --skip-invalid.
};

// The input of an import: a file, or standard input for "-".
struct Input {
    std::unique_ptr<std::ifstream> file;
    std::istream* stream = nullptr;
    std::int64_t size = 0;  // 0 when unknown.
};

Result<Input> OpenInput(const std::string& path) {
    Input input;
    if (path == "-") {
        input.stream = &std::cin;
        return input;
    }
    input.file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*input.file) return InvalidField("file", "cannot read " + path + ": " + std::strerror(errno));
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    input.size = error ? 0 : static_cast<std::int64_t>(size);
    input.stream = input.file.get();
    return input;
}

void ReportRefusals(const std::vector<Refusal>& refused, const std::string& file) {
    std::cerr << "refused " << Count(static_cast<std::int64_t>(refused.size()), "row", "rows") << " of " << file
              << ":\n";
    for (std::size_t i = 0; i < refused.size() && i < kMaxListed; ++i) {
        std::cerr << "  line " << refused[i].line << ": " << refused[i].reason << '\n';
    }
    if (refused.size() > kMaxListed) {
        std::cerr << "  and " << GroupThousands(static_cast<std::int64_t>(refused.size() - kMaxListed)) << " more\n";
    }
}

// "line 17: email must be an e-mail address; line 40: …": the first few reasons, for the summary line.
std::string FirstReasons(const std::vector<Refusal>& refused) {
    std::string text;
    for (std::size_t i = 0; i < refused.size() && i < kMaxInSummary; ++i) {
        if (i > 0) text += "; ";
        text += "line " + std::to_string(refused[i].line) + ": " + refused[i].reason;
    }
    if (refused.size() > kMaxInSummary) text += "; …";
    return text;
}

template <typename Record>
ExitCode Summarise(const Outcome& outcome, const ImportOptions& options, std::chrono::steady_clock::duration elapsed) {
    auto refused = static_cast<std::int64_t>(outcome.refused.size());
    if (refused > 0) ReportRefusals(outcome.refused, options.file);
    auto timing = " in " + FormatDuration(elapsed) + ", " + FormatRate(outcome.rows, elapsed) + " rows/s";
    auto records = Count(outcome.imported, store::Traits<Record>::kSingular, store::Traits<Record>::kCollection);
    if (refused > 0 && !options.skip_invalid) {
        std::cerr << "imported nothing: refused " << GroupThousands(refused) << " of "
                  << Count(outcome.rows, "row", "rows")
                  << "; fix the refused rows, or pass --skip-invalid to import the other "
                  << GroupThousands(outcome.imported) << '\n';
        return ExitCode::kFailed;
    }
    if (options.dry_run) {
        std::cerr << "dry run: would import " << records;
        if (refused > 0) std::cerr << " and refuse " << GroupThousands(refused);
        std::cerr << "; nothing was written (checked" << timing << ")\n";
    } else {
        std::cerr << "imported " << records;
        if (refused > 0) {
            std::cerr << ", refused " << GroupThousands(refused) << " (" << FirstReasons(outcome.refused) << ")";
        }
        std::cerr << timing << '\n';
    }
    return refused > 0 ? ExitCode::kFailed : ExitCode::kOk;
}

// Reads and checks the header row; says which columns it skips.
Result<std::vector<int>> ReadHeader(csv::Reader& reader, const ImportColumns& columns, const std::string& file) {
    std::vector<std::string> header;
    auto read = reader.Next(header);
    if (!read) return MakeError(read.error().code, file + ": " + read.error().message);
    if (!*read) return MakeError(ErrorCode::kMalformed, file + " is empty: its first line must name the columns");
    auto mapping = csv::MapHeader(header, columns.known, columns.required);
    if (!mapping) return MakeError(ErrorCode::kMalformed, file + ": " + mapping.error().message);
    for (int index : *mapping) {
        auto name = columns.known[static_cast<std::size_t>(index)];
        if (!columns.ignored.contains(name)) continue;
        std::cerr << "rapport: ignoring column " << name
                  << (name == "id" ? ": imported records get new ids\n" : ": Rapport sets it\n");
    }
    return mapping;
}

// The user who owns rows that name no owner: --owner's, when given.
Result<std::optional<UserId>> DefaultOwner(service::Services& services, const ImportOptions& options) {
    if (options.owner_email.empty()) return std::optional<UserId>{};
    auto owner = RAPPORT_TRY(services.users.FindByEmail(options.owner_email));
    if (!owner || !owner->active) {
        return InvalidField("owner", "--owner " + options.owner_email + ": no active user has this e-mail");
    }
    return std::optional<UserId>(owner->id);
}

// A row read and parsed, waiting for the rest of its group.
template <typename Record>
struct PendingRow {
    std::int64_t line = 0;
    typename RowImporter<Record>::Draft draft;
};

// Records a refused row; fails with `error` when it ends the whole import instead.
Status Refuse(Outcome& outcome, std::int64_t line, const Error& error) {
    if (EndsTheImport(error.code)) return error;
    outcome.refused.push_back({line, error.message});
    return {};
}

// Creates the records of a group of rows, after reading what their rules look up in a few statements
// instead of one each.
template <typename Record>
Status CreateGroup(service::Context& context, RowImporter<Record>& importer, std::vector<PendingRow<Record>>& group,
                   Outcome& outcome) {
    service::References references;
    for (const auto& row : group) service::AddReferences(row.draft.record, references);
    RAPPORT_CHECK(service::Prefetch(context, std::move(references)));
    for (auto& row : group) {
        auto created = importer.Create(context, std::move(row.draft));
        if (created) {
            ++outcome.imported;
        } else {
            RAPPORT_CHECK(Refuse(outcome, row.line, created.error()));
        }
    }
    group.clear();
    return {};
}

// A large import may leave the table's indexes to be built once, at the end (store::Transaction::DeferIndexes):
// creating a record reads other tables, or its own by key, and the batch reads the new rows by their indexes only
// when it finishes (a contact's search document), after building them.
template <typename Record>
Status DeferIndexes(store::Transaction& transaction, std::int64_t rows_written) {
    return transaction.DeferIndexes(store::Traits<Record>::kTable, rows_written);
}

// Creates a record per row in the open transaction, collecting refusals; fails to roll everything back.
template <typename Record>
Status ImportRows(service::Context& context, csv::Reader& reader, RowImporter<Record>& importer, ProgressBar& bar,
                  const ImportOptions& options, Outcome& outcome) {
    std::vector<std::string> cells;
    std::vector<PendingRow<Record>> group;
    RAPPORT_CHECK(DeferIndexes<Record>(context.transaction, 0));
    while (true) {
        auto more = reader.Next(cells);
        if (!more) {
            outcome.bad_file = more.error();
            return more.error();
        }
        if (!*more) break;
        bar.Update(reader.bytes_read());
        if (importer.IsBlank(cells)) continue;
        ++outcome.rows;
        auto parsed = importer.Parse(cells);
        if (!parsed) {
            RAPPORT_CHECK(Refuse(outcome, reader.line(), parsed.error()));
            continue;
        }
        group.push_back({reader.line(), std::move(*parsed)});
        if (group.size() < kRowsPerGroup) continue;
        RAPPORT_CHECK(CreateGroup(context, importer, group, outcome));
        RAPPORT_CHECK(DeferIndexes<Record>(context.transaction, outcome.imported));
    }
    RAPPORT_CHECK(CreateGroup(context, importer, group, outcome));
    // A group's rows are refused when they are parsed or when they are created: in the order of the file again.
    std::ranges::stable_sort(outcome.refused, {}, &Refusal::line);
    // Nothing half-imported: a refused row takes the whole file back unless --skip-invalid was given.
    outcome.rolled_back_on_purpose = options.dry_run || (!outcome.refused.empty() && !options.skip_invalid);
    if (outcome.rolled_back_on_purpose) return MakeError(ErrorCode::kConflict, "rolled back on purpose");
    // What the rows held back (records, audit rows, search documents) is written before the import commits.
    return service::FinishBatch(context);
}

template <typename Record>
ExitCode ImportInto(Workspace& workspace, const ImportOptions& options, std::istream& in, std::int64_t size) {
    auto& services = workspace.services;
    auto default_owner = DefaultOwner(services, options);
    if (!default_owner) {
        auto code = default_owner.error().code == ErrorCode::kInvalidArgument ? ExitCode::kUsage : ExitCode::kFailed;
        return Fail(default_owner.error().message, code);
    }
    auto caller = AdminCaller(services);
    if (!caller) return Fail(caller.error());
    if (ToInt(caller->id) == 0) {
        return Fail("no admin user exists yet; add one first: rapport users add --role admin …", ExitCode::kFailed);
    }

    auto started = std::chrono::steady_clock::now();
    auto columns = ColumnsOf<Record>();
    DigestReader digest(*in.rdbuf());
    std::istream digested(&digest);
    csv::Reader reader(digested);
    auto header = ReadHeader(reader, columns, options.file);
    if (!header) return Fail(header.error().message, ExitCode::kFailed);
    RowImporter<Record> importer(services, services.Of<Record>(), columns, std::move(*header), *default_owner);

    ProgressBar bar("Importing " + std::string(store::Traits<Record>::kCollection), size, Unit::kBytes);
    Outcome outcome;
    auto status = services.database.Transact(store::Access::kBulkWrite, [&](store::Transaction& transaction) {
        // The rows share a batch: the import only creates records, and its transaction is the only writer.
        service::Batch batch;
        // One audit row for the whole file, which names exactly what was read; updates keep their own rows.
        batch.AuditAsOneRow([&] {
            return boost::json::object{{"file", options.file == "-" ? "standard input" : options.file},
                                       {"sha256", digest.HexDigest()},
                                       {"rows", outcome.rows},
                                       {"refused", static_cast<std::int64_t>(outcome.refused.size())}};
        });
        service::Context context{transaction, *caller, Now(), &batch};
        return ImportRows(context, reader, importer, bar, options, outcome);
    });
    bar.Finish();
    if (outcome.bad_file) {
        return Fail(options.file + ": " + outcome.bad_file->message + "; nothing was imported", ExitCode::kFailed);
    }
    if (!status && !outcome.rolled_back_on_purpose) {
        return Fail(MakeError(status.error().code, status.error().message + "; nothing was imported"));
    }
    auto elapsed = std::chrono::steady_clock::now() - started;
    if (!outcome.rolled_back_on_purpose) OptimizeAfterBulkWrite(services.database, outcome.imported);
    return Summarise<Record>(outcome, options, elapsed);
}

template <typename Record>
std::string ColumnsLine() {
    auto columns = ColumnsOf<Record>();
    std::string line = "  " + std::string(store::Traits<Record>::kCollection) + ":";
    for (auto name : columns.known) {
        if (columns.ignored.contains(name)) continue;
        bool required = std::find(columns.required.begin(), columns.required.end(), name) != columns.required.end();
        line += " " + std::string(name) + (required ? "*" : "");
    }
    return line + "\n";
}

}  // namespace

Status CheckText(std::string_view text, std::string_view column) {
    auto bad = [&] { return InvalidField(std::string(column), std::string(column) + " is not valid UTF-8 text"); };
    for (std::size_t i = 0; i < text.size();) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte == 0) return bad();
        if (byte < 0x80) {
            ++i;
            continue;
        }
        // The length of the sequence, and the smallest code point it may encode (anything less is overlong).
        std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0;
        if (length == 0 || byte > 0xF4 || i + length > text.size()) return bad();
        char32_t code_point = byte & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return bad();
            code_point = (code_point << 6) | (next & 0x3F);
        }
        constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
        if (code_point < kSmallest[length] || code_point > 0x10FFFF || surrogate) return bad();
        i += length;
    }
    return {};
}

namespace {

template <typename Record>
ExitCode ImportCollection(const std::string& db_url, const ImportOptions& options) {
    if (!HasOwner<Record> && !options.owner_email.empty()) {
        return Fail("--owner applies to records with an owner; " + std::string(store::Traits<Record>::kCollection) +
                        " have none",
                    ExitCode::kUsage);
    }
    auto input = OpenInput(options.file);
    if (!input) return Fail(input.error().message, ExitCode::kUsage);
    auto workspace = OpenWorkspace(db_url);
    if (!workspace) return FailToOpen(db_url, workspace.error());
    return ImportInto<Record>(**workspace, options, *input->stream, input->size);
}

}  // namespace

std::string ImportColumnsHelp() {
    std::string help;
    (void)service::Collections::ForEach([&]<typename Record>() -> Status {
        if constexpr (service::Rules<Record>::kImportable) help += ColumnsLine<Record>();
        return {};
    });
    return help;
}

std::vector<std::string> ImportableCollections() {
    std::vector<std::string> names;
    (void)service::Collections::ForEach([&]<typename Record>() -> Status {
        if constexpr (service::Rules<Record>::kImportable) names.emplace_back(store::Traits<Record>::kCollection);
        return {};
    });
    return names;
}

ExitCode RunImport(const std::string& db_url, const ImportOptions& options) {
    std::optional<ExitCode> exit;
    (void)service::Collections::ForEach([&]<typename Record>() -> Status {
        if constexpr (service::Rules<Record>::kImportable) {
            if (options.collection == store::Traits<Record>::kCollection)
                exit = ImportCollection<Record>(db_url, options);
        }
        return {};
    });
    return exit.value_or(ExitCode::kUsage);
}

}  // namespace rapport::cli
