"""A server process of the run (rapport serve or the bare server) on a free loopback port."""

from __future__ import annotations

import http.client
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from rapport_bench.api import Api
from rapport_bench.console import BenchError, tail
from rapport_bench.memory import peak_resident_bytes
from rapport_bench.processes import Processes


def free_port() -> int:
    # Bind to port 0 and let the kernel pick; the port stays free after close for the server to take.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(port: int, process: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log_tail = tail(log.read_text(errors="replace"))
            raise BenchError(f"the server stopped (exit {process.returncode}):\n{log_tail}")
        try:
            if Api(port).call("GET", "/healthz").status == 200:
                return
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.1)
    raise BenchError(f"the server on port {port} was not healthy after {timeout:.0f} s")


@dataclass(frozen=True)
class Server:
    process: subprocess.Popen
    port: int

    def peak_memory_bytes(self) -> Optional[int]:
        """The process's peak resident set (VmHWM), while it runs."""
        return peak_resident_bytes(self.process.pid)


def start_server(processes: Processes, args: list[str], log: Path) -> Server:
    port = free_port()
    process = processes.start([*args, "--listen", f"127.0.0.1:{port}"], log)
    wait_until_healthy(port, process, log)
    return Server(process, port)
