"""Property: three laptops editing at random and exchanging bundles in any order converge.

Random creates, edits, deletes, merges and link decisions on three laptops; bundles made for a
peer and delivered late, out of order, twice, or relayed through the third laptop. Then every
laptop meets every other and: all hold the same records, journal and conflicts; no edit is
lost (an edit nobody saw before changing that field is the value or one of the conflict's
versions); importing any bundle again changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain.models import Link, PrisonerRecord, TracingRequest
from caseapp.matching.service import merge_prisoners
from caseapp.records import list_entities
from caseapp.sync.bundle import export_bundle, import_bundle
from caseapp.sync.conflicts import list_conflicts
from caseapp.sync.ids import link_id
from tests.sync.helpers import Laptop, open_team, snapshot

laptop = st.integers(0, 2)
pick = st.integers(0, 3)
EDIT = st.tuples(
    st.just("edit"),
    laptop,
    pick,
    st.sampled_from(["unit", "notes"]),
    st.sampled_from(["x", "y", "z", ""]),
)
STEP = st.one_of(
    st.tuples(st.just("create"), laptop),
    EDIT,
    EDIT,
    EDIT,
    st.tuples(st.just("delete"), laptop, pick),
    st.tuples(st.just("merge"), laptop, pick, pick),
    st.tuples(
        st.just("link"), laptop, pick, st.sampled_from(["confirmed", "rejected", "potential"])
    ),
    st.tuples(st.just("send"), laptop, st.integers(1, 2)),
    st.tuples(st.just("deliver"), pick),
)


@pytest.fixture(scope="module")
def laptops(team_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        team = open_team(team_template, tmp_path_factory.mktemp("prop"), patch)
        yield team
        for item in team:
            item.session.vault.close()


class World:
    def __init__(self, laptops: list[Laptop], folder: Path) -> None:
        self.laptops = laptops
        self.folder = folder
        self.pending: list[tuple[Path, int]] = []
        self.bundles: list[tuple[Path, int]] = []
        #: (laptop, entity type, id, field, value, hlc, hlcs of that field's entries seen then)
        self.edits: list[tuple[str, str, str, Any, str, set[str]]] = []

    def live(self, index: int, cls: type, k: int) -> Any:
        rows = list_entities(self.laptops[index].conn, cls, order_by="id")
        return rows[k % len(rows)] if rows else None

    def _seen(self, index: int, entity_id: str, name: str) -> set[str]:
        return {
            r[0]
            for r in self.laptops[index].conn.execute(
                "SELECT hlc FROM journal WHERE entity_id = ? AND (field = ? OR op = 'create')",
                (entity_id, name),
            )
        }

    def _edit(self, index: int, cls: type, entity_id: str, **values: Any) -> None:
        seen = {name: self._seen(index, entity_id, name) for name in values}
        with self.laptops[index].session.transaction("edit") as txn:
            txn.update(cls, entity_id, **values)
        for name, value in values.items():
            row = (
                self.laptops[index]
                .conn.execute(
                    "SELECT hlc, new_value FROM journal WHERE entity_id = ? AND field = ? "
                    "ORDER BY seq DESC LIMIT 1",
                    (entity_id, name),
                )
                .fetchone()
            )
            if row is not None and row[0] not in seen[name]:
                self.edits.append((cls.ENTITY, entity_id, name, value or None, row[0], seen[name]))

    def step(self, step: tuple[Any, ...]) -> None:
        kind, index = step[0], step[1]
        session = self.laptops[index].session if kind != "deliver" else None
        if kind == "create":
            with session.transaction("add") as txn:  # type: ignore[union-attr]
                txn.create(PrisonerRecord(family_name=f"Бойко{len(self.edits)}"))
        elif kind == "edit":
            person = self.live(index, PrisonerRecord, step[2])
            if person is not None:
                self._edit(index, PrisonerRecord, person.id, **{step[3]: step[4] or None})
        elif kind == "delete":
            person = self.live(index, PrisonerRecord, step[2])
            if person is not None:
                with session.transaction("delete") as txn:  # type: ignore[union-attr]
                    txn.delete(PrisonerRecord, person.id)
        elif kind == "merge":
            keep, other = (
                self.live(index, PrisonerRecord, step[2]),
                self.live(index, PrisonerRecord, step[3]),
            )
            if keep is not None and other is not None and keep.id != other.id:
                merge_prisoners(session, keep.id, other.id)  # type: ignore[arg-type]
        elif kind == "link":
            self._link(index, step[2], step[3])
        elif kind == "send":
            target = (index + step[2]) % 3
            path = export_bundle(session, self.folder, peer=self.laptops[target].name).path  # type: ignore[arg-type]
            self.pending.append((path, target))
            self.bundles.append((path, target))
        elif kind == "deliver" and self.pending:
            path, target = self.pending[index % len(self.pending)]
            import_bundle(self.laptops[target].session, path)

    def _link(self, index: int, k: int, status: str) -> None:
        session = self.laptops[index].session
        request = self.live(index, TracingRequest, 0)
        if request is None:
            with session.transaction("request") as txn:
                request = txn.create(TracingRequest(enquirer_name="Марія", family_name="Бойко"))
        person = self.live(index, PrisonerRecord, k)
        if person is None:
            return
        lid = link_id(request.id, person.id)
        existing = (
            self.laptops[index]
            .conn.execute("SELECT deleted FROM link WHERE id = ?", (lid,))
            .fetchone()
        )
        if existing is None:
            with session.transaction("suggest") as txn:
                txn.create(
                    Link(id=lid, request_id=request.id, prisoner_id=person.id, status="potential")
                )
        elif existing[0] == 0:
            reason = "different birth year" if status == "rejected" else None
            self._edit(index, Link, lid, status=status, decision_reason=reason)

    def meet(self) -> None:
        for path, target in self.pending:
            import_bundle(self.laptops[target].session, path)
        for _round in range(2):
            for src in range(3):
                for dst in range(3):
                    if src != dst:
                        path = export_bundle(
                            self.laptops[src].session, self.folder, peer=self.laptops[dst].name
                        ).path
                        import_bundle(self.laptops[dst].session, path)
                        self.bundles.append((path, dst))


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, max_size=14))
def test_laptops_converge_lose_no_edit_and_reimport_changes_nothing(
    laptops: list[Laptop], tmp_path_factory: pytest.TempPathFactory, steps: list[Any]
) -> None:
    world = World(laptops, tmp_path_factory.mktemp("stick"))
    for _ in range(2):  # records every laptop has, so that edits can meet
        world.step(("create", 0))
    for target in (1, 2):
        world.step(("send", 0, target))
        world.step(("deliver", target - 1))
    world.pending.clear()
    for step in steps:
        world.step(step)
    world.meet()
    states = [snapshot(x) for x in laptops]
    assert states[0] == states[1] == states[2]

    conflicts = {(c.entity_id, c.field): c for c in list_conflicts(laptops[0].conn)}
    superseded = {h for edit in world.edits for h in edit[5]}
    for entity_type, entity_id, name, value, hlc, _seen in world.edits:
        if hlc in superseded:
            continue  # a later edit was made by someone who had seen this one
        current = (
            laptops[0]
            .conn.execute(f"SELECT {name} FROM {entity_type} WHERE id = ?", (entity_id,))
            .fetchone()[0]
        )
        versions = (
            [v.value for v in conflicts[(entity_id, name)].versions]
            if (
                entity_id,
                name,
            )
            in conflicts
            else []
        )
        assert value == current or value in versions, (entity_type, name, value, current)

    for index, x in enumerate(laptops):
        before = snapshot(x)
        for path in [p for p, target in world.bundles if target == index]:
            again = import_bundle(x.session, path)
            assert (again.new, again.changed, again.conflicts) == (0, 0, 0)
        assert snapshot(x) == before
