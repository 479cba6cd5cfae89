"""Deterministic ids for rows that two laptops may create independently for the same thing.

A potential link for one request/prisoner pair, or the mark of a merge, gets the same id on
every laptop, so when their journals meet the two creations are one record (see
``caseapp.sync.state``) instead of two duplicates. Singleton settings already use their key
as id (``org_profile``).
"""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("5b0c6f1e-8a53-4f0e-9a8e-6f1f2d3c4b5a")


def derived_id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join((kind, *parts))))


def link_id(request_id: str, prisoner_id: str) -> str:
    return derived_id("link", request_id, prisoner_id)


def merge_mark_id(merged_id: str) -> str:
    return derived_id("merge", merged_id)
