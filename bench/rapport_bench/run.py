"""One benchmark run, step by step: what each step measures goes into its Results, and whatever
it started is stopped and removed at the end."""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from rapport_bench.api import Session, sign_in
from rapport_bench.build import Binaries, build, check_tools
from rapport_bench.commerce import has_offers, load_commerce
from rapport_bench.console import BenchError, Console, format_count, format_ms, format_seconds
from rapport_bench.database import Database, Rapport, copy_sqlite, empty_postgres, fresh_sqlite, migrate, psql, \
    remove_sqlite, require_empty_postgres
from rapport_bench.dataset import Dataset, ensure_dataset
from rapport_bench.import_baseline import RECORDS_ONLY, SAME_ROWS, compare_stored_rows, import_with_sqlite3
from rapport_bench.import_rapport import add_users, import_with_rapport
from rapport_bench.layout import DATA, SQL, shown
from rapport_bench.options import WRK_THREADS, Options
from rapport_bench.processes import Processes
from rapport_bench.report_baseline import ReportComparison, epoch_seconds, time_api_request, time_sql
from rapport_bench.results import Results
from rapport_bench.results_writer import commit, write_results
from rapport_bench.scenarios import SCENARIOS_RUN, RunContext, pick_funnel, pick_pipeline, run_scenario
from rapport_bench.server import Server, start_server
from rapport_bench.wrk import run_wrk


@dataclass
class Run:
    """One benchmark run: its options, where it keeps its files, and what it started."""
    options: Options
    console: Console = field(default_factory=Console)
    processes: Processes = field(default_factory=Processes)
    work_dir: Path = field(default_factory=lambda: DATA / f"run-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    databases: list[Database] = field(default_factory=list)

    def execute(self) -> int:
        """Runs steps 1 to 12; returns the exit status (1 when a scenario had errors)."""
        results = Results(self.options)
        binaries = self.build_and_check()
        # The code measured is the code built now: a commit or an edit made while the run goes on is not in it.
        results.commit, results.work_tree_changed = commit()
        results.dataset = self.prepare_dataset(binaries)
        rapport = Rapport(binaries.rapport)
        database, copies = self.reuse(results) if self.options.loaded else self.load(rapport, results)
        if self.options.loaded:
            self.console.skip("Import baseline", "no import: --loaded")
        elif copies:
            self.import_baseline(database, copies, results)
        else:
            self.console.skip("Import baseline", "SQLite only")
        server, director, context = self.serve(rapport, database, results.dataset)
        self.load_commerce(server, director, results)
        self.settle(database)
        self.run_scenarios(server, director, context, results)
        self.measure_bare(binaries, director, context, results)
        title = "Reports alone, and their SQL run by sqlite3 alone" if database.is_sqlite else "Reports alone"
        with self.console.step(title):
            results.reports = self.compare_reports(database, server, director, context, results)
        self.measure_memory(server, results)
        with self.console.step("Results"):
            table = write_results(results, self.console)
        print("\n" + table)
        failed = [f"{run.scenario.title} ({run.user})" for run in results.runs if run.failed]
        if failed:
            print("Scenarios with errors: " + "; ".join(failed) + f". wrk's output is in {shown(self.work_dir)}.")
        return 1 if failed or results.baseline_differences else 0

    def build_and_check(self) -> Binaries:
        with self.console.step("Build and tools"):
            check_tools(self.options)
            return build(self.options, self.console)

    def prepare_dataset(self, binaries: Binaries) -> Dataset:
        with self.console.step(f"Dataset {self.options.size}"):
            return ensure_dataset(self.options, binaries, self.console)

    def load(self, rapport: Rapport, results: Results) -> tuple[Database, list[Database]]:
        """A fresh database with the dataset in it; for SQLite, also two copies taken before the
        import (migrated, with the users), one for each of the import's baselines."""
        console = self.console
        with console.step(f"Fresh {self.options.engine} database, users and import"):
            self.work_dir.mkdir(parents=True, exist_ok=True)
            database = self.fresh_database()
            console.detail(f"database {database.url}")
            migrate(rapport, database)
            started = time.monotonic()
            results.users = add_users(rapport, database, results.dataset, console)
            results.users_seconds = time.monotonic() - started
            console.detail(f"users created in {format_seconds(results.users_seconds)}")
            copies = []
            if database.is_sqlite:
                copies = [self.keep_track(copy_sqlite(database, self.work_dir / f"baseline-{index}.db"))
                          for index in (1, 2)]
            results.imports = import_with_rapport(rapport, database, results.dataset, console)
        return database, copies

    def reuse(self, results: Results) -> tuple[Database, list[Database]]:
        """The database --loaded names, as it is: not removed at the end, whatever --keep says."""
        path = self.options.loaded
        with self.console.step("Loaded database (--loaded): no import"):
            self.work_dir.mkdir(parents=True, exist_ok=True)
            self.console.detail(f"database sqlite:{path}")
            results.users = results.dataset.count("users")
        return Database.sqlite(path), []

    def import_baseline(self, database: Database, copies: list[Database], results: Results) -> None:
        console = self.console
        with console.step("Import baseline: the same files loaded by sqlite3 alone"):
            for baseline, copy in zip((RECORDS_ONLY, SAME_ROWS), copies):
                timings = import_with_sqlite3(copy, results.dataset, baseline, console)
                results.baseline_differences += compare_stored_rows(database, copy, baseline, console)
                if baseline is RECORDS_ONLY:
                    results.baseline_records = timings
                else:
                    results.baseline_same_rows = timings
            for ours, records, same in zip(results.imports, results.baseline_records, results.baseline_same_rows):
                console.detail(f"{ours.collection:<10} rapport {format_count(ours.rows_per_second):>9} rows/s: "
                               f"{ours.rows_per_second / records.rows_per_second:.0%} of sqlite3 loading the "
                               f"records, {ours.rows_per_second / same.rows_per_second:.0%} of sqlite3 writing "
                               "the same rows")

    def serve(self, rapport: Rapport, database: Database, dataset: Dataset) -> tuple[Server, Session, RunContext]:
        console, options = self.console, self.options
        with console.step("Start rapport serve and sign in"):
            server = start_server(self.processes,
                                  rapport.command(database, "serve", "--threads", options.server_threads),
                                  self.work_dir / "server.log")
            console.detail(f"rapport serve on 127.0.0.1:{server.port} (pid {server.process.pid}, "
                           f"{options.server_threads} threads)")
            director = sign_in(server.port, "director", dataset.director, dataset.password)
            manager = sign_in(server.port, "manager", dataset.managers[0], dataset.password)
            console.detail(f"director {director.email} (id {director.user_id}), "
                           f"manager {manager.email} (id {manager.user_id})")
            # The imported deals entered their stages at the import: the funnel's year ends today.
            today = datetime.datetime.now(datetime.timezone.utc).date()
            context = RunContext(dataset=dataset, manager=manager, funnel_from=today - datetime.timedelta(days=364),
                                 funnel_to=today, run_tag=f"{int(time.time())}-{os.getpid()}")
        return server, director, context

    def load_commerce(self, server: Server, director: Session, results: Results) -> None:
        """The catalogue and the offers, through the API: rapport import takes no records with lines."""
        if self.options.loaded and has_offers(director):
            self.console.skip("Commerce through the API", "the --loaded database has offers")
            return
        with self.console.step("Commerce through the API: the catalogue, then offers as their owners, sent, "
                               "accepted or declined"):
            results.commerce = load_commerce(server.port, results.dataset, self.console)

    def settle(self, database: Database) -> None:
        """Leaves PostgreSQL as a server in service would be, rather than minutes after a bulk load: the load's dead
        rows vacuumed, its statistics taken, its dirty pages written. Otherwise autovacuum and the checkpointer do it
        during the first scenarios, which then measure the load's aftermath (seen on 2026-12-07 at L: the director's
        typeahead p99 940 ms, against 362 ms on 2026-12-01 without the commerce load before it)."""
        if database.is_sqlite:
            self.console.skip("Settle the database", "SQLite checkpoints its log as it goes and keeps no statistics")
            return
        with self.console.step("Settle the database: VACUUM (ANALYZE), then CHECKPOINT"):
            psql(database.url, "VACUUM (ANALYZE);")
            psql(database.url, "CHECKPOINT;")

    def run_scenarios(self, server: Server, director: Session, context: RunContext, results: Results) -> None:
        options = self.options
        with self.console.step(f"Scenarios: wrk -t{WRK_THREADS} -c{options.connections} -d{options.duration}s, "
                               "as the director and as a manager"):
            for scenario in SCENARIOS_RUN:
                for session in (director, context.manager):
                    results.runs.append(run_scenario(scenario, session, context, server.port, options,
                                                     self.work_dir, self.console))

    def measure_bare(self, binaries: Binaries, director: Session, context: RunContext, results: Results) -> None:
        with self.console.step("The limit: the same wrk run against a bare HTTP server"):
            bare = start_server(self.processes,
                                [str(binaries.bench_bare), "--threads", str(self.options.server_threads)],
                                self.work_dir / "bare.log")
            # The director's read-one-account run, word for word (the bare server ignores the token).
            read = next(scenario for scenario in SCENARIOS_RUN if scenario.key == "read_account")
            inputs = {"token": director.api.token, **read.pick(context, director)}
            results.bare = run_wrk(bare.port, read.script, inputs, self.options, self.work_dir, "bare")
            self.processes.stop(bare.process)
            self.console.detail(f"bare server {format_count(results.bare.requests_per_second)} req/s")

    def measure_memory(self, server: Server, results: Results) -> None:
        with self.console.step("Server memory"):
            results.peak_memory_bytes = server.peak_memory_bytes()
            if results.peak_memory_bytes is not None:
                self.console.detail(f"rapport serve peak RSS (VmHWM): {results.peak_memory_bytes / 1e6:.0f} MB")
            self.processes.stop(server.process)

    def fresh_database(self) -> Database:
        if self.options.engine == "postgres":
            require_empty_postgres(self.options.db_url)
            return self.keep_track(Database(self.options.db_url))
        return self.keep_track(fresh_sqlite(self.work_dir / "rapport.db"))

    def keep_track(self, database: Database) -> Database:
        self.databases.append(database)
        return database

    def compare_reports(self, database: Database, server: Server, director: Session, context: RunContext,
                        results: Results) -> list[ReportComparison]:
        funnel = {":from_ts": epoch_seconds(context.funnel_from),
                  ":to_ts": epoch_seconds(context.funnel_to + datetime.timedelta(days=1))}
        comparisons = []
        for name, pick, parameters in (("pipeline", pick_pipeline, {}), ("funnel", pick_funnel, funnel)):
            api_ms = time_api_request(server.port, director.api.token, pick(context, director)["paths"][0])
            under_load = results.run_of(f"report_{name}", "director").result.latency_ms("p50")
            sql_ms = time_sql(database, SQL / f"report_{name}.sql", parameters) if database.is_sqlite else None
            comparison = ReportComparison(name, api_ms[0], api_ms[len(api_ms) // 2], under_load, sql_ms)
            self.console.detail(f"{name:<8} API alone {format_ms(api_ms[0])} "
                                f"(median {format_ms(comparison.api_median_ms)}, p50 under load "
                                f"{format_ms(under_load)}); {comparison.describe_sql()}")
            comparisons.append(comparison)
        return comparisons

    def clean_up(self, succeeded: bool) -> None:
        self.processes.stop_all()
        if self.options.keep:
            if self.databases:
                print("Kept: " + ", ".join(database.url for database in self.databases))
            return
        for database in self.databases:
            if database.is_sqlite:
                remove_sqlite(database.path)
            else:
                with contextlib.suppress(BenchError, OSError):
                    empty_postgres(database.url)
        if succeeded:
            shutil.rmtree(self.work_dir, ignore_errors=True)
        elif self.work_dir.exists():
            print(f"The run's logs and wrk outputs are in {self.work_dir}")
