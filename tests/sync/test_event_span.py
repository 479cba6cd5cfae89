"""An event's date span travels to the other laptops of the team in a bundle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.domain.models import PrisonerRecord, TimelineEvent
from caseapp.records import load_entity
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


def test_an_event_span_and_its_edit_travel_in_bundles(team: list[Laptop], tmp_path: Path) -> None:
    a, b, _ = team
    with a.session.transaction("add") as txn:
        person = txn.create(PrisonerRecord(family_name="Бойко", given_name="Іван"))
        event = txn.create(
            TimelineEvent(
                prisoner_id=person.id,
                kind="transfer",
                event_date="2023-03",
                event_date_to="2023-05",
            )
        )
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer=b.name).path)
    copy = load_entity(b.session.conn, TimelineEvent, event.id)
    assert copy is not None and (copy.event_date, copy.event_date_to) == ("2023-03", "2023-05")
    with b.session.transaction("narrow") as txn:
        txn.update(TimelineEvent, event.id, event_date_to="2023-04")
    import_bundle(a.session, export_bundle(b.session, tmp_path, peer=a.name).path)
    back = load_entity(a.session.conn, TimelineEvent, event.id)
    assert back is not None and back.event_date_to == "2023-04"
