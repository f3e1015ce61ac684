#include "cli/command_support.hpp"

#include "service/password.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace rapport::cli {

Result<std::unique_ptr<Workspace>> OpenWorkspace(const std::string& db_url) {
    auto database = RAPPORT_TRY(store::Open(db_url));
    if (auto migrated = database->Migrate(); !migrated) {
        // A schema that cannot be brought up to date leaves nothing a command could safely do.
        return MakeError(ErrorCode::kUnavailable, "cannot bring its schema up to date: " + migrated.error().message);
    }
    RAPPORT_CHECK(service::InitCrypto());
    return std::make_unique<Workspace>(std::move(database));
}

ExitCode FailToOpen(const std::string& db_url, const Error& error) {
    if (error.code == ErrorCode::kInvalidArgument)
        return Fail("--db " + db_url + ": " + error.message, ExitCode::kUsage);
    // The driver's own message may already say "cannot open database PATH: why"; then it says it all.
    if (error.message.starts_with("cannot open database")) return Fail(error.message, ExitCode::kUnavailable);
    return Fail("cannot open database " + store::Describe(db_url) + ": " + error.message, ExitCode::kUnavailable);
}

ExitCode Fail(const Error& error) {
    return Fail(error.message, error.code == ErrorCode::kUnavailable ? ExitCode::kUnavailable : ExitCode::kFailed);
}

ExitCode Fail(std::string_view message, ExitCode code) {
    std::cerr << "rapport: " << message << '\n';
    return code;
}

void OptimizeAfterBulkWrite(store::Database& database, std::int64_t rows) {
    if (auto optimized = database.OptimizeAfterBulkWrite(rows); !optimized) {
        std::cerr << "rapport: warning: the rows are saved, but tidying the database after them failed ("
                  << optimized.error().message << "); searches may be slower until the database catches up\n";
    }
}

Result<service::Caller> AdminCaller(service::Services& services) {
    auto admin = RAPPORT_TRY(services.users.FirstAdmin());
    return service::SystemCaller(admin ? admin->id : UserId{0});
}

namespace {

// Display width of UTF-8 text, counting each code point as one column: enough to align names in a table.
std::size_t Width(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void PrintTable(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line.append(widths[i] - Width(row[i]) + 2, ' ');
        }
        std::cout << line << '\n';
    }
}

std::string GroupThousands(std::int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string grouped = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
        grouped.push_back(digits[i]);
    }
    return grouped;
}

std::string Count(std::int64_t count, std::string_view singular, std::string_view plural) {
    return GroupThousands(count) + " " + std::string(count == 1 ? singular : plural);
}

std::string FormatDuration(std::chrono::steady_clock::duration elapsed) {
    double seconds = std::chrono::duration<double>(elapsed).count();
    char text[48];
    if (seconds < 120) {
        std::snprintf(text, sizeof text, "%.1f s", seconds);
    } else {
        auto whole = static_cast<long long>(seconds);
        std::snprintf(text, sizeof text, "%lld min %lld s", whole / 60, whole % 60);
    }
    return text;
}

std::string FormatRate(std::int64_t rows, std::chrono::steady_clock::duration elapsed) {
    double seconds = std::chrono::duration<double>(elapsed).count();
    if (seconds < 0.001) return "-";
    return GroupThousands(static_cast<std::int64_t>(static_cast<double>(rows) / seconds));
}

}  // namespace rapport::cli
