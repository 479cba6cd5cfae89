"""``caseapp search QUERY``: the same search as the GUI's search box, one result a line."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli.common import add_vault_args, language, open_session, terminal_safe
from caseapp.errors import BadInput
from caseapp.listing import ListFilter, fetch_rows, query_ids
from caseapp.search import is_searchable, match_reason

_COLUMNS = ("ref", "family_name", "given_name", "patronymic", "birth_date", "status")


def result_lines(
    conn: Any, query: str, kinds: list[str], limit: int | None, lang: str = "en"
) -> list[str]:
    """``ref<TAB>kind<TAB>name<TAB>birth date<TAB>status`` for each record found, and
    ``<TAB>why`` when it was found through another form of a typed name."""
    lines: list[str] = []
    for kind in kinds:
        ids = query_ids(conn, kind, ListFilter(text=query), sort_field="family_name", limit=limit)
        rows = fetch_rows(conn, kind, ids, _COLUMNS)
        for record_id in ids:
            ref, family, given, patronymic, birth, status = rows[record_id]
            name = " ".join(part for part in (family, given, patronymic) if part)
            label = "prisoner" if kind == "prisoners" else "request"
            fields: tuple[Any, ...] = (ref, label, name, birth, status)
            reason = match_reason(query, (family, given, patronymic), lang)
            if reason:
                fields += (reason,)
            lines.append("\t".join(terminal_safe(v) for v in fields))
    return lines


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if not is_searchable(query):
        raise BadInput("Type at least three letters (or digits) of a name or number.")
    kinds = ["prisoners", "requests"] if args.kind == "all" else [args.kind]
    session = open_session(args)
    try:
        for line in result_lines(session.conn, query, kinds, args.limit, language()):
            print(line)
    finally:
        session.vault.close()
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search",
        help="find people by name in any script or spelling, or by number",
        description="Find prisoner records and tracing requests as the GUI's search box does: "
        "'Kovalenko', 'Коваленко' and 'коваленк' find the same people. One result a line: "
        "reference, kind, name, birth date, status (tab-separated).",
    )
    parser.add_argument("query", nargs="+", help="name(s), part of a name, or a number")
    parser.add_argument(
        "--kind", choices=("all", "prisoners", "requests"), default="all", help="which lists"
    )
    parser.add_argument("--limit", type=int, default=None, help="at most this many per list")
    add_vault_args(parser)
    parser.set_defaults(func=cmd_search)
