"""Key slots: each account's passphrase unwraps the vault's random 256-bit database key.

Why slots: the database key never derives from a passphrase, so passphrases change and accounts
come and go without re-encrypting the data. A slot is Argon2id(passphrase) -> AES-256-GCM over the
database key, with the vault id and slot id as associated data so slots cannot be swapped between
vaults. Slots live in ``<vault>.keys`` and ``<vault>.keys.bak`` (each written temp -> fsync ->
rename), and a mirror inside the encrypted database so the recovery key can rebuild a lost file.

The recovery key *is* the database key (plus a checksum), printed once in base32 groups: it opens
the vault even when every passphrase is forgotten and the key file is lost. Rotating the database
key (``caseapp rekey``) therefore also retires every old recovery key and every old key file.

Slot format 2 (new slots) binds the user name into the associated data and stores only a 4-bit
tag of the keyed user-name hash, not the whole hash: the lookup salt is in the same file, so a
full hash would let anyone holding the file confirm a guessed user name offline. With 4 bits, a
guess matches one slot in sixteen by chance, so it confirms nothing; unlocking tries the (one or
two) slots with the right tag. Each slot also records ``key_id``, a one-way fingerprint of the
database key it wraps, so slots of a rotated key are recognised; the file records the database
file's plaintext salt (``db_salt``) so that a key file from another vault is named as such.
"""

from __future__ import annotations

import base64
import contextlib
import glob
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from caseapp.errors import BadInput, NotAVault, WrongPassphrase
from caseapp.safefile import fsync_dir, open_private

KEY_BYTES = 32
KEYFILE_FORMAT = "caseapp-keys"
KEYFILE_VERSION = 1
SLOT_VERSION = 2
#: Hex digits of the user-name hash kept in a format-2 slot (1 = 4 bits, see the module doc).
TAG_DIGITS = 1
MIN_PASSPHRASE_LENGTH = 10
#: zxcvbn score a new passphrase needs: 3 = about 10^8 guesses or more.
MIN_PASSPHRASE_SCORE = 3

#: Set only by the test suite (tests/conftest.py): allows the cheap KDF below. Production refuses it.
WEAK_KDF_ENV = "CASEAPP_TEST_WEAK_KDF"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.5 s on the 2-core reference machine."""

    memory_kib: int = 128 * 1024
    iterations: int = 2
    lanes: int = 1

    def is_weak(self) -> bool:
        return self.memory_kib < 64 * 1024 or self.iterations < 2


PRODUCTION_KDF = KdfParams()
#: For tests only: a few milliseconds instead of half a second. Refused unless WEAK_KDF_ENV=1.
TEST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def default_kdf() -> KdfParams:
    """The KDF for new slots: production cost, or the cheap one when the test suite asks."""
    return TEST_KDF if os.environ.get(WEAK_KDF_ENV) == "1" else PRODUCTION_KDF


def _check_kdf_allowed(params: KdfParams) -> None:
    if params.is_weak() and os.environ.get(WEAK_KDF_ENV) != "1":
        raise BadInput(
            "This vault's key slot uses a test-only key derivation setting and cannot be used."
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_passphrase(passphrase: str) -> str:
    """NFC: the same passphrase typed on two keyboards (composed or decomposed) is one key."""
    return unicodedata.normalize("NFC", passphrase)


#: Words for a zxcvbn score (0–4), in the order of the meter.
STRENGTH_VERDICTS = ("very weak", "too weak", "weak", "good", "strong")


@dataclass(frozen=True)
class Strength:
    """How hard a passphrase is to guess, for the live meter: plain keys the GUI translates."""

    #: zxcvbn's 0–4 (0 also when shorter than ``MIN_PASSPHRASE_LENGTH``).
    score: int
    #: One of ``STRENGTH_VERDICTS``.
    verdict: str
    #: Why it is weak (a key: "short", "user_name", "common_word", "keyboard", "repeat",
    #: "sequence", "date", "add_word"), or None when nothing stands out.
    reason: str | None
    #: Whether ``check_passphrase_strength`` accepts it.
    acceptable: bool


_PATTERN_REASONS = {
    "spatial": "keyboard",
    "repeat": "repeat",
    "sequence": "sequence",
    "date": "date",
    "regex": "date",  # zxcvbn's only regex is "recent year"
}


def passphrase_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Score a passphrase the way ``check_passphrase_strength`` judges it, with the reason."""
    passphrase = normalise_passphrase(passphrase)
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        return Strength(0, STRENGTH_VERDICTS[0], "short", False)
    from zxcvbn import zxcvbn  # imported here: loading its dictionaries takes a moment

    result = zxcvbn(passphrase[:100], user_inputs=[u for u in user_inputs if u])
    score = max(0, min(4, int(result["score"])))
    reason: str | None = None
    if score < 4:
        # The longest weak part of the passphrase says best why it is guessable.
        for match in sorted(result["sequence"], key=lambda m: -len(str(m.get("token", "")))):
            pattern = str(match.get("pattern", ""))
            if pattern == "dictionary":
                named = match.get("dictionary_name") == "user_inputs"
                reason = "user_name" if named else "common_word"
            else:
                reason = _PATTERN_REASONS.get(pattern)
            if reason:
                break
        if reason is None and score < MIN_PASSPHRASE_SCORE:
            reason = "add_word"
    acceptable = score >= MIN_PASSPHRASE_SCORE
    return Strength(score, STRENGTH_VERDICTS[score], reason, acceptable)


def check_passphrase_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Refuse passphrases an attacker would guess early: short, blank, common, patterned."""
    strength = passphrase_strength(passphrase, user_inputs)
    if strength.reason == "short":
        raise BadInput(
            "The passphrase must have at least {count} characters "
            "(a few words are easier to remember than symbols).",
            count=MIN_PASSPHRASE_LENGTH,
        )
    if not strength.acceptable:
        raise BadInput(
            "This passphrase is too easy to guess (a common word, a keyboard row, a repeat or a "
            "date). Use three or four unrelated words."
        )


def key_id(db_key: bytes) -> str:
    """A one-way fingerprint of a database key: tells which key a slot wraps, reveals nothing."""
    return hashlib.sha256(b"caseapp-key-id:" + db_key).hexdigest()[:16]


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


@dataclass
class KeySlot:
    slot_id: str
    account_id: str
    lookup: str  # keyed hash of the user name: the file does not show who has an account
    kdf: KdfParams
    salt: str
    nonce: str
    wrapped: str
    #: 1: whole user-name hash, no name in the associated data; 2: see the module docstring.
    version: int = 1
    #: ``key_id`` of the database key this slot wraps (None in slots from before rotation).
    key_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kdf"] = asdict(self.kdf)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        return cls(
            slot_id=str(data["slot_id"]),
            account_id=str(data["account_id"]),
            lookup=str(data["lookup"]),
            kdf=KdfParams(**data["kdf"]),
            salt=str(data["salt"]),
            nonce=str(data["nonce"]),
            wrapped=str(data["wrapped"]),
            version=int(data.get("version", 1)),
            key_id=str(data["key_id"]) if data.get("key_id") else None,
        )


@dataclass
class KeyFile:
    vault_id: str
    lookup_salt: str
    slots: list[KeySlot] = field(default_factory=list)
    #: The database file's first 16 bytes (its plaintext salt), hex: names a swapped key file.
    db_salt: str | None = None

    @classmethod
    def new(cls) -> KeyFile:
        return cls(vault_id=str(uuid.uuid4()), lookup_salt=_b64(secrets.token_bytes(16)))

    def lookup_for(self, username: str) -> str:
        key = _unb64(self.lookup_salt)
        return hmac.new(key, username.strip().casefold().encode(), hashlib.sha256).hexdigest()

    def _aad(self, slot: KeySlot, username: str) -> bytes:
        if slot.version >= 2:
            name = username.strip().casefold()
            return f"{KEYFILE_FORMAT}:{self.vault_id}:{slot.slot_id}:{name}".encode()
        return f"{KEYFILE_FORMAT}:{self.vault_id}:{slot.slot_id}".encode()

    def add_slot(
        self, account_id: str, username: str, passphrase: str, db_key: bytes, params: KdfParams
    ) -> KeySlot:
        """A format-2 slot. Whether the user name is free is the account table's business."""
        _check_kdf_allowed(params)
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        slot = KeySlot(
            slot_id=str(uuid.uuid4()),
            account_id=account_id,
            lookup=self.lookup_for(username)[:TAG_DIGITS],
            kdf=params,
            salt=_b64(salt),
            nonce=_b64(nonce),
            wrapped="",
            version=SLOT_VERSION,
            key_id=key_id(db_key),
        )
        wrapping_key = _derive(normalise_passphrase(passphrase), salt, params)
        slot.wrapped = _b64(AESGCM(wrapping_key).encrypt(nonce, db_key, self._aad(slot, username)))
        self.slots.append(slot)
        return slot

    def candidates(self, username: str) -> list[KeySlot]:
        """Slots that may belong to ``username``: the tag (or, in old slots, the hash) matches."""
        lookup = self.lookup_for(username)
        return [
            s
            for s in self.slots
            if hmac.compare_digest(s.lookup, lookup[: len(s.lookup)]) and len(s.lookup) >= 1
        ]

    def open_slot(self, slot: KeySlot, username: str, passphrase: str) -> bytes | None:
        """The database key this slot wraps, or None (wrong passphrase, user or damaged slot)."""
        _check_kdf_allowed(slot.kdf)
        text = normalise_passphrase(passphrase) if slot.version >= 2 else passphrase
        try:
            wrapping_key = _derive(text, _unb64(slot.salt), slot.kdf)
            return AESGCM(wrapping_key).decrypt(
                _unb64(slot.nonce), _unb64(slot.wrapped), self._aad(slot, username)
            )
        except (InvalidTag, ValueError, TypeError):
            return None

    def unwrap(self, username: str, passphrase: str) -> tuple[KeySlot, bytes]:
        """Return the slot and the database key, or raise WrongPassphrase (same for unknown user)."""
        for slot, db_key in open_slots([self], username, passphrase):
            return slot, db_key
        raise WrongPassphrase()

    def remove_account(self, account_id: str) -> None:
        self.slots = [s for s in self.slots if s.account_id != account_id]

    def copy(self) -> KeyFile:
        return KeyFile.from_bytes(self.to_bytes())

    def to_bytes(self) -> bytes:
        data = {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "vault_id": self.vault_id,
            "lookup_salt": self.lookup_salt,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.db_salt:
            data["db_salt"] = self.db_salt
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != KEYFILE_FORMAT:
            raise ValueError("not a key file")
        if int(data.get("version", 0)) > KEYFILE_VERSION:
            raise ValueError("key file from a newer version")
        return cls(
            vault_id=str(data["vault_id"]),
            lookup_salt=str(data["lookup_salt"]),
            slots=[KeySlot.from_json(s) for s in data["slots"]],
            db_salt=str(data["db_salt"]) if data.get("db_salt") else None,
        )


def open_slots(
    keyfiles: list[KeyFile], username: str, passphrase: str
) -> Iterator[tuple[KeySlot, bytes]]:
    """Every (slot, database key) the name and passphrase open, primary copy first.

    A slot damaged in the primary file is tried again from the backup copy (the same slot id
    with different bytes), so one damaged byte does not lock its owner out. If no slot could
    even be tried, one derivation is spent anyway so unknown names cost the same time.
    """
    seen: set[tuple[str, str, str, str]] = set()
    tried = False
    for keyfile in keyfiles:
        for slot in keyfile.candidates(username):
            fingerprint = (keyfile.vault_id, slot.slot_id, slot.salt + slot.nonce, slot.wrapped)
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
            tried = True
            db_key = keyfile.open_slot(slot, username, passphrase)
            if db_key is not None:
                yield slot, db_key
    if not tried:
        _derive(passphrase, b"\0" * 16, PRODUCTION_KDF)


def keyfile_paths(vault_path: Path) -> tuple[Path, Path]:
    return (
        vault_path.with_name(vault_path.name + ".keys"),
        vault_path.with_name(vault_path.name + ".keys.bak"),
    )


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + f".tmp-{secrets.token_hex(4)}")
    try:
        with open_private(tmp) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def remove_stale_temp_files(vault_path: Path) -> None:
    """Temp copies a crash left between write and rename (``NAME.keys.tmp-*``)."""
    for leftover in vault_path.parent.glob(glob.escape(vault_path.name) + ".keys*.tmp-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def write_keyfile(vault_path: Path, keyfile: KeyFile) -> None:
    """Write both copies, one after the other, so a crash leaves at least one intact."""
    raw = keyfile.to_bytes()
    primary, backup = keyfile_paths(vault_path)
    _atomic_write(primary, raw)
    _atomic_write(backup, raw)


def read_keyfiles(vault_path: Path) -> list[KeyFile]:
    """Every readable copy, primary first (empty if none)."""
    found = []
    for candidate in keyfile_paths(vault_path):
        try:
            found.append(KeyFile.from_bytes(candidate.read_bytes()))
        except OSError:
            continue
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    return found


def read_keyfile(vault_path: Path) -> KeyFile:
    """Read the primary copy, falling back to the backup if it is missing or damaged."""
    found = read_keyfiles(vault_path)
    if found:
        return found[0]
    raise NotAVault(
        "No readable key file next to this vault (it should end in .keys). "
        "Copy the .keys file with the vault, or open it with the recovery key."
    )


# --- Recovery key -------------------------------------------------------------------------------

_CHECK_BYTES = 2


def format_recovery_key(db_key: bytes) -> str:
    """The database key with a 2-byte checksum, in groups of five base32 letters."""
    check = hashlib.sha256(db_key).digest()[:_CHECK_BYTES]
    text = base64.b32encode(db_key + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    padding = "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(cleaned + padding)
    except ValueError:
        raise BadInput("This is not a recovery key: check the letters and try again.") from None
    if len(raw) != KEY_BYTES + _CHECK_BYTES:
        raise BadInput("This recovery key is too short or too long: check every group.")
    db_key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(db_key).digest()[:_CHECK_BYTES] != check:
        raise BadInput("This recovery key has a typing mistake: check every group.")
    return db_key
