"""Memory figures read from /proc: a process's peak resident set, and the machine's total."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional


def peak_resident_bytes(pid: int) -> Optional[int]:
    """The process's peak resident set (VmHWM), while it runs."""
    return kilobytes_field(Path(f"/proc/{pid}/status"), "VmHWM")


def total_memory_bytes() -> Optional[int]:
    return kilobytes_field(Path("/proc/meminfo"), "MemTotal")


def kilobytes_field(path: Path, name: str) -> Optional[int]:
    """A `Name:   123 kB` line of a /proc file, in bytes; None when the file or the line is missing."""
    try:
        text = path.read_text()
    except OSError:
        return None
    match = re.search(rf"^{name}:\s+(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else None
