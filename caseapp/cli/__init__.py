"""``caseapp`` command line: the same core as the GUI, for automation and administrators.

Each command group lives in its own module with a ``register(subparsers)`` function; add the
module to ``COMMAND_MODULES``. Errors: one line on stderr, exit 2 for bad input, 1 otherwise.
Messages follow ``--lang``, else ``CASEAPP_LANG``, else the language chosen in the app
(``MachineSettings``); commands print through ``common.say`` / ``common.text``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from caseapp import __version__
from caseapp.cli.common import LANG_ENV, set_language, text
from caseapp.errors import CaseAppError
from caseapp.i18n import LANGUAGES
from caseapp.settings import MachineSettings

COMMAND_MODULES = (
    "caseapp.cli.vault_cmds",
    "caseapp.cli.records_cmds",
    "caseapp.cli.letter_cmds",
    "caseapp.cli.search_cmd",
    "caseapp.cli.gui_cmd",
    "caseapp.cli.match_cmd",
    "caseapp.cli.upkeep_cmds",
    "caseapp.cli.link_cmds",
    "caseapp.cli.round_cmds",
    "caseapp.cli.sync_cmds",
    "caseapp.cli.retention_cmds",
    "caseapp.cli.backup_cmds",
    "caseapp.cli.event_cmds",
    "caseapp.cli.audit_cmds",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"caseapp: {text('error')}: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="caseapp", description="Offline casework: tracing, matching, letters.")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument(
        "--lang",
        dest="ui_lang",
        choices=LANGUAGES,
        help=f"language of messages (default: {LANG_ENV} or the app's setting)",
    )
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    raw = list(sys.argv[1:] if argv is None else argv)
    set_language(message_language(_lang_option(raw)))  # parse errors in the language too
    parser = build_parser()
    args = parser.parse_args(raw)
    if args.command is None:
        args = parser.parse_args(["gui", *(sys.argv[1:] if argv is None else argv)])
    lang = message_language(args.ui_lang)
    set_language(lang)
    if args.command == "gui" and args.lang is None:
        args.lang = args.ui_lang  # `caseapp --lang uk gui` as well as `caseapp gui --lang uk`
    try:
        result = args.func(args)
        sys.stdout.flush()
    except CaseAppError as exc:
        sys.stderr.write(f"caseapp: {exc.localized(lang)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(f"caseapp: {text('interrupted')}\n")
        return 1
    except BrokenPipeError:
        # Output piped into `head` and the reader has gone: not an error. Point stdout at
        # devnull so the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return int(result or 0)


def message_language(option: str | None) -> str:
    """``--lang``, else ``CASEAPP_LANG``, else the language the user chose in the app."""
    for candidate in (option, os.environ.get(LANG_ENV)):
        if candidate in LANGUAGES:
            return candidate
    chosen = MachineSettings.load().language
    return chosen if chosen in LANGUAGES else "en"


def _lang_option(raw: list[str]) -> str | None:
    """The value of a leading ``--lang`` (before the command), read before parsing."""
    for i, arg in enumerate(raw):
        if not arg.startswith("-"):
            return None
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(raw):
            return raw[i + 1]
    return None
