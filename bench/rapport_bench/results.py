"""What a run measured, and the targets of issues 5 and 15 checked against it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from rapport_bench.commerce import CommerceLoad
from rapport_bench.console import format_count, format_ms
from rapport_bench.dataset import Dataset
from rapport_bench.import_rapport import ImportTiming
from rapport_bench.options import Options
from rapport_bench.report_baseline import ReportComparison
from rapport_bench.scenarios import ScenarioRun
from rapport_bench.wrk import WrkResult


@dataclass(frozen=True)
class TargetCheck:
    name: str
    figure: str
    target: str
    met: bool

    @property
    def verdict(self) -> str:
        return "met" if self.met else "missed"


@dataclass
class Results:
    options: Options
    dataset: Optional[Dataset] = None
    users: int = 0
    users_seconds: float = 0.0
    imports: list[ImportTiming] = field(default_factory=list)
    baseline_records: list[ImportTiming] = field(default_factory=list)    # sqlite3, the records alone.
    baseline_same_rows: list[ImportTiming] = field(default_factory=list)  # sqlite3, all Rapport writes.
    baseline_differences: list[str] = field(default_factory=list)
    commerce: Optional[CommerceLoad] = None  # None when a --loaded database had its offers already.
    runs: list[ScenarioRun] = field(default_factory=list)
    bare: Optional[WrkResult] = None
    reports: list[ReportComparison] = field(default_factory=list)
    peak_memory_bytes: Optional[int] = None
    commit: str = "unknown"          # The short commit built, and whether tracked files differed from it then.
    work_tree_changed: bool = False

    def run_of(self, key: str, role: str) -> Optional[ScenarioRun]:
        return next((run for run in self.runs if run.scenario.key == key and run.user.startswith(role)), None)


def scenario_target(results: Results, run: ScenarioRun) -> Optional[TargetCheck]:
    """The issue's target that applies to one row of the table, if any."""
    key, result = run.scenario.key, run.result
    name = f"{run.scenario.title}, {run.user}"
    if key == "read_account" and results.bare and results.bare.requests:
        share = result.requests_per_second / results.bare.requests_per_second
        return TargetCheck(name, f"{share:.0%} of bare", "≥ 50% of the bare server's req/s", share >= 0.5)
    if key == "search_accounts":
        p99 = result.latency_ms("p99")
        return TargetCheck(name, f"p99 {format_ms(p99)}", "p99 < 10 ms", p99 < 10)
    if key == "create_activity":
        rate = result.requests_per_second
        return TargetCheck(name, f"{format_count(rate)} writes/s", "≥ 5,000 writes/s", rate >= 5000)
    # Issue 15's: a quote's median (wrk's p50), offers written per second, a page of offers' p99.
    alone = f" (alone {format_ms(run.alone_ms)})" if run.alone_ms is not None else ""
    if key == "quote":
        p50 = result.latency_ms("p50")
        return TargetCheck(name, f"p50 {format_ms(p50)}{alone}", "median < 1 ms", p50 < 1)
    if key == "create_offer":
        rate = result.requests_per_second
        return TargetCheck(name, f"{format_count(rate)} offers/s{alone}", "≥ 2,000 offers/s", rate >= 2000)
    if key == "list_offers":
        p99 = result.latency_ms("p99")
        return TargetCheck(name, f"p99 {format_ms(p99)}{alone}", "p99 < 10 ms", p99 < 10)
    if key.startswith("report_") and run.user.startswith("director"):
        report = next((r for r in results.reports if r.report == key.removeprefix("report_")), None)
        if report:
            return TargetCheck(name, f"{format_ms(report.api_median_ms)} alone", "< 100 ms for a director",
                               report.api_median_ms < 100)
    return None


def other_targets(results: Results) -> list[TargetCheck]:
    """The targets that are not about one scenario: the import, the server's memory."""
    checks = []
    records = {timing.collection: timing for timing in results.baseline_records}
    same_rows = {timing.collection: timing for timing in results.baseline_same_rows}
    for timing in results.imports:
        figure = f"{format_count(timing.rows_per_second)} rows/s"
        met = timing.rows_per_second >= 100_000
        target = "≥ 100,000 rows/s"
        if timing.collection in records:
            # The target is against sqlite3 loading the records; the same-rows figure is beside it.
            share = timing.rows_per_second / records[timing.collection].rows_per_second
            figure += (f"; {share:.0%} of sqlite3 loading the records "
                       f"({format_count(records[timing.collection].rows_per_second)} rows/s)")
            target += " and ≥ 50% of sqlite3"
            met = met and share >= 0.5
        if timing.collection in same_rows:
            figure += (f"; {timing.rows_per_second / same_rows[timing.collection].rows_per_second:.0%} of sqlite3 "
                       f"writing the same rows ({format_count(same_rows[timing.collection].rows_per_second)} rows/s)")
        checks.append(TargetCheck(f"import {timing.collection}", figure, target, met))
    if results.peak_memory_bytes is not None:
        megabytes = results.peak_memory_bytes / 1e6
        checks.append(TargetCheck("server peak memory (VmHWM)", f"{megabytes:.0f} MB", "< 300 MB", megabytes < 300))
    return checks
