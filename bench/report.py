"""Writes one benchmark's section into docs/benchmarks.md, between its own markers.

Each bench module owns a section (``<!-- bench:NAME -->`` ... ``<!-- /bench:NAME -->``), so
benchmarks can be re-run one at a time without losing the others' figures.
"""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"

HEADER = """# Benchmarks

Produced by `make bench` (or `.venv/bin/python -m bench.run_all NAME` for one section).
Figures are from the machine named in each section; synthetic data from `bench/`.
"""


def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{mem_kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        mem = "RAM unknown"
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem}, Python {platform.python_version()}, "
        f"{platform.system()}; commit {commit or 'unknown'}"
    )


def write_section(name: str, body: str, command: str) -> None:
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    section = f"{start}\n{body.rstrip()}\n\nMachine: {machine_line()}. Command: `{command}`.\n{end}"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
