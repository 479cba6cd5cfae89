"""Filtered, sorted lists of prisoner records and tracing requests: ids first, rows on demand.

Shared by the list screens (a lazy table model holding only ids), the exporter and the CLI, so
that "the list I see" and "the list I export" are the same query. A ``ListFilter`` is plain data
that round-trips through JSON for saved filters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from caseapp.access import FULL, Access, access_of, column_sql
from caseapp.domain.models import Entity, PrisonerRecord, SavedFilter, TracingRequest
from caseapp.errors import BadInput
from caseapp.records import list_entities
from caseapp.search import search_clause
from caseapp.store import ChangeSet, Session
from caseapp.vault.connection import Connection

KINDS: dict[str, type[Entity]] = {"prisoners": PrisonerRecord, "requests": TracingRequest}

#: Columns a list shows by default, in order.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "prisoners": (
        "ref",
        "family_name",
        "given_name",
        "patronymic",
        "birth_date",
        "category",
        "status",
        "unit",
        "capture_date",
    ),
    "requests": (
        "ref",
        "family_name",
        "given_name",
        "patronymic",
        "birth_date",
        "category",
        "status",
        "enquirer_name",
        "assigned_to",
        "follow_up_date",
    ),
}

#: Name fields, sorted by their script-free key (``caseapp.search_keys.name_sort_key``).
NAME_FIELDS = ("family_name", "given_name", "patronymic", "enquirer_name")

#: Date fields a list can be filtered on by range.
DATE_FIELDS: dict[str, tuple[str, ...]] = {
    "prisoners": ("birth_date", "capture_date", "status_date"),
    "requests": ("birth_date", "last_seen_date", "follow_up_date"),
}

#: Marker for "assigned to nobody" in ``ListFilter.assigned_to``.
UNASSIGNED = "-"


def entity_class(kind: str) -> type[Entity]:
    try:
        return KINDS[kind]
    except KeyError:
        raise BadInput(f"Unknown list kind '{kind}': use prisoners or requests.") from None


def table_of(kind: str) -> str:
    return entity_class(kind).ENTITY


def columns_of(kind: str) -> tuple[str, ...]:
    """Every field a list of this kind can show or export (no blobs)."""
    return tuple(
        name
        for name in entity_class(kind).field_names()
        if entity_class(kind).field_kind(name) != "blob"
    )


@dataclass
class ListFilter:
    """What a list shows. Empty fields do not filter. Dates are (partial) ISO dates, inclusive:
    ``date_to = "2024-03"`` keeps every date in March 2024."""

    text: str = ""
    statuses: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    assigned_to: str | None = None  # account id, or UNASSIGNED
    round_id: str | None = None
    date_field: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def effective(self) -> ListFilter:
        """The filter as it acts: search text too short to search does not filter, so a list
        need not be queried again while the first letters are typed."""
        from dataclasses import replace

        from caseapp.search import is_searchable

        return self if not self.text or is_searchable(self.text) else replace(self, text="")

    def is_empty(self) -> bool:
        return self == ListFilter()

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> ListFilter:
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return cls()
        known = {f.name for f in fields(cls)}
        return (
            cls(**{k: v for k, v in data.items() if k in known})
            if isinstance(data, dict)
            else cls()
        )

    def where(self, kind: str, access: Access = FULL) -> tuple[str, list[Any]]:
        """SQL over alias ``t`` (no user text in the SQL itself) and its parameters; only the
        records ``access`` may see (``caseapp.access``)."""
        cls = entity_class(kind)
        names = set(cls.field_names())
        parts = ["t.deleted = 0"]
        params: list[Any] = []
        if kind == "requests" and access.scoped:
            scope, scope_params = access.request_rowid_clause("t")
            parts.append(scope)
            params.extend(scope_params)
        if self.text:
            clause = search_clause(kind, self.text)
            if clause is not None:
                parts.append(clause.sql)
                params.extend(clause.params)
        for column, values in (("status", self.statuses), ("category", self.categories)):
            if values and column in names:
                parts.append(f"t.{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        if self.assigned_to and "assigned_to" in names:
            if self.assigned_to == UNASSIGNED:
                parts.append("t.assigned_to IS NULL")
            else:
                parts.append("t.assigned_to = ?")
                params.append(self.assigned_to)
        if self.round_id:
            in_round = (
                "SELECT e.prisoner_id FROM round_entry e JOIN round_list l ON l.id = e.list_id "
                "WHERE l.round_id = ? AND e.deleted = 0 AND l.deleted = 0"
            )
            if kind == "prisoners":
                parts.append(f"t.id IN ({in_round})")
            else:
                parts.append(
                    "t.id IN (SELECT k.request_id FROM link k WHERE k.deleted = 0 "
                    f"AND k.status != 'rejected' AND k.prisoner_id IN ({in_round}))"
                )
            params.append(self.round_id)
        if self.date_field and (self.date_from or self.date_to):
            if self.date_field not in DATE_FIELDS.get(kind, ()):
                raise BadInput("This date cannot be filtered on.")
            column = f"t.{self.date_field}"
            if self.date_from:
                parts.append(f"substr({column}, 1, ?) >= ?")
                params.extend([len(self.date_from), self.date_from])
            if self.date_to:
                parts.append(f"substr({column}, 1, ?) <= ?")
                params.extend([len(self.date_to), self.date_to])
        return " AND ".join(parts), params


def _order(kind: str, sort_field: str | None, descending: bool, access: Access = FULL) -> str:
    direction = "DESC" if descending else "ASC"
    if sort_field in access.hides(table_of(kind)):
        sort_field = None  # sorting by a hidden value would reveal it
    if sort_field is None:
        return "t.rowid DESC"  # newest first
    if sort_field not in columns_of(kind):
        raise BadInput(f"Cannot sort on '{sort_field}'.")
    tie = (
        ", caseapp_name_key(t.family_name), caseapp_name_key(t.given_name)"
        if sort_field not in ("family_name", "ref")
        else ""
    )
    if sort_field in NAME_FIELDS:  # by the script-free key: Kovalenko next to Коваленко
        key = f"caseapp_name_key(t.{sort_field})"
        if sort_field == "family_name":
            tie = ", caseapp_name_key(t.given_name)"
    elif sort_field == "ref":  # numerically: …-99999 before …-100000
        key = "caseapp_ref_key(t.ref)"
    else:
        key = f"t.{sort_field}"
    return f"t.{sort_field} IS NULL, {key} {direction}{tie}, t.rowid"


def query_ids(
    conn: Connection,
    kind: str,
    flt: ListFilter | None = None,
    *,
    sort_field: str | None = None,
    descending: bool = False,
    limit: int | None = None,
) -> list[str]:
    """Ids of the records the filter keeps, in list order. Cheap enough for 100k rows."""
    access = access_of(conn)
    where, params = (flt or ListFilter()).where(kind, access)
    order = _order(kind, sort_field, descending, access)
    sql = f"SELECT t.id FROM {table_of(kind)} t WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in conn.execute(sql, params)]


def query_keys(
    conn: Connection,
    kind: str,
    flt: ListFilter | None = None,
    *,
    sort_field: str | None = None,
    descending: bool = False,
) -> list[int]:
    """Like ``query_ids`` but the rows' rowids: what a 100k-row list model holds.

    Rowids come from indexes alone where possible (no table page is read, so nothing is
    decrypted): the unfiltered list from the ``deleted`` index, a pure search from the search
    index (which holds live records only), and the family-name order from a covering index.
    """
    flt = (flt or ListFilter()).effective()
    table = table_of(kind)
    access = access_of(conn)
    scoped = kind == "requests" and access.scoped
    if sort_field is None and flt.text and flt == ListFilter(text=flt.text) and not scoped:
        clause = search_clause(kind, flt.text)
        if clause is not None:
            inner = clause.sql.removeprefix("t.rowid IN (").removesuffix(")")
            return [row[0] for row in conn.execute(f"{inner} ORDER BY rowid DESC", clause.params)]
    where, params = flt.where(kind, access)
    sql = (
        f"SELECT t.rowid FROM {table} t WHERE {where} "
        f"ORDER BY {_order(kind, sort_field, descending, access)}"
    )
    return [row[0] for row in conn.execute(sql, params)]


def fetch_rows_by_key(
    conn: Connection, kind: str, keys: Sequence[int], columns: Sequence[str]
) -> dict[int, tuple[Any, ...]]:
    """Rows for some rowids: ``(id, *columns)``; deleted or missing records are left out."""
    allowed = set(columns_of(kind))
    bad = [c for c in columns if c not in allowed]
    if bad:
        raise BadInput(f"Unknown column(s): {', '.join(bad)}")
    entity = table_of(kind)
    access = access_of(conn)
    select = "".join(f", {column_sql(access, entity, c)}" for c in columns)
    scope, scope_params = access.request_clause("t.assigned_to") if kind == "requests" else ("", [])
    scope = f" AND {scope}" if scope else ""
    out: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"SELECT t.rowid, t.id{select} FROM {entity} t "
            f"WHERE t.rowid IN ({marks}) AND t.deleted = 0{scope}",
            [*chunk, *scope_params],
        ):
            out[row[0]] = tuple(row[1:])
    return out


def keys_of(conn: Connection, kind: str, ids: Iterable[str]) -> dict[str, int]:
    """Record id -> rowid, for the ids that exist."""
    wanted = list(ids)
    out: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for record_id, key in conn.execute(
            f"SELECT id, rowid FROM {table_of(kind)} WHERE id IN ({marks})", chunk
        ):
            out[record_id] = key
    return out


def count(conn: Connection, kind: str, flt: ListFilter | None = None) -> int:
    where, params = (flt or ListFilter()).where(kind, access_of(conn))
    return int(
        conn.execute(f"SELECT count(*) FROM {table_of(kind)} t WHERE {where}", params).fetchone()[0]
    )


def fetch_rows(
    conn: Connection, kind: str, ids: Sequence[str], columns: Sequence[str]
) -> dict[str, tuple[Any, ...]]:
    """Rows for some ids (any order), only the columns asked for; missing ids are left out."""
    allowed = set(columns_of(kind))
    bad = [c for c in columns if c not in allowed]
    if bad:
        raise BadInput(f"Unknown column(s): {', '.join(bad)}")
    out: dict[str, tuple[Any, ...]] = {}
    entity = table_of(kind)
    access = access_of(conn)
    select = ", ".join(column_sql(access, entity, c) for c in columns) or "NULL"
    scope, scope_params = access.request_clause("t.assigned_to") if kind == "requests" else ("", [])
    scope = f" AND {scope}" if scope else ""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"SELECT t.id, {select} FROM {entity} t WHERE t.id IN ({marks}){scope}",
            [*chunk, *scope_params],
        ):
            out[row[0]] = tuple(row[1:])
    return out


def iter_rows(
    conn: Connection,
    kind: str,
    flt: ListFilter | None,
    columns: Sequence[str],
    *,
    sort_field: str | None = None,
    descending: bool = False,
) -> Iterable[tuple[Any, ...]]:
    """Every row of a filtered list in order, for export: one query, no id list in memory."""
    allowed = set(columns_of(kind))
    bad = [c for c in columns if c not in allowed]
    if bad or not columns:
        raise BadInput("Choose at least one known column.")
    access = access_of(conn)
    where, params = (flt or ListFilter()).where(kind, access)
    entity = table_of(kind)
    sql = (
        f"SELECT {', '.join(column_sql(access, entity, c) for c in columns)} FROM {entity} t "
        f"WHERE {where} ORDER BY {_order(kind, sort_field, descending, access)}"
    )
    yield from conn.execute(sql, params)


# --- saved filters -----------------------------------------------------------------------------


def saved_filters(conn: Connection, account_id: str, screen: str) -> list[SavedFilter]:
    return list_entities(
        conn,
        SavedFilter,
        "account_id = ? AND screen = ?",
        (account_id, screen),
        order_by="name",
    )


def save_filter(session: Session, screen: str, name: str, flt: ListFilter) -> ChangeSet:
    """Store (or replace, by name) a filter of ``screen`` for the signed-in account."""
    name = name.strip()
    if not name:
        raise BadInput("Give the filter a name.")
    existing = [
        f for f in saved_filters(session.conn, session.account.id, screen) if f.name == name
    ]
    with session.transaction("save filter") as txn:
        if existing:
            txn.update(SavedFilter, existing[0].id, spec=flt.to_json())
        else:
            txn.create(
                SavedFilter(
                    name=name, screen=screen, spec=flt.to_json(), account_id=session.account.id
                )
            )
    return txn.changes


def delete_filter(session: Session, filter_id: str) -> ChangeSet:
    with session.transaction("delete filter") as txn:
        txn.delete(SavedFilter, filter_id)
    return txn.changes
