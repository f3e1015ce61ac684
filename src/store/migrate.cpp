#include "store/migrate.hpp"

#include "core/time.hpp"

#include <spdlog/spdlog.h>

namespace rapport::store {

std::string SqlForEngine(std::string_view sql, Engine engine) {
    constexpr std::string_view kMarker = "-- @engine ";
    std::string_view wanted = engine == Engine::kSqlite ? "sqlite" : "postgres";
    std::string kept;
    bool keep = true;
    while (!sql.empty()) {
        auto end = sql.find('\n');
        auto line = sql.substr(0, end == std::string_view::npos ? sql.size() : end + 1);
        sql.remove_prefix(line.size());
        if (line.starts_with(kMarker)) {
            auto name = line.substr(kMarker.size());
            while (!name.empty() && (name.back() == '\n' || name.back() == '\r' || name.back() == ' ')) {
                name.remove_suffix(1);
            }
            keep = name == "all" || name == wanted;
            continue;
        }
        if (keep) kept += line;
    }
    return kept;
}

std::vector<std::string> SplitStatements(std::string_view script) {
    std::vector<std::string> statements;
    std::string current;
    while (!script.empty()) {
        auto end = script.find('\n');
        auto line = script.substr(0, end == std::string_view::npos ? script.size() : end + 1);
        script.remove_prefix(line.size());
        auto trimmed = line;
        while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == '\r' || trimmed.back() == ' ')) {
            trimmed.remove_suffix(1);
        }
        if (trimmed.starts_with("--") && current.empty()) continue;
        current += line;
        if (trimmed.ends_with(';')) {
            statements.push_back(std::move(current));
            current.clear();
        }
    }
    auto only_space = current.find_first_not_of(" \r\n\t") == std::string::npos;
    if (!only_space) statements.push_back(std::move(current));
    return statements;
}

Status ApplyIfPending(Transaction& transaction, std::string_view name, std::string_view script,
                      const std::function<Status(const std::string&)>& run) {
    bool applied = false;
    Value name_value{std::string(name)};
    RAPPORT_CHECK(transaction.Query("SELECT 1 FROM schema_migration WHERE name = ?", std::span(&name_value, 1),
                                    [&](const Row&) -> Status {
                                        applied = true;
                                        return {};
                                    }));
    if (applied) return {};
    spdlog::info("applying migration {}", name);
    for (const auto& statement : SplitStatements(script)) RAPPORT_CHECK(run(statement));
    std::vector<Value> row{std::string(name), ToSeconds(Now())};
    return ToStatus(transaction.Execute("INSERT INTO schema_migration (name, applied_at) VALUES (?, ?)", row));
}

}  // namespace rapport::store
