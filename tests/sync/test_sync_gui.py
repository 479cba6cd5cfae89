"""The Sync and Conflicts screens driven like a user would, on real vaults of one team."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.models import PrisonerRecord
from caseapp.records import load_entity
from caseapp.sync.bundle import export_bundle, import_bundle
from tests.sync.helpers import Laptop, local_snapshot, open_team
from ui.operations import Operations
from ui.pages.sync import SyncPage


@pytest.fixture
def team(team_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Laptop]:
    laptops = open_team(team_template, tmp_path / "team", monkeypatch)
    yield laptops
    from ui.worker import close_vault

    for laptop in laptops:
        close_vault(laptop.session.vault)


def _page(qtbot: QtBot, laptop: Laptop) -> SyncPage:
    page = SyncPage(laptop.session, Operations())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _person(laptop: Laptop, **fields: object) -> PrisonerRecord:
    with laptop.session.transaction("add") as txn:
        return txn.create(PrisonerRecord(family_name="Бойко", given_name="Іван", **fields))


def test_write_a_bundle_for_a_peer_and_import_it_on_the_other_laptop(
    qtbot: QtBot, team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    person = _person(a)
    stick = tmp_path / "stick"
    stick.mkdir()
    sender = _page(qtbot, a)
    handoff = sender.handoff
    handoff.add_folder(str(stick))
    handoff.peer.setCurrentIndex(handoff.peer.findData("b"))
    assert handoff.export_button.isEnabled()
    handoff.export_button.click()
    qtbot.waitUntil(lambda: "Written" in handoff.summary.text(), timeout=10_000)
    [bundle] = list(stick.glob("*.age"))
    assert bundle.name in handoff.summary.text()
    rows = {
        handoff.laptops.item(r, 0).text(): handoff.laptops.item(r, 1).text()
        for r in range(handoff.laptops.rowCount())
    }
    assert rows["a (this laptop)"] == "—" and rows["b"] != "—"  # c too: its provisioning

    receiving = _page(qtbot, b)
    receiver = receiving.handoff
    receiver.import_file(bundle)
    qtbot.waitUntil(lambda: "Imported from a" in receiver.summary.text(), timeout=10_000)
    assert "2 new" in receiver.summary.text()  # the record, and laptop c (provisioned after b)
    assert load_entity(b.conn, PrisonerRecord, person.id) is not None


def test_a_refused_bundle_is_a_message_and_changes_nothing(
    qtbot: QtBot, team: list[Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = team
    _person(a)
    data = bytearray(export_bundle(a.session, tmp_path, peer="b").path.read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp_path / "bad.age"
    bad.write_bytes(bytes(data))
    shown: list[str] = []
    monkeypatch.setattr("ui.worker.show_error", lambda parent, error: shown.append(str(error)))
    before = local_snapshot(b)
    screen = _page(qtbot, b)
    page = screen.handoff
    page.import_file(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "modified or damaged" in shown[0] and "Nothing was applied" in shown[0]
    assert local_snapshot(b) == before
    qtbot.waitUntil(page.import_button.isEnabled)


def test_conflicts_screen_keeps_a_version_or_a_typed_value(
    qtbot: QtBot, team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    person = _person(a)
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    for laptop, unit, notes in ((a, "A-unit", "a"), (b, "B-unit", "b")):
        with laptop.session.transaction("edit") as txn:
            txn.update(PrisonerRecord, person.id, unit=unit, notes=notes)
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)

    page = _page(qtbot, b)
    conflicts = page.conflicts
    assert conflicts.list.rowCount() == 2 and "(2)" in page.tabText(1)
    assert conflicts.versions.rowCount() == 2
    assert conflicts.versions.item(0, 0).text().startswith("★")
    assert {conflicts.versions.item(r, 2).text() for r in range(2)} == {"a", "b"}
    field = conflicts.current().field  # type: ignore[union-attr]
    losing = conflicts.current().versions[1].value  # type: ignore[union-attr]
    conflicts.versions.selectRow(1)
    conflicts.keep_button.click()
    qtbot.waitUntil(lambda: conflicts.list.rowCount() == 1, timeout=10_000)
    assert getattr(load_entity(b.conn, PrisonerRecord, person.id), field) == losing

    conflicts.merged.setText("A and B units")
    conflicts.merged_button.click()
    qtbot.waitUntil(lambda: conflicts.list.rowCount() == 0, timeout=10_000)
    assert "No open conflicts" in conflicts.summary.text()
    # The decisions travel: A's conflicts close too.
    import_bundle(a.session, export_bundle(b.session, tmp_path, peer="a").path)
    assert a.conn.execute("SELECT count(*) FROM sync_conflict").fetchone()[0] == 0


def test_an_administrator_adds_a_laptop_and_revokes_one(
    qtbot: QtBot, team: list[Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = team[0]
    stick = tmp_path / "stick"
    stick.mkdir()
    page = _page(qtbot, a)
    handoff = page.handoff
    handoff.add_folder(str(stick))
    answers = iter(
        ["field-04", "one time passphrase", "one time passphrase", "lost at a checkpoint"]
    )
    monkeypatch.setattr(
        "ui.pages.sync.QInputDialog.getText", lambda *args, **kwargs: (next(answers), True)
    )
    handoff.add_button.click()
    qtbot.waitUntil(lambda: "Provisioning file written" in handoff.summary.text(), timeout=20_000)
    assert len(list(stick.glob("caseapp-provision-*.age"))) == 1
    names = [handoff.laptops.item(r, 0).text() for r in range(handoff.laptops.rowCount())]
    assert "field-04" in names

    monkeypatch.setattr(
        "ui.pages.sync.QMessageBox.question", lambda *args: QMessageBox.StandardButton.Yes
    )
    handoff.laptops.selectRow(names.index("field-04"))
    handoff.revoke_button.click()
    qtbot.waitUntil(lambda: "revoked" in handoff.summary.text(), timeout=10_000)
    assert a.conn.execute("SELECT revoked FROM device WHERE name = 'field-04'").fetchone() == (1,)
    assert handoff.peer.findData("field-04") < 0  # no bundle is made for it any more
    other = _page(qtbot, team[1])  # not the coordinator: cannot certify laptops
    field = other.handoff
    assert field.add_button.isHidden() and not field.revoke_button.isHidden()
