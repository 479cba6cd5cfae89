"""Batches: one merged PDF, each letter registered, refusals listed, Cancel leaves nothing."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.models import LetterRecord
from caseapp.errors import BadInput, Cancelled
from caseapp.letters import (
    LetterSpec,
    generate_batch,
    generate_letter,
    mark_delivery,
    owed_letters,
    write_batch,
)
from caseapp.records import list_entities
from caseapp.store import Session
from caseapp.tasks import Progress
from tests.letters.helpers import TODAY, add_case, add_round, pdf_pages, pdf_text


def _cases(session: Session, count: int) -> list[str]:
    names = ["Бондаренко Олена", "Ткаченко Іван", "Кравчук Юлія", "Мельник Петро", "Лисенко Ґанна"]
    return [add_case(session, enquirer=names[i % len(names)]).request.id for i in range(count)]


def _letters(session: Session) -> list[LetterRecord]:
    return list_entities(session.conn, LetterRecord)


def test_batch_records_each_letter_and_merges_them_in_order(org: Session) -> None:
    ids = _cases(org, 5)
    blocked = add_case(org, address=None).request.id
    ids.insert(2, blocked)
    progress = Progress()
    result = generate_batch(org, "confirmation_held", ids, progress=progress, today=TODAY)

    assert (progress.done, progress.total, progress.fraction) == (6, 6, 1.0)
    assert len(result.letters) == 5
    assert [s.request_id for s in result.skipped] == [blocked]
    assert "postal address" in result.skipped[0].reasons[0]
    assert result.skipped[0].request_ref.startswith("TR-")
    stored = {r.id: r for r in _letters(org)}
    assert set(stored) == {r.id for r in result.letters}
    assert blocked not in {r.request_id for r in stored.values()}
    for letter in result.letters:
        assert stored[letter.id].sha256 == hashlib.sha256(letter.pdf or b"").hexdigest()

    assert result.merged_pdf is not None
    pages = pdf_pages(result.merged_pdf)
    assert len(pages) == result.pages == 5
    for page, letter in zip(pages, result.letters, strict=True):
        assert f"TCH/{letter.ref}" in page
        assert (letter.recipient_name or "") in page
        assert pdf_text(letter.pdf or b"") == page  # the merged page is the registered letter


def test_cancel_rolls_the_whole_batch_back(org: Session) -> None:
    ids = _cases(org, 4)

    class CancelAfterTwo(Progress):
        def advance(self, steps: int = 1) -> None:
            super().advance(steps)
            if self.done == 2:
                self.cancel()

    with pytest.raises(Cancelled):
        generate_batch(org, "confirmation_held", ids, progress=CancelAfterTwo(), today=TODAY)
    assert _letters(org) == []
    used = org.conn.execute("SELECT count(*) FROM counter WHERE name LIKE 'LT-%'").fetchone()[0]
    assert used == 0  # no letter number was spent either
    # The same batch runs afterwards as if nothing had happened.
    result = generate_batch(org, "confirmation_held", ids, today=TODAY)
    assert (result.letters[0].ref or "").endswith("-00001")


def test_batch_on_a_worker_thread_with_cancel_from_the_gui_thread(org: Session) -> None:
    ids = _cases(org, 6)
    first_done, may_go_on = threading.Event(), threading.Event()

    class Paused(Progress):
        def advance(self, steps: int = 1) -> None:
            super().advance(steps)
            if self.done == 1:
                first_done.set()
                may_go_on.wait(10)

    progress = Paused()
    outcome: list[BaseException | object] = []

    def work() -> None:
        try:
            outcome.append(
                generate_batch(org, "confirmation_held", ids, progress=progress, today=TODAY)
            )
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert first_done.wait(10)
    assert progress.done == 1 and not progress.cancelled
    progress.cancel()  # what the GUI's Cancel button does
    may_go_on.set()
    worker.join(10)
    assert isinstance(outcome[0], Cancelled)
    assert _letters(org) == []


def test_batch_on_a_worker_thread_completes(org: Session) -> None:
    ids = _cases(org, 3)
    results = []
    worker = threading.Thread(
        target=lambda: results.append(generate_batch(org, "confirmation_held", ids, today=TODAY))
    )
    worker.start()
    worker.join(30)
    assert len(results[0].letters) == 3
    assert len(_letters(org)) == 3  # visible from this thread's connection


def test_news_of_death_is_never_batched(org: Session) -> None:
    ids = _cases(org, 1)
    with pytest.raises(BadInput, match="never sent in a batch"):
        generate_batch(org, "death_notification", ids)


def test_a_batch_where_every_letter_is_refused_makes_no_pdf(org: Session) -> None:
    ids = [add_case(org, address=None).request.id for _ in range(2)]
    result = generate_batch(org, "confirmation_held", ids, today=TODAY)
    assert result.letters == [] and result.merged_pdf is None and len(result.skipped) == 2


def test_duplex_batch_adds_blank_backs(org: Session) -> None:
    ids = _cases(org, 3)
    result = generate_batch(org, "confirmation_held", ids, duplex=True, today=TODAY)
    assert result.merged_pdf is not None
    assert len(PdfReader(io.BytesIO(result.merged_pdf)).pages) == 6


def test_write_batch_names_files_by_register_number_only(org: Session, tmp_path: Path) -> None:
    ids = _cases(org, 2)
    result = generate_batch(org, "confirmation_held", ids, today=TODAY)
    merged = tmp_path / "batch.pdf"
    written = write_batch(result, merged, tmp_path / "letters")
    assert merged.read_bytes() == result.merged_pdf
    names = sorted(p.name for p in (tmp_path / "letters").iterdir())
    assert names == sorted(f"{r.ref}.pdf" for r in result.letters)
    for letter in result.letters:
        assert (tmp_path / "letters" / f"{letter.ref}.pdf").read_bytes() == letter.pdf
    assert len(written) == 3


def test_owed_confirmations(org: Session) -> None:
    owed = add_case(org)
    done = add_case(org)
    generate_letter(org, LetterSpec("confirmation_held", done.request.id), today=TODAY)
    cancelled = add_case(org)
    letter = generate_letter(
        org, LetterSpec("confirmation_held", cancelled.request.id), today=TODAY
    )
    mark_delivery(org, letter.id, "cancelled")
    add_case(org, link_status="potential")
    add_case(org, prisoner_dnd=True)
    add_case(org, request_dnd=True)
    add_case(org, prisoner_status="released")
    # In reference order, which is creation order here.
    assert owed_letters(org.conn, "confirmation_held") == [owed.request.id, cancelled.request.id]


def test_owed_for_an_exchange_round(org: Session) -> None:
    on_round = add_case(org)
    add_case(org)  # held, but on no list
    assert on_round.prisoner is not None
    round_id = add_round(org, on_round.prisoner)
    assert owed_letters(org.conn, "exchange_inclusion", round_id=round_id) == [on_round.request.id]
    result = generate_batch(
        org,
        "exchange_inclusion",
        owed_letters(org.conn, "exchange_inclusion", round_id=round_id),
        round_id=round_id,
        today=TODAY,
    )
    assert [r.round_id for r in result.letters] == [round_id]
    assert "(етап «185 на 185»)" in pdf_text(result.letters[0].pdf or b"")
    assert owed_letters(org.conn, "exchange_inclusion", round_id=round_id) == []


def test_owed_acknowledgements(org: Session) -> None:
    first = add_case(org, prisoner_status=None)
    second = add_case(org, prisoner_status=None)
    generate_letter(org, LetterSpec("acknowledgement", first.request.id), today=TODAY)
    assert owed_letters(org.conn, "acknowledgement") == [second.request.id]
    with pytest.raises(BadInput):
        owed_letters(org.conn, "death_notification")
