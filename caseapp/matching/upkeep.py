"""Keeping suggestions current: the session's match index, re-matching, duplicate search.

``IndexCache`` holds one ``MatchIndex`` of every prisoner record per session, refreshed from
the ChangeSets the GUI broadcasts; ``rematch_changes`` re-matches only what those changes can
affect (``affected_requests``), ``rematch_all`` every request on worker processes. Requests,
links and records are read in SQL, streamed or for the named ids only. Scoring happens before
one short write transaction, and Cancel is honoured throughout, so a cancelled run writes
nothing. On lock, ``forget_names`` and ``return_memory`` let every decrypted name go.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import functools
import gc
import json
import threading
import weakref
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from caseapp.domain.models import Link
from caseapp.matching import phonetic, scoring
from caseapp.matching.batch import default_workers, match_many
from caseapp.matching.blocking import query_keys, record_keys
from caseapp.matching.duplicates import DuplicatePair, find_duplicates
from caseapp.matching.explain import FieldReason
from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.names import default_table
from caseapp.matching.person import NameTriple, PersonInput, Prepared
from caseapp.matching.scoring import POSSIBLE, STRONG, points
from caseapp.matching.weights import current_model
from caseapp.store import ChangeSet, Session
from caseapp.sync.ids import link_id as pair_link_id
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

#: Suggestions stored per tracing request, and the lowest score worth a reviewer's time.
TOP = 5
MIN_SCORE = POSSIBLE
#: Requests in these states get no suggestions (the case is over or already decided).
SETTLED = ("confirmed_held", "confirmed_deceased", "returned", "closed")
#: Fields of a prisoner record or a tracing request that matching reads (``PersonInput``).
MATCH_FIELDS = frozenset(f.name for f in dataclasses.fields(PersonInput)) - {"id", "alt_names"}
#: Per entity type, the fields whose change can move suggestions; any other edit (notes,
#: contact details, assignment…) re-matches nothing.
WATCHED_FIELDS: dict[str, frozenset[str]] = {
    "prisoner": MATCH_FIELDS | {"deleted"},
    "tracing_request": MATCH_FIELDS | {"status", "deleted"},
    "name_form": frozenset(
        {"family_name", "given_name", "patronymic", "owner_id", "owner_type", "deleted"}
    ),
}
#: Above this many changed prisoner records (an import), re-match every request instead.
MOVED_FOR_FULL = 2000
#: Progress units per record indexed, per request matched (matching one costs ~25 times more).
INDEX_STEP, MATCH_STEP = 1, 10
_PERSON_COLUMNS = (
    "family_name",
    "given_name",
    "patronymic",
    "sex",
    "birth_date",
    "birth_place",
    "service_number",
    "unit",
)
_CHUNK = 500


def matching_ids(changes: ChangeSet, entity_type: str) -> set[str]:
    """Ids of ``entity_type`` whose change can move suggestions (a ``notes`` edit cannot)."""
    ids = changes.created.get(entity_type, set()) | changes.deleted.get(entity_type, set())
    updated = changes.updated.get(entity_type)
    if updated:
        fields = changes.updated_fields.get(entity_type)
        if fields is None or fields & WATCHED_FIELDS[entity_type]:
            ids = ids | updated
    return ids


def affects_matching(changes: ChangeSet) -> bool:
    """Whether a change (e.g. a bundle's import) can move any suggestion."""
    return any(matching_ids(changes, entity_type) for entity_type in WATCHED_FIELDS)


def _rows(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    ids: Iterable[str] | None = None,
    *,
    key: str = "id",
    where: str = "",
    include_deleted: bool = False,
) -> Iterator[tuple[Any, ...]]:
    """Rows streamed from SQLite: all (in rowid order) or those whose ``key`` is in ``ids``,
    asked for in chunks so that neither the SQL nor a list of every row grows with the vault."""
    head = f"SELECT {', '.join(columns)} FROM {table} WHERE " + (
        "1" if include_deleted else "deleted = 0"
    )
    if where:
        head += f" AND {where}"
    if ids is None:
        yield from conn.execute(head + " ORDER BY rowid")
        return
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        yield from conn.execute(f"{head} AND {key} IN ({', '.join('?' * len(chunk))})", chunk)


def _people(
    conn: Connection,
    table: str,
    owner_type: str,
    ids: Iterable[str] | None = None,
    extra: Sequence[str] = (),
) -> Iterator[tuple[PersonInput, tuple[Any, ...]]]:
    """Each person (with the other ways the name was written) and the ``extra`` columns."""
    wanted = None if ids is None else list(ids)
    forms: dict[str, list[NameTriple]] = defaultdict(list)
    name_columns = ("owner_id", "family_name", "given_name", "patronymic")
    where = f"owner_type = '{owner_type}'"  # a core constant, never user text
    for owner_id, *triple in _rows(
        conn, "name_form", name_columns, wanted, key="owner_id", where=where
    ):
        forms[owner_id].append((triple[0], triple[1], triple[2]))
    for row in _rows(conn, table, ("id", *_PERSON_COLUMNS, *extra), wanted):
        fields = dict(zip(_PERSON_COLUMNS, row[1:9], strict=True))
        yield PersonInput(row[0], **fields, alt_names=tuple(forms.get(row[0], ()))), row[9:]


def _count(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0])


def build_index(
    conn: Connection, progress: Progress | None = None, *, plan: bool = True
) -> MatchIndex:
    """Every prisoner record with its name forms; run it on the worker thread (100k: seconds).

    Rows are streamed, never held as a list of records; ``plan=False`` when the caller has
    already sized ``progress`` for a longer job (one step per record).
    """
    if progress is not None and plan:
        progress.start(_count(conn, "prisoner") * INDEX_STEP)
    index = MatchIndex(model=current_model(conn))  # the vault's weights: shipped or learned
    number = 0
    for number, (person, _) in enumerate(_people(conn, "prisoner", "prisoner"), 1):
        index.add(person)
        if progress is not None and number % 500 == 0:
            progress.step(500 * INDEX_STEP)
    if progress is not None:
        progress.step(number % 500 * INDEX_STEP)
    return index


def reasons_json(reasons: Iterable[FieldReason]) -> str:
    return json.dumps([r.to_dict() for r in reasons], ensure_ascii=False, sort_keys=True)


class RequestKeys:
    """Open tracing requests filed under the blocking keys they look up (``query_keys``): which
    requests can a changed prisoner record reach as a candidate?

    Keys are held as CRC-32 hashes (the same in every process; a collision only adds a request
    to check), and a changed request files its new keys without losing its old ones (a stale
    entry costs one check), so this stays small (~20 MB for 50k requests) and is kept current
    in microseconds. The full re-match fills it as a by-product of matching every request.
    """

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._slot_of: dict[str, int] = {}
        self._by_key: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, request_id: str, hashes: Iterable[int]) -> None:
        """File a request under the hashes of its keys (``key_hashes``)."""
        slot = self._slot_of.get(request_id)
        if slot is None:
            slot = self._slot_of[request_id] = len(self._ids)
            self._ids.append(request_id)
        for code in hashes:
            posting = self._by_key.setdefault(code, [])
            if not posting or posting[-1] != slot:
                posting.append(slot)

    def reaching(self, keys: Iterable[str]) -> set[str]:
        """Requests that look up at least one of ``keys`` (a record's blocking keys)."""
        slots: set[int] = set()
        for key in keys:
            slots.update(self._by_key.get(zlib.crc32(key.encode()), ()))
        return {self._ids[slot] for slot in slots}


def key_hashes(query: Prepared) -> tuple[int, ...]:
    """The blocking keys a query looks up, as ``RequestKeys`` files them."""
    family, others = query_keys(query)
    return tuple(zlib.crc32(key.encode()) for key in (*family, *others))


def build_request_keys(
    conn: Connection,
    index: MatchIndex,
    progress: Progress | None = None,
    ids: Iterable[str] | None = None,
    keys: RequestKeys | None = None,
) -> RequestKeys:
    """File the open requests (all, or ``ids`` into ``keys``) under their blocking keys."""
    keys = RequestKeys() if keys is None else keys
    found = _people(conn, "tracing_request", "tracing_request", ids, extra=("status",))
    for number, (person, (status,)) in enumerate(found, 1):
        if status not in SETTLED:
            keys.add(person.id, key_hashes(index.prepare(person)))
        if progress is not None and number % 500 == 0:
            progress.check()
    return keys


class IndexCache:
    """One index per session, kept current from the ChangeSets the GUI broadcasts.

    ``note`` may be called from any thread; ``get`` and the rest run on a worker thread while
    holding ``busy`` (the index is not thread-safe), refreshing only the prisoner records that
    changed instead of rebuilding 100k. It also remembers, for the incremental re-match, which
    requests changed and how each changed prisoner record looked before (``take_changes``).
    An explicit re-match should still call ``invalidate`` first: a write nobody broadcast would
    otherwise go unnoticed until the next full build. ``release`` (on lock) forgets it all.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        #: Held by the one task that uses the index at a time.
        self.busy = threading.Lock()
        self._index: MatchIndex | None = None
        self._request_keys: RequestKeys | None = None
        self._prisoners: set[str] = set()
        self._forms: set[str] = set()
        self._requests: set[str] = set()
        #: prisoner id -> the record as it was indexed before it changed (None: not known)
        self._moved: dict[str, Prepared | None] = {}
        self._full = True
        self._generation = 0

    @property
    def stale(self) -> bool:
        """True when the next ``get`` rebuilds the whole index."""
        return self._full or self._index is None

    def invalidate(self) -> None:
        with self._lock:
            self._full = True
            self._request_keys = None

    def release(self) -> None:
        """Drop the index and everything pending (the vault is being locked)."""
        with self._lock:
            self._generation += 1  # an index being built now is not kept
            self._index = None
            self._request_keys = None
            self._full = True
            self._prisoners, self._forms, self._requests, self._moved = set(), set(), set(), {}

    def note(self, changes: ChangeSet) -> bool:
        """Remember what a write changed; True if the suggestions may have to follow."""
        prisoners = matching_ids(changes, "prisoner")
        forms = matching_ids(changes, "name_form")
        requests = matching_ids(changes, "tracing_request")
        moved_form = changes.updated_fields.get("name_form", {"owner_id"}) & {
            "owner_id",
            "owner_type",
        }
        with self._lock:
            self._prisoners |= prisoners
            self._forms |= forms
            self._requests |= requests
            if changes.updated.get("name_form") and moved_form:
                self._full = True  # a form moved to another owner; its old owner is not known
        return bool(prisoners or forms or requests)

    def get(
        self, conn: Connection, progress: Progress | None = None, *, plan: bool = True
    ) -> MatchIndex:
        with self._lock:
            full, prisoners, forms = self._full, self._prisoners, self._forms
            self._full, self._prisoners, self._forms = False, set(), set()
        if forms:
            owners = _rows(
                conn, "name_form", ("owner_type", "owner_id"), forms, include_deleted=True
            )
            requests = set()
            for owner_type, owner_id in owners:
                if owner_type == "prisoner" and owner_id:
                    prisoners.add(owner_id)
                elif owner_type == "tracing_request" and owner_id:
                    requests.add(owner_id)
            with self._lock:
                self._requests |= requests
        if full or self._index is None:
            generation = self._generation
            index = build_index(conn, progress, plan=plan)
            with self._lock:
                if generation == self._generation:  # not released (locked) meanwhile
                    self._index = index
            for prisoner_id in prisoners:
                self._moved.setdefault(prisoner_id, None)
            return index
        index = self._index
        for prisoner_id in prisoners:
            self._moved.setdefault(prisoner_id, index.prepared(prisoner_id))
            index.remove(prisoner_id)
        for person, _ in _people(conn, "prisoner", "prisoner", prisoners):
            index.add(person)
        index.set_model(current_model(conn))  # learned or reset since the last build
        return index

    def take_changes(self) -> tuple[dict[str, Prepared | None], set[str]]:
        """The changed prisoner records (with their earlier form) and requests, once."""
        with self._lock:
            moved, self._moved = self._moved, {}
            requests, self._requests = self._requests, set()
        return moved, requests

    def set_request_keys(self, keys: RequestKeys) -> None:
        with self._lock:
            if self._index is not None:  # not released (locked) meanwhile
                self._request_keys = keys

    def request_keys(
        self, conn: Connection, index: MatchIndex, changed: set[str], progress: Progress | None
    ) -> RequestKeys:
        """The requests' blocking keys: built on first use, then the ``changed`` ones added."""
        keys = self._request_keys
        if keys is None:
            keys = build_request_keys(conn, index, progress)
            self.set_request_keys(keys)
        elif changed:
            build_request_keys(conn, index, ids=changed, keys=keys)
        return keys


_caches: weakref.WeakKeyDictionary[Session, IndexCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def index_cache(session: Session) -> IndexCache:
    """The session's one match index, shared by every screen that matches (re-match,
    duplicates), so 100k records are prepared and held once; it goes with the session."""
    with _caches_lock:
        cache = _caches.get(session)
        if cache is None:
            cache = _caches[session] = IndexCache()
        return cache


def forget_names() -> None:
    """The vault is being locked: let go of every name matching has seen (the comparison and
    spelling caches, the interned name parts), so no decrypted name outlives the session."""
    scoring._cmp.cache_clear()
    for cached in (phonetic.skeleton, phonetic.masculine, phonetic.consonants):
        cached.cache_clear()
    default_table().parts.clear()


def return_memory() -> None:
    """Collect, and hand freed heap pages back to the system (glibc), after ``forget_names``
    and the vault's close: otherwise the process keeps its peak size after a lock."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: it keeps what it keeps
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def affected_requests(
    conn: Connection,
    index: MatchIndex,
    keys: RequestKeys,
    moved: dict[str, Prepared | None],
    min_score: float = MIN_SCORE,
) -> set[str]:
    """The requests whose suggestions a change of these prisoner records can alter.

    Those that suggest one of them now, and those whose blocking keys meet a record's keys (as
    it was or as it is) and against which the record as it is now scores high enough to be
    suggested; every other request would get exactly the suggestions it has.
    """
    found: set[str] = set()
    columns = ("request_id",)
    for (request_id,) in _rows(
        conn, "link", columns, moved, key="prisoner_id", where="status = 'potential'"
    ):
        found.add(request_id)
    reach: dict[str, list[Prepared]] = defaultdict(list)
    for prisoner_id, old in moved.items():
        new = index.prepared(prisoner_id)
        if new is None:
            continue  # gone: only the requests suggesting it (above) change
        record_keys_now = record_keys(new) | (record_keys(old) if old is not None else set())
        for request_id in keys.reaching(record_keys_now):
            reach[request_id].append(new)
    candidates = [request_id for request_id in reach if request_id not in found]
    people = _people(conn, "tracing_request", "tracing_request", candidates, extra=("status",))
    for person, (status,) in people:
        if status in SETTLED:
            continue
        query = index.prepare(person)
        if any(
            index.model.score_of(points(record, query, index.names, index.model, index.freq))
            >= min_score
            for record in reach[person.id]
        ):
            found.add(person.id)
    return found


@dataclass(frozen=True)
class RematchResult:
    """How many potential links were added, refreshed and dropped, and what was written."""

    created: int = 0
    updated: int = 0
    dropped: int = 0
    txn_id: str = ""
    #: Requests looked at (the incremental re-match names only the affected ones).
    requests: int = 0
    changes: ChangeSet = dataclasses.field(default_factory=lambda: ChangeSet("", "re-match"))


#: One suggestion as it is stored: prisoner id, score, band, reasons (JSON).
Suggestion = tuple[str, float, str, str]


def _suggestions(
    query: Prepared, results: list[MatchResult], *, min_score: float
) -> tuple[str, list[Suggestion], tuple[int, ...]]:
    """In the worker: keep what is worth storing, as plain tuples (cheap to send back), and
    the request's blocking keys for ``RequestKeys``."""
    found = [
        (r.record_id, round(r.score, 1), r.band, reasons_json(r.reasons))
        for r in results
        if r.score >= min_score
    ]
    return query.id, found, key_hashes(query)


def rematch(
    session: Session,
    request_ids: Iterable[str] | None = None,
    progress: Progress | None = None,
    *,
    top: int = TOP,
    min_score: float = MIN_SCORE,
    index: MatchIndex | None = None,
    workers: int = 1,
    plan: bool = True,
    request_keys: RequestKeys | None = None,
) -> RematchResult:
    """Refresh the potential links of the given requests (all when None), in one transaction.

    Runs on a worker thread; ``workers`` > 1 scores on that many processes (as ``caseapp
    match`` does). Only the named requests and their links are read (filtered in SQL), and
    scoring happens before the write transaction, which is short. Idempotent: a second run
    with nothing changed writes nothing. Cancel is honoured at every step and writes nothing.
    """
    conn = session.conn
    if index is None:
        index = build_index(conn)
    wanted = None if request_ids is None else set(request_ids)
    decided: dict[str, set[str]] = defaultdict(set)
    confirmed: set[str] = set()
    decision_rows = _rows(
        conn, "link", ("request_id", "prisoner_id", "status"), wanted, key="request_id",
        where="status != 'potential'",
    )  # fmt: skip
    for request_id, prisoner_id, status in decision_rows:
        decided[request_id].add(prisoner_id)
        if status == "confirmed":
            confirmed.add(request_id)
    people: list[PersonInput] = []
    settled: list[str] = []
    for person, (status,) in _people(
        conn, "tracing_request", "tracing_request", wanted, extra=("status",)
    ):
        if status in SETTLED or person.id in confirmed:
            settled.append(person.id)
        else:
            people.append(person)
    if progress is not None:
        if plan:
            progress.start(len(people) * MATCH_STEP + len(people) + len(settled))
        progress.check()
    most_decided = max((len(d) for d in decided.values()), default=0)
    transform = functools.partial(_suggestions, min_score=min_score)
    plan_rows: list[tuple[str, list[Suggestion]]] = [(request_id, []) for request_id in settled]
    for request_id, found, hashes in match_many(
        index, people, top + most_decided, workers=workers, transform=transform,
        progress=progress, step_weight=MATCH_STEP, with_query=True, min_score=min_score,
    ):  # fmt: skip
        if request_keys is not None:
            request_keys.add(request_id, hashes)
        skip = decided.get(request_id, set())
        plan_rows.append((request_id, [s for s in found if s[0] not in skip][:top]))
    del people
    created = updated = dropped = 0
    with session.transaction("re-match") as txn:
        for start in range(0, len(plan_rows), _CHUNK):
            chunk = dict(plan_rows[start : start + _CHUNK])
            current: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
            taken: dict[str, set[str]] = defaultdict(set)
            link_rows = list(_rows(
                txn.conn, "link", ("id", "request_id", "prisoner_id", "status"), chunk,
                key="request_id",
            ))  # fmt: skip
            for link_id, request_id, prisoner_id, status in link_rows:
                if status == "potential" and prisoner_id in current[request_id]:
                    txn.delete(Link, link_id)  # the same suggestion twice (two laptops)
                    dropped += 1
                elif status == "potential":
                    current[request_id][prisoner_id] = (link_id, status)
                else:  # decided since the scores were read: never suggested again
                    taken[request_id].add(prisoner_id)
            stored = {
                row[0]: row[1:]
                for row in _rows(
                    txn.conn, "link", ("id", "score", "band", "reasons"),
                    [link_id for links in current.values() for link_id, _ in links.values()],
                )
            }  # fmt: skip
            for request_id, found in chunk.items():
                mine = current.get(request_id, {})
                keep = {s[0]: s for s in found if s[0] not in taken.get(request_id, set())}
                for prisoner_id, (link_id, _status) in mine.items():
                    if prisoner_id not in keep:
                        txn.delete(Link, link_id)
                        dropped += 1
                for prisoner_id, (_, score, band, reasons) in keep.items():
                    existing = mine.get(prisoner_id)
                    if existing is None:
                        # One id per pair on every laptop (derived data meets itself on sync).
                        new_id = pair_link_id(request_id, prisoner_id)
                        gone = txn.conn.execute(
                            "SELECT 1 FROM link WHERE id = ?", (new_id,)
                        ).fetchone()
                        if gone is None:
                            txn.create(
                                Link(
                                    id=new_id,
                                    request_id=request_id,
                                    prisoner_id=prisoner_id,
                                    status="potential",
                                    score=score,
                                    band=band,
                                    reasons=reasons,
                                )
                            )
                        else:  # dropped earlier: the same row comes back
                            txn.restore(Link, new_id)
                            txn.update(
                                Link, new_id, request_id=request_id, prisoner_id=prisoner_id,
                                status="potential", score=score, band=band, reasons=reasons,
                            )  # fmt: skip
                        created += 1
                    elif tuple(stored[existing[0]]) != (score, band, reasons):
                        txn.update(Link, existing[0], score=score, band=band, reasons=reasons)
                        updated += 1
            if progress is not None:
                progress.step(len(chunk))
        changes = txn.changes
    return RematchResult(created, updated, dropped, changes.txn_id, len(plan_rows), changes)


def rematch_all(
    session: Session,
    cache: IndexCache,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
) -> RematchResult:
    """Every request against a freshly built index, on the CLI's worker processes."""
    conn = session.conn
    with cache.busy:
        cache.invalidate()
        if progress is not None:
            requests = _count(conn, "tracing_request")
            progress.start(_count(conn, "prisoner") * INDEX_STEP + requests * (MATCH_STEP + 1))
        index = cache.get(conn, progress, plan=False)
        cache.take_changes()  # everything is re-matched anyway
        keys = RequestKeys()
        result = rematch(
            session, None, progress, index=index, plan=progress is None, request_keys=keys,
            workers=default_workers() if workers is None else workers,
        )  # fmt: skip
        cache.set_request_keys(keys)
        return result


def rematch_changes(
    session: Session,
    cache: IndexCache,
    progress: Progress | None = None,
    *,
    top: int = TOP,
    min_score: float = MIN_SCORE,
) -> RematchResult:
    """Re-match only what the changes noted in ``cache`` can affect: the changed requests and
    the requests a changed prisoner record can reach (``affected_requests``); nothing for an
    edit matching does not read. Many changed records (an import) re-match everything."""
    conn = session.conn
    with cache.busy:
        index = cache.get(conn, progress)
        moved, requests = cache.take_changes()
        if not moved and not requests:
            return RematchResult()
        if len(moved) > MOVED_FOR_FULL:
            return rematch(session, None, progress, index=index, workers=default_workers())
        keys = cache.request_keys(conn, index, requests, progress)
        wanted = requests | affected_requests(conn, index, keys, moved, min_score)
        if not wanted:
            return RematchResult()
        return rematch(
            session, wanted, progress, index=index, top=top, min_score=min_score,
            workers=default_workers(),  # used only for many requests (an imported list)
        )  # fmt: skip


def duplicate_pairs(
    conn: Connection,
    threshold: float = STRONG,
    progress: Progress | None = None,
    *,
    cache: IndexCache | None = None,
    workers: int = 1,
) -> list[DuplicatePair]:
    """Likely duplicate prisoner records, best first (worker thread).

    With ``cache`` the match index is reused (built only if it is stale). ``progress`` covers
    the whole search (the index build, then every record compared, on ``workers`` processes)
    and Cancel stops it at any point.
    """
    cache = IndexCache() if cache is None else cache
    with cache.busy:
        if progress is not None:
            records = _count(conn, "prisoner")
            progress.start(records * (INDEX_STEP if cache.stale else 0) + records * MATCH_STEP)
        index = cache.get(conn, progress, plan=False)
        return find_duplicates(
            index, threshold=threshold, workers=workers, progress=progress, step_weight=MATCH_STEP
        )
