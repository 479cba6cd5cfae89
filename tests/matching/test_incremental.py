"""Re-matching what an edit can affect, and stopping long matching jobs midway.

The incremental re-match must give exactly what a full one would, while looking only at the
requests a change can reach; Cancel must stop the full re-match and the duplicate search on
their worker processes without writing anything.
"""

from __future__ import annotations

import time

import pytest

from caseapp.demo import fill_vault
from caseapp.domain.models import Link, NameForm, PrisonerRecord, TracingRequest
from caseapp.errors import Cancelled
from caseapp.matching.upkeep import (
    IndexCache,
    duplicate_pairs,
    index_cache,
    rematch_all,
    rematch_changes,
)
from caseapp.store import ChangeSet, Session, list_entities
from caseapp.tasks import Progress


def _links(session: Session) -> set[tuple[str | None, str | None, str | None]]:
    return {(k.request_id, k.prisoner_id, k.status) for k in list_entities(session.conn, Link)}


def _seed(session: Session) -> dict[str, str]:
    with session.transaction("seed") as txn:
        ids = {
            "r_kovalenko": txn.create(
                TracingRequest(
                    enquirer_name="Марія", family_name="Коваленко", given_name="Олександр",
                    patronymic="Петрович", birth_date="1990-05-12",
                )
            ).id,
            "r_shevchenko": txn.create(
                TracingRequest(
                    enquirer_name="Ольга", family_name="Шевченко", given_name="Тарас",
                    birth_date="1985-03-09",
                )
            ).id,
            "r_bondarenko": txn.create(
                TracingRequest(
                    enquirer_name="Інна", family_name="Бондаренко", given_name="Іван",
                    birth_date="1979",
                )
            ).id,
            "p_kovalenko": txn.create(
                PrisonerRecord(
                    family_name="Коваленко", given_name="Александр", patronymic="Петрович",
                    birth_date="1990-05-12",
                )
            ).id,
            "p_shevchenko": txn.create(
                PrisonerRecord(family_name="Шевченко", given_name="Тарас", birth_date="1985-03-09")
            ).id,
            "p_other": txn.create(
                PrisonerRecord(family_name="Мельник", given_name="Юрій", birth_date="1970-01-01")
            ).id,
        }  # fmt: skip
    return ids


def _edit(session: Session, cache: IndexCache, cls: type, entity_id: str, **values: object) -> bool:
    with session.transaction("edit") as txn:
        txn.update(cls, entity_id, **values)
    return cache.note(txn.changes)


def test_updated_fields_name_what_an_update_changed(session: Session) -> None:
    ids = _seed(session)
    with session.transaction("edit") as txn:
        txn.update(PrisonerRecord, ids["p_other"], notes="seen in Olenivka", unit="72")
        txn.update(TracingRequest, ids["r_bondarenko"], enquirer_phone="+380")
    changes: ChangeSet = txn.changes
    assert changes.updated_fields == {
        "prisoner": {"notes", "unit"},
        "tracing_request": {"enquirer_phone"},
    }


def test_a_notes_edit_rematches_nothing(session: Session) -> None:
    ids = _seed(session)
    cache = IndexCache()
    rematch_all(session, cache, workers=1)
    before = _links(session)
    assert not _edit(session, cache, PrisonerRecord, ids["p_kovalenko"], notes="wounded")
    assert not _edit(session, cache, TracingRequest, ids["r_kovalenko"], notes="called twice")
    result = rematch_changes(session, cache)
    assert result.requests == 0 and result.txn_id == ""
    assert _links(session) == before


def test_a_prisoner_edit_rematches_only_the_requests_it_reaches(session: Session) -> None:
    ids = _seed(session)
    cache = IndexCache()
    first = rematch_all(session, cache, workers=1)
    assert first.requests == 3
    # Another birth date for the Shevchenko record: only the Shevchenko request can change.
    assert _edit(session, cache, PrisonerRecord, ids["p_shevchenko"], birth_date="1985-03-19")
    result = rematch_changes(session, cache)
    assert result.requests == 1 and result.updated == 1
    written = session.conn.execute(
        "SELECT DISTINCT l.request_id FROM journal j JOIN txn t ON t.id = j.txn "
        "JOIN link l ON l.id = j.entity_id WHERE t.txn_id = ?",
        (result.txn_id,),
    ).fetchall()
    assert written == [(ids["r_shevchenko"],)]
    # A record renamed into the Kovalenko request's reach (new keys) is suggested to it...
    _edit(session, cache, PrisonerRecord, ids["p_other"], family_name="Коваленко",
          given_name="Олександр", birth_date="1990-05-12")  # fmt: skip
    result = rematch_changes(session, cache)
    assert result.requests == 1 and result.created == 1
    assert (ids["r_kovalenko"], ids["p_other"], "potential") in _links(session)
    # ... and dropped again when it leaves (old keys, through the link it has).
    _edit(session, cache, PrisonerRecord, ids["p_other"], family_name="Мельник",
          given_name="Юрій", birth_date="1970-01-01")  # fmt: skip
    result = rematch_changes(session, cache)
    assert result.requests == 1 and result.dropped == 1
    assert all(prisoner != ids["p_other"] for _, prisoner, _ in _links(session))


def test_incremental_rematch_gives_what_a_full_one_would(session: Session) -> None:
    ids = _seed(session)
    cache = IndexCache()
    rematch_all(session, cache, workers=1)
    _edit(session, cache, TracingRequest, ids["r_bondarenko"], family_name="Шевченко",
          given_name="Тарас", birth_date="1985")  # fmt: skip
    with session.transaction("name form") as txn:
        txn.create(
            NameForm(owner_type="prisoner", owner_id=ids["p_other"], family_name="Bondarenko",
                     given_name="Ivan")
        )  # fmt: skip
    assert cache.note(txn.changes)
    with session.transaction("delete") as txn:
        txn.delete(PrisonerRecord, ids["p_kovalenko"])
    cache.note(txn.changes)
    rematch_changes(session, cache)
    after = _links(session)
    full = rematch_all(session, IndexCache(), workers=1)
    assert (full.created, full.updated, full.dropped) == (0, 0, 0)
    assert _links(session) == after


class _CancelHalfway(Progress):
    """Presses Cancel once half of the work is reported done, and notes when."""

    pressed_at = 0.0

    def advance(self, steps: int = 1) -> None:
        super().advance(steps)
        if self.total and self.done >= self.total // 2 and not self.cancelled:
            self.pressed_at = time.perf_counter()
            self.cancel()


@pytest.fixture
def crowded(session: Session) -> Session:
    """Enough records that the work goes to worker processes (as it does at 100k)."""
    fill_vault(session, 600, 500, chunk=1100)
    return session


def test_cancel_midway_of_a_full_rematch_writes_nothing(crowded: Session) -> None:
    journal = crowded.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    progress = _CancelHalfway()
    with pytest.raises(Cancelled):
        rematch_all(crowded, IndexCache(), progress, workers=2)
    assert progress.done < progress.total
    assert list_entities(crowded.conn, Link) == []
    assert crowded.conn.execute("SELECT count(*) FROM journal").fetchone()[0] == journal


def test_cancel_midway_of_the_duplicate_search(crowded: Session) -> None:
    cache = index_cache(crowded)
    progress = _CancelHalfway()
    with pytest.raises(Cancelled):
        duplicate_pairs(crowded.conn, 50, progress, cache=cache, workers=2)
    assert 0 < progress.done < progress.total
    # The index built on the way is kept for the next search or re-match.
    assert not cache.stale


def test_duplicate_search_reuses_the_index_and_reports_the_whole_search(session: Session) -> None:
    ids = _seed(session)
    with session.transaction("same person") as txn:
        txn.create(
            PrisonerRecord(family_name="Kovalenko", given_name="Oleksandr", patronymic="Petrovych",
                           birth_date="1990-05-12")
        )  # fmt: skip
    cache = index_cache(session)
    assert cache is index_cache(session)
    index = cache.get(session.conn)
    progress = Progress()
    pairs = duplicate_pairs(session.conn, progress=progress, cache=cache)
    assert cache.get(session.conn) is index  # not rebuilt
    assert [ids["p_kovalenko"] in (p.a_id, p.b_id) for p in pairs] == [True]
    assert progress.total > 0 and progress.done == progress.total
    cache.release()
    assert cache.stale


def test_the_same_suggestion_twice_is_dropped_once(session: Session) -> None:
    ids = _seed(session)
    cache = IndexCache()
    rematch_all(session, cache, workers=1)
    (link,) = list_entities(session.conn, Link, "prisoner_id = ?", (ids["p_shevchenko"],))
    with session.transaction("sync") as txn:  # as if another laptop had suggested it too
        txn.create(
            Link(request_id=link.request_id, prisoner_id=link.prisoner_id, status="potential",
                 score=link.score, band=link.band, reasons=link.reasons)
        )  # fmt: skip
    result = rematch_all(session, cache, workers=1)
    assert (result.created, result.dropped) == (0, 1)
    assert len(list_entities(session.conn, Link, "prisoner_id = ?", (ids["p_shevchenko"],))) == 1


def test_a_suggestion_has_one_id_per_pair_and_comes_back_as_the_same_row(
    session: Session,
) -> None:
    """Two laptops suggest the same pair under the same id (sync meets it as one record)."""
    from caseapp.sync.ids import link_id

    ids = _seed(session)
    cache = index_cache(session)
    rematch_all(session, cache, workers=1)
    pair = (ids["r_shevchenko"], ids["p_shevchenko"])
    (link,) = list_entities(session.conn, Link, "prisoner_id = ?", (pair[1],))
    assert link.id == link_id(*pair)
    _edit(session, cache, PrisonerRecord, pair[1], family_name="Мельничук", given_name="Петро")
    rematch_changes(session, cache)
    assert list_entities(session.conn, Link, "prisoner_id = ?", (pair[1],)) == []
    _edit(session, cache, PrisonerRecord, pair[1], family_name="Шевченко", given_name="Тарас")
    result = rematch_changes(session, cache)
    assert result.created == 1
    (back,) = list_entities(session.conn, Link, "prisoner_id = ?", (pair[1],))
    assert (back.id, back.status) == (link_id(*pair), "potential")
    rows = session.conn.execute("SELECT count(*) FROM link WHERE id = ?", (back.id,)).fetchone()
    assert rows[0] == 1
