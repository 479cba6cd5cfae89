"""The account life-cycle: create a vault, unlock, add, disable, enable, remove, reset, rotate.

Above ``store`` (accounts are entities written through the one write path) and ``vault`` (key
slots). The rule that makes every step crash-safe: the copy of the key slots inside the
encrypted database (the mirror) changes in the same transaction as the account row, and only
after that commit are the ``.keys`` files rewritten. If the process dies in between, the next
unlock finds files that disagree with the mirror and rewrites them from it
(``Vault._adopt_slot``): a slot that the mirror does not hold opens nothing, so a disabled or
removed account, an old passphrase or an interrupted ``account add`` can never leave a working
slot behind.

Revocation: disabling or removing an account destroys its slot in the mirror, both files and
(by the rewrite) any backup copy next to the vault. A copy of an old ``.keys`` file made
elsewhere still unwraps the *old* database key, so ``rotate_database_key`` re-encrypts the
vault under a new key: every old key file, old passphrase and old recovery key then opens
nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
from collections.abc import Callable, Set
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from caseapp import audit, throttle
from caseapp.access import SCOPE_ALL, SCOPE_ASSIGNED, SCOPE_SETTING, access_for
from caseapp.domain.models import Account, Setting, Value
from caseapp.errors import (
    BadInput,
    CaseAppError,
    PermissionDenied,
    VaultExists,
    WrongPassphrase,
)
from caseapp.permissions import may_manage_accounts
from caseapp.safefile import fsync_dir
from caseapp.store import ChangeSet, Session, Txn, list_entities, load_entity
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection, storage_failure
from caseapp.vault.keyslots import (
    KEY_BYTES,
    PRODUCTION_KDF,
    KdfParams,
    KeyFile,
    check_passphrase_strength,
    format_recovery_key,
    keyfile_paths,
    open_slots,
    parse_recovery_key,
)
from caseapp.vault.vault import Vault, fault_point, file_salt, remove_vault_files


@dataclass
class AccountResult:
    """What an account action did: the account as stored, and the transaction's changes."""

    account: Account
    changes: ChangeSet


@dataclass
class RekeyResult:
    #: The new recovery key: shown once; the old one no longer opens the vault.
    recovery_key: str
    #: Active accounts that need a new passphrase from an administrator (their slots wrapped
    #: the old key).
    needs_passphrase: list[str]
    changes: ChangeSet


# --- opening -----------------------------------------------------------------------------------


def create_vault(
    path: Path,
    username: str,
    passphrase: str,
    *,
    display_name: str | None = None,
    kdf: KdfParams = PRODUCTION_KDF,
    device_id: str | None = None,
) -> tuple[Session, str]:
    """A new vault with its administrator; returns the session and the recovery key.

    The vault is built under ``NAME.creating`` and moved into place when whole (key files
    first, the vault file last), so a failure or a crash never leaves a vault without its
    administrator or its key files at ``path``; leftovers of an interrupted creation are
    removed by the next attempt (they never held data, and their recovery key was never shown).
    ``device_id``: the id a coordinator issued for this laptop (``caseapp.sync.provision``),
    else a new one.
    """
    path = Path(path)
    username = username.strip()
    if not username:
        raise BadInput("A user name is required.")
    staging = path.with_name(path.name + STAGING_SUFFIX)
    _clear_interrupted_creation(path, staging)
    if path.exists() or any(p.exists() for p in keyfile_paths(path)):
        raise VaultExists("A file already exists at this path; choose another name.")
    account = Account(username=username, display_name=display_name or username, role="admin")
    vault, recovery = Vault.create(
        staging, account.id, username, passphrase, kdf=kdf, device_id=device_id
    )
    try:
        staged = Session(vault, account)
        # The first account is its own author in the journal.
        with staged.transaction("create vault") as txn:
            txn.create(account)
        keyfile = vault.keyfile
        vault.close()  # checkpoints: the whole vault is in the one file
        fault_point("vault staged")
        for source, target in zip(keyfile_paths(staging), keyfile_paths(path), strict=True):
            os.replace(source, target)
        fault_point("key files in place")
        os.replace(staging, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        vault.close()
        remove_vault_files(staging)
        if not path.exists():
            for leftover in keyfile_paths(path):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise storage_failure(exc, creating=True, path=path) from None
        raise
    opened = Vault(path, parse_recovery_key(recovery), keyfile)
    opened.account_id = account.id
    return Session(opened, account), recovery


STAGING_SUFFIX = ".creating"

log = logging.getLogger(__name__)


def _clear_interrupted_creation(path: Path, staging: Path) -> None:
    """Remove what a killed ``create_vault`` left: a staged vault, and key files moved next to
    ``path`` for it (recognised by the staged file's salt) while ``path`` itself is missing."""
    if not staging.exists():
        return
    if not path.exists():
        salt = file_salt(staging)
        for candidate in keyfile_paths(path):
            try:
                belongs = KeyFile.from_bytes(candidate.read_bytes()).db_salt == salt
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if belongs and salt is not None:
                candidate.unlink(missing_ok=True)
    remove_vault_files(staging)


def unlock_session(
    path: Path,
    username: str,
    passphrase: str,
    progress: Progress | None = None,
    *,
    record: bool = True,
) -> Session:
    """Unlock with a passphrase; refused for a disabled or removed account. ``progress``
    follows the search-index rebuild a new version may need on first open.

    Throttled per account (``caseapp.throttle``): while the account must wait after repeated
    wrong passphrases, ``Throttled`` is raised before any key is derived. Audited: a wrong
    passphrase is noted next to the vault (it is still closed) and moved into the audit chain
    with the next sign-in (``caseapp.audit``). A success forgets the failures (their times are
    on ``session.failed_attempts``) and records the sign-in, in the trail and as this laptop's
    last sign-in. ``record`` False: write nothing yet (``caseapp check`` examines a suspect file
    before writing to it, then calls ``audit.record_signin``).
    """
    path = Path(path)
    throttle.check_allowed(path, username)
    try:
        vault = Vault.unlock(path, username, passphrase, progress)
    except WrongPassphrase:
        throttle.record_failure(path, username)
        audit.note_failed_signin(path)
        raise
    account = load_entity(vault.connection(), Account, vault.account_id or "")
    if account is None or not account.active:
        audit.record_on(
            vault, vault.account_id, "signin.failed", detail={"reason": "account_disabled"}
        )
        vault.close()
        raise BadInput("This account has been disabled. Ask an administrator.")
    vault.set_access(access_for(vault.connection(), account.id, account.role, account.team))
    session = Session(vault, account)
    session.failed_attempts = throttle.clear(path, username)
    if record:
        try:
            audit.record_signin(session)
        except CaseAppError:  # a full disk must not lock the team out of its data
            logging.getLogger(__name__).warning("sign-in not recorded in the audit trail")
        _record_sign_in(session)
    return session


SIGN_IN_META = "last_sign_in:"


def _record_sign_in(session: Session) -> None:
    """Note when the account last signed in on this laptop (a vault meta row, not journaled:
    a sign-in changes no record; the audit trail keeps the history)."""
    if session.vault.read_only:
        return
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        with session.transaction("sign in") as txn:
            txn.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (SIGN_IN_META + session.account.id, at),
            )
    except (CaseAppError, sqlcipher3.Error):  # a full disk never stops a sign-in
        log.warning("last sign-in not recorded")


def last_sign_ins(conn: Connection) -> dict[str, str]:
    """Account id -> when it last signed in on this laptop (UTC ISO time)."""
    return {
        str(key).removeprefix(SIGN_IN_META): str(value)
        for key, value in conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE ?", (SIGN_IN_META + "%",)
        )
    }


def recover_account(
    path: Path, recovery_key: str, username: str, new_passphrase: str, *, kdf: KdfParams
) -> None:
    """Open with the recovery key and give ``username`` a new passphrase (journaled)."""
    vault = Vault.unlock_with_recovery_key(path, recovery_key)
    try:
        # An account synced from another laptop may share the name: prefer this vault's own.
        local = {slot.account_id for slot in vault.keyfile.slots}
        account = find_account(vault.connection(), username, prefer=local)
        if account is None:
            raise BadInput("No account with this user name in the vault.")
        # The recovery key stands in for an administrator for this one action.
        acting = Account(id=account.id, username=account.username, role="admin")
        audit.record_on(vault, account.id, "signin.recovery")
        reset_passphrase(Session(vault, acting), account.id, new_passphrase, kdf=kdf)
    finally:
        vault.close()


# --- reading -----------------------------------------------------------------------------------


def find_account(
    conn: Connection, username: str, *, prefer: Set[str] = frozenset()
) -> Account | None:
    """The account of that user name; among several (synced from other laptops), one whose id
    is in ``prefer`` first."""
    wanted = username.strip().casefold()
    matches = [
        account
        for account in list_entities(conn, Account)
        if (account.username or "").strip().casefold() == wanted
    ]
    matches.sort(key=lambda a: a.id not in prefer)
    return matches[0] if matches else None


@dataclass
class AccountRow:
    account: Account
    #: "active", "disabled", "no passphrase" (active but without a slot: after a key
    #: rotation) or "other laptop" (made on another laptop of the team: see ``made_elsewhere``)
    state: str
    #: the laptop it was made on, for an account of another laptop
    laptop: str | None = None
    #: When the account last signed in on this laptop (UTC ISO time), or None: never here.
    last_sign_in: str | None = None


def made_elsewhere(session: Session) -> dict[str, str]:
    """Accounts made on another laptop of the team (account id -> that laptop's name).

    Accounts are per laptop (docs/sync.md): a key slot wraps *this* vault's database key, so
    none travels; an account record arrives from other laptops only so that History can say
    who did what. One with a slot here, or made here, is this laptop's."""
    with_slot = {s.account_id for s in session.vault.keyfile.slots}
    own = {session.vault.device_id, session.vault.copied_from}
    names = dict(session.conn.execute("SELECT id, name FROM device").fetchall())
    out: dict[str, str] = {}
    for account_id, device_id in session.conn.execute(
        "SELECT j.entity_id, t.device_id FROM journal j JOIN txn t ON t.id = j.txn "
        "WHERE j.entity_type = 'account' AND j.op = 'create'"
    ):
        if account_id not in with_slot and device_id not in own:
            out[account_id] = str(names.get(device_id) or device_id[:8])
    return out


def list_accounts(session: Session) -> list[AccountRow]:
    _require_admin(session, "Only an administrator can see the accounts.")
    with_slot = {s.account_id for s in session.vault.keyfile.slots}
    elsewhere = made_elsewhere(session)
    signed_in = last_sign_ins(session.conn)
    rows = []
    for account in list_entities(session.conn, Account, order_by="username"):
        if account.id in elsewhere:
            rows.append(AccountRow(account, "other laptop", elsewhere[account.id]))
            continue
        if not account.active:
            state = "disabled"
        elif account.id not in with_slot:
            state = "no passphrase"
        else:
            state = "active"
        rows.append(AccountRow(account, state, last_sign_in=signed_in.get(account.id)))
    return rows


# --- changing ----------------------------------------------------------------------------------


def _require_admin(session: Session, message: str) -> None:
    if not may_manage_accounts(session.role):
        raise PermissionDenied(message)


def _require(session: Session, account_id: str) -> Account:
    account = load_entity(session.conn, Account, account_id)
    if account is None:
        raise BadInput("No such account.")
    laptop = made_elsewhere(session).get(account_id)
    if laptop is not None:
        raise BadInput(
            "This account was made on the laptop '{laptop}' and signs in there only (accounts "
            "are per laptop): manage it there. To let this person work on this laptop, add an "
            "account for them here.",
            laptop=laptop,
        )
    return account


def _commit_slots(session: Session, action: str, edit: Callable[[Txn, KeyFile], None]) -> ChangeSet:
    """Run ``edit(txn, keyfile)`` and store the edited slots: mirror first, then the files."""
    vault = session.vault
    if vault.read_only:
        raise BadInput("The vault is on a read-only disk or stick; it cannot be changed.")
    saved = vault.keyfile
    keyfile = saved.copy()
    try:
        with session.transaction(action) as txn:
            edit(txn, keyfile)
            vault.keyfile = keyfile
            vault.write_mirror(txn.conn)
        changes = txn.changes
    except BaseException:
        vault.keyfile = saved
        raise
    fault_point("after commit")
    vault.write_keyfiles()
    return changes


def add_account(
    session: Session,
    username: str,
    passphrase: str,
    role: str,
    *,
    display_name: str | None = None,
    kdf: KdfParams = PRODUCTION_KDF,
) -> AccountResult:
    _require_admin(session, "Only an administrator can add accounts.")
    username = username.strip()
    if not username:
        raise BadInput("A user name is required.")
    elsewhere = made_elsewhere(session)
    if any(
        a.id not in elsewhere and (a.username or "").strip().casefold() == username.casefold()
        for a in list_entities(session.conn, Account)
    ):  # one of another laptop may share the name: the same person, an account here too
        raise BadInput("An account with this user name already exists.")
    check_passphrase_strength(passphrase, [username])
    account = Account(username=username, display_name=display_name, role=role)
    db_key = session.vault._db_key

    def edit(txn: Txn, keyfile: KeyFile) -> None:
        txn.create(account)
        keyfile.add_slot(account.id, username, passphrase, db_key, kdf)

    return AccountResult(account, _commit_slots(session, "add account", edit))


def _new_slot(
    session: Session, account: Account, new: str, kdf: KdfParams, action: str, **fields: Value
) -> ChangeSet:
    check_passphrase_strength(new, [account.username or ""])
    db_key = session.vault._db_key

    def edit(txn: Txn, keyfile: KeyFile) -> None:
        keyfile.remove_account(account.id)
        keyfile.add_slot(account.id, account.username or "", new, db_key, kdf)
        if fields:
            txn.update(Account, account.id, **fields)
        # The journal shows that the passphrase changed, never the passphrase.
        txn._record("account", account.id, "update", "passphrase", None, "changed")

    return _commit_slots(session, action, edit)


def change_passphrase(
    session: Session, old: str, new: str, *, kdf: KdfParams = PRODUCTION_KDF
) -> ChangeSet:
    """A new slot for one's own account; the old passphrase (and old key files) open nothing."""
    username = session.account.username or ""
    own = [s for s, _ in open_slots([session.vault.keyfile], username, old)]
    if not any(s.account_id == session.account.id for s in own):
        raise WrongPassphrase()
    return _new_slot(session, session.account, new, kdf, "change passphrase")


def reset_passphrase(
    session: Session, account_id: str, new: str, *, kdf: KdfParams = PRODUCTION_KDF
) -> ChangeSet:
    """Administrator (or recovery-key) reset of an account's passphrase."""
    _require_admin(session, "Only an administrator can reset a passphrase.")
    return _new_slot(session, _require(session, account_id), new, kdf, "reset passphrase")


def _check_not_last_admin(session: Session, account: Account) -> None:
    if account.id == session.account.id:
        raise BadInput("You cannot disable or remove your own account.")
    if account.role == "admin":
        elsewhere = made_elsewhere(session)  # they cannot sign in here
        admins = [
            a
            for a in list_entities(session.conn, Account, "active = 1")
            if a.role == "admin" and a.id not in elsewhere
        ]
        if len(admins) <= 1:
            raise BadInput("The last administrator cannot be disabled or removed.")


def disable_account(session: Session, account_id: str) -> ChangeSet:
    """Mark the account disabled and destroy its slot (mirror, both files)."""
    _require_admin(session, "Only an administrator can disable accounts.")
    account = _require(session, account_id)
    _check_not_last_admin(session, account)

    def edit(txn: Txn, keyfile: KeyFile) -> None:
        txn.update(Account, account_id, active=False)
        keyfile.remove_account(account_id)

    return _commit_slots(session, "disable account", edit)


def enable_account(
    session: Session, account_id: str, new_passphrase: str, *, kdf: KdfParams = PRODUCTION_KDF
) -> ChangeSet:
    """Enable again with a new passphrase: the old slot was destroyed, so a new one is made."""
    _require_admin(session, "Only an administrator can enable accounts.")
    account = _require(session, account_id)
    return _new_slot(session, account, new_passphrase, kdf, "enable account", active=True)


def remove_account(session: Session, account_id: str) -> ChangeSet:
    """Remove the account (kept in the journal's history) and destroy its slot."""
    _require_admin(session, "Only an administrator can remove accounts.")
    account = _require(session, account_id)
    _check_not_last_admin(session, account)

    def edit(txn: Txn, keyfile: KeyFile) -> None:
        if account.active:
            txn.update(Account, account_id, active=False)
        txn.delete(Account, account_id)
        keyfile.remove_account(account_id)

    return _commit_slots(session, "remove account", edit)


def rotate_database_key(
    session: Session, passphrase: str, *, kdf: KdfParams = PRODUCTION_KDF
) -> RekeyResult:
    """Re-encrypt the vault under a new database key (``caseapp rekey``).

    Steps, each safe to die after (docs/architecture.md): (1) a slot for the acting
    administrator wrapping the new key is committed to the mirror, next to the old slots;
    (2) the key files get it too; (3) SQLCipher rewrites every page under the new key in one
    transaction; (4) the mirror and files keep only slots of the new key. Whatever the step,
    the administrator's passphrase opens the vault afterwards, and the next unlock finishes
    step 4. Other accounts need a new passphrase (``account reset``): their slots wrapped the
    old key, and unwrapping needs their passphrase, which only they know.
    """
    _require_admin(session, "Only an administrator can rotate the database key.")
    vault = session.vault
    username = session.account.username or ""
    if not any(
        s.account_id == session.account.id
        for s, _ in open_slots([vault.keyfile], username, passphrase)
    ):
        raise WrongPassphrase()
    new_key = secrets.token_bytes(KEY_BYTES)

    def edit(txn: Txn, keyfile: KeyFile) -> None:
        keyfile.add_slot(session.account.id, username, passphrase, new_key, kdf)
        txn._record("vault", vault.vault_id, "update", "database_key", None, "rotated")

    changes = _commit_slots(session, "rotate database key", edit)
    vault.rekey(new_key)
    # From here on the new key is the only key: whatever happens, the caller must get it.
    fault_point("before cleanup")
    others: list[str] = []
    try:
        vault.sync_keyfiles(vault.keyfile)  # keeps only the slots of the new key
        with_slot = {s.account_id for s in vault.keyfile.slots}
        others = [
            a.username or ""
            for a in list_entities(vault.connection(), Account, "active = 1", order_by="username")
            if a.id not in with_slot
        ]
    except CaseAppError:  # e.g. locked meanwhile: the next unlock finishes the clean-up
        pass
    return RekeyResult(format_recovery_key(new_key), others, changes)


def set_team(session: Session, account_id: str, team: str | None) -> ChangeSet:
    """Put an account in a team (or none): caseworkers of a team see its requests when the vault
    limits requests to assignments. Takes effect at the account's next sign-in."""
    _require_admin(session, "Only an administrator can change accounts.")
    _require(session, account_id)
    with session.transaction("set team") as txn:
        txn.update(Account, account_id, team=(team or "").strip() or None)
    return txn.changes


def set_request_scope(session: Session, assigned_only: bool) -> ChangeSet:
    """Whether caseworkers see only the requests assigned to them or their team (vault-wide,
    journaled, travels with the data). Takes effect at each caseworker's next sign-in."""
    _require_admin(session, "Only an administrator can change who sees which requests.")
    value = SCOPE_ASSIGNED if assigned_only else SCOPE_ALL
    with session.transaction("set request scope") as txn:
        if load_entity(txn.conn, Setting, SCOPE_SETTING) is None:
            txn.create(Setting(id=SCOPE_SETTING, value=value))
        else:
            txn.update(Setting, SCOPE_SETTING, value=value)
    return txn.changes
