"""One place that knows where ``resources/`` is, in the source tree and in a packaged app."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``.

    A frozen app (PyInstaller) unpacks resources beside the executable (``sys._MEIPASS``);
    otherwise they sit at the top of the source tree, next to the ``caseapp`` package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
