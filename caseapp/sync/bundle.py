"""Bundles on a USB stick: write (export) and read (import), refusing any bad one whole.

A bundle is a standard ``age`` file (X25519, encrypted to the team's key; ``age -d -i KEY``
opens it too) holding an uncompressed tar, zero-padded to whole 64 KiB age chunks so that a
truncated copy is recognised before decryption:

- ``manifest.json``: format, bundle id, team id, sending device id and certificate, schema
  version, the sender's journal sequence range, the SHA-256 of every other member;
- ``manifest.sig``: Ed25519 signature of manifest.json by the sending device's key;
- ``entries.jsonl.gz``: one JSON object per line, a transaction (``"k": "t"``) before its
  journal entries (``"k": "e"``);
- ``blobs/<sha256>``: contents of the attachments and letter PDFs the entries refer to.

Everything is checked (decryption, signature, certificate, revocation, team, schema, every
member's digest) before anything is applied; the apply is one transaction. See docs/sync.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import re
import tarfile
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from caseapp import audit
from caseapp.errors import BadInput, CaseAppError, PermissionDenied
from caseapp.permissions import may_write
from caseapp.store import ChangeSet, Session
from caseapp.sync.merge import ApplyResult, apply_chunk, follow_merges, local_blob
from caseapp.sync.team import (
    Team,
    bundle_recipients,
    canonical,
    ensure_team,
    find_device,
    is_revoked,
    load_team,
    settle_team_key,
)
from caseapp.tasks import Progress
from caseapp.vault.schema import LATEST_VERSION

FORMAT = "caseapp-bundle"
FORMAT_VERSION = 1
SUFFIX = ".age"
_CHUNK = 64 * 1024  # age's plaintext chunk
_CHUNK_CT = _CHUNK + 16  # ... and ciphertext chunk
APPLY_CHUNK = 5000  # entries applied per step (memory stays flat)
TEAM_KEY_MEMBER = "team_key.json"
IMPORT_CACHE_KIB = -65536  # SQLite page cache during an import: 64 MiB
_BLOB_FIELDS = {"attachment": "data", "letter": "pdf"}


class BundleRefused(CaseAppError):
    """A bundle that must not be applied; the vault is unchanged."""

    exit_code = 2


@dataclass
class ExportResult:
    path: Path
    entries: int
    blobs: int
    size: int
    changes: ChangeSet = field(default_factory=lambda: ChangeSet("", ""))


@dataclass
class ImportResult(ApplyResult):
    bundle_id: str = ""
    device_name: str = ""
    changes: ChangeSet = field(default_factory=lambda: ChangeSet("", ""))


# --- export ------------------------------------------------------------------------------------


def export_bundle(
    session: Session,
    folder: Path,
    *,
    peer: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write a bundle into ``folder`` (temp → fsync → rename): all entries, or those ``peer``
    has not been sent yet (its high-water mark moves only once the file is complete)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BadInput("The folder for the bundle does not exist (is the USB stick plugged in?).")
    team = ensure_team(session)
    if team.device_cert is None or team.device_key is None:
        raise BadInput(
            "This vault is a copy made on another laptop: it cannot send bundles under the "
            "original laptop's identity. Ask a coordinator for a provisioning file and create "
            "this laptop's own vault with 'caseapp init --provision FILE'."
        )
    conn = session.conn
    peer_id: str | None = None
    since = 0
    if peer is not None:
        device = find_device(conn, peer)
        if device.id == session.vault.device_id:
            raise BadInput("Choose another laptop of the team, not this one.")
        if device.revoked:
            raise BadInput("This laptop has been revoked: nothing is sent to it any more.")
        peer_id = device.id
        row = conn.execute(
            "SELECT exported_seq FROM sync_peer WHERE device_id = ?", (peer_id,)
        ).fetchone()
        since = int(row[0]) if row else 0
    total = conn.execute("SELECT count(*) FROM journal WHERE seq > ?", (since,)).fetchone()[0]
    if progress is not None:
        progress.start(int(total) + 1)
    entries_gz = io.BytesIO()
    digests: set[str] = set()
    count, last_seq = 0, since
    sql = (
        "SELECT j.seq, j.hlc, j.entity_type, j.entity_id, j.op, j.field, j.old_value, "
        "j.new_value, j.base, t.txn_id, t.action, t.device_id, t.account_id, t.at, t.origin, "
        "j.purged "
        "FROM journal j JOIN txn t ON t.id = j.txn WHERE j.seq > ?"
        # A vault's own housekeeping (its database key was rotated) means nothing elsewhere.
        " AND j.entity_type != 'vault'"
    )
    params: list[Any] = [since]
    if peer_id is not None:  # what the peer wrote or sent us, it has
        sql += " AND t.device_id != ? AND t.origin != ?"
        params += [peer_id, peer_id]
    with gzip.GzipFile(fileobj=entries_gz, mode="wb", compresslevel=3, mtime=0) as out:
        current_txn = None
        for row in conn.execute(sql + " ORDER BY j.seq", params):
            seq, hlc, etype, eid, op, name, old, new, base, txn_id = row[:10]
            if txn_id != current_txn:
                current_txn = txn_id
                txn = {"k": "t", "txn_id": txn_id, "action": row[10], "device_id": row[11]}
                txn.update({"account_id": row[12], "at": row[13]})
                out.write(json.dumps(txn, ensure_ascii=False).encode() + b"\n")
            entry = {"k": "e", "txn": txn_id, "hlc": hlc, "entity_type": etype}
            entry.update({"entity_id": eid, "op": op, "field": name, "old": old, "new": new})
            entry["base"] = base
            if row[15]:  # purged content: the digest travels in its place (sync/tombstones.py)
                entry["purged"] = row[15]
            out.write(json.dumps(entry, ensure_ascii=False).encode() + b"\n")
            if etype in _BLOB_FIELDS and new is not None and "sha256" in new:
                digests.update(_digests(etype, op, name, new))
            count += 1
            last_seq = max(last_seq, seq)
            if progress is not None and count % 1000 == 0:
                progress.step(1000)
    small: list[tuple[str, bytes]] = [
        ("entries.jsonl.gz", entries_gz.getvalue()),
        (TEAM_KEY_MEMBER, canonical(team.key_record())),
    ]
    del entries_gz
    audit_gz, audit_last, audit_count = audit.bundle_member(conn, peer_id)
    if audit_gz is not None:  # the audit chains the peer has not been sent (caseapp/audit.py)
        small.append((audit.BUNDLE_MEMBER, audit_gz))
    members_digest = {name: hashlib.sha256(data).hexdigest() for name, data in small}
    # Attachments and letter PDFs are read one at a time, twice (digest and size for the
    # manifest, then into the tar as age encrypts it): never all in memory.
    blob_sizes: dict[str, int] = {}
    for digest in sorted(digests):
        content = local_blob(conn, digest)
        if content is not None:
            members_digest[f"blobs/{digest}"] = hashlib.sha256(content).hexdigest()
            blob_sizes[digest] = len(content)
        del content
    members: list[tuple[str, int, Callable[[], bytes]]] = [
        (name, len(data), _const(data)) for name, data in small
    ]
    members += [
        (f"blobs/{digest}", size, _blob_reader(conn, digest)) for digest, size in blob_sizes.items()
    ]
    bundle_id = str(uuid.uuid4())
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "bundle_id": bundle_id,
        "team_id": team.team_id,
        "device_id": session.vault.device_id,
        "device_cert": team.device_cert,
        "peer": peer_id,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "schema_version": LATEST_VERSION,
        "seq_from": since + 1,
        "seq_to": last_seq,
        "entries": count,
        "members": members_digest,
    }
    plain = _GeneratedStream(_tar_stream(manifest, team.sign(canonical(manifest)), members))
    name = f"caseapp-{session.vault.device_code()}-{dt.date.today():%Y%m%d}-{bundle_id[:8]}{SUFFIX}"
    path = folder / name
    write_atomically(path, plain, team, bundle_recipients(conn, team))
    if peer_id is not None:
        conn.execute(
            "INSERT INTO sync_peer (device_id, exported_seq, exported_at) VALUES (?, ?, ?) "
            "ON CONFLICT(device_id) DO UPDATE SET exported_seq = excluded.exported_seq, "
            "exported_at = excluded.exported_at",
            (peer_id, last_seq, manifest["created_at"]),
        )
    audit.after_bundle_export(session, peer_id, audit_last, count, audit_count)
    if progress is not None:
        progress.step()
    blobs = sum(1 for name in members_digest if name.startswith("blobs/"))
    return ExportResult(path, count, blobs, path.stat().st_size)


def _digests(entity_type: str, op: str, name: str | None, new: str) -> set[str]:
    column = _BLOB_FIELDS[entity_type]
    value = json.loads(new)
    if op == "create" and isinstance(value, dict):
        value = value.get(column)
    elif name != column:
        return set()
    return {str(value["sha256"])} if isinstance(value, dict) and "sha256" in value else set()


def build_plaintext(
    manifest: dict[str, Any], signature: str, members: list[tuple[str, bytes]]
) -> bytes:
    """The tar inside the age file, padded with zeros to whole 64 KiB chunks."""
    items = [(name, len(data), _const(data)) for name, data in members]
    return b"".join(_tar_stream(manifest, signature, items))


def _const(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _blob_reader(conn: Any, digest: str) -> Callable[[], bytes]:
    return lambda: local_blob(conn, digest) or b""


def _tar_stream(
    manifest: dict[str, Any], signature: str, members: list[tuple[str, int, Callable[[], bytes]]]
) -> Iterator[bytes]:
    """The tar (PAX, as ``tarfile`` writes it) member by member: each member's content is
    produced only when its turn comes, then dropped. Padded to whole 64 KiB age chunks."""
    size = 0
    head: list[tuple[str, int, Callable[[], bytes]]] = [
        (name, len(data), _const(data))
        for name, data in (
            ("manifest.json", canonical(manifest)),
            ("manifest.sig", signature.encode()),
        )
    ]
    for name, length, content in [*head, *members]:
        info = tarfile.TarInfo(name)
        info.size = length
        header = info.tobuf(tarfile.PAX_FORMAT, tarfile.ENCODING, "surrogateescape")
        data = content()
        if len(data) != length:  # changed since the manifest was made: never a wrong bundle
            raise BadInput("An attachment changed while the bundle was written; write it again.")
        yield header
        yield data
        del data
        yield b"\0" * (-length % tarfile.BLOCKSIZE)
        size += len(header) + length + (-length % tarfile.BLOCKSIZE)
    end = 2 * tarfile.BLOCKSIZE
    end += -(size + end) % tarfile.RECORDSIZE
    size += end
    yield b"\0" * (end + (-size % _CHUNK))


class _GeneratedStream(io.RawIOBase):
    """A readable stream over generated pieces, so that age encrypts the tar as it is made."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._piece = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not len(self._piece):
            try:
                self._piece = memoryview(next(self._pieces))
            except StopIteration:
                return 0
        count = min(len(buffer), len(self._piece))
        buffer[:count] = self._piece[:count]
        self._piece = self._piece[count:]
        return count


def write_atomically(
    path: Path, plain: bytes | io.RawIOBase, team: Team, recipients: list[Any] | None = None
) -> None:
    """Encrypt to the team (and ``recipients``: see ``team.bundle_recipients``); temp file →
    fsync → rename → fsync the folder (a yanked stick leaves at most a ``.partial`` file,
    never a bundle that looks complete)."""
    partial = path.with_name("." + path.name + ".partial")
    try:
        with open(partial, "wb") as out:
            source = io.BytesIO(plain) if isinstance(plain, bytes) else plain
            pyrage.encrypt_io(source, out, recipients or [team.age_recipient()])
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise BadInput(
            "The bundle could not be written (is the stick full or read-only?)."
        ) from None
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return  # folders cannot be opened on Windows; the rename is durable enough there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- import ------------------------------------------------------------------------------------


@dataclass
class VerifiedBundle:
    manifest: dict[str, Any]
    entries: bytes  # entries.jsonl.gz (compressed: ~80 bytes an entry)
    device_name: str
    team_key: dict[str, Any] | None = None  # the sender's current team key, if it carried it
    source: Path | bytes = b""
    identities: list[Any] = field(default_factory=list)
    audit_chain: bytes | None = None  # audit.jsonl.gz: the sender's audit chains (caseapp/audit.py)

    @property
    def plain(self) -> bytes:
        """The whole tar (for tools and tests; the import itself streams it)."""
        data = self.source if isinstance(self.source, bytes) else Path(self.source).read_bytes()
        return bytes(pyrage.decrypt(data, self.identities))


class _Decrypting:
    """The plaintext of an age file as a readable stream, decrypted on a thread into a pipe:
    a bundle is read member by member, never whole in memory. ``finish`` reads to the end and
    raises what age raised (a chunk that fails its tag, a cut file)."""

    def __init__(self, source: Path | bytes, identities: list[Any]) -> None:
        self.error: BaseException | None = None
        read_fd, write_fd = os.pipe()
        self.stream = os.fdopen(read_fd, "rb", buffering=_CHUNK)
        writer = os.fdopen(write_fd, "wb", buffering=_CHUNK)
        try:
            origin = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
        except OSError:
            writer.close()
            self.stream.close()
            raise

        def run() -> None:
            try:
                pyrage.decrypt_io(origin, writer, identities)
            except BaseException as exc:  # reported by finish() on the reading side
                self.error = exc
            finally:
                origin.close()
                with contextlib.suppress(OSError):  # the reader stopped early (refused)
                    writer.close()

        self.thread = threading.Thread(target=run, name="bundle-decrypt", daemon=True)
        self.thread.start()

    def finish(self) -> None:
        while self.stream.read(_CHUNK):
            pass
        self.thread.join()
        if self.error is not None:  # mid-stream, age reports a failed chunk as an OSError
            raise pyrage.DecryptError(str(self.error))

    def close(self) -> None:
        self.stream.close()
        self.thread.join()


REFUSED_SUFFIX = " Nothing was applied; the vault is unchanged."


def _refuse(message: str, **values: object) -> BundleRefused:
    return BundleRefused(message + REFUSED_SUFFIX, **values)


def _payload_offset(data: bytes) -> int | None:
    """Where the age payload starts (after the header's MAC line); None if not age at all,
    -1 if the header itself is cut short."""
    magic = b"age-encryption.org/v1\n"
    if not data.startswith(magic[: len(data)]) or not data:
        return None
    mac = data.find(b"\n--- ")
    end = data.find(b"\n", mac + 1) if mac >= 0 else -1
    return -1 if end < 0 else end + 1


def verify_bundle(team: Team, session: Session, source: Path | bytes) -> VerifiedBundle:
    """Every check, before anything is applied; each refusal says what is wrong. The bundle
    is read as a stream (digest of each member as it passes), not loaded whole."""
    try:
        if isinstance(source, bytes):
            head, size = source[: 1 << 20], len(source)
        else:
            size = os.path.getsize(source)
            with open(source, "rb") as handle:
                head = handle.read(1 << 20)
    except OSError:
        raise BadInput("The bundle file cannot be read.") from None
    start = _payload_offset(head)
    if start is None:
        raise _refuse("This file is not a CaseApp bundle.")
    payload = size - start - 16  # the payload begins with a 16-byte nonce
    if start < 0 or payload <= 0 or payload % _CHUNK_CT:
        raise _refuse(
            "The bundle is incomplete (truncated: the stick was perhaps removed while it was "
            "written or copied)."
        )
    identities = team.age_identities()
    try:
        reading = _Decrypting(source, identities)
    except OSError:
        raise BadInput("The bundle file cannot be read.") from None
    try:
        found = _read_members(reading, team, session)
    finally:
        reading.close()
    manifest, digests, entries, team_key, audit_chain = found
    listed = dict(manifest.get("members", {}))
    if set(listed) != set(digests):
        raise _refuse("The bundle has been modified: its members do not match its manifest.")
    if any(digests[name] != digest for name, digest in listed.items()):
        raise _refuse("The bundle has been modified: one of its parts fails its check.")
    if team_key is not None:
        try:
            team_key = json.loads(team_key)
        except ValueError:
            raise _refuse("The bundle's contents are not in CaseApp's bundle format.") from None
    name = str(manifest["device_cert"].get("name", ""))
    return VerifiedBundle(manifest, entries or b"", name, team_key, source, identities, audit_chain)


def _decrypt_refusal(exc: BaseException) -> BundleRefused:
    if "No matching keys" in str(exc):
        return _refuse(
            "This laptop's keys cannot open this bundle: it was made for another team, or "
            "after this laptop was revoked (removed from the team)."
        )
    return _refuse("The bundle has been modified or damaged (it fails decryption).")


def _read_members(
    reading: _Decrypting, team: Team, session: Session
) -> tuple[dict[str, Any], dict[str, str], bytes | None, bytes | None, bytes | None]:
    """One pass over the tar: the manifest checked as soon as it is read, then the digest of
    every other member; the entries, the team key and the audit chains kept (small), blobs
    only hashed."""
    digests: dict[str, str] = {}
    entries = team_key = audit_chain = None
    manifest: dict[str, Any] | None = None
    try:
        tar = tarfile.open(fileobj=reading.stream, mode="r|")  # noqa: SIM115 (closed by caller)
        head: list[bytes] = []
        for member in tar:
            handle = tar.extractfile(member)
            if handle is None:
                raise KeyError(member.name)
            if len(head) < 2:
                if member.name != ("manifest.json", "manifest.sig")[len(head)]:
                    raise KeyError(member.name)
                head.append(handle.read())
                if len(head) == 2:
                    manifest = _check_manifest(team, session, head[0], head[1].decode())
                continue
            digest = hashlib.sha256()
            keep = member.name in ("entries.jsonl.gz", TEAM_KEY_MEMBER, audit.BUNDLE_MEMBER)
            kept = bytearray()
            while piece := handle.read(1 << 20):
                digest.update(piece)
                if keep:
                    kept += piece
            digests[member.name] = digest.hexdigest()
            if member.name == "entries.jsonl.gz":
                entries = bytes(kept)
            elif member.name == TEAM_KEY_MEMBER:
                team_key = bytes(kept)
            elif member.name == audit.BUNDLE_MEMBER:
                audit_chain = bytes(kept)
        reading.finish()
    except pyrage.DecryptError as exc:
        raise _decrypt_refusal(exc) from None
    except (tarfile.TarError, KeyError, ValueError, UnicodeDecodeError, OSError):
        try:
            reading.finish()
        except pyrage.DecryptError as exc:
            raise _decrypt_refusal(exc) from None
        except OSError:
            pass
        raise _refuse("The bundle's contents are not in CaseApp's bundle format.") from None
    if manifest is None:
        raise _refuse("The bundle's contents are not in CaseApp's bundle format.")
    return manifest, digests, entries, team_key, audit_chain


def _check_manifest(
    team: Team, session: Session, manifest_bytes: bytes, signature: str
) -> dict[str, Any]:
    manifest = json.loads(manifest_bytes)
    if not isinstance(manifest, dict):
        raise ValueError("manifest")
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise _refuse("The bundle's contents are not in CaseApp's bundle format.")
    if manifest.get("team_id") != team.team_id:
        raise _refuse("This bundle was made for another team.")
    cert: Any = manifest.get("device_cert")
    if not team.check_cert(cert) or cert.get("device_id") != manifest.get("device_id"):
        raise _refuse(
            "The bundle's sender is not a laptop of this team (its certificate is not signed by "
            "the team key): it may be forged."
        )
    if manifest_bytes != canonical(manifest) or not _verify_manifest(cert, manifest, signature):
        raise _refuse("The bundle's manifest is not signed by its sender: it may be forged.")
    if is_revoked(session.conn, str(manifest["device_id"])):
        raise _refuse(
            "The laptop '{name}' that made this bundle has been revoked (lost or stolen); its "
            "bundles are refused.",
            name=cert.get("name"),
        )
    if int(manifest.get("schema_version", 0)) > LATEST_VERSION:
        raise _refuse(
            "This bundle was made by a newer CaseApp; update CaseApp on this laptop first."
        )
    return manifest


def _verify_manifest(cert: dict[str, Any], manifest: dict[str, Any], signature: str) -> bool:
    from caseapp.sync.team import verify

    return verify(str(cert.get("key")), canonical(manifest), signature)


_HLC = re.compile(rb'"hlc": "([^"]*)"')


def _lines(entries: bytes) -> Iterator[bytes]:
    with gzip.GzipFile(fileobj=io.BytesIO(entries)) as lines:
        yield from lines


def _fresh(txn: Any, raw: list[tuple[str, bytes]], result: ApplyResult) -> list[dict[str, Any]]:
    """Parse only the entries this vault has not seen (a re-import then costs next to nothing)."""
    seen: set[str] = set()
    hlcs = [h for h, _line in raw]
    for start in range(0, len(hlcs), 500):
        part = hlcs[start : start + 500]
        marks = ", ".join("?" for _ in part)
        seen.update(
            r[0] for r in txn.conn.execute(f"SELECT hlc FROM journal WHERE hlc IN ({marks})", part)
        )
    result.skipped += sum(1 for h in hlcs if h in seen)
    return [json.loads(line) for h, line in raw if h not in seen]


def import_bundle(
    session: Session, path: Path | bytes, progress: Progress | None = None
) -> ImportResult:
    """Verify a bundle whole, then apply it in one transaction through the write path."""
    if not may_write(session.role, "prisoner"):
        raise PermissionDenied("Your role may not import bundles.")
    team = load_team(session.conn)
    if team is None:
        raise BadInput(
            "This vault belongs to no team: create this laptop's vault from a provisioning "
            "file (caseapp init --provision FILE)."
        )
    bundle = verify_bundle(team, session, path)
    manifest = bundle.manifest
    result = ImportResult(bundle_id=str(manifest["bundle_id"]), device_name=bundle.device_name)
    # A full bundle touches every index of every table in random order (ids are uuids): a
    # larger page cache for the import's one transaction saves page re-reads and
    # re-encryptions; the usual size comes back after.
    cache = int(session.conn.execute("PRAGMA cache_size").fetchone()[0])
    session.conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        return _apply(session, bundle, result, progress)
    finally:
        session.conn.execute(f"PRAGMA cache_size = {cache}")


def _fill_blobs(txn: Any, bundle: VerifiedBundle, result: ImportResult) -> None:
    """Second pass over the bundle: each attachment or letter PDF the applied rows wait for,
    read one at a time and stored. A file changed on the stick since the check is refused
    (the transaction rolls back)."""
    reading = _Decrypting(bundle.source, bundle.identities)
    try:
        tar = tarfile.open(fileobj=reading.stream, mode="r|")  # noqa: SIM115 (closed below)
        for member in tar:
            digest = member.name.removeprefix("blobs/")
            rows = result.blob_rows.get(digest)
            if not member.name.startswith("blobs/") or rows is None:
                continue
            handle = tar.extractfile(member)
            content = handle.read() if handle is not None else b""
            if hashlib.sha256(content).hexdigest() != digest:
                raise _refuse("The bundle has been modified: one of its parts fails its check.")
            for table, entity_id in rows:
                column = _BLOB_FIELDS[table]
                txn.conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                    (content, entity_id),
                )
            result.missing_blobs -= len(rows)
            del result.blob_rows[digest], content
        reading.finish()
    except pyrage.DecryptError as exc:
        raise _decrypt_refusal(exc) from None
    except (tarfile.TarError, OSError):
        raise _refuse("The bundle has been modified or damaged (it fails decryption).") from None
    finally:
        reading.close()


def _apply(
    session: Session, bundle: VerifiedBundle, result: ImportResult, progress: Progress | None
) -> ImportResult:
    manifest = bundle.manifest

    def blob(digest: str) -> bytes | None:
        return None  # filled afterwards, one at a time, as the bundle streams by again

    origin = str(manifest["device_id"])
    if progress is not None:
        progress.start(int(manifest.get("entries", 0)) + 1)
    latest = ""
    with session.transaction("import USB bundle") as txn:
        txns: dict[str, dict[str, Any]] = {}
        chunk: list[tuple[str, bytes]] = []
        last_txn: dict[str, Any] = {}

        def flush() -> None:
            entries = _fresh(txn, chunk, result)
            if entries:
                apply_chunk(
                    txn,
                    txns,
                    entries,
                    origin=origin,
                    bundle_id=result.bundle_id,
                    blobs=blob,
                    result=result,
                    checked=True,
                )
            txn.forget_entries()
            if progress is not None:
                progress.step(len(chunk))

        for line in _lines(bundle.entries):
            found = _HLC.search(line)
            if found is None:  # a transaction line
                last_txn = json.loads(line)
                txns[str(last_txn["txn_id"])] = last_txn
                continue
            hlc = found.group(1).decode()
            chunk.append((hlc, line))
            latest = max(latest, hlc)
            if len(chunk) >= APPLY_CHUNK:
                flush()
                chunk = []
                txns = {str(last_txn["txn_id"]): last_txn}
        if chunk:
            flush()
        if result.blob_rows:
            _fill_blobs(txn, bundle, result)
        follow_merges(txn)
        # After the entries: a revocation they bring may call for a new team key.
        settle_team_key(txn.conn, bundle.team_key)
        if latest:
            from caseapp.clock import HLC

            with session.vault.clock_lock:
                if not session.vault.clock.observe(HLC.decode(latest)):
                    result.clock_ahead.add(bundle.device_name)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        txn.conn.execute(
            "INSERT OR IGNORE INTO sync_bundle (bundle_id, device_id, imported_at) VALUES (?, ?, ?)",
            (result.bundle_id, origin, now),
        )
        txn.conn.execute(
            "INSERT INTO sync_peer (device_id, imported_at) VALUES (?, ?) "
            "ON CONFLICT(device_id) DO UPDATE SET imported_at = excluded.imported_at",
            (origin, now),
        )
        txn.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc_last', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (session.vault.clock.last.encode(),),
        )
        audit.import_member(session, bundle.audit_chain, origin, result.bundle_id)
    result.changes = txn.changes
    if progress is not None:
        progress.step()
    return result
