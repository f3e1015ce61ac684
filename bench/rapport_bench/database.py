"""The databases of a run: a fresh SQLite file or an empty PostgreSQL database, the rapport
commands run against them, and their removal."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from rapport_bench.console import BenchError
from rapport_bench.processes import run_checked


@dataclass(frozen=True)
class Database:
    url: str
    path: Optional[Path] = None  # The SQLite file; None for PostgreSQL.

    @staticmethod
    def sqlite(path: Path) -> Database:
        return Database(url=f"sqlite:{path}", path=path)

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class Rapport:
    binary: Path

    def command(self, database: Database, *args: object) -> list[str]:
        return [str(self.binary), "--db", database.url, "--log-level", "warn", *[str(arg) for arg in args]]


def fresh_sqlite(path: Path) -> Database:
    remove_sqlite(path)
    return Database.sqlite(path)


def remove_sqlite(path: Path) -> None:
    """Removes an SQLite database with its WAL and shared-memory files, as far as they exist."""
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        file.unlink(missing_ok=True)


def psql(url: str, sql: str) -> str:
    return run_checked(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url],
                       "psql", input=sql).stdout


def require_empty_postgres(url: str) -> None:
    tables = int(psql(url, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
                           "'information_schema');").strip() or 0)
    if tables:
        raise BenchError(f"the PostgreSQL database has {tables} tables; the benchmark needs an empty one "
                         "(it fills it, then drops its tables), e.g. scripts/with-postgres bash -c "
                         "'bench/run --engine postgres --db \"$RAPPORT_TEST_PG\"'")


def empty_postgres(url: str) -> None:
    # The database was empty when the run began (require_empty_postgres), so every table is the run's.
    psql(url, "SELECT format('DROP TABLE IF EXISTS %I.%I CASCADE', schemaname, tablename) FROM pg_tables "
              "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')\n\\gexec\n")


def migrate(rapport: Rapport, database: Database) -> None:
    run_checked(rapport.command(database, "migrate"), "rapport migrate")


def copy_sqlite(source: Database, target: Path) -> Database:
    """A copy of a SQLite database (with what its WAL holds), made by SQLite's online backup."""
    copy = fresh_sqlite(target)
    run_checked(["sqlite3", source.path, f".backup '{target}'"], "sqlite3 .backup")
    return copy
