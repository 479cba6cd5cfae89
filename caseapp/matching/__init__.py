"""Matching tracing requests to prisoner records, and prisoner records to each other (issue 4).

Suggests, never decides: every result carries a score 0-100, a band (strong / possible / weak)
and a per-field explanation for the reviewer. Typical use::

    index = MatchIndex(PersonInput.from_prisoner(p) for p in prisoners)   # once
    results = index.match(PersonInput.from_request(request), top=10)      # per request
    index.update(PersonInput.from_prisoner(changed)); index.remove(record_id)
    pairs = find_duplicates(index, threshold=80)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caseapp.matching.batch import match_many
    from caseapp.matching.duplicates import DuplicatePair, find_duplicates
    from caseapp.matching.explain import FieldReason, reasons_text
    from caseapp.matching.index import MatchIndex, MatchResult
    from caseapp.matching.person import PersonInput
    from caseapp.matching.scoring import POSSIBLE, STRONG, band_of

#: Where each public name lives. Loaded on first use, so that importing a leaf module such as
#: ``caseapp.matching.phonetic`` (the vault's search keys) does not load the whole engine,
#: rapidfuzz and multiprocessing.
_HOMES = {
    "match_many": "batch",
    "DuplicatePair": "duplicates",
    "find_duplicates": "duplicates",
    "FieldReason": "explain",
    "reasons_text": "explain",
    "MatchIndex": "index",
    "MatchResult": "index",
    "PersonInput": "person",
    "POSSIBLE": "scoring",
    "STRONG": "scoring",
    "band_of": "scoring",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'caseapp.matching' has no attribute {name!r}")
    return getattr(importlib.import_module(f"caseapp.matching.{home}"), name)


__all__ = [
    "POSSIBLE",
    "STRONG",
    "DuplicatePair",
    "FieldReason",
    "MatchIndex",
    "MatchResult",
    "PersonInput",
    "band_of",
    "find_duplicates",
    "match_many",
    "reasons_text",
]
