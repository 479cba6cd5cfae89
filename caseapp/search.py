"""Find a person whatever script or spelling was typed: "Kovalenko", "Коваленко", "коваленк".

How the index stays correct — one mechanism, SQLite triggers (schema v3):
each of ``prisoner`` and ``tracing_request`` has an FTS5 table ``<table>_search`` (trigram
tokenizer) whose rowid is the record's rowid and whose only column holds the record's search
keys (``caseapp.search_keys.search_keys``: name skeletons from the record and from every
name form, plus reference and service numbers). Triggers on the record table and on
``name_form`` rewrite a record's row whenever it or one of its name forms is inserted, changed
or (soft-)deleted, inside the same transaction as the change; the keys are computed by the
Python function ``caseapp_keys``, registered on every connection by ``open_connection``. So no
write path (``Txn``, import, sync) can leave the index stale, and the index holds derived data
only: ``ensure_search_index`` rebuilds it from the records when the key function changes (for
example when a new matching engine spells skeletons differently).

A query becomes trigram substring terms (``query_terms``), all required; this makes prefixes
and inner fragments work ("коваленк" finds Коваленко) at well under a millisecond per query.
A typed given name or patronymic is an OR of the forms the matcher takes for the same name,
and vowels Ukrainian and Russian spell differently are folded in keys and queries alike
(``caseapp.matching.names``, one source of truth); ``match_reason`` says why such a hit matched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from caseapp.i18n import translate
from caseapp.matching.phonetic import skeleton, vowel_key
from caseapp.search_keys import fts_match, keys_fingerprint, query_terms
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

#: list kind -> (record table, search table, key columns as SQL over alias t)
INDEXED: dict[str, tuple[str, str, str]] = {
    "prisoners": (
        "prisoner",
        "prisoner_search",
        "t.family_name, t.given_name, t.patronymic, t.ref, t.service_number",
    ),
    "requests": (
        "tracing_request",
        "tracing_request_search",
        "t.family_name, t.given_name, t.patronymic, t.ref, t.service_number, t.enquirer_name",
    ),
}

_NAME_FORMS = (
    "(SELECT group_concat(caseapp_keys(n.family_name, n.given_name, n.patronymic), ' ') "
    "FROM name_form n WHERE n.owner_id = t.id AND n.deleted = 0)"
)


#: Records whose keys are computed per statement while the index is rebuilt (progress steps).
REBUILD_CHUNK = 2000


def rebuild_search_index(conn: Connection, progress: Progress | None = None) -> None:
    """Recompute every key from the records (inside the caller's transaction, if any), a block
    of records at a time so that ``progress`` moves (~10 s at 100,000 records)."""
    live = {
        table: [row[0] for row in conn.execute(f"SELECT rowid FROM {table} WHERE deleted = 0")]
        for table, _index, _columns in INDEXED.values()
    }
    if progress is not None:
        progress.start(sum(len(rowids) for rowids in live.values()), "search index")
    for table, index, columns in INDEXED.values():
        conn.execute(f"DELETE FROM {index}")
        rowids = live[table]
        for start in range(0, len(rowids), REBUILD_CHUNK):
            block = rowids[start : start + REBUILD_CHUNK]
            conn.execute(
                f"INSERT INTO {index} (rowid, keys) "
                f"SELECT t.rowid, caseapp_keys({columns}, {_NAME_FORMS}) FROM {table} t "
                "WHERE t.deleted = 0 AND t.rowid BETWEEN ? AND ?",
                (block[0], block[-1]),
            )
            if progress is not None:
                progress.advance(len(block))
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('search_keys', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (keys_fingerprint(),),
    )


def search_index_current(conn: Connection) -> bool:
    """True if the index was built by today's key rules."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_keys'").fetchone()
    return row is not None and bool(row[0] == keys_fingerprint())


def ensure_search_index(conn: Connection, progress: Progress | None = None) -> bool:
    """Build the index if it was built by other key rules (or never); True if it rebuilt.

    Runs when a writable vault is opened (the GUI unlocks on a side thread, and passes the
    ``progress`` its task panel shows); a read-only vault keeps its index and is searched
    without it where it is out of date (``search_clause``).
    """
    if search_index_current(conn):
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        rebuild_search_index(conn, progress)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchClause:
    """SQL restricting ``t`` (the record table) to the records a query finds."""

    sql: str
    params: tuple[str, ...]


_INDEX_IS = "(SELECT value FROM meta WHERE key = 'search_keys')"


def search_clause(kind: str, query: str) -> SearchClause | None:
    """The WHERE fragment for ``query``, or None if it is too short to search (under three
    key letters), in which case the list is shown unfiltered.

    The index is used while it was built by today's key rules. A read-only vault whose index
    an older version built (it cannot be rebuilt there) is still searched: the second branch
    then computes every live record's keys as it reads it (seconds at 100,000 records, on the
    reader thread). SQLite evaluates the fingerprint test once per query, so the branch that
    does not apply costs nothing.
    """
    terms = query_terms(query)
    if not terms.searchable:
        return None
    table, index, columns = INDEXED[kind]
    fingerprint = keys_fingerprint()
    short_sql, short_params = "", list[str]()
    for short in terms.short:
        short_sql += " AND (" + " OR ".join("instr(keys, ?) > 0" for _ in short) + ")"
        short_params.extend(short)
    params: list[str] = [fts_match(terms), *short_params, fingerprint]
    indexed = f"SELECT rowid FROM {index} WHERE {index} MATCH ?{short_sql} AND {_INDEX_IS} = ?"
    long_sql = "".join(
        " AND (" + " OR ".join("instr(keys, ?) > 0" for _ in alternatives) + ")"
        for alternatives in terms.long
    )
    params.append(fingerprint)  # in the order the placeholders appear in the SQL
    for alternatives in terms.long:
        params.extend(a.casefold() for a in alternatives)  # FTS5 trigram: case-insensitive
    params.extend(short_params)
    own = columns.replace("t.", "s.")
    forms = _NAME_FORMS.replace("t.id", "s.id")
    scanned = (
        f"SELECT rowid FROM (SELECT s.rowid AS rowid, caseapp_keys({own}, {forms}) AS keys "
        f"FROM {table} s WHERE s.deleted = 0 AND {_INDEX_IS} IS NOT ?) WHERE 1{long_sql}{short_sql}"
    )
    return SearchClause(f"t.rowid IN ({indexed} UNION ALL {scanned})", tuple(params))


def is_searchable(query: str) -> bool:
    return query_terms(query).searchable


def match_reason(query: str, names: Sequence[str | None], lang: str = "en") -> str:
    """Why a record found by ``query`` matched when it does not hold the typed words as they
    were written: "given name: Oleksandr = Александр", "spelling: Олейник ≈ Олійник"; "" when
    every word is found literally. ``names`` are the record's family, given and patronymic."""
    record = [
        (word, skeleton(word).replace(" ", ""))
        for value in names
        if value
        for word in _WORD.findall(value)
    ]
    from caseapp.matching.names import equivalent_forms  # the table, when a reason is asked

    reasons: list[str] = []
    for typed in _WORD.findall(query):
        if any(ch.isdigit() for ch in typed):
            continue
        skel = skeleton(typed).replace(" ", "")
        if not skel or any(skel in own for _word, own in record):
            continue
        kind, forms = equivalent_forms(skel)
        same = next((word for word, own in record if own in forms), None)
        if same is not None:
            message = (
                "given name: {typed} = {found}"
                if kind == "given"
                else "patronymic: {typed} = {found}"
            )
            reasons.append(translate(message, lang, typed=typed, found=same))
            continue
        key = vowel_key(skel)
        near = next((word for word, own in record if key in vowel_key(own)), None)
        if near is not None:
            reasons.append(translate("spelling: {typed} ≈ {found}", lang, typed=typed, found=near))
    return "; ".join(reasons)


def widens_names(query: str) -> bool:
    """True if the query also looks for other forms of a typed given name or patronymic."""
    terms = query_terms(query)
    return any(len(alternatives) > 1 for alternatives in terms.long + terms.short)
