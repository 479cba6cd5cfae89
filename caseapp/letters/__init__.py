"""Letters to families: templates, safety gates, PDF rendering, the register, batches.

The GUI and the CLI call only what is exported here:

- ``preview_letter(session, spec) -> bytes``: the PDF as it would be generated, nothing recorded;
- ``generate_letter(session, spec) -> LetterRecord``: gates, render, record (one transaction);
- ``approve_letter(session, letter_id)``: second person's approval of news of death;
- ``reprint_letter(session, letter_id) -> bytes`` / ``review_pdf``: the stored PDF;
- ``mark_delivery(session, letter_id, status)``; ``search_letters(conn, LetterQuery(...))``;
- ``generate_batch(session, kind, request_ids, progress=Progress())`` and ``owed_letters``;
- ``load_profile(conn)`` / ``save_profile(session, OrgProfile(...))``;
- ``render_sample(kind, lang, profile)``: a specimen to check the templates.

Refusals raise ``LetterBlocked`` (a ``BadInput``) listing every reason. PDFs are bytes in memory;
nothing in this package writes a file except ``write_batch``, to paths the caller gives.
"""

from caseapp.letters.batch import BatchResult, Skipped, generate_batch, owed_letters, write_batch
from caseapp.letters.compose import LetterSpec
from caseapp.letters.gates import LetterBlocked, Refusal
from caseapp.letters.kinds import KINDS, Kind
from caseapp.letters.profile import OrgProfile, load_profile, save_profile
from caseapp.letters.register import (
    AWAITING_APPROVAL,
    MARKABLE,
    STATES,
    AwaitingApproval,
    LetterQuery,
    approve_letter,
    find_letter,
    generate_letter,
    letter_state,
    letter_warnings,
    mark_delivery,
    preview_letter,
    reprint_letter,
    review_pdf,
    search_letters,
)
from caseapp.letters.sample import render_sample
from caseapp.letters.templates import TemplateError

__all__ = [
    "AWAITING_APPROVAL",
    "KINDS",
    "MARKABLE",
    "STATES",
    "AwaitingApproval",
    "BatchResult",
    "Kind",
    "LetterBlocked",
    "LetterQuery",
    "LetterSpec",
    "OrgProfile",
    "Refusal",
    "Skipped",
    "TemplateError",
    "approve_letter",
    "find_letter",
    "generate_batch",
    "generate_letter",
    "letter_state",
    "letter_warnings",
    "load_profile",
    "mark_delivery",
    "owed_letters",
    "preview_letter",
    "render_sample",
    "reprint_letter",
    "review_pdf",
    "save_profile",
    "search_letters",
    "write_batch",
]
