"""What bench/run prints: numbered steps with their times, details under them, and the figures'
formats; and the error that stops a step."""

from __future__ import annotations

import contextlib
import time
from typing import Iterator, Optional

TOTAL_STEPS = 13


class BenchError(Exception):
    """A step that cannot go on; its message says what to do."""


class Console:
    """Numbered steps with their durations, and indented details under them."""

    def __init__(self) -> None:
        self._step = 0

    @contextlib.contextmanager
    def step(self, title: str, last: bool = False) -> Iterator[None]:
        # The clean-up is always the last step, even when a failure cut the run short.
        self._step = TOTAL_STEPS if last else self._step + 1
        print(f"\n[{self._step}/{TOTAL_STEPS}] {title}", flush=True)
        started = time.monotonic()
        yield
        print(f"    done in {format_seconds(time.monotonic() - started)}", flush=True)

    def skip(self, title: str, reason: str) -> None:
        self._step += 1
        print(f"\n[{self._step}/{TOTAL_STEPS}] {title}: skipped ({reason})", flush=True)

    @staticmethod
    def detail(text: str) -> None:
        print(f"    {text}", flush=True)


def format_seconds(seconds: float) -> str:
    # Rounded to the tenth first, so that 59.96 s reads "1 min 00.0 s", never "60.0 s".
    tenths = round(seconds * 10)
    if tenths < 600:
        return f"{tenths / 10:.1f} s"
    minutes, rest = divmod(tenths, 600)
    return f"{minutes} min {rest / 10:04.1f} s"


def format_count(value: float) -> str:
    return f"{value:,.0f}"


def format_ms(milliseconds: Optional[float]) -> str:
    if milliseconds is None:
        return "–"
    return f"{milliseconds:.2f} ms" if milliseconds < 10 else f"{milliseconds:.1f} ms"


def tail(text: str, lines: int = 25) -> str:
    return "\n".join("      " + line for line in text.strip().splitlines()[-lines:])
