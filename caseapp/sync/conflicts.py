"""Open conflicts, with every competing value and who/when/where, and their resolution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caseapp.domain.models import Value
from caseapp.records import entity_class
from caseapp.store import ChangeSet, Session
from caseapp.sync.state import Entry, resolve
from caseapp.vault.connection import Connection


@dataclass(frozen=True)
class Version:
    value: Any
    winner: bool  # the provisional winner, shown until a person decides
    device_id: str
    device_name: str
    author: str
    at: str


@dataclass(frozen=True)
class Conflict:
    entity_type: str
    entity_id: str
    label: str  # reference number or id
    field: str
    versions: tuple[Version, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "label": self.label,
            "field": self.field,
            "versions": [v.__dict__ for v in self.versions],
        }


def _entries(conn: Connection, entity_id: str) -> list[Entry]:
    rows = conn.execute(
        "SELECT hlc, op, field, new_value, base FROM journal WHERE entity_id = ?", (entity_id,)
    ).fetchall()
    return [Entry(h, op, f, new, tuple((b or "").split())) for h, op, f, new, b in rows]


def list_conflicts(conn: Connection, lang: str = "en") -> list[Conflict]:
    """Every open conflict, by record then field (labels in ``lang``)."""
    out: list[Conflict] = []
    rows = conn.execute(
        "SELECT entity_type, entity_id, field FROM sync_conflict ORDER BY entity_type, entity_id, field"
    ).fetchall()
    devices = dict(conn.execute("SELECT id, name FROM device").fetchall())
    accounts = dict(
        conn.execute("SELECT id, coalesce(display_name, username) FROM account").fetchall()
    )
    for entity_type, entity_id, name in rows:
        state = resolve(entity_type, _entries(conn, entity_id))
        cls = entity_class(entity_type)
        label = entity_id
        if "ref" in cls.field_names():
            names = [n for n in ("family_name", "given_name") if n in cls.field_names()]
            row = conn.execute(
                f"SELECT {', '.join(['ref', *names])} FROM {cls.ENTITY} WHERE id = ?",
                (entity_id,),
            ).fetchone()
            if row is not None:
                label = " ".join(str(v) for v in row if v) or entity_id
        elif entity_type == "round_list":
            label = _list_label(conn, entity_id, lang)
        versions = []
        for index, cand in enumerate(state.candidates.get(name, [])):
            who = conn.execute(
                "SELECT t.device_id, t.account_id, t.at FROM journal j JOIN txn t ON t.id = j.txn "
                "WHERE j.hlc = ?",
                (cand.hlc,),
            ).fetchone() or ("", "", "")
            versions.append(
                Version(
                    cand.value,
                    index == 0,
                    who[0],
                    devices.get(who[0], who[0][:8]),
                    accounts.get(who[1], "") or "",
                    who[2],
                )
            )
        out.append(Conflict(entity_type, entity_id, label, name, tuple(versions)))
    return out


def _list_label(conn: Connection, entity_id: str, lang: str) -> str:
    """A round list as the Conflicts screen names it (two laptops recorded one version)."""
    from caseapp.i18n import translate
    from caseapp.sync.merge import journal_version

    row = conn.execute(
        "SELECT r.name, l.side, l.direction, l.version FROM round_list l "
        "LEFT JOIN exchange_round r ON r.id = l.round_id WHERE l.id = ?",
        (entity_id,),
    ).fetchone()
    if row is None:
        return entity_id
    return translate(
        "Round {round}: list version {version} recorded on two laptops",
        version=journal_version(row[3]) if isinstance(row[3], int) else "",
        round=row[0] or "",
        lang=lang,
    )


def resolve_conflict(
    session: Session, entity_type: str, entity_id: str, name: str, value: Value
) -> ChangeSet:
    """A person's decision (one of the values, or one typed): travels and closes it everywhere."""
    cls = entity_class(entity_type)
    if entity_type == "round_list" and name == "version":
        value = _check_free_version(session.conn, entity_id, value)
    with session.transaction("resolve conflict") as txn:
        txn.resolve_conflict(cls, entity_id, name, value)
    return txn.changes


@dataclass(frozen=True)
class KeptAside:
    """A record a bundle carried that this vault's validation refused (not applied)."""

    entity_type: str
    entity_id: str
    reason: str
    entries: int


def kept_aside(conn: Connection) -> list[KeptAside]:
    rows = conn.execute(
        "SELECT entity_type, entity_id, max(reason), count(*) FROM sync_quarantine "
        "GROUP BY entity_type, entity_id ORDER BY entity_type, entity_id"
    ).fetchall()
    return [KeptAside(t, i, r, n) for t, i, r, n in rows]


def _check_free_version(conn: Connection, entity_id: str, value: Value) -> int:
    """A round list's version number must stay unique in its round, side and direction."""
    from caseapp.errors import BadInput

    try:
        number = int(str(value).strip())
    except ValueError:
        raise BadInput("A version number is a whole number, for example 2.") from None
    if number < 1:
        raise BadInput("A version number is a whole number, for example 2.")
    row = conn.execute(
        "SELECT round_id, side, direction FROM round_list WHERE id = ?", (entity_id,)
    ).fetchone()
    if row is None:
        return number
    taken = conn.execute(
        "SELECT max(version) FROM round_list WHERE deleted = 0 AND round_id IS ? AND side IS ? "
        "AND direction IS ? AND id != ?",
        (*row, entity_id),
    ).fetchone()[0]
    used = conn.execute(
        "SELECT 1 FROM round_list WHERE deleted = 0 AND round_id IS ? AND side IS ? "
        "AND direction IS ? AND id != ? AND version = ?",
        (*row, entity_id, number),
    ).fetchone()
    if used:
        raise BadInput(
            "Version {version} of this list exists already: give this one another number "
            "(for example {free}).",
            version=number,
            free=max(int(taken or 0), number) + 1,
        )
    return number
