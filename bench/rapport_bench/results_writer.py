"""Step 11: the results as JSON and as a Markdown table in bench/results/, with the machine and commit."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import json
import os
import platform
import re
import subprocess
from pathlib import Path
from typing import Optional

from rapport_bench.commerce import LOAD_CLIENTS
from rapport_bench.console import Console, format_count, format_ms, format_seconds
from rapport_bench.import_rapport import ImportTiming
from rapport_bench.layout import RESULTS, ROOT, shown
from rapport_bench.memory import total_memory_bytes
from rapport_bench.options import WRK_THREADS
from rapport_bench.results import Results, TargetCheck, other_targets, scenario_target
from rapport_bench.wrk import WrkResult


def machine() -> dict:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        match = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.MULTILINE)
        cpu = match.group(1).strip() if match else cpu
    return {"cores": os.cpu_count(), "memory_bytes": total_memory_bytes(), "cpu": cpu, "kernel": platform.release()}


def commit() -> tuple[str, bool]:
    """The short commit, and whether tracked files differ from it."""
    head = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    status = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                            capture_output=True, text=True)
    return (head.stdout.strip() or "unknown"), bool(status.stdout.strip())


def wrk_json(result: WrkResult) -> dict:
    return {"requests": result.requests, "duration_s": round(result.duration_s, 3),
            "requests_per_second": round(result.requests_per_second, 1),
            "bytes_per_response": round(result.bytes / result.requests) if result.requests else None,
            "latency_ms": {name: round(value / 1000.0, 3) for name, value in result.latency_us.items()},
            "errors": result.errors, "failed_answers": result.failures}


def import_json(timing: ImportTiming, results: Results) -> dict:
    figures = {"collection": timing.collection, "rows": timing.rows, "seconds": round(timing.seconds, 3),
               "rows_per_second": round(timing.rows_per_second, 1)}
    for key, baselines in (("sqlite3_records", results.baseline_records),
                           ("sqlite3_same_rows", results.baseline_same_rows)):
        baseline = next((other for other in baselines if other.collection == timing.collection), None)
        if baseline:
            figures[key] = {"seconds": round(baseline.seconds, 3),
                            "rows_per_second": round(baseline.rows_per_second, 1),
                            "rapport_share": round(timing.rows_per_second / baseline.rows_per_second, 3)}
    return figures


def commerce_json(results: Results) -> Optional[dict]:
    load = results.commerce
    if load is None:
        return None
    return {"products": load.products, "offers": load.offers, "lines": load.lines, "actions": load.actions,
            "orders": load.orders, "sign_ins": load.sign_ins, "sign_in_seconds": round(load.sign_in_seconds, 2),
            "seconds": round(load.seconds, 2), "offers_per_second": round(load.offers_per_second, 1),
            "clients": LOAD_CLIENTS}


def results_json(results: Results, date: str, short_commit: str, dirty: bool) -> dict:
    options = results.options
    checks = [check for run in results.runs if (check := scenario_target(results, run))] + other_targets(results)
    return {
        "date": date,
        "commit": short_commit,
        "work_tree_changed": dirty,
        "engine": options.engine,
        "quick": options.quick,
        "machine": machine(),
        "dataset": {"size": options.size, "seed": options.seed,
                    "counts": results.dataset.manifest["counts"] if results.dataset else None,
                    "version": results.dataset.manifest.get("version") if results.dataset else None},
        "settings": {"wrk_threads": WRK_THREADS, "connections": options.connections,
                     "duration_s": options.duration, "server_threads": options.server_threads,
                     "accept_encoding": options.accept_encoding},
        "users": {"count": results.users, "seconds": round(results.users_seconds, 2)},
        "import": [import_json(timing, results) for timing in results.imports],
        "import_baseline_row_differences": results.baseline_differences,
        "commerce_load": commerce_json(results),
        "scenarios": [{"scenario": run.scenario.key, "title": run.scenario.title, "user": run.user,
                       "probe": run.probe, "failed": run.failed, "alone_median_ms": run.alone_ms, **wrk_json(run.result)} for run in results.runs],
        "bare_server": wrk_json(results.bare) if results.bare else None,
        "reports": [{"report": report.report,
                     "sqlite3_warm_ms": round(report.sql_warm_ms, 3) if report.sql_warm_ms is not None else None,
                     "api_single_best_ms": round(report.api_best_ms, 3),
                     "api_single_median_ms": round(report.api_median_ms, 3),
                     "api_p50_under_load_ms": round(report.api_p50_under_load_ms, 3),
                     "ratio_api_to_sqlite3": round(report.ratio, 2) if report.ratio is not None else None}
                    for report in results.reports],
        "server_peak_memory_bytes": results.peak_memory_bytes,
        "targets": [{**dataclasses.asdict(check)} for check in checks],
    }


def markdown(results: Results, date: str, short_commit: str, dirty: bool) -> str:
    options = results.options
    info = machine()
    memory = f"{info['memory_bytes'] / 2**30:.0f} GiB" if info["memory_bytes"] else "unknown memory"
    lines = [
        f"# Benchmark: {options.engine}, dataset {options.size}{' (--quick)' if options.quick else ''}, {date}",
        "",
        f"Commit {short_commit}{' with uncommitted changes' if dirty else ''}; {info['cores']} cores ({info['cpu']}), "
        f"{memory}. wrk -t{WRK_THREADS} -c{options.connections} -d{options.duration}s; "
        f"`rapport serve --threads {options.server_threads}`. Made by `bench/run`; see bench/README.md.",
        "",
    ]
    if options.accept_encoding:
        lines += [f"The read-only scenarios (and the bare server's run) send "
                  f"`Accept-Encoding: {options.accept_encoding}`.", ""]
    if options.size != "L" or options.engine != "sqlite":
        lines += ["The targets are set for SQLite with dataset L on 2 cores; here they are indicative only.", ""]
    lines += ["| scenario | user | requests/s | p50 | p99 | p99.9 | errors | target |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for run in results.runs:
        check = scenario_target(results, run)
        lines.append(table_row(run.scenario.title, run.user, run.result, check, run.failed))
    if results.bare:
        lines.append(table_row("bare HTTP server (the limit)", "–", results.bare, None, results.bare.failed))
    checks = other_targets(results)
    if checks or results.reports or results.commerce:
        lines += ["", "| measure | figure | target |", "| --- | --- | --- |"]
        for check in checks:
            lines.append(f"| {check.name} | {check.figure} | {check.target}: **{check.verdict}** |")
        for report in results.reports:
            versus = ", API vs hand-written SQL" if report.sql_warm_ms is not None else ", one request at a time"
            lines.append(f"| {report.report} report, director{versus} | "
                         f"API {format_ms(report.api_best_ms)} alone (p50 under load "
                         f"{format_ms(report.api_p50_under_load_ms)}); {report.describe_sql()} | – |")
    if results.commerce:
        load = results.commerce
        lines.append(f"| commerce loaded through the API | {load.summary()}; {load.sign_ins} owners signed in "
                     f"first ({format_seconds(load.sign_in_seconds)}) | – |")
    for difference in results.baseline_differences:
        lines.append(f"\nWarning: the import baseline stored other row counts than rapport: {difference}.")
    return "\n".join(lines) + "\n"


def table_row(title: str, user: str, result: WrkResult, check: Optional[TargetCheck], failed: bool) -> str:
    errors = f"**{result.describe_errors()}**" if failed else "0"
    target = f"{check.target}: {check.figure}, **{check.verdict}**" if check else ""
    return (f"| {title} | {user} | {format_count(result.requests_per_second)} | "
            f"{format_ms(result.latency_ms('p50'))} | {format_ms(result.latency_ms('p99'))} | "
            f"{format_ms(result.latency_ms('p999'))} | {errors} | {target} |")


def write_results(results: Results, console: Console) -> str:
    date = datetime.date.today().isoformat()
    short_commit, dirty = results.commit, results.work_tree_changed
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = RESULTS / f"{date}-{results.options.engine}-{results.options.size}-{short_commit}"
    if results.options.accept_encoding:
        # Beside the run without it, which is often made on the same commit to compare.
        codings = re.findall(r"[a-z0-9]+", results.options.accept_encoding.lower())
        stem = stem.with_name(f"{stem.name}-accept-{'-'.join(codings)}")
    table = markdown(results, date, short_commit, dirty)
    Path(f"{stem}.json").write_text(json.dumps(results_json(results, date, short_commit, dirty), indent=2) + "\n")
    Path(f"{stem}.md").write_text(table)
    console.detail(f"wrote {shown(Path(f'{stem}.json'))} and {shown(Path(f'{stem}.md'))}")
    return table
