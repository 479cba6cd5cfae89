"""Audit chains travel in bundles: each laptop's chain arrives whole and verifies as its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp import audit
from caseapp.domain.models import PrisonerRecord
from caseapp.sync.bundle import export_bundle, import_bundle
from tests.sync.helpers import Laptop, open_team


@pytest.fixture
def team(
    team_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[Laptop]]:
    laptops = open_team(team_template, tmp_path / "team", monkeypatch)
    yield laptops
    for laptop in laptops:
        laptop.session.vault.close()


def _work(laptop: Laptop, count: int) -> None:
    for i in range(count):
        with laptop.session.transaction("add") as txn:
            txn.create(PrisonerRecord(family_name="Бойко", unit=f"{laptop.name}{i}"))


def _chain(laptop: Laptop, device: str) -> list[tuple[int, str]]:
    rows = laptop.conn.execute(
        "SELECT n, hash FROM audit WHERE device_id = ? ORDER BY n", (device,)
    ).fetchall()
    return [(int(n), str(h)) for n, h in rows]


def test_two_laptops_chains_verify_on_both_after_a_round_trip(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    _work(a, 3)
    _work(b, 2)
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer=b.name).path)
    import_bundle(a.session, export_bundle(b.session, tmp_path, peer=a.name).path)
    _work(a, 1)
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer=b.name).path)
    da, db = a.session.vault.device_id, b.session.vault.device_id
    for laptop in (a, b):
        result = audit.verify(laptop.conn)
        assert result.ok, result.problem
        assert result.devices >= 2
    # b holds a's chain as a wrote it, up to the last bundle
    assert _chain(b, da) == _chain(a, da)[: len(_chain(b, da))]
    assert len(_chain(b, da)) >= 5
    # a holds b's chain as b wrote it up to its bundle (b recorded the import after)
    assert _chain(a, db) == _chain(b, db)[: len(_chain(a, db))]
    imports = [e for e in audit.iter_entries(b.conn) if e.action == "bundle.import"]
    exports = [e for e in audit.iter_entries(a.conn) if e.action == "bundle.export"]
    assert imports and imports[0].entity_id == da and imports[0].detail["audit_added"] > 0
    assert exports and exports[0].entity_id == db
    # an imported chain is checked as that device's chain: a forged entry of a's is found on b
    row = b.conn.execute(
        "SELECT seq, n FROM audit WHERE device_id = ? ORDER BY n LIMIT 1 OFFSET 2", (da,)
    ).fetchone()
    b.conn.execute("UPDATE audit SET at = '2020-01-01' WHERE seq = ?", (row[0],))
    problem = audit.verify(b.conn).problem
    assert problem is not None and (problem.device_id, problem.n) == (da, row[1])


def test_a_second_import_adds_nothing_and_relayed_chains_arrive(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, c = team
    _work(a, 2)
    path = export_bundle(a.session, tmp_path, peer=b.name).path
    import_bundle(b.session, path)
    before = audit.count_entries(b.conn)
    import_bundle(b.session, path)
    added = [e for e in audit.iter_entries(b.conn) if e.action == "bundle.import"][-1]
    assert added.detail["audit_added"] == 0
    assert audit.count_entries(b.conn) == before + 1  # only the second import's own entry
    import_bundle(c.session, export_bundle(b.session, tmp_path, peer=c.name).path)
    da = a.session.vault.device_id
    assert _chain(c, da) == _chain(b, da)
    assert audit.verify(c.conn).ok
