"""bench/run's main: parses the options, runs, and cleans up however the run ends."""

from __future__ import annotations

import signal
import sys
import time

from rapport_bench.console import BenchError, format_seconds
from rapport_bench.options import parse_options
from rapport_bench.run import Run


def stop_on_sigterm() -> None:
    # A SIGTERM (a CI timeout, kill) unwinds like Ctrl-C, through the clean-up.
    def handler(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, handler)


def main(argv: list[str]) -> int:
    options = parse_options(argv)
    stop_on_sigterm()
    run = Run(options)
    started = time.monotonic()
    succeeded = False
    try:
        status = run.execute()
        succeeded = status == 0
        return status
    except BenchError as error:
        print(f"\nbench/run: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nbench/run: interrupted", file=sys.stderr)
        return 130
    finally:
        with run.console.step("Stop and clean up", last=True):
            run.clean_up(succeeded)
        print(f"\nbench/run took {format_seconds(time.monotonic() - started)}")
