"""Step 4: the import's baselines, the same CSV files loaded by sqlite3 alone, and the check that
they stored as many rows as rapport did."""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from pathlib import Path

from rapport_bench.console import Console, tail
from rapport_bench.database import Database
from rapport_bench.dataset import COLLECTIONS, Dataset
from rapport_bench.import_rapport import ImportTiming
from rapport_bench.layout import SQL
from rapport_bench.processes import run_checked

# The columns the baseline SQL of each collection reads (bench/sql/import_<collection>.sql). A CSV
# without one of them gets it as an empty column, as `rapport import` treats a missing column.
BASELINE_COLUMNS = {
    "accounts": ("name", "kind", "owner_email", "status", "industry", "source", "phone", "email", "website",
                 "address", "tags", "custom"),
    "contacts": ("account_id", "first_name", "last_name", "title", "email", "phone", "consent"),
    "deals": ("account_id", "title", "owner_email", "stage", "amount", "probability", "expected_close",
              "lost_reason", "competitor_id"),
    "activities": ("account_id", "deal_id", "contact_id", "kind", "direction", "subject", "body", "due_at",
                   "done_at", "owner_email", "outcome"),
}

# The tables `rapport import` writes to; the baselines must end with as many rows in each.
RECORD_TABLES = ("account", "contact", "deal", "activity")
IMPORTED_TABLES = RECORD_TABLES + ("deal_stage_history", "deal_company_pipeline", "deal_funnel_summary",
                                   "deal_funnel_reentry", "deal_owner_pipeline", "deal_owner_funnel",
                                   "deal_owner_funnel_reentry", "account_search", "audit")


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def csv_header(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as file:
        return next(csv.reader(file))


@dataclass(frozen=True)
class Baseline:
    """One way sqlite3 loads the files: the records alone (bench/sql/import_<collection>.sql, the
    baseline the target names), or everything Rapport writes (…_derived.sql as well: the search
    index, the stage history, the audit trail), to compare like with like."""
    name: str
    derived: bool
    tables: tuple[str, ...]  # Those that must end with as many rows as Rapport's database.


RECORDS_ONLY = Baseline("records", False, RECORD_TABLES)
SAME_ROWS = Baseline("same rows", True, IMPORTED_TABLES)


def baseline_script(collection: str, csv_path: Path, baseline: Baseline) -> str:
    """The sqlite3 session that loads one CSV file as bench/sql/import_<collection>*.sql say."""
    header = csv_header(csv_path)
    missing = [name for name in BASELINE_COLUMNS[collection] if name not in header]
    columns = ", ".join(f"{quote_identifier(name)} TEXT" for name in header)
    files = [f"import_{collection}.sql"] + ([f"import_{collection}_derived.sql"] if baseline.derived else [])
    lines = [
        ".bail on",
        # The settings Rapport opens its SQLite databases with (src/store/sqlite/connection.cpp), but
        # temp_store: the staging table of dataset L would not fit in memory.
        "PRAGMA journal_mode = WAL;",
        "PRAGMA synchronous = FULL;",
        "PRAGMA foreign_keys = ON;",
        "PRAGMA cache_size = -65536;",
        f"CREATE TEMP TABLE staging ({columns});",
        f".import --csv --skip 1 --schema temp '{csv_path}' staging",
        *[f"ALTER TABLE temp.staging ADD COLUMN {quote_identifier(name)} TEXT;" for name in missing],
        # All or nothing, as `rapport import`.
        "BEGIN;",
        *[f".read '{SQL / name}'" for name in files],
        "COMMIT;",
    ]
    return "\n".join(lines) + "\n"


def import_with_sqlite3(database: Database, dataset: Dataset, baseline: Baseline,
                        console: Console) -> list[ImportTiming]:
    timings = []
    for collection in COLLECTIONS:
        script = baseline_script(collection, dataset.csv(collection), baseline)
        started = time.monotonic()
        result = run_checked(["sqlite3", database.path], f"sqlite3 loading {collection}", input=script)
        timing = ImportTiming(collection, dataset.count(collection), time.monotonic() - started)
        if result.stderr.strip():
            console.detail(f"sqlite3 said, loading {collection}:\n{tail(result.stderr, 5)}")
        console.detail(f"sqlite3 ({baseline.name}) {timing.summary()}")
        timings.append(timing)
    return timings


def table_counts(database: Database, tables: tuple[str, ...]) -> dict[str, int]:
    query = " UNION ALL ".join(f"SELECT '{table}', count(*) FROM {table}" for table in tables)
    output = run_checked(["sqlite3", "-readonly", "-separator", "|", database.path, query + ";"],
                         "sqlite3 counting rows").stdout
    return {name: int(count) for name, count in (line.split("|") for line in output.split())}


def compare_stored_rows(rapport_db: Database, baseline_db: Database, baseline: Baseline,
                        console: Console) -> list[str]:
    """The baseline must end with as many rows in its tables as the import; a difference means its
    SQL does less (or more) work than the import, and its figure would mislead."""
    ours, theirs = table_counts(rapport_db, baseline.tables), table_counts(baseline_db, baseline.tables)
    differences = [f"{table}: rapport {ours[table]}, sqlite3 ({baseline.name}) {theirs[table]}"
                   for table in baseline.tables if ours[table] != theirs[table]]
    for difference in differences:
        console.detail(f"WARNING: the baseline stored other row counts than rapport: {difference}")
    if not differences:
        console.detail(f"sqlite3 ({baseline.name}) stored as many rows as rapport: "
                       + ", ".join(f"{ours[table]} {table}" for table in baseline.tables))
    return differences
