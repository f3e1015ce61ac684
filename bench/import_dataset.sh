#!/usr/bin/env bash
# Imports a generated dataset (bench/data/<SIZE>-seed42) into a fresh SQLite database, as bench/run does, and
# prints each collection's rows/s: migrate, the users of users.csv (an admin first when the file has none), then
# `rapport import` of each collection in the manifest's order.
#
#   bench/import_dataset.sh DATASET_DIR DB_FILE [COLLECTION...]
#
# Adding users hashes a password each (Argon2id, slow), so the database after migrate and users is kept beside
# DB_FILE as DB_FILE.users and copied for the next run of the same dataset. With COLLECTIONS given, only those
# are imported (the earlier ones must already be in DB_FILE: pass them too, or run them first). RAPPORT_BINARY
# overrides the release build; RAPPORT_IMPORT_WRAPPER (e.g. "perf record -g -o out.data") runs the imports
# under a profiler. Prints wall and CPU (user + system) time per collection.
set -euo pipefail

dataset="${1:?dataset folder}"
db="${2:?database file}"
shift 2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${RAPPORT_BINARY:-$root/build/release/src/rapport}"
collections=("$@")
if [[ ${#collections[@]} -eq 0 ]]; then collections=(accounts contacts deals activities); fi
password="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$dataset/manifest.json")"

rapport() { "$binary" --db "sqlite:$db" --log-level warn "$@"; }

if [[ " ${collections[*]} " == *" accounts "* ]]; then
    rm -f "$db" "$db-wal" "$db-shm"
    template="$db.users"
    if [[ ! -f "$template" ]]; then
        rapport migrate > /dev/null
        if ! grep -q ',admin,' "$dataset/users.csv"; then
            printf '%s\n' "$password" | rapport users add --email bench-admin@example.com --name "Bench Admin" \
                --role admin --password-stdin > /dev/null
        fi
        # Admins first, then each team's first member alone: `users add --team` creates a missing team.
        tail -n +2 "$dataset/users.csv" | tr -d "\r" | sort -t, -k3,3 -s | awk -F, '$3 == "admin"' > "$db.list"
        tail -n +2 "$dataset/users.csv" | tr -d "\r" | awk -F, '$3 != "admin"' >> "$db.list"
        while IFS=, read -r email name role team level; do
            args=(users add --email "$email" --name "$name" --role "$role")
            [[ -n "$team" ]] && args+=(--team "$team")
            [[ -n "$level" ]] && args+=(--level "$level")
            printf '%s\n' "$password" | rapport "${args[@]}" --password-stdin > /dev/null
        done < "$db.list"
        rm -f "$db.list"
        sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
        cp "$db" "$template"
    fi
    cp "$template" "$db"
fi

for collection in "${collections[@]}"; do
    rows=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["counts"][sys.argv[2]])' \
        "$dataset/manifest.json" "$collection")
    start="$(date +%s.%N)"
    /usr/bin/time -o "$db.$collection.time" -f "%U %S" ${RAPPORT_IMPORT_WRAPPER:-} "$binary" --db "sqlite:$db" --log-level warn import "$collection" \
        "$dataset/$collection.csv" 2> "$db.$collection.log" || { cat "$db.$collection.log" >&2; exit 1; }
    end="$(date +%s.%N)"
    read -r user sys < "$db.$collection.time"
    # CPU seconds too: on a shared machine they vary less than the wall time.
    awk -v c="$collection" -v rows="$rows" -v start="$start" -v end="$end" -v cpu="$(echo "$user + $sys" | bc)" \
        'BEGIN { s = end - start; printf "%-10s %9d rows %8.2f s %9.0f rows/s   cpu %6.2f s %9.0f rows/cpu-s\n",
                 c, rows, s, rows / s, cpu, rows / cpu }'
done
