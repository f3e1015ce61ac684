#!/usr/bin/env bash
# Imports a generated dataset (bench/data/<SIZE>-seed42) into a fresh SQLite database, as bench/run does, and
# prints each collection's rows/s: migrate, the users of users.csv (an admin first when the file has none), then
# `rapport import` of each collection in the manifest's order.
#
#   bench/import_dataset.sh DATASET_DIR DB_FILE [COLLECTION...]
#   bench/import_dataset.sh --pg postgresql://USER@HOST:PORT/DB DATASET_DIR WORK_FILE [COLLECTION...]
#
# With --pg the imports go to PostgreSQL database DB of that server, dropped and created again (the user must
# be allowed to create databases); WORK_FILE only names the timing and log files written beside it.
#
# Adding users hashes a password each (Argon2id, slow), so the database after migrate and users is kept beside
# DB_FILE as DB_FILE.users (PostgreSQL: as database DB_users, a template) and copied for the next run of the
# same dataset (name a database per dataset). With COLLECTIONS given, only those are imported (the earlier ones
# must already be in DB_FILE: pass them too, or run them first). RAPPORT_BINARY
# overrides the release build; RAPPORT_IMPORT_WRAPPER (e.g. "perf record -g -o out.data") runs the imports
# under a profiler. Prints wall and CPU (user + system) time per collection.
set -euo pipefail

pg_url=""
if [[ "${1:-}" == "--pg" ]]; then
    pg_url="${2:?PostgreSQL URL}"
    shift 2
fi
dataset="${1:?dataset folder}"
db="${2:?database file}"
shift 2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${RAPPORT_BINARY:-$root/build/release/src/rapport}"
collections=("$@")
if [[ ${#collections[@]} -eq 0 ]]; then collections=(accounts contacts deals activities); fi
password="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$dataset/manifest.json")"

db_url="sqlite:$db"
if [[ -n "$pg_url" ]]; then
    db_url="$pg_url"
    pg_name="${pg_url##*/}"
    pg_name="${pg_name%%\?*}"
    pg_server="${pg_url%/*}/postgres"
    template_url="${pg_url%/*}/${pg_name}_users"
fi

rapport() { "$binary" --db "$db_url" --log-level warn "$@"; }

# PostgreSQL: a fresh database DB from the template with the dataset's users, made first when missing.
fresh_pg_database() {
    psql -q -v ON_ERROR_STOP=1 "$pg_server" -c "DROP DATABASE IF EXISTS \"$pg_name\"" > /dev/null
    if [[ -z "$(psql -tA "$pg_server" -c "SELECT 1 FROM pg_database WHERE datname = '${pg_name}_users'")" ]]; then
        psql -q -v ON_ERROR_STOP=1 "$pg_server" -c "CREATE DATABASE \"${pg_name}_users\"" > /dev/null
        db_url="$template_url" add_users
        db_url="$pg_url"
    fi
    psql -q -v ON_ERROR_STOP=1 "$pg_server" -c "CREATE DATABASE \"$pg_name\" TEMPLATE \"${pg_name}_users\"" > /dev/null
}

add_users() {
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
}

if [[ " ${collections[*]} " == *" accounts "* ]]; then
    if [[ -n "$pg_url" ]]; then
        fresh_pg_database
    else
        rm -f "$db" "$db-wal" "$db-shm"
        template="$db.users"
        if [[ ! -f "$template" ]]; then
            add_users
            sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
            cp "$db" "$template"
        fi
        cp "$template" "$db"
    fi
fi

# The CPU seconds of a local PostgreSQL server whose postmaster is RAPPORT_PG_POSTMASTER (a pid): its own, its
# live processes' and those of the backends it has reaped. Empty without it.
server_cpu() {
    [[ -n "${RAPPORT_PG_POSTMASTER:-}" ]] || return 0
    local ticks
    ticks=$(awk '{ t += $14 + $15 + $16 + $17 } END { print t }' "/proc/$RAPPORT_PG_POSTMASTER/stat" \
        $(pgrep -P "$RAPPORT_PG_POSTMASTER" | sed 's|.*|/proc/&/stat|') 2> /dev/null)
    echo "$ticks / $(getconf CLK_TCK)" | bc -l
}

for collection in "${collections[@]}"; do
    rows=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["counts"][sys.argv[2]])' \
        "$dataset/manifest.json" "$collection")
    server_before="$(server_cpu)"
    start="$(date +%s.%N)"
    /usr/bin/time -o "$db.$collection.time" -f "%U %S" ${RAPPORT_IMPORT_WRAPPER:-} "$binary" --db "$db_url" --log-level warn import "$collection" \
        "$dataset/$collection.csv" 2> "$db.$collection.log" || { cat "$db.$collection.log" >&2; exit 1; }
    end="$(date +%s.%N)"
    server_after="$(server_cpu)"
    read -r user sys < "$db.$collection.time"
    # CPU seconds too: on a shared machine they vary less than the wall time.
    awk -v c="$collection" -v rows="$rows" -v start="$start" -v end="$end" -v cpu="$(echo "$user + $sys" | bc)" \
        -v server="${server_after:+$(echo "$server_after - $server_before" | bc -l)}" \
        'BEGIN { s = end - start; printf "%-10s %9d rows %8.2f s %9.0f rows/s   cpu %6.2f s %9.0f rows/cpu-s", c, rows,
                 s, rows / s, cpu, rows / cpu
                 if (server != "") printf "   server cpu %6.2f s", server
                 printf "\n" }'
done
