#!/usr/bin/env python3
"""A quick timing of the API on one connection: read one account, list a page, search, create an
activity, update a deal with If-Match, the pipeline report. Bounded in count; loopback only.
Not the benchmark suite (issue 5): one client, no concurrency, Python's own overhead included.

    bench/api_timing.py --db sqlite:/tmp/x.db        # starts build/release/src/rapport on a free port
    bench/api_timing.py --db "$RAPPORT_TEST_PG"       # the same against PostgreSQL
"""
import argparse
import os
import subprocess
import sys
import time

from rapport_bench.api import Api

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "bench-admin-password"


def start_server(binary, db):
    subprocess.run([binary, "--db", db, "--log-level", "warn", "users", "add", "--email", "bench@example.com",
                    "--name", "Bench", "--role", "admin", "--password-stdin"],
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    server = subprocess.Popen([binary, "--db", db, "--log-level", "warn", "serve", "--listen", "127.0.0.1:0"],
                              stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    if not line.startswith("listening on "):
        server.kill()
        sys.exit("server did not start: " + line)
    return server, int(line.rsplit(":", 1)[1])


def timed(name, count, action):
    start = time.perf_counter()
    for i in range(count):
        status = action(i)
        if status >= 300:
            sys.exit(f"{name}: HTTP {status}")
    elapsed = time.perf_counter() - start
    print(f"{name:<28} {count:>5} requests  {elapsed / count * 1e6:>8.0f} µs each  {count / elapsed:>8.0f} req/s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="an empty database URL")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build/release/src/rapport"))
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()

    server, port = start_server(args.binary, args.db)
    try:
        login = Api(port).call("POST", "/api/v1/auth/login", {"email": "bench@example.com", "password": PASSWORD})
        client = Api(port, login.body["token"])
        accounts = [client.call("POST", "/api/v1/accounts",
                                {"name": f"Account {i} Nordwind", "industry": "Retail"}).body for i in range(200)]
        account_id = accounts[0]["id"]
        deal = client.call("POST", "/api/v1/deals", {"account_id": account_id, "title": "Timed",
                                                     "amount": {"amount": "1000.00", "currency": "EUR"}}).body
        version = [deal["version"]]

        def update_deal(i):
            response = client.call("PATCH", "/api/v1/deals/" + deal["id"],
                                   {"amount": {"amount": f"{1000 + i}.00", "currency": "EUR"}},
                                   {"If-Match": f'"{version[0]}"'})
            version[0] = response.body["version"]
            return response.status

        n = args.count
        timed("read one account", n, lambda i: client.call("GET", "/api/v1/accounts/" + account_id).status)
        timed("list first page (50)", n, lambda i: client.call("GET", "/api/v1/accounts?limit=50").status)
        timed("search q=nor", n, lambda i: client.call("GET", "/api/v1/accounts?q=nor&limit=20").status)
        timed("create activity (durable)", n, lambda i: client.call(
            "POST", "/api/v1/activities", {"account_id": account_id, "kind": "note", "subject": f"Note {i}"}).status)
        timed("update deal with If-Match", n, update_deal)
        timed("pipeline report", n // 4, lambda i: client.call("GET", "/api/v1/reports/pipeline").status)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
