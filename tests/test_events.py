"""A record's events keep a date, or a span known only roughly, like detention places."""

from __future__ import annotations

import pytest

from caseapp.cli import main
from caseapp.domain.models import PrisonerRecord, TimelineEvent
from caseapp.errors import ValidationError
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
