"""Where the suite's files are, and how to show a path to the user."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
BENCH = ROOT / "bench"
DATA = BENCH / "data"
RESULTS = BENCH / "results"
SCENARIOS = BENCH / "scenarios"
SQL = BENCH / "sql"


def shown(path: Path) -> str:
    """A path as the user would type it from the repository's root."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
