"""Key slots: each account's passphrase unwraps the vault's random 256-bit database key.

Why slots: the database key never derives from a passphrase, so passphrases change and accounts
come and go without re-encrypting the data. A slot is Argon2id(passphrase) -> AES-256-GCM over the
database key, with the vault id and slot id as associated data so slots cannot be swapped between
vaults. Slots live in ``<vault>.keys`` and ``<vault>.keys.bak`` (each written temp -> fsync ->
rename), and a mirror inside the encrypted database so the recovery key can rebuild a lost file.

The recovery key *is* the database key (plus a checksum), printed once in base32 groups: it opens
the vault even when every passphrase is forgotten and the key file is lost.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from caseapp.errors import BadInput, NotAVault, WrongPassphrase

KEY_BYTES = 32
KEYFILE_FORMAT = "caseapp-keys"
KEYFILE_VERSION = 1

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
        )


@dataclass
class KeyFile:
    vault_id: str
    lookup_salt: str
    slots: list[KeySlot] = field(default_factory=list)

    @classmethod
    def new(cls) -> KeyFile:
        return cls(vault_id=str(uuid.uuid4()), lookup_salt=_b64(secrets.token_bytes(16)))

    def lookup_for(self, username: str) -> str:
        key = _unb64(self.lookup_salt)
        return hmac.new(key, username.strip().casefold().encode(), hashlib.sha256).hexdigest()

    def _aad(self, slot_id: str) -> bytes:
        return f"{KEYFILE_FORMAT}:{self.vault_id}:{slot_id}".encode()

    def add_slot(
        self, account_id: str, username: str, passphrase: str, db_key: bytes, params: KdfParams
    ) -> KeySlot:
        _check_kdf_allowed(params)
        if self.find(username) is not None:
            raise BadInput("An account with this user name already exists.")
        slot_id = str(uuid.uuid4())
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        wrapping_key = _derive(passphrase, salt, params)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, db_key, self._aad(slot_id))
        slot = KeySlot(
            slot_id=slot_id,
            account_id=account_id,
            lookup=self.lookup_for(username),
            kdf=params,
            salt=_b64(salt),
            nonce=_b64(nonce),
            wrapped=_b64(wrapped),
        )
        self.slots.append(slot)
        return slot

    def find(self, username: str) -> KeySlot | None:
        lookup = self.lookup_for(username)
        return next((s for s in self.slots if hmac.compare_digest(s.lookup, lookup)), None)

    def unwrap(self, username: str, passphrase: str) -> tuple[KeySlot, bytes]:
        """Return the slot and the database key, or raise WrongPassphrase (same for unknown user)."""
        slot = self.find(username)
        if slot is None:
            # Spend the same time as a real attempt so user names cannot be probed by timing.
            _derive(passphrase, b"\0" * 16, PRODUCTION_KDF)
            raise WrongPassphrase()
        _check_kdf_allowed(slot.kdf)
        wrapping_key = _derive(passphrase, _unb64(slot.salt), slot.kdf)
        try:
            db_key = AESGCM(wrapping_key).decrypt(
                _unb64(slot.nonce), _unb64(slot.wrapped), self._aad(slot.slot_id)
            )
        except InvalidTag:
            raise WrongPassphrase() from None
        return slot, db_key

    def remove_account(self, account_id: str) -> None:
        self.slots = [s for s in self.slots if s.account_id != account_id]

    def to_bytes(self) -> bytes:
        data = {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "vault_id": self.vault_id,
            "lookup_salt": self.lookup_salt,
            "slots": [s.to_json() for s in self.slots],
        }
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
        )


def keyfile_paths(vault_path: Path) -> tuple[Path, Path]:
    return (
        vault_path.with_name(vault_path.name + ".keys"),
        vault_path.with_name(vault_path.name + ".keys.bak"),
    )


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + f".tmp-{secrets.token_hex(4)}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_keyfile(vault_path: Path, keyfile: KeyFile) -> None:
    """Write both copies, one after the other, so a crash leaves at least one intact."""
    raw = keyfile.to_bytes()
    primary, backup = keyfile_paths(vault_path)
    _atomic_write(primary, raw)
    _atomic_write(backup, raw)


def read_keyfile(vault_path: Path) -> KeyFile:
    """Read the primary copy, falling back to the backup if it is missing or damaged."""
    for candidate in keyfile_paths(vault_path):
        try:
            return KeyFile.from_bytes(candidate.read_bytes())
        except FileNotFoundError:
            continue
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
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
