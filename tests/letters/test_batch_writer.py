"""A batch draws its letters without holding the vault: saves made meanwhile go through, and
what they changed is in the letters that are recorded (gates, text, register numbers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from caseapp.domain.models import LetterRecord, TracingRequest
from caseapp.errors import Cancelled
from caseapp.letters import BatchResult, LetterSpec, generate_batch, generate_letter
from caseapp.records import list_entities
from caseapp.store import Session
from caseapp.tasks import Progress
from tests.letters.helpers import TODAY, add_case, pdf_pages, pdf_text


class SaveMeanwhile:
    """The GUI's writer as a long job sees it (``caseapp.tasks.WriterQueue``): one short write
    waits from the moment the batch has drawn ``after`` letters; like the GUI's writer it runs
    only when the job's thread holds no transaction."""

    def __init__(self, session: Session, progress: Progress, write: Callable[[], None]) -> None:
        self.session, self.progress = session, progress
        self.write: Callable[[], None] | None = write
        self.ran_at: int | None = None  # letters drawn when the save went through

    def waiting(self) -> bool:
        return self.write is not None and self.progress.done >= 1

    def run_waiting(self) -> None:
        if not self.waiting() or self.session.vault.in_transaction_here():
            return
        write, self.write = self.write, None
        assert write is not None
        write()
        self.ran_at = self.progress.done


def _batch_with_a_save(
    session: Session, ids: list[str], write: Callable[[], None]
) -> tuple[BatchResult, SaveMeanwhile]:
    progress = Progress()
    writer = SaveMeanwhile(session, progress, write)
    progress.writer = writer
    result = generate_batch(session, "confirmation_held", ids, progress=progress, today=TODAY)
    return result, writer


def _cases(session: Session, count: int) -> list[str]:
    return [add_case(session, enquirer=f"Бондаренко Олена {i}").request.id for i in range(count)]


def _stored(session: Session) -> list[LetterRecord]:
    return sorted(list_entities(session.conn, LetterRecord), key=lambda r: r.ref or "")


def _check_numbers_and_pages(session: Session, result: BatchResult, first: int) -> None:
    letters = result.letters
    assert result.merged_pdf is not None
    assert [(r.ref or "")[-5:] for r in letters] == [
        f"{n:05d}" for n in range(first, first + len(letters))
    ]
    pages = pdf_pages(result.merged_pdf)
    assert len(pages) == len(letters)
    for page, letter in zip(pages, letters, strict=True):
        assert f"TCH/{letter.ref}" in page  # printed with the number it was recorded under
        assert pdf_text(letter.pdf or b"") == page
    stored = {r.id for r in _stored(session)}
    assert {r.id for r in letters} <= stored


def test_a_save_goes_through_while_the_batch_draws_and_its_refusal_counts(org: Session) -> None:
    ids = _cases(org, 5)
    hidden = ids[2]

    def save() -> None:  # someone marks a family "do not disclose" while the batch runs
        with org.transaction("edit tracing request") as txn:
            txn.update(TracingRequest, hidden, do_not_disclose=True)

    result, writer = _batch_with_a_save(org, ids, save)
    assert writer.ran_at is not None and writer.ran_at < len(ids)  # not after the batch
    assert [s.request_id for s in result.skipped] == [hidden]
    assert hidden not in {r.request_id for r in _stored(org)}
    assert len(result.letters) == 4
    _check_numbers_and_pages(org, result, 1)


def test_an_address_changed_meanwhile_is_the_one_printed(org: Session) -> None:
    ids = _cases(org, 3)

    def save() -> None:
        with org.transaction("edit tracing request") as txn:
            txn.update(TracingRequest, ids[0], enquirer_address="вул. Нова, 7\nм. Дніпро\n49000")

    result, writer = _batch_with_a_save(org, ids, save)
    assert writer.ran_at is not None and writer.ran_at < len(ids)
    first = result.letters[0]
    assert "Нова, 7" in pdf_text(first.pdf or b"")
    assert "Соборна" not in pdf_text(first.pdf or b"")
    assert first.recipient_address and "Нова, 7" in first.recipient_address
    _check_numbers_and_pages(org, result, 1)


def test_a_letter_made_meanwhile_takes_its_number_and_the_batch_follows_it(
    org: Session,
) -> None:
    ids = _cases(org, 3)
    other = add_case(org, enquirer="Ткаченко Іван").request.id
    single: list[LetterRecord] = []

    def save() -> None:
        single.append(generate_letter(org, LetterSpec("confirmation_held", other), today=TODAY))

    result, writer = _batch_with_a_save(org, ids, save)
    assert writer.ran_at is not None
    assert (single[0].ref or "").endswith("-00001")
    _check_numbers_and_pages(org, result, 2)
    assert len(_stored(org)) == 4


def test_cancel_while_recording_leaves_nothing(org: Session) -> None:
    ids = _cases(org, 3)

    class CancelWhenRecording(Progress):
        """Cancel once every letter is drawn: the checks then come from the recording."""

        checks = 0

        def check(self) -> None:
            if self.done == len(ids):
                self.checks += 1
                if self.checks > len(ids) + 1:  # past the merge: inside the transaction
                    self.cancel()
            super().check()

    with pytest.raises(Cancelled):
        generate_batch(org, "confirmation_held", ids, progress=CancelWhenRecording(), today=TODAY)
    assert _stored(org) == []
    used = org.conn.execute("SELECT count(*) FROM counter WHERE name LIKE 'LT-%'").fetchone()[0]
    assert used == 0
