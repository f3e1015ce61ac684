#!/usr/bin/env python3
"""A quick timing of the API on one connection: read one account, list a page, search, create an
activity, update a deal with If-Match, the pipeline report. Bounded in count; loopback only.
Not the benchmark suite (issue 5): one client, no concurrency, Python's own overhead included.

    bench/api_timing.py --db sqlite:/tmp/x.db        # starts build/release/src/rapport on a free port
    bench/api_timing.py --db "$RAPPORT_TEST_PG"       # the same against PostgreSQL
"""
import argparse
import http.client
import json
import os
import subprocess
import sys
import time

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


class Client:
    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port)
        self.headers = {"Content-Type": "application/json"}

    def call(self, method, path, body=None, headers=None):
        self.connection.request(method, path, body=json.dumps(body) if body is not None else None,
                                headers={**self.headers, **(headers or {})})
        response = self.connection.getresponse()
        data = response.read()
        return response.status, json.loads(data) if data else None


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
        client = Client(port)
        status, login = client.call("POST", "/api/v1/auth/login", {"email": "bench@example.com", "password": PASSWORD})
        client.headers["Authorization"] = "Bearer " + login["token"]
        accounts = [client.call("POST", "/api/v1/accounts", {"name": f"Account {i} Nordwind", "industry": "Retail"})[1]
                    for i in range(200)]
        account_id = accounts[0]["id"]
        _, deal = client.call("POST", "/api/v1/deals", {"account_id": account_id, "title": "Timed",
                                                        "amount": {"amount": "1000.00", "currency": "EUR"}})
        version = [deal["version"]]

        def update_deal(i):
            status, body = client.call("PATCH", "/api/v1/deals/" + deal["id"],
                                       {"amount": {"amount": f"{1000 + i}.00", "currency": "EUR"}},
                                       {"If-Match": f'"{version[0]}"'})
            version[0] = body["version"]
            return status

        n = args.count
        timed("read one account", n, lambda i: client.call("GET", "/api/v1/accounts/" + account_id)[0])
        timed("list first page (50)", n, lambda i: client.call("GET", "/api/v1/accounts?limit=50")[0])
        timed("search q=nor", n, lambda i: client.call("GET", "/api/v1/accounts?q=nor&limit=20")[0])
        timed("create activity (durable)", n, lambda i: client.call(
            "POST", "/api/v1/activities", {"account_id": account_id, "kind": "note", "subject": f"Note {i}"})[0])
        timed("update deal with If-Match", n, update_deal)
        timed("pipeline report", n // 4, lambda i: client.call("GET", "/api/v1/reports/pipeline")[0])
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
