"""A record's events keep a date, or a span known only roughly, like detention places."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.models import PrisonerRecord, TimelineEvent
from caseapp.errors import BadInput, ValidationError
from caseapp.io.events import EVENT_COLUMNS, export_events, import_events
from caseapp.io.tables import read_table
from caseapp.records import list_entities, load_entity
from caseapp.store import Session
from tests.conftest import PASSPHRASE


def _prisoner(session: Session) -> PrisonerRecord:
    with session.transaction("seed") as txn:
        return txn.create(PrisonerRecord(family_name="Бойко", given_name="Іван"))


def test_an_event_keeps_a_span_between_two_partial_dates(session: Session) -> None:
    prisoner = _prisoner(session)
    with session.transaction("event") as txn:
        event = txn.create(
            TimelineEvent(
                prisoner_id=prisoner.id,
                kind="transfer",
                event_date="2023-03",
                event_date_to="2023-05",
                place="Таганрог",
            )
        )
    stored = load_entity(session.conn, TimelineEvent, event.id)
    assert stored is not None
    assert (stored.event_date, stored.event_date_to) == ("2023-03", "2023-05")
    with session.transaction("one day") as txn:
        txn.create(TimelineEvent(prisoner_id=prisoner.id, kind="visit", event_date="2023-06-02"))
    days = {e.kind: e.event_date_to for e in list_entities(session.conn, TimelineEvent)}
    assert days == {"transfer": "2023-05", "visit": None}


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [("2023-05", "2023-03", "event_date_to"), (None, "2023-05", "event_date")],
)
def test_a_span_that_ends_before_it_starts_or_has_no_start_is_refused(
    session: Session, start: str | None, end: str, field: str
) -> None:
    prisoner = _prisoner(session)
    event = TimelineEvent(prisoner_id=prisoner.id, kind="capture", event_date=start)
    event.event_date_to = end
    with pytest.raises(ValidationError) as raised, session.transaction("bad") as txn:
        txn.create(event)
    assert [e.field for e in raised.value.errors] == [field]
    assert list(list_entities(session.conn, TimelineEvent)) == []


def test_same_month_or_a_day_inside_the_month_is_a_valid_span(session: Session) -> None:
    prisoner = _prisoner(session)
    with session.transaction("ok") as txn:
        txn.create(
            TimelineEvent(
                prisoner_id=prisoner.id,
                kind="hospital",
                event_date="2023-03",
                event_date_to="2023-03-20",
            )
        )
    assert len(list(list_entities(session.conn, TimelineEvent))) == 1


def test_caseapp_show_lists_a_prisoners_events_with_their_spans(
    session: Session, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prisoner = _prisoner(session)
    with session.transaction("events") as txn:
        txn.create(
            TimelineEvent(
                prisoner_id=prisoner.id,
                kind="transfer",
                event_date="2023-03",
                event_date_to="2023-05",
                place="Таганрог",
            )
        )
        txn.create(TimelineEvent(prisoner_id=prisoner.id, kind="capture", event_date="2022-04-12"))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["show", str(prisoner.ref), "--vault", str(session.vault.path)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("event")]
    assert lines == ["event\tcapture\t2022-04-12\t", "event\ttransfer\t2023-03..2023-05\tТаганрог"]


def _export_import_vaults(session: Session) -> tuple[PrisonerRecord, PrisonerRecord]:
    with session.transaction("seed") as txn:
        one = txn.create(PrisonerRecord(family_name="Бойко", given_name="Іван"))
        two = txn.create(PrisonerRecord(family_name="=HYPERLINK(1)", given_name="Петро"))
        txn.create(
            TimelineEvent(
                prisoner_id=one.id,
                kind="transfer",
                event_date="2023-03",
                event_date_to="2023-05",
                place="Таганрог",
                details="=cmd|' /C calc'!A0",
            )
        )
        txn.create(TimelineEvent(prisoner_id=two.id, kind="capture", event_date="2022-04-12"))
    return one, two


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_events_export_and_import_again_unchanged(
    session: Session, tmp_path: Path, suffix: str
) -> None:
    _export_import_vaults(session)
    path = tmp_path / f"events{suffix}"
    assert export_events(session.conn, path) == 2
    before = sorted(
        (e.prisoner_id, e.kind, e.event_date, e.event_date_to, e.place, e.details)
        for e in list_entities(session.conn, TimelineEvent)
    )
    with session.transaction("clear") as txn:
        for event in list_entities(session.conn, TimelineEvent):
            txn.delete(TimelineEvent, event.id)
    changes = import_events(session, read_table(path))
    assert len(changes.created["event"]) == 2
    after = sorted(
        (e.prisoner_id, e.kind, e.event_date, e.event_date_to, e.place, e.details)
        for e in list_entities(session.conn, TimelineEvent)
    )
    assert after == before


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("PR-NOPE,capture,2022,,,,", "Line 3: no prisoner record has the reference PR-NOPE"),
        ("{ref},transfer,2023-05,2023-03,,,", "Line 3: event_date_to: ends before it starts"),
        ("{ref},holiday,2023,,,,", "Line 3: kind: is not one of"),
    ],
)
def test_a_bad_events_file_is_refused_whole_with_its_line(
    session: Session, tmp_path: Path, row: str, message: str
) -> None:
    one, _two = _export_import_vaults(session)
    path = tmp_path / "bad.csv"
    good = f"{one.ref},visit,2023-06,,,,"
    path.write_text(
        ",".join(EVENT_COLUMNS) + "\n" + good + "\n" + row.format(ref=one.ref) + "\n",
        encoding="utf-8",
    )
    count = len(list(list_entities(session.conn, TimelineEvent)))
    with pytest.raises(BadInput) as raised:
        import_events(session, read_table(path))
    assert message in str(raised.value)
    assert len(list(list_entities(session.conn, TimelineEvent))) == count  # nothing written


def test_caseapp_events_export_and_import_on_the_command_line(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _export_import_vaults(session)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    vault = ["--vault", str(session.vault.path)]
    out = tmp_path / "events.csv"
    assert main(["events", "export", "--out", str(out), *vault]) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(EVENT_COLUMNS)
    assert main(["events", "import", str(out), *vault]) == 0
    assert len(list(list_entities(session.conn, TimelineEvent))) == 4
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind\nx,capture\n", encoding="utf-8")
    assert main(["events", "import", str(bad), *vault]) == 2
    assert len(list(list_entities(session.conn, TimelineEvent))) == 4
