"""Step 9: the reports' times, one API request at a time, beside their hand-written SQL run by sqlite3."""

from __future__ import annotations

import datetime
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from rapport_bench.console import BenchError, format_ms
from rapport_bench.database import Database
from rapport_bench.processes import run_checked


@dataclass(frozen=True)
class ReportComparison:
    report: str
    api_best_ms: float         # One request at a time (urllib), best of 5.
    api_median_ms: float       # The same five, their median: what the target is checked against.
    api_p50_under_load_ms: float
    sql_warm_ms: Optional[float]  # sqlite3, bench/sql/report_<name>.sql, warm (SQLite only).

    @property
    def ratio(self) -> Optional[float]:
        # Below a hundredth of a millisecond the SQL's time is noise, and so would the ratio be.
        if self.sql_warm_ms is None or self.sql_warm_ms < 0.01:
            return None
        return self.api_best_ms / self.sql_warm_ms

    def describe_sql(self) -> str:
        if self.sql_warm_ms is None:
            return "no SQL baseline on this engine"
        if self.ratio is None:
            return f"sqlite3 {format_ms(self.sql_warm_ms)}: no measurable time"
        # Two significant digits below 1: a summary-backed report can take a thousandth of its scan's time.
        ratio = f"{self.ratio:.2g}" if self.ratio < 1 else f"{self.ratio:.1f}"
        return f"sqlite3 {format_ms(self.sql_warm_ms)}: the API takes {ratio}× the SQL's time"


def time_sql(database: Database, sql_file: Path, parameters: dict[str, int], repeats: int = 4,
             rounds: int = 3) -> float:
    """How long sqlite3 takes to run a SQL file once its cache is warm (as a running server's is),
    in milliseconds: the best of `rounds` sqlite3 sessions that run it 1 + `repeats` times, less
    the best of as many that run it once, divided by `repeats`. (sqlite3's own .timer counts whole
    milliseconds, too coarse for dataset S; timing whole sessions leaves out their start, the
    schema's parsing and the first, cold run.)"""
    setup = "".join(f".parameter set {name} {value}\n" for name, value in parameters.items())

    def session(runs: int) -> float:
        script = setup + ".output /dev/null\n" + f".read '{sql_file}'\n" * runs
        started = time.perf_counter()
        run_checked(["sqlite3", "-readonly", database.path], f"sqlite3 {sql_file.name}", input=script)
        return time.perf_counter() - started

    once, repeated = [], []
    for _ in range(rounds):
        once.append(session(1))
        repeated.append(session(1 + repeats))
    return max(min(repeated) - min(once), 0.0) / repeats * 1000.0


def time_api_request(port: int, token: str, path: str, runs: int = 5) -> list[float]:
    """Single requests with urllib (a new connection each), in milliseconds."""
    times = []
    for _ in range(runs):
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Authorization": f"Bearer {token}"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()
        except urllib.error.HTTPError as error:
            raise BenchError(f"GET {path} answered {error.code}: {error.read()[:500]!r}") from error
        times.append((time.perf_counter() - started) * 1000.0)
    return sorted(times)


def epoch_seconds(day: datetime.date) -> int:
    return int(datetime.datetime.combine(day, datetime.time(), datetime.timezone.utc).timestamp())
