#!/usr/bin/env bash
# Times `rapport import accounts` of N generated accounts (default 100000) into a fresh database:
# SQLite in a temporary folder, or the empty PostgreSQL database named by RAPPORT_BENCH_DB.
#
#   bench/import_timing.sh [N]
#   scripts/with-postgres bash -c 'RAPPORT_BENCH_DB=$RAPPORT_TEST_PG bench/import_timing.sh'  # on PostgreSQL
#
# The CSV is generated deterministically (no randomness, no network): the same N gives the same file. Uses the
# release build when there is one (build/release/src/rapport), else the debug build; RAPPORT_BINARY overrides.
# Prints the build used, the rows imported, the wall time and rows per second.
set -euo pipefail

rows="${1:-100000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${RAPPORT_BINARY:-}"
if [[ -z "$binary" ]]; then
    for candidate in "$root/build/release/src/rapport" "$root/build/debug/src/rapport"; do
        if [[ -x "$candidate" ]]; then
            binary="$candidate"
            break
        fi
    done
fi
if [[ -z "$binary" || ! -x "$binary" ]]; then
    echo "import_timing: no rapport binary; build one (cmake --preset release && cmake --build --preset release)" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="${RAPPORT_BENCH_DB:-sqlite:$work/bench.db}"
csv="$work/accounts.csv"

# Names, industries and addresses vary with the row number only; addresses are quoted (they hold commas), every
# 7th with a line break, and every 5th row has tags, so that the reader's slower paths are part of the measure.
awk -v rows="$rows" 'BEGIN {
    split("Nordwind Alpen Hanse Adler Baltic Helios Kronos Meridian Nova Orion Polaris Quantum Riverside Atlas Delta", words, " ")
    split("Logistics Foods Systems Engineering Pharma Energy Construction Textiles Finance Media Chemie Motors", trades, " ")
    split("Software Healthcare Logistics Retail Machinery Energy Media Automotive", industries, " ")
    split("cold call|referral|event|e-mail campaign|inbound call", sources, "|")
    split("Berlin Hamburg München Köln Leipzig Dresden Bremen Hannover", cities, " ")
    print "name,kind,status,industry,source,phone,email,website,address,tags"
    for (i = 1; i <= rows; i++) {
        word = words[i % 15 + 1]; trade = trades[int(i / 15) % 12 + 1]
        slug = tolower(word) "-" tolower(trade) "-" i
        address = "\"Hauptstraße " (i % 180 + 1) ", " (10000 + i % 89999) " " cities[i % 8 + 1] "\""
        if (i % 7 == 0) address = "\"c/o " word " " trade ",\nHafenweg " (i % 40 + 1) "\""
        tags = (i % 5 == 0) ? "vip;key" : ""
        status = (i % 3 == 0) ? "active" : "prospect"
        printf "%s %s %d GmbH,company,%s,%s,%s,+49 30 %07d,info@%s.example,https://www.%s.example,%s,%s\n",
            word, trade, i, status, industries[i % 8 + 1], sources[i % 5 + 1], i, slug, slug, address, tags
    }
}' > "$csv"

printf '%s\n' "bench-admin-password" |
    "$binary" --db "$db" --log-level warn users add --email bench@example.com --name Bench --role admin \
        --password-stdin > /dev/null

build_type="$(basename "$(dirname "$(dirname "$binary")")")"
size="$(du -h "$csv" | cut -f1)"
echo "binary: $binary ($build_type build)"
echo "input: $rows accounts, $size of CSV"
start="$(date +%s.%N)"
"$binary" --db "$db" --log-level warn import accounts "$csv"
end="$(date +%s.%N)"
awk -v rows="$rows" -v start="$start" -v end="$end" \
    'BEGIN { s = end - start; printf "wall time: %.2f s for %d rows, %.0f rows/s\n", s, rows, rows / s }'
