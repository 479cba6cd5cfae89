"""Where a record's facts come from: the imported file behind it, and sources that disagree.

Shown on the record screens (History: "Imported from" as the file's name, date and SHA-256,
never an internal id; Sources: the facts on which the sources disagree). The rules are here,
in the core, so every screen and the CLI read them alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.models import Entity, FactSource
from caseapp.vault.connection import Connection


@dataclass(frozen=True)
class ImportSource:
    """The file an import batch came from, as the user knows it."""

    name: str
    date: str | None
    sha256: str
    imported_at: str | None

    def text(self) -> str:
        """ "list.csv (2026-11-30), SHA-256 3f2a…9c01": a name to recognise, a hash to check."""
        when = f" ({self.date[:10]})" if self.date else ""
        digest = f"{self.sha256[:8]}…{self.sha256[-8:]}" if len(self.sha256) > 16 else self.sha256
        return f"{self.name}{when}, SHA-256 {digest}"


def import_sources(conn: Connection, batch_ids: Iterable[str]) -> dict[str, ImportSource]:
    """Import batch id -> its source file, for the ids that exist."""
    wanted = [i for i in dict.fromkeys(batch_ids) if i]
    out: dict[str, ImportSource] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for batch_id, name, sha, date, at in conn.execute(
            "SELECT id, source_name, source_sha256, source_date, imported_at FROM import_batch "
            f"WHERE id IN ({marks})",
            chunk,
        ):
            out[batch_id] = ImportSource(name or "—", date, sha or "", at)
    return out


def conflicts(sources: Iterable[Entity]) -> dict[str, list[FactSource]]:
    """Facts on which the sources give different values (case and spacing ignored)."""
    by_field: dict[str, list[FactSource]] = defaultdict(list)
    for source in sources:
        if isinstance(source, FactSource) and source.field_name:
            by_field[source.field_name].append(source)
    return {
        name: items
        for name, items in by_field.items()
        if len({" ".join((s.value or "").casefold().split()) for s in items}) > 1
    }
