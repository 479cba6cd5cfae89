"""``caseapp match`` and ``caseapp duplicates``: the matching engine on CSV files, no vault."""

from __future__ import annotations

import argparse
import csv
import functools
import io
import os
import sys
from pathlib import Path
from typing import Any

from caseapp.cli.common import add_vault_args, open_session, progress_line
from caseapp.errors import BadInput
from caseapp.i18n import translate
from caseapp.io.tables import csv_safe
from caseapp.matching.batch import match_many
from caseapp.matching.csvio import DUPLICATE_COLUMNS, match_rows, read_people, write_matches
from caseapp.matching.duplicates import find_duplicates
from caseapp.matching.explain import reasons_text
from caseapp.matching.index import MatchIndex
from caseapp.matching.scoring import STRONG
from caseapp.matching.weights import (
    learn_weights,
    reset_weights,
    use_learned_weights,
    weights_table,
)
from caseapp.safefile import writing

_INPUT_HELP = """Input files: UTF-8 CSV with a header line. Columns: record_id (prisoners) or
request_id (requests), family_name, given_name, patronymic, sex (M/F), birth_date (as lists write
it: 14.03.1998, 14/03/1998, 1998.03.14, 03.1998, 1998, 1998 р., a spreadsheet date number, or an
age such as "28 років" with list_date), birth_place, service_number, unit, list_date (the list's
date, YYYY-MM-DD), full_name (the whole name in one cell, read when family_name is empty).
Extra columns are ignored; any value may be empty. A row with a malformed birth_date or sex stops
the run (exit code 2) with the file and line number; with --skip-bad-values that value is
treated as unknown instead, the row is still matched on its other fields, and the lines are
listed on stderr."""


def register(subparsers: Any) -> None:
    match = subparsers.add_parser(
        "match",
        help="suggest prisoner records for tracing requests (CSV in, CSV out)",
        description="Score every tracing request against the prisoner records and write the "
        "best candidates: request_id, rank, record_id, score (0-100), band (strong/possible/"
        "weak), reasons. Suggestions only: a person confirms every link.",
        epilog=_INPUT_HELP + "\n\n" + _LEARN_HELP,
    )
    match.add_argument(
        "action",
        nargs="?",
        choices=("learn",),
        help="'learn': learn the matching weights from a vault (see below)",
    )
    match.add_argument("--prisoners", type=Path, help="prisoner records CSV (required)")
    match.add_argument("--requests", type=Path, help="tracing requests CSV (required)")
    match.add_argument("--out", type=Path, help="output CSV (required)")
    match.add_argument("--top", type=_positive, default=10, help="candidates per request (10)")
    match.add_argument(
        "--reset",
        action="store_true",
        help="with 'learn': go back to the shipped weights (the learned ones are kept)",
    )
    match.add_argument(
        "--use-learned",
        action="store_true",
        help="with 'learn': use the weights learned last time again",
    )
    add_vault_args(match)
    _common(match)
    match.set_defaults(func=run_match)

    dup = subparsers.add_parser(
        "duplicates",
        help="find prisoner records that are likely the same person (CSV in, CSV out)",
        description="Write pairs of prisoner records scoring at least --threshold: "
        "record_id_a, record_id_b, score, band, reasons.",
        epilog=_INPUT_HELP,
    )
    dup.add_argument("--prisoners", type=Path, required=True, help="prisoner records CSV")
    dup.add_argument("--out", type=Path, required=True, help="output CSV")
    dup.add_argument(
        "--threshold", type=float, default=STRONG, help=f"minimum score ({STRONG:.0f})"
    )
    _common(dup)
    dup.set_defaults(func=run_duplicates)


_LEARN_HELP = """caseapp match learn --vault PATH: estimate the matching weights from the vault's own
prisoner records, its tracing requests and the reviewers' confirmed and rejected links
(Fellegi-Sunter: u from random pairs, m by expectation-maximisation), print them field by field
and use them from then on (re-match to refresh the suggestions). --reset goes back to the shipped
weights; --use-learned uses the learned ones again. Deterministic for a given vault."""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("en", "uk", "ru"), default="en", help="language of the reasons (en)"
    )
    parser.add_argument(
        "--skip-bad-values",
        action="store_true",
        help="treat a malformed birth_date or sex as unknown instead of stopping",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _report_skipped(label: str, lines: list[int]) -> None:
    if lines:
        shown = ", ".join(str(n) for n in lines[:20]) + (" ..." if len(lines) > 20 else "")
        sys.stderr.write(
            f"caseapp: {label} file: bad values treated as unknown on {len(lines)} "
            f"line(s): {shown}\n"
        )


def _workers() -> int:
    return min(2, os.cpu_count() or 1)


def _writable(path: Path) -> None:
    if path.is_dir():
        raise BadInput("The output path is a folder: {path}", path=path)
    if not path.parent.exists():
        raise BadInput("The output folder does not exist: {path}", path=path.parent)


def run_match(args: argparse.Namespace) -> int:
    if args.action == "learn":
        return run_learn(args)
    if args.reset or args.use_learned:
        raise BadInput("--reset and --use-learned go with 'caseapp match learn'.")
    missing = [f"--{n}" for n in ("prisoners", "requests", "out") if getattr(args, n) is None]
    if missing:
        raise BadInput(
            "match: {options} required (or: caseapp match learn --vault PATH).",
            options=", ".join(missing),
        )
    _writable(args.out)
    prisoners = read_people(
        args.prisoners, "record_id", "prisoners", skip_bad_values=args.skip_bad_values
    )
    requests = read_people(
        args.requests, "request_id", "requests", skip_bad_values=args.skip_bad_values
    )
    _report_skipped("prisoners", prisoners.skipped_lines)
    _report_skipped("requests", requests.skipped_lines)
    index = MatchIndex(prisoners.people)
    with progress_line() as progress:
        progress.start(len(requests.people), "Matching requests")
        rows = match_many(
            index,
            requests.people,
            args.top,
            workers=_workers(),
            transform=functools.partial(match_rows, lang=args.lang),
            progress=progress,
        )
        try:
            write_matches(args.out, rows)
        except OSError as exc:
            raise BadInput(
                "Cannot write {path}: {reason}.", path=args.out, reason=exc.strerror
            ) from None
    return 0


def run_duplicates(args: argparse.Namespace) -> int:
    _writable(args.out)
    prisoners = read_people(
        args.prisoners, "record_id", "prisoners", skip_bad_values=args.skip_bad_values
    )
    _report_skipped("prisoners", prisoners.skipped_lines)
    with progress_line() as progress:
        progress.start(len(prisoners.people), "Looking for duplicates")
        pairs = find_duplicates(
            prisoners.people, threshold=args.threshold, workers=_workers(), progress=progress
        )
    with writing(args.out) as raw:  # 0600, through NAME.part; ids cannot become formulas
        handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.writer(handle)
        writer.writerow(DUPLICATE_COLUMNS)
        for pair in pairs:
            writer.writerow(
                csv_safe(v)
                for v in (
                    pair.a_id,
                    pair.b_id,
                    f"{pair.score:.1f}",
                    pair.band,
                    reasons_text(pair.reasons, args.lang),
                )
            )
        handle.flush()
        handle.detach()
    return 0


def run_learn(args: argparse.Namespace) -> int:
    """``caseapp match learn``: learn, reset or reuse the vault's matching weights."""
    if args.prisoners or args.requests or args.out:
        raise BadInput(
            "'caseapp match learn' reads the vault: leave out --prisoners/--requests/--out."
        )
    if args.reset and args.use_learned:
        raise BadInput("Choose one of --reset and --use-learned.")
    session = open_session(args)
    try:
        if args.reset:
            reset_weights(session)
            print(translate("Matching uses the shipped weights.", args.lang))
            return 0
        if args.use_learned:
            use_learned_weights(session)
            print(translate("Matching uses the learned weights.", args.lang))
            return 0
        result = learn_weights(session)
        print(weights_table(result.learned, args.lang))
        print(translate("Matching uses the learned weights.", args.lang))
        return 0
    finally:
        session.vault.close()
