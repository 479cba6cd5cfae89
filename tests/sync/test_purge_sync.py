"""A purge travels as a purge: other laptops scrub the case, and stale edits never revive it."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.models import ContactLog, TracingRequest
from caseapp.purge import purge_closed_cases
from caseapp.records import load_entity
from caseapp.sync.bundle import export_bundle, import_bundle
from caseapp.sync.tombstones import txn_digest
from tests.purge_helpers import SECRETS, all_text, make_case
from tests.sync.helpers import Laptop, open_team


@pytest.fixture
def laptops(team_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Laptop]:
    team = open_team(team_template, tmp_path / "team", monkeypatch)
    yield team  # type: ignore[misc]
    for item in team:
        item.session.vault.close()


def _send(src: Laptop, dst: Laptop, folder: Path) -> int:
    path = export_bundle(src.session, folder, peer=dst.name).path
    return import_bundle(dst.session, path).purged


def _clean(laptop: Laptop) -> bool:
    text = all_text(laptop.conn)
    return not any(s in text for s in SECRETS)


def test_a_purge_travels_and_a_stale_laptop_cannot_bring_the_case_back(
    laptops: list[Laptop], tmp_path: Path
) -> None:
    a, b, c = laptops
    folder = tmp_path / "usb"
    folder.mkdir()
    case = make_case(a.session)
    _send(a, b, folder)
    _send(a, c, folder)
    assert load_entity(c.conn, TracingRequest, case.id).enquirer_name == "Ганна Зюзюкало"
    # C has not heard of the purge yet: it edits the case and logs a new contact.
    with c.session.transaction("stale edit") as txn:
        txn.update(TracingRequest, case.id, notes="Зюзюкало phoned again")
        txn.create(ContactLog(request_id=case.id, summary="Зюзюкало, second call"))

    assert purge_closed_cases(a.session, 365).requests == 1
    assert _clean(a)
    # The purge reaches B as a purge.
    assert _send(a, b, folder) > 0
    row = load_entity(b.conn, TracingRequest, case.id, include_deleted=True)
    assert row.enquirer_name is None and row.ref == case.ref
    assert load_entity(b.conn, TracingRequest, case.id) is None  # deleted
    assert _clean(b)
    # C's stale edits arrive at B: journaled as digests, the case stays purged.
    assert _send(c, b, folder) >= 2
    assert load_entity(b.conn, TracingRequest, case.id) is None
    assert _clean(b)
    stale = b.conn.execute(
        "SELECT new_value, purged FROM journal WHERE entity_id = ? AND field = 'notes'",
        (case.id,),
    ).fetchall()
    assert len(stale) == 1 and stale[0][0] is None and len(stale[0][1]) == 64
    # C then hears of the purge (through B): its own copy, stale edit included, is purged.
    _send(b, c, folder)
    assert load_entity(c.conn, TracingRequest, case.id) is None
    assert _clean(c)
    # And everything meets everything again: still purged everywhere, the same journal.
    for src, dst in ((c, a), (b, a), (a, c), (a, b)):
        _send(src, dst, folder)
    for laptop in (a, b, c):
        assert _clean(laptop)
        assert load_entity(laptop.conn, TracingRequest, case.id) is None
    journals = [
        laptop.conn.execute(
            "SELECT hlc, op, new_value, purged FROM journal WHERE entity_id = ? ORDER BY hlc",
            (case.id,),
        ).fetchall()
        for laptop in (a, b, c)
    ]
    assert journals[0] == journals[1] == journals[2]
    # The digest an audit entry commits to is the same everywhere, purged or not.
    txn_ids = [r[0] for r in a.conn.execute("SELECT txn_id FROM txn WHERE action != 'purge'")]
    digests = [{t: txn_digest(x.conn, t) for t in txn_ids} for x in (a, b, c)]
    assert digests[0] == digests[1] == digests[2]


def test_a_purge_arriving_before_the_case_itself_leaves_only_the_minimal_row(
    laptops: list[Laptop], tmp_path: Path
) -> None:
    a, b, _c = laptops
    folder = tmp_path / "usb"
    folder.mkdir()
    case = make_case(a.session)
    purge_closed_cases(a.session, 365)
    # B never had the case: the bundle carries its entries as digests, and the purge.
    _send(a, b, folder)
    row = load_entity(b.conn, TracingRequest, case.id, include_deleted=True)
    assert row is not None and row.ref == case.ref and row.status == "closed"
    assert load_entity(b.conn, TracingRequest, case.id) is None  # deleted
    assert _clean(b)
    kept_aside = b.conn.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
    assert kept_aside == 0
