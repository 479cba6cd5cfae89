"""The state of one record as a pure function of its journal entries (no database, no Qt).

This is what makes USB sync idempotent, commutative and associative: a record's stored row is
always what ``resolve`` computes from the set of entries a vault holds, whatever order they
arrived in. Each entry names the entries of its field it superseded (``base``: the field's
heads its writer had seen). For each field:

- the candidates are the entries nobody superseded (one record created on a single laptop:
  its update entries, else its creation; created independently on several laptops — a
  deterministic id such as a potential link or a setting — the creations compete too);
- the winner is the candidate with the greatest clock stamp: the same on every laptop;
- two candidates with different values are a **conflict**, kept until a person resolves it
  (a resolution supersedes every candidate, so it closes the conflict everywhere).

Sequential edits are ordered by what each writer had seen, not by clocks, so a laptop with a
wrong clock can win only a real conflict — which a person then sees.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

#: Fields recomputed by this vault (match scores): they never raise a conflict.
DERIVED_FIELDS: dict[str, frozenset[str]] = {
    "link": frozenset({"score", "band", "reasons"}),
}

#: Records whose creation is itself derived (a potential link, one id per request/prisoner
#: pair, made by re-matching on each laptop): a creation never competes with a person's edit.
DERIVED_CREATION = frozenset({"link"})


@dataclass(frozen=True)
class Entry:
    """One journal entry as far as merging cares."""

    hlc: str
    op: str
    field: str | None
    new: str | None  # JSON text (a creation: a JSON object of the initial values)
    base: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    hlc: str
    value: Any  # decoded JSON value
    is_create: bool


@dataclass
class RecordState:
    created: bool
    values: dict[str, Any] = field(default_factory=dict)
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    conflicts: set[str] = field(default_factory=set)
    #: Set (and ``candidates`` left empty) when the record is one creation and nothing else.
    single_create: str | None = None


def encode_base(base: Iterable[str]) -> str | None:
    items = sorted(set(base))
    return " ".join(items) if items else None


def decode_base(text: str | None) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def resolve(entity_type: str, entries: Iterable[Entry]) -> RecordState:
    """The record's values, the candidates of each field and its open conflicts."""
    entries = list(entries)
    if len(entries) == 1 and entries[0].op == "create":  # the common case: a new record
        hlc, initial = entries[0].hlc, json.loads(entries[0].new or "{}")
        state = RecordState(created=True, values=initial, single_create=hlc)
        state.values.setdefault("deleted", 0)
        return state
    creates: list[tuple[str, dict[str, Any]]] = []
    updates: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.op == "create":
            creates.append((entry.hlc, json.loads(entry.new) if entry.new else {}))
        elif entry.field:
            updates.setdefault(entry.field, []).append(entry)
    state = RecordState(created=bool(creates))
    names = set(updates) | {"deleted"}
    for _hlc, initial in creates:
        names.update(initial)
    derived = DERIVED_FIELDS.get(entity_type, frozenset())
    for name in names:
        upd = updates.get(name, [])
        superseded = {b for e in upd for b in e.base}
        cands = [
            Candidate(e.hlc, None if e.new is None else json.loads(e.new), False)
            for e in upd
            if e.hlc not in superseded
        ]
        if not cands or (len(creates) > 1 and entity_type not in DERIVED_CREATION):
            default = 0 if name == "deleted" else None
            cands += [
                Candidate(h, initial.get(name, default), True)
                for h, initial in creates
                if h not in superseded
            ]
        if not cands:
            continue
        cands.sort(key=lambda c: c.hlc, reverse=True)
        state.candidates[name] = cands
        state.values[name] = cands[0].value
        if len(cands) > 1 and name not in derived and len({_canon(c.value) for c in cands}) > 1:
            state.conflicts.add(name)
    return state


def base_for_edit(state: RecordState | None, name: str, *, resolve_all: bool = False) -> list[str]:
    """What a new local edit of ``name`` supersedes: the winner (and any competing creation).

    A plain edit leaves a conflict open (like CouchDB, the other value is not silently
    dropped); a resolution (``resolve_all``) supersedes every candidate and closes it.
    """
    if state is not None and state.single_create is not None:
        return [state.single_create]
    if state is None or name not in state.candidates:
        return []
    cands = state.candidates[name]
    if resolve_all:
        return [c.hlc for c in cands]
    return [cands[0].hlc, *(c.hlc for c in cands[1:] if c.is_create)]
