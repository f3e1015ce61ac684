"""Step 1: the tools the run needs, and the release build of rapport and of the two bench tools."""

from __future__ import annotations

import dataclasses
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from rapport_bench.console import BenchError, Console
from rapport_bench.layout import ROOT, shown
from rapport_bench.options import Options
from rapport_bench.processes import run_shown


@dataclass(frozen=True)
class Binaries:
    rapport: Path
    bench_data: Path
    bench_bare: Path


def check_tools(options: Options) -> None:
    needed = ["wrk", "sqlite3", "cmake"] + (["psql"] if options.engine == "postgres" else [])
    missing = [tool for tool in needed if shutil.which(tool) is None]
    if missing:
        raise BenchError(f"{', '.join(missing)} not found; run scripts/setup (as root) to install what the "
                         "benchmarks need")


def build(options: Options, console: Console) -> Binaries:
    build_dir = options.build_dir
    cache = build_dir / "CMakeCache.txt"
    if not cache.exists():
        if build_dir == ROOT / "build" / "release":
            configure = ["cmake", "--preset", "release"]
        else:
            # The release preset's settings, in another directory.
            configure = ["cmake", "-S", ROOT, "-B", build_dir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                         "-DRAPPORT_TESTS=OFF", "-DRAPPORT_BENCH=ON"]
        console.detail("configuring: " + " ".join(str(part) for part in configure))
        run_shown(configure, "cmake configure")
    elif not bench_tools_enabled(cache):
        console.detail(f"turning RAPPORT_BENCH on in {shown(build_dir)}")
        run_shown(["cmake", "-S", ROOT, "-B", build_dir, "-DRAPPORT_BENCH=ON"], "cmake configure")
    targets = ["rapport", "rapport-bench-data", "rapport-bench-bare"]
    console.detail(f"building {', '.join(targets)} in {shown(build_dir)}")
    # One compiler per core: the machine may be small, and the benchmarks run right after.
    run_shown(["cmake", "--build", build_dir, "--parallel", os.cpu_count() or 1, "--target", *targets],
              "cmake --build")
    binaries = Binaries(rapport=build_dir / "src" / "rapport", bench_data=build_dir / "bench" / "rapport-bench-data",
                        bench_bare=build_dir / "bench" / "rapport-bench-bare")
    for binary in dataclasses.astuple(binaries):
        if not os.access(binary, os.X_OK):
            raise BenchError(f"the build made no {binary}")
    return binaries


def bench_tools_enabled(cache: Path) -> bool:
    for line in cache.read_text(errors="replace").splitlines():
        if line.startswith("RAPPORT_BENCH:"):
            return line.split("=", 1)[1].strip().upper() in ("ON", "1", "TRUE", "YES")
    return False
