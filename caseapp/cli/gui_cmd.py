"""``caseapp gui``: start the desktop app (imports ``ui`` only when asked, keeping the core Qt-free)."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from caseapp.errors import CaseAppError


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        app_module = importlib.import_module("ui.app")
    except ImportError as exc:
        raise CaseAppError(
            "The desktop interface is not installed ({module}).", module=exc.name
        ) from None
    result: int = app_module.run(vault=args.vault, language=args.lang)
    return result


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("gui", help="start the desktop app (the default)")
    p.add_argument("--vault", type=Path, help="vault file to open")
    p.add_argument("--lang", choices=("en", "uk", "ru"), help="interface language")
    p.set_defaults(func=cmd_gui)
