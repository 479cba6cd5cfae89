"""Demo data: invented, marked as such in the app, and related enough for matching to show."""

from __future__ import annotations

from caseapp.demo import fill_vault, generate_prisoners, generate_requests
from caseapp.domain.models import PrisonerRecord, TracingRequest
from caseapp.store import Session, list_entities


def test_related_requests_seek_the_generated_prisoners() -> None:
    persons: list[dict[str, str | None]] = []
    prisoners = list(generate_prisoners(50, persons=persons))
    assert len(persons) == len(prisoners) == 50
    requests = list(generate_requests(40, sought=persons, related=1.0))
    sought = {(p["family_uk"], p["given_uk"], p["birth"]) for p in persons}
    assert all((r.family_name, r.given_name, r.birth_date) in sought for r in requests)


def test_without_related_the_data_is_what_it_always_was() -> None:
    """Benchmarks and the CLI demo rely on the same seeds giving the same records."""
    plain = [r.family_name for r in generate_requests(30)]
    persons: list[dict[str, str | None]] = []
    list(generate_prisoners(30, persons=persons))
    assert [r.family_name for r in generate_requests(30, sought=persons)] == plain


def test_fill_vault_marks_records_and_returns_its_changes(session: Session) -> None:
    changes = fill_vault(session, 20, 10, note="Invented", related=0.5)
    prisoners = list_entities(session.conn, PrisonerRecord)
    requests = list_entities(session.conn, TracingRequest)
    assert len(prisoners) == 20 and len(requests) == 10
    assert all(r.notes == "Invented" for r in [*prisoners, *requests])
    assert changes.ids("prisoner") == {p.id for p in prisoners}
    assert changes.ids("tracing_request") == {r.id for r in requests}
