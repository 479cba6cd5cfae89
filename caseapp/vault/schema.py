"""Schema migrations. Each entry takes the database from version N-1 to N, inside one transaction.

Migrations are frozen text: never edit a released one, add the next. ``tests/test_migrations.py``
builds every previous version and migrates it forward with data in place.
"""

from __future__ import annotations

import sqlcipher3

from caseapp.vault.connection import Connection

V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
-- One row per transaction (user action): who, on which device, when.
CREATE TABLE txn (
    id INTEGER PRIMARY KEY,
    txn_id TEXT NOT NULL UNIQUE,
    action TEXT NOT NULL,
    device_id TEXT NOT NULL,
    account_id TEXT,
    at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'local'
);
-- The change journal: one row per changed field (a creation is one row holding every initial
-- value as a JSON object). The audit trail and USB sync both read it. ``hlc`` is unique: a
-- hybrid logical clock stamp that includes the device, so it also identifies the change.
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY,
    txn INTEGER NOT NULL REFERENCES txn (id),
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    hlc TEXT NOT NULL UNIQUE
);
CREATE INDEX journal_entity ON journal (entity_id);
CREATE INDEX journal_txn ON journal (txn);
CREATE TABLE account (
    id TEXT PRIMARY KEY,
    username TEXT,
    display_name TEXT,
    role TEXT,
    language TEXT,
    active INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE prisoner (
    id TEXT PRIMARY KEY,
    ref TEXT,
    category TEXT,
    family_name TEXT,
    given_name TEXT,
    patronymic TEXT,
    sex TEXT,
    birth_date TEXT,
    birth_place TEXT,
    citizenship TEXT,
    power_depends_on TEXT,
    force TEXT,
    unit TEXT,
    rank TEXT,
    service_number TEXT,
    father_name TEXT,
    mother_maiden_name TEXT,
    capture_date TEXT,
    capture_place TEXT,
    capture_circumstances TEXT,
    health TEXT,
    wishes_repatriation TEXT,
    status TEXT,
    status_date TEXT,
    status_source TEXT,
    next_of_kin TEXT,
    notes TEXT,
    do_not_disclose INTEGER NOT NULL DEFAULT 0,
    import_batch_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tracing_request (
    id TEXT PRIMARY KEY,
    ref TEXT,
    status TEXT,
    closed_reason TEXT,
    enquirer_name TEXT,
    enquirer_relationship TEXT,
    enquirer_address TEXT,
    enquirer_phone TEXT,
    enquirer_email TEXT,
    enquirer_language TEXT,
    delivery_channel TEXT,
    do_not_phone INTEGER NOT NULL DEFAULT 0,
    safety_notes TEXT,
    consent_share INTEGER NOT NULL DEFAULT 0,
    category TEXT,
    family_name TEXT,
    given_name TEXT,
    patronymic TEXT,
    sex TEXT,
    birth_date TEXT,
    birth_place TEXT,
    citizenship TEXT,
    unit TEXT,
    rank TEXT,
    service_number TEXT,
    last_seen_date TEXT,
    last_seen_place TEXT,
    circumstances TEXT,
    known_info TEXT,
    assigned_to TEXT,
    follow_up_date TEXT,
    notes TEXT,
    do_not_disclose INTEGER NOT NULL DEFAULT 0,
    import_batch_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE name_form (
    id TEXT PRIMARY KEY,
    owner_type TEXT,
    owner_id TEXT,
    family_name TEXT,
    given_name TEXT,
    patronymic TEXT,
    script TEXT,
    source_kind TEXT,
    source_ref TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE fact_source (
    id TEXT PRIMARY KEY,
    owner_type TEXT,
    owner_id TEXT,
    field_name TEXT,
    value TEXT,
    source_kind TEXT,
    source_ref TEXT,
    source_date TEXT,
    reliability TEXT,
    note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE detention (
    id TEXT PRIMARY KEY,
    prisoner_id TEXT,
    place TEXT,
    date_from TEXT,
    date_to TEXT,
    source_kind TEXT,
    note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE event (
    id TEXT PRIMARY KEY,
    prisoner_id TEXT,
    kind TEXT,
    event_date TEXT,
    place TEXT,
    details TEXT,
    source_kind TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contact_log (
    id TEXT PRIMARY KEY,
    request_id TEXT,
    contact_date TEXT,
    channel TEXT,
    summary TEXT,
    account_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE link (
    id TEXT PRIMARY KEY,
    request_id TEXT,
    prisoner_id TEXT,
    status TEXT,
    score REAL,
    band TEXT,
    reasons TEXT,
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE exchange_round (
    id TEXT PRIMARY KEY,
    ref TEXT,
    name TEXT,
    framework TEXT,
    parties TEXT,
    mediators TEXT,
    announced_date TEXT,
    agreed_date TEXT,
    executed_date TEXT,
    handover_place TEXT,
    status TEXT,
    agreed_count_ours INTEGER,
    agreed_count_theirs INTEGER,
    notes TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE round_list (
    id TEXT PRIMARY KEY,
    round_id TEXT,
    side TEXT,
    direction TEXT,
    list_date TEXT,
    version INTEGER,
    source_name TEXT,
    source_sha256 TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE round_entry (
    id TEXT PRIMARY KEY,
    list_id TEXT,
    name_as_written TEXT,
    birth_date TEXT,
    unit TEXT,
    service_number TEXT,
    category TEXT,
    prisoner_id TEXT,
    match_status TEXT,
    wishes_return TEXT,
    medically_fit TEXT,
    released INTEGER NOT NULL DEFAULT 0,
    handover_time TEXT,
    note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE letter (
    id TEXT PRIMARY KEY,
    ref TEXT,
    kind TEXT,
    template_version TEXT,
    language TEXT,
    request_id TEXT,
    prisoner_id TEXT,
    round_id TEXT,
    recipient_name TEXT,
    recipient_address TEXT,
    generated_by TEXT,
    generated_at TEXT,
    sha256 TEXT,
    pdf BLOB,
    delivery_method TEXT,
    delivery_status TEXT,
    delivery_date TEXT,
    corrects_id TEXT,
    approved_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE attachment (
    id TEXT PRIMARY KEY,
    owner_type TEXT,
    owner_id TEXT,
    filename TEXT,
    mime TEXT,
    size INTEGER,
    sha256 TEXT,
    data BLOB,
    note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE import_batch (
    id TEXT PRIMARY KEY,
    kind TEXT,
    source_name TEXT,
    source_sha256 TEXT,
    source_date TEXT,
    imported_at TEXT,
    row_count INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX prisoner_family ON prisoner (family_name);
CREATE INDEX request_family ON tracing_request (family_name);
CREATE INDEX request_status ON tracing_request (status);
CREATE INDEX name_form_owner ON name_form (owner_id);
CREATE INDEX fact_source_owner ON fact_source (owner_id);
CREATE INDEX detention_prisoner ON detention (prisoner_id);
CREATE INDEX event_prisoner ON event (prisoner_id);
CREATE INDEX contact_request ON contact_log (request_id);
CREATE INDEX link_request ON link (request_id);
CREATE INDEX link_prisoner ON link (prisoner_id);
CREATE INDEX round_list_round ON round_list (round_id);
CREATE INDEX round_entry_list ON round_entry (list_id);
CREATE INDEX letter_request ON letter (request_id);
CREATE INDEX attachment_owner ON attachment (owner_id);
"""

# v2: saved filters for the lists, vault-wide settings, lookups by reference number and status.
V2 = """
CREATE TABLE setting (id TEXT PRIMARY KEY, value TEXT, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE saved_filter (
    id TEXT PRIMARY KEY,
    name TEXT,
    screen TEXT,
    spec TEXT,
    account_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX prisoner_ref ON prisoner (ref);
CREATE INDEX request_ref ON tracing_request (ref);
CREATE INDEX prisoner_status ON prisoner (status);
"""


def _search_triggers(table: str, key_columns: str) -> str:
    """Triggers keeping ``<table>_search`` equal to the keys of the live rows of ``table``."""
    keys = (
        f"caseapp_keys({key_columns}, (SELECT group_concat(caseapp_keys(n.family_name, "
        "n.given_name, n.patronymic), ' ') FROM name_form n WHERE n.owner_id = t.id "
        "AND n.deleted = 0))"
    )
    index = f"{table}_search"
    refresh = (
        f"DELETE FROM {index} WHERE rowid = (SELECT rowid FROM {table} WHERE id = {{owner}});\n"
        f"    INSERT INTO {index} (rowid, keys) SELECT t.rowid, {keys} FROM {table} t "
        f"WHERE t.id = {{owner}} AND t.deleted = 0;\n"
    )
    return f"""
CREATE VIRTUAL TABLE {index} USING fts5(keys, tokenize = 'trigram');
CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN
    {refresh.format(owner="new.id")}END;
CREATE TRIGGER {index}_update AFTER UPDATE ON {table} BEGIN
    DELETE FROM {index} WHERE rowid = old.rowid;
    {refresh.format(owner="new.id")}END;
CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN
    DELETE FROM {index} WHERE rowid = old.rowid;
END;
CREATE TRIGGER {index}_name_insert AFTER INSERT ON name_form BEGIN
    {refresh.format(owner="new.owner_id")}END;
CREATE TRIGGER {index}_name_update AFTER UPDATE ON name_form BEGIN
    {refresh.format(owner="old.owner_id")}    {refresh.format(owner="new.owner_id")}END;
CREATE TRIGGER {index}_name_delete AFTER DELETE ON name_form BEGIN
    {refresh.format(owner="old.owner_id")}END;
"""


# v3: the search index (see caseapp/search.py), import mappings kept with each batch, local
# drafts of unsaved edits, and indexes for the list filters. The index tables are filled by
# ``caseapp.search.ensure_search_index`` on open, which also rebuilds them when the key
# function changes.
V3 = (
    _search_triggers(
        "prisoner", "t.family_name, t.given_name, t.patronymic, t.ref, t.service_number"
    )
    + _search_triggers(
        "tracing_request",
        "t.family_name, t.given_name, t.patronymic, t.ref, t.service_number, t.enquirer_name",
    )
    + """
ALTER TABLE import_batch ADD COLUMN headers_key TEXT;
ALTER TABLE import_batch ADD COLUMN mapping TEXT;
CREATE INDEX import_batch_headers ON import_batch (kind, headers_key);
-- Unsaved edits of one account, kept locally (never journaled, never synced) so that a lock or
-- a crash does not lose them; deleted when the edit is saved or discarded.
CREATE TABLE draft (
    key TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
-- The lists read their row keys from indexes only (see caseapp/listing.py: query_keys).
CREATE INDEX prisoner_live ON prisoner (deleted);
CREATE INDEX request_live ON tracing_request (deleted);
CREATE INDEX prisoner_name_order ON prisoner (deleted, family_name, given_name);
CREATE INDEX request_name_order ON tracing_request (deleted, family_name, given_name);
CREATE INDEX prisoner_category ON prisoner (category);
CREATE INDEX request_category ON tracing_request (category);
CREATE INDEX request_assigned ON tracing_request (assigned_to);
CREATE INDEX round_entry_prisoner ON round_entry (prisoner_id);
CREATE INDEX prisoner_batch ON prisoner (import_batch_id);
CREATE INDEX request_batch ON tracing_request (import_batch_id);
"""
)

# Security pass (issue 8): reference numbers are unique, so a record's number names one record
# (imports used to copy ``ref`` from files and duplicate numbers). Duplicates made before this
# keep the oldest record's number; later ones get "-DUP<row>" so each stays reachable.
V_SEC = "".join(
    f"""
UPDATE {table} SET ref = ref || '-DUP' || rowid WHERE ref IS NOT NULL
    AND rowid NOT IN (SELECT min(rowid) FROM {table} WHERE ref IS NOT NULL GROUP BY ref);
CREATE UNIQUE INDEX {table}_ref_unique ON {table} (ref);
"""
    for table in ("prisoner", "tracing_request", "exchange_round", "letter")
)

# perf: the review queue is read best first for one status, a page at a time
# (``caseapp.matching.service.queue_keys``), from this index instead of sorting every link.
V_PERF = """
CREATE INDEX link_queue ON link (status, score);
"""

# letters: the enquirer's sex and form of address (greetings), why news of death went by post.
V_LETTERS = """
ALTER TABLE tracing_request ADD COLUMN enquirer_sex TEXT;
ALTER TABLE tracing_request ADD COLUMN enquirer_salutation TEXT;
ALTER TABLE letter ADD COLUMN delivery_reason TEXT;
"""

# Exchange rounds (issue 12): frameworks, agreed counts per side and category, list versions as
# a chain, entry identity across versions, entry execution states.
V_ROUNDS = """
CREATE TABLE exchange_framework (
    id TEXT PRIMARY KEY,
    name TEXT,
    parties TEXT,
    mediators TEXT,
    agreed_date TEXT,
    agreed_total INTEGER,
    notes TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE exchange_round ADD COLUMN framework_id TEXT;
ALTER TABLE exchange_round ADD COLUMN executed_txn TEXT;
ALTER TABLE exchange_round ADD COLUMN closed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX exchange_round_framework ON exchange_round (framework_id);
CREATE TABLE round_quota (
    id TEXT PRIMARY KEY,
    round_id TEXT,
    side TEXT,
    category TEXT,
    agreed INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX round_quota_round ON round_quota (round_id);
ALTER TABLE round_list ADD COLUMN supersedes_id TEXT;
ALTER TABLE round_list ADD COLUMN counterpart TEXT;
ALTER TABLE round_list ADD COLUMN received INTEGER NOT NULL DEFAULT 1;
ALTER TABLE round_list ADD COLUMN mapping TEXT;
ALTER TABLE round_list ADD COLUMN note TEXT;
CREATE UNIQUE INDEX round_list_version ON round_list (round_id, side, direction, version)
    WHERE deleted = 0;
ALTER TABLE round_entry ADD COLUMN entry_key TEXT;
ALTER TABLE round_entry ADD COLUMN row_number INTEGER;
ALTER TABLE round_entry ADD COLUMN family_name TEXT;
ALTER TABLE round_entry ADD COLUMN given_name TEXT;
ALTER TABLE round_entry ADD COLUMN patronymic TEXT;
ALTER TABLE round_entry ADD COLUMN rank TEXT;
ALTER TABLE round_entry ADD COLUMN extra TEXT;
ALTER TABLE round_entry ADD COLUMN priority_reasons TEXT;
ALTER TABLE round_entry ADD COLUMN candidates TEXT;
ALTER TABLE round_entry ADD COLUMN decided_by TEXT;
ALTER TABLE round_entry ADD COLUMN decided_at TEXT;
ALTER TABLE round_entry ADD COLUMN interview_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE round_entry ADD COLUMN interview_date TEXT;
ALTER TABLE round_entry ADD COLUMN outcome TEXT;
ALTER TABLE round_entry ADD COLUMN substituted_by TEXT;
ALTER TABLE round_entry ADD COLUMN executed_txn TEXT;
CREATE INDEX round_entry_key ON round_entry (entry_key);
"""

# USB sync (caseapp/sync/): each journal entry names the entries it superseded (``base``, the
# field's heads when it was written: what makes conflicts detectable), remote transactions keep
# the device that carried them (``txn.origin``), a merge leaves a mark (merged -> kept), the team's
# devices are journaled (revocation travels), open conflicts and entries a bundle carried that
# this vault's validation refused are kept, and each peer has a high-water mark. ``base`` of
# existing entries is the previous entry of the same field (they were written on one device).
V_SYNC = """
ALTER TABLE journal ADD COLUMN base TEXT;
CREATE INDEX txn_device ON txn (device_id);
UPDATE journal SET base = (
    SELECT j2.hlc FROM journal j2 WHERE j2.entity_id = journal.entity_id
    AND (j2.op = 'create' OR j2.field = journal.field) AND j2.seq < journal.seq
    ORDER BY j2.seq DESC LIMIT 1
) WHERE op != 'create';
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    name TEXT,
    public_key TEXT,
    revoked INTEGER NOT NULL DEFAULT 0,
    revoked_reason TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE merge_mark (
    id TEXT PRIMARY KEY,
    merged_id TEXT,
    kept_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX merge_mark_merged ON merge_mark (merged_id);
CREATE TABLE sync_conflict (
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    PRIMARY KEY (entity_id, field)
);
CREATE TABLE sync_quarantine (
    hlc TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    txn TEXT NOT NULL,
    entry TEXT NOT NULL
);
CREATE TABLE sync_peer (
    device_id TEXT PRIMARY KEY,
    exported_seq INTEGER NOT NULL DEFAULT 0,
    exported_at TEXT,
    imported_at TEXT
);
CREATE TABLE sync_bundle (bundle_id TEXT PRIMARY KEY, device_id TEXT, imported_at TEXT);
"""

# purge (issue 14): a purged journal entry keeps the SHA-256 of its content here, its old and
# new values become NULL (caseapp/sync/tombstones.py); purges are found by op.
V_PURGE = """
ALTER TABLE journal ADD COLUMN purged TEXT;
"""

# A record's events (capture, transfer, visit…) may span dates known only roughly, like
# detention places: event_date starts the span, event_date_to ends it.
V_EVENTS = """
ALTER TABLE event ADD COLUMN event_date_to TEXT;
"""

# Audit trail (issue 14, caseapp/audit.py): one hash chain per device (``n`` numbers a device's
# entries; ``hash`` commits to ``prev_hash``); ids, codes and counts only, never personal data,
# so a retention purge leaves it alone. ``audit_peer``: how far each peer has been sent entries.
V_AUDIT = """
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    at TEXT NOT NULL,
    account_id TEXT,
    action TEXT NOT NULL,
    entity_type TEXT,
    entity_id TEXT,
    txn_id TEXT,
    digest TEXT,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'local',
    UNIQUE (device_id, n)
);
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_entity ON audit (entity_id);
CREATE INDEX audit_account ON audit (account_id, at);
CREATE INDEX audit_action ON audit (action, at);
CREATE TABLE audit_peer (device_id TEXT PRIMARY KEY, exported_seq INTEGER NOT NULL DEFAULT 0);
"""

# access: an account's team (need-to-know: caseworkers see their team's requests when the
# vault's "request_scope" setting is "assigned"; caseapp/access.py).
V_ACCESS = """
ALTER TABLE account ADD COLUMN team TEXT;
"""

MIGRATIONS: list[str] = [
    V1,
    V2,
    V3,
    V_SEC,
    V_PERF,
    V_LETTERS,
    V_ROUNDS,
    V_SYNC,
    V_PURGE,
    V_EVENTS,
    V_AUDIT,
    V_ACCESS,
]
LATEST_VERSION = len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    """Split a script into statements; a trigger body's semicolons do not end its statement."""
    out: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                out.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \n;"):
        out.append(buffer.strip())
    return out


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to ``target``; each step is one transaction. Returns the new version."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise RuntimeError("vault was written by a newer CaseApp")
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
