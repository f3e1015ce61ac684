"""Step 2: the generated dataset, reused from bench/data/ when it is still what the generator writes."""

from __future__ import annotations

import csv
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from rapport_bench.build import Binaries
from rapport_bench.console import BenchError, Console, format_count
from rapport_bench.layout import DATA, shown
from rapport_bench.options import Options
from rapport_bench.processes import run_checked

# In the order they import: each refers to the ones before it.
COLLECTIONS = ("accounts", "contacts", "deals", "activities")
# Loaded through the API after the import (rapport_bench/commerce.py).
COMMERCE_FILES = ("catalogue.json", "offers.jsonl")


@dataclass(frozen=True)
class Dataset:
    directory: Path
    manifest: dict

    def csv(self, name: str) -> Path:
        return self.directory / f"{name}.csv"

    @property
    def password(self) -> str:
        return self.manifest["password"]

    @property
    def director(self) -> str:
        return self.manifest["director"]

    @property
    def managers(self) -> list[str]:
        return self.manifest["managers"]

    @property
    def prefixes(self) -> list[str]:
        return self.manifest["prefixes"]

    def count(self, collection: str) -> int:
        return int(self.manifest["counts"][collection])

    @property
    def commerce(self) -> dict:
        """How many products, price lists, offers, lines, sent, accepted and declined offers the files hold."""
        return self.manifest["commerce"]

    @property
    def offers_file(self) -> Path:
        return self.directory / "offers.jsonl"


def load_dataset(directory: Path, size: str, seed: int, generator: Path) -> Optional[Dataset]:
    """The dataset in `directory` if it is complete, was made for this size and seed, and is newer
    than the generator (a rebuilt generator may write other data)."""
    try:
        manifest_path = directory / "manifest.json"
        manifest = json.loads(manifest_path.read_text())
        up_to_date = manifest_path.stat().st_mtime >= generator.stat().st_mtime
    except (OSError, ValueError):
        return None
    dataset = Dataset(directory, manifest)
    matches = str(manifest.get("size", "")).upper() == size and int(manifest.get("seed", -1)) == seed
    complete = all(dataset.csv(name).is_file() for name in ("users",) + COLLECTIONS) and \
        all((directory / name).is_file() for name in COMMERCE_FILES) and "commerce" in manifest
    return dataset if matches and complete and up_to_date else None


def ensure_dataset(options: Options, binaries: Binaries, console: Console) -> Dataset:
    directory = DATA / f"{options.size}-seed{options.seed}"
    dataset = load_dataset(directory, options.size, options.seed, binaries.bench_data)
    if dataset:
        console.detail(f"reusing {shown(directory)}")
    else:
        # Generate beside it and rename when complete, so that an interrupted generation is never reused.
        partial = directory.with_name(directory.name + f".partial-{os.getpid()}")
        DATA.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(directory, ignore_errors=True)
        console.detail(f"generating dataset {options.size} (seed {options.seed}) into {shown(directory)}")
        try:
            run_checked([binaries.bench_data, "--size", options.size, "--seed", options.seed, "--out", partial],
                        "rapport-bench-data")
            partial.rename(directory)
        finally:
            shutil.rmtree(partial, ignore_errors=True)
        dataset = load_dataset(directory, options.size, options.seed, binaries.bench_data)
        if not dataset:
            raise BenchError(f"rapport-bench-data wrote no usable manifest.json in {directory}")
    counts = ", ".join(f"{format_count(dataset.count(name))} {name}" for name in COLLECTIONS)
    console.detail(f"{counts}; {dataset.manifest['counts']['managers']:,} managers")
    commerce = dataset.commerce
    console.detail(f"{format_count(commerce['offers'])} offers with {format_count(commerce['offer_lines'])} lines, "
                   f"{format_count(commerce['sent'])} to send, {format_count(commerce['accepted'])} of them to accept")
    return dataset


def read_users(dataset: Dataset) -> list[dict]:
    with open(dataset.csv("users"), newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))
