"""``caseapp`` command line: the same core as the GUI, for automation and administrators.

Each command group lives in its own module with a ``register(subparsers)`` function; add the
module to ``COMMAND_MODULES``. Errors: one line on stderr, exit 2 for bad input, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from caseapp import __version__
from caseapp.errors import CaseAppError

COMMAND_MODULES = (
    "caseapp.cli.vault_cmds",
    "caseapp.cli.records_cmds",
    "caseapp.cli.letter_cmds",
    "caseapp.cli.search_cmd",
    "caseapp.cli.gui_cmd",
    "caseapp.cli.match_cmd",
    "caseapp.cli.sync_cmds",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"caseapp: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="caseapp", description="Offline casework: tracing, matching, letters.")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        args = parser.parse_args(["gui", *(sys.argv[1:] if argv is None else argv)])
    try:
        result = args.func(args)
    except CaseAppError as exc:
        sys.stderr.write(f"caseapp: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("caseapp: interrupted\n")
        return 1
    return int(result or 0)
