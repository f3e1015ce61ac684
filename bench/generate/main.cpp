// rapport-bench-data: writes a believable CRM of size S, M or L as CSV files that `rapport import` takes,
// the same bytes for the same size and seed.

#include "generate/catalogue.hpp"
#include "generate/collections.hpp"

#include <charconv>
#include <chrono>
#include <filesystem>
#include <thread>

namespace {

using namespace rapport;
using namespace rapport::bench;

// The day the data calls "today". Fixed, not the clock's, so that a size and a seed always give the same
// bytes; --today moves it, for data that looks current.
constexpr std::string_view kDefaultToday = "2026-11-22";

constexpr std::string_view kUsage = R"(usage: rapport-bench-data --size S|M|L --out DIR [--seed N] [--today YYYY-MM-DD]

Writes a deterministic, believable CRM into DIR: users.csv, accounts.csv, contacts.csv, deals.csv,
activities.csv, catalogue.json (products and a price list), offers.jsonl (offers with lines on about one
deal in five) and manifest.json. The same size, seed and day give byte-identical files.

  --size S|M|L        S: 10,000 accounts, 30,000 contacts, 20,000 deals, 100,000 activities, 10 managers
                      M: 100,000 / 300,000 / 200,000 / 1,000,000, 40 managers
                      L: 1,000,000 / 3,000,000 / 2,000,000 / 10,000,000, 200 managers
  --out DIR           created if missing; files in it are overwritten
  --seed N            default 42
  --today YYYY-MM-DD  the day the data is "now" for (default 2026-11-22): two years of history
                      before it, three months of planned work after it

Load it into a fresh database in this order, so that the ids in the files are the ids assigned:
  users (one `rapport users add` per row of users.csv, password in manifest.json), then
  rapport import accounts|contacts|deals|activities DIR/<collection>.csv
then, through the API (bench/run does it): the catalogue as the admin, the offers as their owners.
)";

struct Options {
    Size size = Size::kS;
    std::string out;
    std::uint64_t seed = 42;
    std::int64_t today = 0;
};

int Usage(std::string_view problem) {
    Say(fmt::format("rapport-bench-data: {} (see --help)", problem));
    return 2;
}

// Fills `options` from the arguments; returns an exit code when the program should stop (help or a mistake).
std::optional<int> ParseArguments(int argc, char** argv, Options& options) {
    bool size_given = false;
    std::string_view today = kDefaultToday;
    for (int i = 1; i < argc; ++i) {
        std::string_view flag = argv[i];
        if (flag == "--help" || flag == "-h") {
            std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
            return 0;
        }
        if (i + 1 >= argc) return Usage(std::string(flag) + " needs a value");
        std::string_view value = argv[++i];
        if (flag == "--size") {
            auto size = ParseSize(value);
            if (!size) return Usage("--size must be S, M or L");
            options.size = *size;
            size_given = true;
        } else if (flag == "--out") {
            options.out = value;
        } else if (flag == "--seed") {
            auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), options.seed);
            if (error != std::errc{} || end != value.data() + value.size()) return Usage("--seed must be a whole number");
        } else if (flag == "--today") {
            today = value;
        } else {
            return Usage("unknown option " + std::string(flag));
        }
    }
    if (!size_given || options.out.empty()) return Usage("--size and --out are required");
    auto day = ParseDay(today);
    if (!day) return Usage("--today must be a day such as 2026-11-22");
    options.today = *day;
    return std::nullopt;
}

int Fail(const Error& error) {
    Say("rapport-bench-data: " + error.message);
    return 1;
}

// Activities are as many rows as the rest together, so they get a thread of their own; every record draws
// from its own generator, so the split changes no byte.
Result<std::vector<FileStats>> WriteAll(const World& world, const std::string& dir, PrefixCounter& prefixes,
                                        CommerceCounts& commerce) {
    Result<FileStats> activities = MakeError(ErrorCode::kInternal, "activities were not written");
    std::thread activity_writer([&] { activities = WriteActivities(world, dir); });
    std::vector<FileStats> files;
    Status others = [&]() -> Status {
        files.push_back(RAPPORT_TRY(WriteUsers(world, dir)));
        files.push_back(RAPPORT_TRY(WriteAccounts(world, dir, prefixes)));
        files.push_back(RAPPORT_TRY(WriteContacts(world, dir)));
        files.push_back(RAPPORT_TRY(WriteDeals(world, dir)));
        files.push_back(RAPPORT_TRY(WriteCatalogue(dir)));
        commerce.products = static_cast<std::int64_t>(Catalogue().size());
        commerce.price_lists = 1;
        files.push_back(RAPPORT_TRY(WriteOffers(world, dir, commerce)));
        return {};
    }();
    activity_writer.join();
    if (!others) return others.error();
    if (!activities) return activities.error();
    files.push_back(*activities);
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (auto exit_code = ParseArguments(argc, argv, options)) return *exit_code;

    std::error_code error;
    std::filesystem::create_directories(options.out, error);
    if (error) return Fail(MakeError(ErrorCode::kUnavailable, "cannot create " + options.out + ": " + error.message()));

    auto started = std::chrono::steady_clock::now();
    auto world = MakeWorld(options.size, options.seed, options.today);
    Say(fmt::format("rapport-bench-data: size {}, seed {}, today {}, into {}", SizeName(options.size), options.seed,
                    FormatDay(options.today), options.out));

    PrefixCounter prefixes;
    CommerceCounts commerce;
    auto files = WriteAll(world, options.out, prefixes, commerce);
    if (!files) return Fail(files.error());
    if (auto written = WriteManifest(world, options.out, *files, prefixes.Spread(200), commerce); !written) {
        return Fail(written.error());
    }

    std::int64_t rows = 0;
    std::int64_t bytes = 0;
    for (const auto& file : *files) {
        rows += file.rows;
        bytes += file.bytes;
    }
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    Say(fmt::format("wrote {} rows, {:.1f} MB, in {:.1f} s ({} rows/s) to {}", GroupThousands(rows),
                    static_cast<double>(bytes) / (1024.0 * 1024.0), seconds,
                    GroupThousands(static_cast<std::int64_t>(static_cast<double>(rows) / seconds)), options.out));
    return 0;
}
