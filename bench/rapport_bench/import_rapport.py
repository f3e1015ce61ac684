"""Step 3: the dataset's users, then each collection imported by `rapport import`, timed."""

from __future__ import annotations

import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from rapport_bench.console import BenchError, Console, format_count, format_seconds, tail
from rapport_bench.database import Database, Rapport
from rapport_bench.dataset import COLLECTIONS, Dataset, read_users
from rapport_bench.processes import run_checked

# Imports need an admin (the rows are created in their name); the dataset's users may have none.
BENCH_ADMIN = {"email": "bench-admin@example.com", "name": "Bench Admin", "role": "admin", "team": "", "level": ""}


def add_users(rapport: Rapport, database: Database, dataset: Dataset, console: Console) -> int:
    """Creates the dataset's users (and an admin if it has none); returns how many."""
    users = read_users(dataset)
    if not any(user.get("role") == "admin" for user in users):
        users.insert(0, BENCH_ADMIN)
    # `users add --team T` creates the team when it is missing; two processes creating the same team
    # at once would collide, so each team's first member (and the admin) goes first, alone.
    first, rest, teams = [], [], set()
    for user in users:
        team = user.get("team") or ""
        if user.get("role") == "admin" or (team and team not in teams):
            first.append(user)
            teams.add(team)
        else:
            rest.append(user)

    def add(user: dict) -> None:
        args = ["users", "add", "--email", user["email"], "--name", user["name"], "--role", user["role"]]
        if user.get("team"):
            args += ["--team", user["team"]]
        if user.get("level"):
            args += ["--level", user["level"]]
        run_checked(rapport.command(database, *args, "--password-stdin"), f"rapport users add {user['email']}",
                    input=dataset.password + "\n")

    for user in first:
        add(user)
    # Hashing a password (Argon2id) takes most of the time: one process per core.
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
    try:
        list(pool.map(add, rest))
    finally:
        pool.shutdown(cancel_futures=True)  # On a failure or Ctrl-C, start no more.
    console.detail(f"{len(users)} users ({len(teams - {''})} teams)")
    return len(users)


@dataclass(frozen=True)
class ImportTiming:
    collection: str
    rows: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """The collection, its rows, the time and the rate, in columns that line up across imports."""
        return (f"{self.collection:<10} {format_count(self.rows):>12} rows in {format_seconds(self.seconds):>9}  "
                f"{format_count(self.rows_per_second):>9} rows/s")


def import_with_rapport(rapport: Rapport, database: Database, dataset: Dataset,
                        console: Console) -> list[ImportTiming]:
    timings = []
    for collection in COLLECTIONS:
        started = time.monotonic()
        result = run_checked(rapport.command(database, "import", collection, dataset.csv(collection)),
                             f"rapport import {collection}")
        timing = ImportTiming(collection, dataset.count(collection), time.monotonic() - started)
        reported = re.search(r"imported ([\d,]+)", result.stderr)
        if not reported or int(reported.group(1).replace(",", "")) != timing.rows:
            raise BenchError(f"rapport import {collection} did not import the {timing.rows} rows of the file:\n"
                             + tail(result.stderr))
        console.detail(f"rapport import {timing.summary()}")
        timings.append(timing)
    return timings
