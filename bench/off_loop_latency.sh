#!/usr/bin/env bash
# How much slow requests hold up a fast one: the latency of reading one account (GET /api/v1/accounts/{id}, wrk
# --latency) with the server otherwise idle, then again while other connections keep slow requests in flight
# (a report by default). Issue 15's target: the p99 under slow load stays within 2x of the idle p99.
#
#   bench/off_loop_latency.sh DB_URL EMAIL PASSWORD [SLOW_PATH]
#
# DB_URL is a loaded database (bench/import_dataset.sh makes one: sqlite:/path/S.db); EMAIL and PASSWORD sign in
# a user who sees the accounts (the dataset's admin). SLOW_PATH defaults to the activity report over the last
# year. RAPPORT_BINARY overrides the release build; THREADS (default 2) is `serve --threads`, the number of
# event loops, kept small so that slow and fast connections share loops as they do under load; DURATION (default
# 10) is each wrk run's seconds; FAST_CONNECTIONS (default 8) and SLOW_CONNECTIONS (default 4) the connections
# of each. Prints wrk's latency distribution of both runs, and the requests the slow load got through.
set -euo pipefail

db="${1:?database URL}"
email="${2:?user e-mail}"
password="${3:?password}"
today="$(date -u +%F)"
slow_path="${4:-/api/v1/reports/activity?from=$(date -u -d '-365 days' +%F)&to=$today}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${RAPPORT_BINARY:-$root/build/release/src/rapport}"
threads="${THREADS:-2}"
duration="${DURATION:-10}"
fast_connections="${FAST_CONNECTIONS:-8}"
slow_connections="${SLOW_CONNECTIONS:-4}"

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$binary" --db "$db" --log-level warn serve --listen 127.0.0.1:0 --threads "$threads" > "$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 600); do
    grep -q "listening on" "$work/server.out" && break
    sleep 0.1
done
base="$(grep -o 'http://[0-9.:]*' "$work/server.out" | head -1)"
[[ -n "$base" ]] || { echo "the server did not start:" >&2; cat "$work/server.out" >&2; exit 1; }

login="$(curl -sf "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}")"
token="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["token"])' "$login")"
auth="Authorization: Bearer $token"
account="$(curl -sf "$base/api/v1/accounts?limit=1" -H "$auth" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
fast_url="$base/api/v1/accounts/$account"

echo "binary: $binary ($("$binary" --version 2>/dev/null || true)), serve --threads $threads, db $db"
echo "slow request: GET $slow_path ($(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$base$slow_path" -H "$auth"))"
curl -sf -o /dev/null "$fast_url" -H "$auth"

echo "== idle: GET /api/v1/accounts/{id}, wrk -t1 -c$fast_connections -d${duration}s"
wrk -t1 -c"$fast_connections" -d"${duration}s" --latency -H "$auth" "$fast_url" | sed -n '/Latency Distribution/,/requests in/p'

echo "== while $slow_connections connections keep slow requests in flight"
wrk -t1 -c"$slow_connections" -d"$((duration + 4))s" -H "$auth" "$base$slow_path" > "$work/slow.out" &
slow_pid=$!
sleep 2
wrk -t1 -c"$fast_connections" -d"${duration}s" --latency -H "$auth" "$fast_url" | sed -n '/Latency Distribution/,/requests in/p'
wait "$slow_pid"
echo "-- the slow load: $(grep -E 'requests in' "$work/slow.out" | sed 's/^ *//'), $(grep -E 'Non-2xx' "$work/slow.out" || echo 'all 2xx')"
