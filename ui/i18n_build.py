"""Compile the Qt Linguist ``.ts`` files in resources/translations into ``.qm`` (not committed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from caseapp.resources import resource_path


def lrelease_command() -> list[str]:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


def build() -> int:
    folder = resource_path("translations")
    sources = sorted(folder.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(build())
