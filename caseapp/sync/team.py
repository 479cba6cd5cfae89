"""A team's keys and its devices (no Qt).

Kept in the vault's ``meta`` table, inside the encrypted database, never journaled:

- ``team_identity`` / ``team_recipient``: the team's age X25519 key pair; bundles are
  encrypted to it, so only the team's laptops can read them;
- ``team_sign_public``: the team's Ed25519 key, which certifies each device
  (``team_sign_private`` only on the coordinator's laptop that created the team);
- ``device_key`` / ``device_cert``: this laptop's Ed25519 key and its certificate, signed by
  the team key; each bundle's manifest is signed with it (encryption alone proves nothing
  about who sent a bundle: every laptop of the team holds the team's decryption key).

Devices are also records (``Device``), so a revocation travels like any edit.

**Team key rotation.** A revoked laptop still holds the team key it had, so a revocation makes
a new one (``team_key_id``, made without the revoked laptops: ``team_key_excludes``; older keys
stay in ``team_keyring`` to open older bundles). Bundles are encrypted to the current team key
*and* to each laptop of the team that is not revoked, through its own Ed25519 key (age's
``ssh-ed25519`` recipient type), and carry the current team key inside (``team_key.json``):
a laptop that has not met the new key yet opens the bundle with its own key and adopts it;
a revoked laptop can open neither. Every laptop settles on the same key: among those it holds
that exclude every laptop it knows to be revoked, the one excluding most, then the greatest id;
if none does (it learned of a revocation from a laptop that had not rotated), it makes one.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from caseapp.domain.models import Device
from caseapp.errors import BadInput, PermissionDenied
from caseapp.records import list_entities, load_entity
from caseapp.store import ChangeSet, Session
from caseapp.vault.connection import Connection

TEAM_KEYS = (
    "team_id",
    "team_identity",
    "team_recipient",
    "team_sign_public",
    "team_sign_private",
    "device_key",
    "device_cert",
    "team_key_id",
    "team_key_excludes",
    "team_keyring",
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def verify(public_key_b64: str, message: bytes, signature_b64: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
        key.verify(base64.b64decode(signature_b64), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class Team:
    team_id: str
    identity: str
    recipient: str
    sign_public: str
    sign_private: str | None
    device_key: str | None
    device_cert: dict[str, Any] | None
    key_id: str = ""  # the current team key's id ("" for the key the team was created with)
    key_excludes: tuple[str, ...] = ()  # revoked laptops the current key was made without
    keyring: tuple[str, ...] = ()  # older team identities (to open older bundles)

    @property
    def can_provision(self) -> bool:
        return self.sign_private is not None

    def age_identity(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.identity)

    def age_recipient(self) -> pyrage.x25519.Recipient:
        return pyrage.x25519.Recipient.from_str(self.recipient)

    def age_identities(self) -> list[Any]:
        """Every key this laptop can open a bundle with: the team's (current, then older) and
        its own device key (bundles are also encrypted to each laptop that is not revoked)."""
        out: list[Any] = [self.age_identity()]
        out += [pyrage.x25519.Identity.from_str(i) for i in self.keyring if i != self.identity]
        if self.device_key is not None:
            out.append(device_identity(self.device_key))
        return out

    def key_record(self) -> dict[str, Any]:
        """The current team key as a bundle carries it (``team_key.json``)."""
        return {
            "key_id": self.key_id,
            "identity": self.identity,
            "recipient": self.recipient,
            "excludes": sorted(self.key_excludes),
        }

    def sign(self, message: bytes) -> str:
        if self.device_key is None:
            raise BadInput(
                "This laptop has no signing key of the team, so it cannot send bundles. "
                "A coordinator can provision it (caseapp sync provision)."
            )
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(self.device_key))
        return _b64(key.sign(message))

    def certify(self, device_id: str, name: str, public_key: str) -> dict[str, Any]:
        """A device certificate: the team key vouches for this device's public key."""
        if self.sign_private is None:
            raise PermissionDenied(
                "Only the coordinator's laptop that holds the team key can add a laptop."
            )
        body = {"team_id": self.team_id, "device_id": device_id, "name": name, "key": public_key}
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(self.sign_private))
        return {**body, "sig": _b64(key.sign(canonical(body)))}

    def check_cert(self, cert: Any) -> bool:
        if not isinstance(cert, dict) or not isinstance(cert.get("sig"), str):
            return False
        body = {k: cert.get(k) for k in ("team_id", "device_id", "name", "key")}
        return body["team_id"] == self.team_id and verify(
            self.sign_public, canonical(body), cert["sig"]
        )


def _meta(conn: Connection) -> dict[str, str]:
    marks = ", ".join("?" for _ in TEAM_KEYS)
    return dict(conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", TEAM_KEYS))


def load_team(conn: Connection) -> Team | None:
    meta = _meta(conn)
    if "team_id" not in meta:
        return None
    return Team(
        team_id=meta["team_id"],
        identity=meta["team_identity"],
        recipient=meta["team_recipient"],
        sign_public=meta["team_sign_public"],
        sign_private=meta.get("team_sign_private"),
        device_key=meta.get("device_key"),
        device_cert=json.loads(meta["device_cert"]) if meta.get("device_cert") else None,
        key_id=meta.get("team_key_id", ""),
        key_excludes=tuple(json.loads(meta.get("team_key_excludes") or "[]")),
        keyring=tuple(json.loads(meta.get("team_keyring") or "[]")),
    )


def device_identity(device_key: str) -> Any:
    """This laptop's Ed25519 key as an age identity (age's ssh-ed25519 type)."""
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(device_key))
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )
    return pyrage.ssh.Identity.from_buffer(pem)


def device_recipient(public_key: str) -> Any | None:
    """A laptop's Ed25519 public key as an age recipient; None if it is not a valid key."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
        line = key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
        return pyrage.ssh.Recipient.from_str(line.decode())
    except (ValueError, TypeError, pyrage.RecipientError):
        return None


def bundle_recipients(conn: Connection, team: Team) -> list[Any]:
    """Who can open a bundle written now: the current team key and every laptop of the team
    not revoked (through its own key, so that one that has not met a new team key yet can
    open it and adopt the key; a revoked laptop is no recipient)."""
    out: list[Any] = [team.age_recipient()]
    for (public_key,) in conn.execute(
        "SELECT public_key FROM device WHERE deleted = 0 AND revoked = 0 AND public_key IS NOT NULL "
        "ORDER BY id"
    ):
        recipient = device_recipient(str(public_key))
        if recipient is not None:
            out.append(recipient)
    return out


def _revoked_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM device WHERE revoked = 1")}


def _valid_key(record: Any) -> bool:
    try:
        identity = pyrage.x25519.Identity.from_str(str(record["identity"]))
    except (KeyError, TypeError, ValueError, pyrage.IdentityError):
        return False
    return (
        str(identity.to_public()) == record.get("recipient")
        and isinstance(record.get("key_id"), str)
        and isinstance(record.get("excludes"), list)
    )


def settle_team_key(conn: Connection, incoming: dict[str, Any] | None = None) -> bool:
    """Choose this laptop's current team key after a revocation or an import (inside the
    caller's transaction); a new one if no key held excludes every revoked laptop. The same
    choice on every laptop that holds the same keys. Returns whether the current key changed."""
    team = load_team(conn)
    if team is None:
        return False
    held: dict[str, dict[str, Any]] = {}
    stored = json.loads(
        (
            conn.execute("SELECT value FROM meta WHERE key = 'team_key_records'").fetchone()
            or ["[]"]
        )[0]
    )
    for record in [*stored, team.key_record(), *([incoming] if incoming else [])]:
        if _valid_key(record):
            held.setdefault(str(record["key_id"]), dict(record))
    revoked = _revoked_ids(conn)
    fit = [r for r in held.values() if revoked <= set(r["excludes"])]
    if fit:
        best = max(fit, key=lambda r: (len(r["excludes"]), r["key_id"]))
    else:
        identity = pyrage.x25519.Identity.generate()
        best = {
            "key_id": str(uuid.uuid4()),
            "identity": str(identity),
            "recipient": str(identity.to_public()),
            "excludes": sorted(revoked),
        }
        held[best["key_id"]] = best
    changed = str(best["key_id"]) != team.key_id
    ring = sorted({str(r["identity"]) for r in held.values()} | set(team.keyring))
    store_team(
        conn,
        {
            "team_identity": str(best["identity"]),
            "team_recipient": str(best["recipient"]),
            "team_key_id": str(best["key_id"]),
            "team_key_excludes": json.dumps(sorted(best["excludes"])),
            "team_keyring": json.dumps(ring),
            "team_key_records": json.dumps(sorted(held.values(), key=lambda r: r["key_id"])),
        },
    )
    return changed


def store_team(conn: Connection, values: dict[str, str]) -> None:
    """Keys are local secrets (meta, inside the encrypted database), not journaled records."""
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def new_device_key() -> tuple[str, str]:
    """A device's Ed25519 key pair (private, public), base64."""
    key = Ed25519PrivateKey.generate()
    return _b64(_raw_private(key)), _b64(_raw_public(key.public_key()))


def device_name(session: Session) -> str:
    return f"laptop-{session.vault.device_code()}"


def ensure_team(session: Session, name: str | None = None) -> Team:
    """This vault's team; the first administrator to sync creates it (and is its coordinator).

    ``name``: this laptop's name among the team's (default: its device code)."""
    team = load_team(session.conn)
    if team is not None:
        return team
    if session.role != "admin":
        raise PermissionDenied(
            "This vault belongs to no team yet: an administrator creates it by making the "
            "first bundle or provisioning file."
        )
    identity = pyrage.x25519.Identity.generate()
    sign = Ed25519PrivateKey.generate()
    device_private, device_public = new_device_key()
    values = {
        "team_id": str(uuid.uuid4()),
        "team_identity": str(identity),
        "team_recipient": str(identity.to_public()),
        "team_sign_public": _b64(_raw_public(sign.public_key())),
        "team_sign_private": _b64(_raw_private(sign)),
        "device_key": device_private,
    }
    name = (name or "").strip() or device_name(session)
    with session.transaction("create sync team") as txn:
        store_team(txn.conn, values)
        team = load_team(txn.conn)
        assert team is not None
        cert = team.certify(session.vault.device_id, name, device_public)
        store_team(txn.conn, {"device_cert": json.dumps(cert)})
        _register_device(txn.conn, session, txn, session.vault.device_id, name, device_public)
    team = load_team(session.conn)
    assert team is not None
    return team


def _register_device(
    conn: Connection, session: Session, txn: Any, device_id: str, name: str, public_key: str
) -> None:
    if load_entity(conn, Device, device_id, include_deleted=True) is None:
        txn.create(Device(id=device_id, name=name, public_key=public_key))


def add_device(session: Session, name: str) -> tuple[str, str, dict[str, Any]]:
    """Issue a new laptop's id, key and certificate (coordinator); returns (id, key, cert)."""
    team = ensure_team(session)
    name = name.strip()
    if not name:
        raise BadInput("Give the new laptop a name (for example its inventory number).")
    if any(d.name == name for d in list_entities(session.conn, Device)):
        raise BadInput("A laptop of the team already has this name; choose another.")
    device_id = str(uuid.uuid4())
    private, public = new_device_key()
    cert = team.certify(device_id, name, public)
    with session.transaction("add laptop to team") as txn:
        _register_device(txn.conn, session, txn, device_id, name, public)
    return device_id, private, cert


def find_device(conn: Connection, name_or_id: str) -> Device:
    for device in list_entities(conn, Device, order_by="name"):
        if name_or_id in (device.name, device.id):
            return device
    names = ", ".join(d.name or "" for d in list_entities(conn, Device, order_by="name"))
    if not names:
        raise BadInput("No laptop of the team is called '{name}'.", name=name_or_id)
    raise BadInput(
        "No laptop of the team is called '{name}'. Known: {names}.", name=name_or_id, names=names
    )


def revoke_device(session: Session, name_or_id: str, reason: str) -> ChangeSet:
    """A lost or stolen laptop: its bundles are refused from now on (the revocation travels)."""
    if session.role != "admin":
        raise PermissionDenied("Only an administrator can revoke a laptop.")
    device = find_device(session.conn, name_or_id)
    if device.id == session.vault.device_id:
        raise BadInput("This laptop cannot revoke itself.")
    with session.transaction("revoke laptop") as txn:
        txn.update(Device, device.id, revoked=True, revoked_reason=reason.strip() or "lost")
        settle_team_key(txn.conn)  # it holds the old team key: bundles from now on use a new one
    return txn.changes


def is_revoked(conn: Connection, device_id: str) -> bool:
    row = conn.execute("SELECT revoked FROM device WHERE id = ?", (device_id,)).fetchone()
    return bool(row and row[0])


def peers(conn: Connection, own_device: str) -> list[Device]:
    """The other laptops of the team a bundle can be made for."""
    return [
        d
        for d in list_entities(conn, Device, order_by="name")
        if d.id != own_device and not d.revoked
    ]


@dataclass(frozen=True)
class LaptopRow:
    """One laptop of the team as the Sync screen lists it."""

    name: str
    this_laptop: bool
    revoked: bool
    last_sent: str | None  # when a bundle was last made for it
    last_received: str | None  # when one of its bundles was last imported


def team_laptops(conn: Connection, own_device: str) -> list[LaptopRow]:
    marks = {
        row[0]: (row[1], row[2])
        for row in conn.execute("SELECT device_id, exported_at, imported_at FROM sync_peer")
    }
    return [
        LaptopRow(
            d.name or "",
            d.id == own_device,
            d.revoked,
            *marks.get(d.id, (None, None)),
        )
        for d in list_entities(conn, Device, order_by="name")
    ]
