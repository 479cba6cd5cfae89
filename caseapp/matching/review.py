"""What a reviewer sees beside one suggestion: its lead over the best other candidate for the
same request, and why that candidate differs (issue 15). Read-only, from the stored links."""

from __future__ import annotations

import json

from caseapp.domain.models import Link
from caseapp.matching.explain import FieldReason, contrast, rival_text
from caseapp.store import list_entities, load_entity
from caseapp.vault.connection import Connection


def _reasons(link: Link) -> list[FieldReason]:
    try:
        data = json.loads(link.reasons or "[]")
        return [FieldReason.from_dict(item) for item in data if isinstance(item, dict)]
    except (ValueError, KeyError):
        return []


def runner_up(conn: Connection, link_id: str, lang: str = "en") -> str:
    """One line: the margin over (or behind) the best other suggestion for the link's request
    (rejected ones left out), and the fields where that one compares differently."""
    link = load_entity(conn, Link, link_id)
    if link is None:
        return ""
    others = [
        other
        for other in list_entities(
            conn,
            Link,
            "request_id = ? AND id != ? AND status != 'rejected'",
            (link.request_id, link.id),
        )
        if other.score is not None
    ]
    if not others:
        return rival_text(None, 0.0, [], lang)
    rival = max(others, key=lambda other: (other.score or 0.0, other.id))
    margin = round((link.score or 0.0) - (rival.score or 0.0), 1)
    differs = [theirs for _, theirs in contrast(_reasons(link), _reasons(rival))]
    return rival_text(margin, rival.score or 0.0, differs, lang)
