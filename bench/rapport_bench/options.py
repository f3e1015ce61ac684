"""The command line of bench/run: its options, their defaults and the checks between them."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import rapport_bench
from rapport_bench.layout import ROOT

WRK_THREADS = 2

# What `rapport serve --threads 0` uses (src/cli/serve.hpp: eight per core), given to rapport serve
# and to the bare server alike, so that the limit is measured with as many threads.
DEFAULT_SERVER_THREADS = 8 * (os.cpu_count() or 1)


@dataclass(frozen=True)
class Options:
    quick: bool
    size: str
    engine: str
    db_url: Optional[str]
    duration: int
    connections: int
    build_dir: Path
    keep: bool
    seed: int
    server_threads: int
    loaded: Optional[Path]
    accept_encoding: Optional[str] = None  # Sent by the read-only scenarios when given.


def parse_options(argv: list[str]) -> Options:
    # The package's docstring is the help's description.
    parser = argparse.ArgumentParser(
        prog="bench/run", description=rapport_bench.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="dataset S and 5 s per scenario: a few minutes, for a first look or CI")
    parser.add_argument("--size", choices=("S", "M", "L"), type=str.upper,
                        help="dataset size: S = 10k accounts, M = 100k, L = 1M (default L, or S with --quick)")
    parser.add_argument("--engine", choices=("sqlite", "postgres"), default="sqlite",
                        help="the database engine (default sqlite)")
    parser.add_argument("--db", metavar="URL", help="with --engine postgres: an EMPTY database to fill "
                        "(default $RAPPORT_BENCH_DB); its tables are dropped at the end unless --keep")
    parser.add_argument("--duration", type=int, metavar="SECONDS",
                        help="length of each wrk run (default 20, or 5 with --quick)")
    parser.add_argument("--connections", type=int, default=16, metavar="N",
                        help="wrk connections, shared by its 2 threads (default 16)")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build" / "release", metavar="DIR",
                        help="the CMake build directory (default build/release; configured with the release "
                             "preset when missing)")
    parser.add_argument("--server-threads", type=int, default=DEFAULT_SERVER_THREADS, metavar="N",
                        help="threads of rapport serve and of the bare server (default "
                             f"{DEFAULT_SERVER_THREADS}: rapport serve's own default, 8 per core)")
    parser.add_argument("--seed", type=int, default=42, help="the dataset generator's seed (default 42)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the run's databases (printed at the end) instead of removing them")
    parser.add_argument("--loaded", type=Path, metavar="FILE",
                        help="an SQLite database that a --keep run loaded with the same dataset: skips the "
                             "import and its baselines (no import figures then) to look at the API sooner; "
                             "the scenarios write to it")
    parser.add_argument("--accept-encoding", metavar="VALUE",
                        help="send `Accept-Encoding: VALUE` with the read-only scenarios' requests (e.g. 'gzip, br'), "
                             "to measure the API with compressed answers; by default wrk sends none")
    args = parser.parse_args(argv)

    size = args.size or ("S" if args.quick else "L")
    duration = args.duration if args.duration is not None else (5 if args.quick else 20)
    if duration < 1:
        parser.error("--duration must be at least 1 second")
    if args.server_threads < 1:
        parser.error("--server-threads must be at least 1")
    if args.connections < WRK_THREADS:
        parser.error(f"--connections must be at least {WRK_THREADS} (one per wrk thread)")
    db_url = args.db or os.environ.get("RAPPORT_BENCH_DB")
    if args.engine == "postgres" and not db_url:
        parser.error("--engine postgres needs --db URL (or RAPPORT_BENCH_DB): an empty PostgreSQL database")
    if args.engine == "postgres" and not db_url.startswith(("postgresql://", "postgres://")):
        parser.error("--db must be a postgresql:// URL")
    if args.engine == "sqlite" and args.db:
        parser.error("--db applies to --engine postgres; SQLite databases are made fresh under bench/data/")
    if args.loaded and args.engine != "sqlite":
        parser.error("--loaded takes an SQLite database; with PostgreSQL, the import is the way in")
    if args.loaded and not args.loaded.is_file():
        parser.error(f"--loaded {args.loaded}: no such file")
    build_dir = args.build_dir if args.build_dir.is_absolute() else Path.cwd() / args.build_dir
    return Options(quick=args.quick, size=size, engine=args.engine, db_url=db_url, duration=duration,
                   connections=args.connections, build_dir=build_dir.resolve(), keep=args.keep, seed=args.seed,
                   server_threads=args.server_threads, loaded=args.loaded.resolve() if args.loaded else None,
                   accept_encoding=args.accept_encoding)
