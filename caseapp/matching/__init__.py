"""Matching tracing requests to prisoner records, and prisoner records to each other (issue 4).

Suggests, never decides: every result carries a score 0-100, a band (strong / possible / weak)
and a per-field explanation for the reviewer. Typical use::

    index = MatchIndex(PersonInput.from_prisoner(p) for p in prisoners)   # once
    results = index.match(PersonInput.from_request(request), top=10)      # per request
    index.update(PersonInput.from_prisoner(changed)); index.remove(record_id)
    pairs = find_duplicates(index, threshold=80)
"""

from caseapp.matching.batch import match_many
from caseapp.matching.duplicates import DuplicatePair, find_duplicates
from caseapp.matching.explain import FieldReason, reasons_text
from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.person import PersonInput
from caseapp.matching.scoring import POSSIBLE, STRONG, band_of

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
