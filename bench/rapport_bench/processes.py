"""Running the commands of a run: the short ones to their end, the servers until the run stops them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from rapport_bench.console import BenchError, tail
from rapport_bench.layout import ROOT


class Processes:
    """The long-running processes of a run (servers), stopped however the run ends."""

    def __init__(self) -> None:
        self._running: list[subprocess.Popen] = []

    def start(self, args: list[str], log: Path) -> subprocess.Popen:
        with open(log, "ab") as output:
            process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
        self._running.append(process)
        return process

    def stop(self, process: subprocess.Popen) -> None:
        # SIGTERM lets a server finish its requests and close its database cleanly.
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process in self._running:
            self._running.remove(process)

    def stop_all(self) -> None:
        for process in reversed(list(self._running)):
            self.stop(process)


def run_checked(args: list, what: str, **kwargs) -> subprocess.CompletedProcess:
    """Runs a command to its end; fails with its output when it fails."""
    result = subprocess.run([str(arg) for arg in args], capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        output = (result.stderr or "") + (result.stdout or "")
        raise BenchError(f"{what} failed (exit {result.returncode}):\n{tail(output)}")
    return result


def run_shown(args: list, what: str) -> None:
    """Runs a long command with its output on the terminal (a build), from the repository's root."""
    if subprocess.run([str(arg) for arg in args], cwd=ROOT).returncode != 0:
        raise BenchError(f"{what} failed; its output is above")
