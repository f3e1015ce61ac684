#!/usr/bin/env python3
r"""What compressed answers cost: rapport binaries A/B under wrk, the Accept-Encoding headers taking turns.

Each round starts every binary's `rapport serve` on the same copy of a loaded SQLite database, signs in the
dataset's first manager, and runs `wrk -t2 -c16` with scenarios/get_paths.lua for each scenario (the
manager's first page of 50 accounts; the typeahead search of 10 over the dataset's prefixes), each
Accept-Encoding and each binary in turn, so that the machine's load, which moves from minute to minute when
the machine is shared, falls on every configuration alike. It prints the medians over the rounds of wrk's
requests/s, the bytes per answer (headers included) and the server's CPU time per request (utime + stime
from /proc/<pid>/stat, over the wrk run).

With --callgrind N it then runs each binary once more under valgrind's callgrind and gives the instructions
the server executes per request (all its threads, from reading the request to writing the answer): N
requests per configuration on one keep-alive connection, counted between two callgrind dumps. Unlike
the times, these counts do not depend on the machine's load. --keep-dumps DIR keeps those dumps, for
`callgrind_annotate DIR/after-list-gzip.callgrind` to tell where the instructions go.

    bench/compression_ab.py --db bench/data/run-…/rapport.db before=/tmp/before/rapport \
        after=build/release/src/rapport
    bench/compression_ab.py --db … --rounds 1 --duration 2 --callgrind 200 after=build/release/src/rapport

The database is copied once to a temporary folder; the scenarios only read. Loopback only.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rapport_bench.api import Api, sign_in  # noqa: E402
from rapport_bench.layout import ROOT, SCENARIOS  # noqa: E402
from rapport_bench.server import free_port, wait_until_healthy  # noqa: E402
from rapport_bench.wrk import lua_literal  # noqa: E402

ACCEPT = ["", "gzip", "gzip, deflate, br"]
TICKS = os.sysconf("SC_CLK_TCK")


def scenario_paths(dataset: dict) -> dict[str, list[str]]:
    # As bench/run's scenarios "list a manager's accounts" and "typeahead search" pick them for a manager.
    return {"list": ["/api/v1/accounts?limit=50"],
            "search": [f"/api/v1/accounts?q={urllib.parse.quote(p)}&limit=10" for p in dataset["prefixes"]]}


def cpu_seconds(pid: int) -> float:
    # Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the command's closing parenthesis.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


class Serve:
    """`rapport serve` on a free port, optionally under a wrapper (valgrind); stopped on leaving."""

    def __init__(self, binary: str, db: Path, log: Path, threads: int | None, wrapper: list[str] = ()):
        self.port = free_port()
        args = [*wrapper, binary, "--db", f"sqlite:{db}", "--log-level", "warn", "serve",
                "--listen", f"127.0.0.1:{self.port}"]
        if threads:
            args += ["--threads", str(threads)]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=log.open("w"))
        wait_until_healthy(self.port, self.process, log, timeout=600)

    def __enter__(self) -> Serve:
        return self

    def __exit__(self, *_) -> None:
        self.stop()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def run_wrk(serve: Serve, token: str, paths: list[str], accept: str, duration: int, work: Path) -> dict:
    inputs = {"token": token, "paths": paths, **({"accept_encoding": accept} if accept else {})}
    inputs_path = work / "inputs.lua"
    inputs_path.write_text("return " + lua_literal(inputs) + "\n")
    before = cpu_seconds(serve.process.pid)
    result = subprocess.run(["wrk", "-t2", "-c16", f"-d{duration}s", "-s", str(SCENARIOS / "get_paths.lua"),
                             f"http://127.0.0.1:{serve.port}"], capture_output=True, text=True, check=True,
                            env={**os.environ, "BENCH_INPUTS": str(inputs_path)})
    server_cpu = cpu_seconds(serve.process.pid) - before
    line = next(line for line in result.stdout.splitlines() if line.startswith("BENCH_RESULT "))
    figures = json.loads(line.removeprefix("BENCH_RESULT "))
    requests = max(figures["requests"], 1)
    return {"rps": figures["requests"] / (figures["duration_us"] / 1e6), "bytes": figures["bytes"] / requests,
            "cpu_us": server_cpu / requests * 1e6, "errors": sum(figures["errors"].values())}


def measure_wrk(args, binaries: dict[str, str], db: Path, dataset: dict, work: Path) -> dict:
    figures: dict[tuple, list[dict]] = {}
    paths = scenario_paths(dataset)
    for round_number in range(1, args.rounds + 1):
        servers: dict[str, Serve] = {}
        try:
            for label, binary in binaries.items():
                servers[label] = Serve(binary, db, work / f"{label}.log", args.threads)
            tokens = {label: sign_in(s.port, "manager", dataset["managers"][0], dataset["password"]).api.token
                      for label, s in servers.items()}
            for scenario in args.scenarios:
                for accept in args.accept:
                    for label, serve in servers.items():
                        run = run_wrk(serve, tokens[label], paths[scenario], accept, args.duration, work)
                        figures.setdefault((scenario, accept, label), []).append(run)
                        print(f"round {round_number} {scenario:6} {accept or 'none':18} {label:8} "
                              f"{run['rps']:8.0f} req/s {run['bytes']:7.0f} B {run['cpu_us']:5.0f} µs CPU"
                              f"{'  ERRORS ' + str(run['errors']) if run['errors'] else ''}", flush=True)
        finally:
            for serve in servers.values():
                serve.stop()
    return figures


def callgrind_dump(pid: int) -> None:
    subprocess.run(["callgrind_control", "--dump", str(pid)], check=True, capture_output=True, timeout=600)


def instructions_of(dump: Path) -> int:
    for line in dump.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError(f"no totals in {dump}")


def measure_callgrind(args, binaries: dict[str, str], db: Path, dataset: dict, work: Path) -> dict:
    """Instructions per request: the server's counts between two dumps, around N requests."""
    counts = {}
    paths = scenario_paths(dataset)
    for label, binary in binaries.items():
        out = work / f"callgrind.{label}"
        wrapper = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-instr=no"]
        # Two serving threads: valgrind runs one thread at a time anyway, and each costs it memory.
        with Serve(binary, db, work / f"{label}.callgrind.log", 2, wrapper) as serve:
            token = sign_in(serve.port, "manager", dataset["managers"][0], dataset["password"]).api.token
            api = Api(serve.port, token)
            for scenario in args.scenarios:
                for accept in args.accept:
                    headers = {"Accept-Encoding": accept} if accept else {}
                    for path in paths[scenario][:5]:
                        api.expect("GET", path, headers=headers)  # Warm the caches and the compressor.
                    callgrind_dump(serve.process.pid)
                    for i in range(args.callgrind):
                        api.expect("GET", paths[scenario][i % len(paths[scenario])], headers=headers)
                    callgrind_dump(serve.process.pid)
                    dumps = sorted(work.glob(f"callgrind.{label}.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
                    counts[(scenario, accept, label)] = instructions_of(dumps[-1]) / args.callgrind
                    if args.keep_dumps:
                        name = f"{label}-{scenario}-{accept.replace(', ', '+') or 'none'}.callgrind"
                        shutil.copy(dumps[-1], args.keep_dumps / name)
                    print(f"callgrind {scenario:6} {accept or 'none':18} {label:8} "
                          f"{counts[(scenario, accept, label)]:10,.0f} instructions/request", flush=True)
    return counts


def print_table(args, binaries: dict[str, str], figures: dict, counts: dict) -> None:
    print("\n| scenario | Accept-Encoding | server | requests/s | bytes per answer | server CPU µs / request |"
          " instructions / request |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    rounds = []
    for scenario in args.scenarios:
        for accept in args.accept:
            for label in binaries:
                runs = figures.get((scenario, accept, label), [])
                cells = ["–"] * 3
                if runs:
                    cells = [f"{statistics.median(run[key] for run in runs):,.0f}"
                             for key in ("rps", "bytes", "cpu_us")]
                    rounds.append(f"{scenario}, {accept or 'none'}, {label}: "
                                  + ", ".join(f"{run['rps']:.0f}" for run in runs))
                count = counts.get((scenario, accept, label))
                cells.append(f"{count:,.0f}" if count else "–")
                print(f"| {scenario} | {accept or 'none'} | {label} | " + " | ".join(cells) + " |")
    if rounds:
        print("\nrequests/s in each round:\n" + "\n".join(rounds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binaries", nargs="+", metavar="LABEL=PATH", help="rapport binaries to compare")
    parser.add_argument("--db", type=Path, required=True, help="a loaded SQLite database (bench/run --keep)")
    parser.add_argument("--dataset", type=Path, default=ROOT / "bench" / "data" / "S-seed42",
                        help="the dataset the database was loaded from (its manifest.json)")
    parser.add_argument("--accept", action="append", help="an Accept-Encoding to try ('' for none); "
                        "repeatable; default: none, 'gzip', 'gzip, deflate, br'")
    parser.add_argument("--scenarios", default="list,search", type=lambda text: text.split(","))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--threads", type=int, help="rapport serve --threads (default: its own)")
    parser.add_argument("--callgrind", type=int, default=0, metavar="N",
                        help="also count instructions per request under callgrind, over N requests")
    parser.add_argument("--keep-dumps", type=Path, metavar="DIR",
                        help="keep the callgrind dump of each configuration there, for callgrind_annotate")
    args = parser.parse_args()
    args.accept = args.accept if args.accept is not None else ACCEPT
    binaries = dict(item.split("=", 1) for item in args.binaries)
    if args.keep_dumps:
        args.keep_dumps.mkdir(parents=True, exist_ok=True)
    dataset = json.loads((args.dataset / "manifest.json").read_text())

    with tempfile.TemporaryDirectory(prefix="compression-ab-") as folder:
        work = Path(folder)
        db = work / "rapport.db"
        shutil.copy(args.db, db)
        started = time.monotonic()
        figures = measure_wrk(args, binaries, db, dataset, work) if args.rounds else {}
        counts = measure_callgrind(args, binaries, db, dataset, work) if args.callgrind else {}
        print_table(args, binaries, figures, counts)
        print(f"\n{time.monotonic() - started:.0f} s; load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
