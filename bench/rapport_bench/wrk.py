"""One wrk run of a scenario's Lua script: its inputs written as Lua, its figures read back."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from rapport_bench.console import BenchError, tail
from rapport_bench.layout import SCENARIOS
from rapport_bench.options import WRK_THREADS, Options


def lua_literal(value: object) -> str:
    """`value` (dicts, lists, strings, numbers) as a Lua expression, for the inputs files."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        # Lua's decimal escapes for quotes, backslashes and control characters; the rest as UTF-8.
        escaped = "".join(f"\\{ord(ch):03d}" if ch in '"\\' or ord(ch) < 32 or ord(ch) == 127 else ch
                          for ch in value)
        return f'"{escaped}"'
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{lua_literal(key)}] = {lua_literal(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "{" + ", ".join(lua_literal(item) for item in value) + "}"
    raise TypeError(f"no Lua form for {type(value).__name__}")


@dataclass
class WrkResult:
    requests: int
    duration_s: float
    latency_us: dict
    errors: dict
    bytes: int  # Read from the server, headers included.
    # Per wrk thread that noted failed answers (scripts with a response()): "<count> <status> <body>".
    failures: list[str] = field(default_factory=list)

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.duration_s if self.duration_s > 0 else 0.0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def failed(self) -> bool:
        # No answer at all within the run is a failure too, even without an error to count.
        return self.error_count > 0 or self.requests == 0

    def latency_ms(self, percentile: str) -> float:
        return self.latency_us[percentile] / 1000.0

    def describe_errors(self) -> str:
        if not self.requests:
            return f"{self.error_count} (no answer within the run)"
        if not self.error_count:
            return "0"
        kinds = ", ".join(f"{count} {kind}" for kind, count in self.errors.items() if count)
        statuses = sorted({failure.split()[1] for failure in self.failures if len(failure.split()) > 1})
        first = f"; answers {', '.join(statuses)}" if statuses else ""
        return f"{self.error_count} ({kinds}{first})"


def run_wrk(port: int, script: str, inputs: dict, options: Options, work_dir: Path, name: str) -> WrkResult:
    if options.accept_encoding:
        inputs = {**inputs, "accept_encoding": options.accept_encoding}
    inputs_path = work_dir / f"{name}.inputs.lua"
    inputs_path.write_text("return " + lua_literal(inputs) + "\n")
    args = ["wrk", f"-t{WRK_THREADS}", f"-c{options.connections}", f"-d{options.duration}s", "--latency",
            "--timeout", "10s", "-s", str(SCENARIOS / script), f"http://127.0.0.1:{port}"]
    result = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "BENCH_INPUTS": str(inputs_path)},
                            timeout=options.duration + 120)
    (work_dir / f"{name}.wrk.txt").write_text(result.stdout + result.stderr)
    line = next((line for line in result.stdout.splitlines() if line.startswith("BENCH_RESULT ")), None)
    if result.returncode != 0 or line is None:
        raise BenchError(f"wrk failed for {name} (exit {result.returncode}):\n{tail(result.stdout + result.stderr)}")
    figures = json.loads(line.removeprefix("BENCH_RESULT "))
    failures = [line.split(" ", 2)[2] for line in result.stdout.splitlines() if line.startswith("BENCH_FAILURES ")]
    return WrkResult(requests=figures["requests"], duration_s=figures["duration_us"] / 1e6,
                     latency_us=figures["latency_us"], errors=figures["errors"], bytes=figures["bytes"],
                     failures=failures)
