"""The matching weights in force for a vault: shipped, or learned from its records and decisions.

Stored as the vault ``Setting`` "matching_weights" (JSON: which weights are in use, and the last
learned model with what it was learned from), so the choice is journaled and travels with the
vault like any edit. ``learn_weights`` runs on a worker thread or from ``caseapp match learn``;
``reset_weights`` returns to the shipped weights (the learned ones are kept for a later
``use_learned_weights``); ``current_model`` is what the matcher loads.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from caseapp.domain.models import Link, PrisonerRecord, Setting, TracingRequest
from caseapp.errors import BadInput
from caseapp.i18n import translate
from caseapp.matching.index import MatchIndex
from caseapp.matching.learn import Learned, learn
from caseapp.matching.person import PersonInput, Prepared
from caseapp.matching.scoring import Model
from caseapp.store import ChangeSet, Session, list_entities, load_entity
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

log = logging.getLogger(__name__)

SETTING_KEY = "matching_weights"
SHIPPED, LEARNED = "shipped", "learned"


@dataclass(frozen=True)
class WeightsState:
    """Which weights a vault uses, and the learned ones if it has any."""

    in_use: str = SHIPPED
    learned: Learned | None = None
    learned_at: str | None = None


@dataclass(frozen=True)
class LearnResult:
    learned: Learned
    changes: ChangeSet


def weights_state(conn: Connection) -> WeightsState:
    """The stored state; a damaged setting reads as "shipped" (logged without its content)."""
    setting = load_entity(conn, Setting, SETTING_KEY)
    if setting is None or not setting.value:
        return WeightsState()
    try:
        data = json.loads(setting.value)
        learned = Learned.from_json(data["model"]) if data.get("model") else None
        in_use = LEARNED if data.get("in_use") == LEARNED and learned is not None else SHIPPED
        return WeightsState(in_use, learned, data.get("learned_at"))
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("stored matching weights are unreadable; using the shipped weights")
        return WeightsState()


def current_model(conn: Connection) -> Model | None:
    """The learned model if the vault uses it, else None (the shipped weights)."""
    state = weights_state(conn)
    return state.learned.model if state.in_use == LEARNED and state.learned else None


def _store(session: Session, action: str, state: WeightsState) -> ChangeSet:
    value = json.dumps(
        {
            "in_use": state.in_use,
            "model": state.learned.to_json() if state.learned else None,
            "learned_at": state.learned_at,
        },
        sort_keys=True,
    )
    with session.transaction(action) as txn:
        if load_entity(txn.conn, Setting, SETTING_KEY) is None:
            txn.create(Setting(id=SETTING_KEY, value=value))
        else:
            txn.update(Setting, SETTING_KEY, value=value)
    return txn.changes


def learn_weights(session: Session, progress: Progress | None = None) -> LearnResult:
    """Learn the weights from the vault's prisoner records, its tracing requests and the
    reviewers' confirmed and rejected links, and use them from now on. Reads everything first,
    then writes one setting in one transaction; Cancel before the write leaves the vault as it
    was. Refuses a vault with too few records to learn from (a clear message, nothing stored).
    """
    conn = session.conn
    prisoners = list_entities(conn, PrisonerRecord)
    if len(prisoners) < 200:
        raise BadInput(
            "Too few prisoner records to learn matching weights from (at least 200 are "
            "needed); the shipped weights stay in use."
        )
    if progress is not None:
        progress.start(len(prisoners) // 1000 + 4, "Reading the records")
    index = MatchIndex()
    for number, record in enumerate(prisoners, 1):
        index.add(PersonInput.from_prisoner(record))
        if progress is not None and number % 1000 == 0:
            progress.step()
    requests = {r.id: r for r in list_entities(conn, TracingRequest)}
    queries = [index.prepare(PersonInput.from_request(r)) for r in requests.values()]
    by_id = {prepared.id: prepared for prepared in index.records()}
    decided: dict[str, list[tuple[Prepared, Prepared]]] = {"confirmed": [], "rejected": []}
    for link in list_entities(conn, Link, "status IN ('confirmed', 'rejected')"):
        request = requests.get(link.request_id or "")
        known = by_id.get(link.prisoner_id or "")
        if request is not None and known is not None and link.status in decided:
            decided[link.status].append((known, index.prepare(PersonInput.from_request(request))))

    def report(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress.message = stage
            progress.step()

    learned = learn(
        index.records(),
        index.names,
        lambda query: index.candidate_records(query, 5, exclude=query.id),
        queries,
        decided["confirmed"],
        decided["rejected"],
        progress=report,
    )
    if progress is not None:
        progress.check()
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    changes = _store(session, "learn matching weights", WeightsState(LEARNED, learned, stamp))
    return LearnResult(learned, changes)


def reset_weights(session: Session) -> ChangeSet:
    """Back to the shipped weights (the learned ones are kept, unused)."""
    state = weights_state(session.conn)
    return _store(
        session,
        "use shipped matching weights",
        WeightsState(SHIPPED, state.learned, state.learned_at),
    )


def use_learned_weights(session: Session) -> ChangeSet:
    """Use the weights learned last time again; refused if there are none."""
    state = weights_state(session.conn)
    if state.learned is None:
        raise BadInput("No learned matching weights yet: learn them first.")
    return _store(
        session,
        "use learned matching weights",
        WeightsState(LEARNED, state.learned, state.learned_at),
    )


def weights_table(learned: Learned, lang: str = "en") -> str:
    """The learned weights field by field, beside the shipped ones (points), as text lines:
    field, comparison, m, u, the evidence behind the code (pairs' worth: the less, the closer
    the learned weight stays to the shipped one), learned points, shipped points."""
    from caseapp.matching.explain import FIELD_LABELS
    from caseapp.matching.scoring import SHIPPED as SHIPPED_MODEL

    lines = [
        translate(
            "Learned from {records} records, {pairs} candidate pairs, {random} random pairs, "
            "{confirmed} confirmed and {rejected} rejected links.",
            lang,
            records=learned.records,
            pairs=learned.candidate_pairs,
            random=learned.random_pairs,
            confirmed=learned.confirmed,
            rejected=learned.rejected,
        ),
        "\t".join(
            translate(h, lang)
            for h in ("field", "comparison", "m", "u", "evidence", "learned", "shipped")
        ),
    ]
    for field_name, table in learned.m.items():
        label = translate(FIELD_LABELS.get(field_name, field_name), lang)
        for code, m in table.items():
            evidence = learned.evidence.get(field_name, {}).get(code)
            lines.append(
                f"{label}\t{code}\t{m:.4f}\t{learned.u[field_name][code]:.5f}\t"
                f"{'' if evidence is None else f'{evidence:.0f}'}\t"
                f"{learned.model.weights[field_name][code]:+.2f}\t"
                f"{SHIPPED_MODEL.weights[field_name][code]:+.2f}"
            )
    return "\n".join(lines)
