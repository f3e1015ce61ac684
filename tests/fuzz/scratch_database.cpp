#include "scratch_database.hpp"

#include "fuzz_check.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

namespace rapport::fuzz {
namespace {

struct Scratch {
    Scratch() {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/rapport-fuzz-XXXXXX";
        RAPPORT_FUZZ_REQUIRE(mkdtemp(pattern.data()) != nullptr, "cannot make a folder like " + pattern);
        folder = pattern;
        auto opened = store::Open("sqlite:" + (folder / "scratch.db").string());
        RAPPORT_FUZZ_REQUIRE(opened, "cannot open the scratch database: " + opened.error().message);
        database = std::move(*opened);
        auto migrated = database->Migrate();
        RAPPORT_FUZZ_REQUIRE(migrated, "cannot migrate the scratch database: " + migrated.error().message);
    }
    ~Scratch() {
        database.reset();
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }

    std::filesystem::path folder;
    std::unique_ptr<store::Database> database;
};

}  // namespace

store::Database& ScratchDatabase() {
    static Scratch scratch;
    return *scratch.database;
}

}  // namespace rapport::fuzz
