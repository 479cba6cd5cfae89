"""Three laptops of one team, made the way users make them (create, provision, join)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseapp.accounts import create_vault, unlock_session
from caseapp.store import Session
from caseapp.sync.provision import join, provision
from caseapp.sync.team import ensure_team
from caseapp.vault.keyslots import TEST_KDF

PASSPHRASE = "correct horse battery"
ONE_TIME = "one time passphrase"

#: Tables whose rows must be equal on every laptop once they have met.
SHARED_TABLES = (
    "prisoner",
    "tracing_request",
    "name_form",
    "attachment",
    "link",
    "merge_mark",
    "device",
    "sync_conflict",
)


@dataclass
class Laptop:
    name: str
    session: Session

    @property
    def conn(self):  # type: ignore[no-untyped-def]
        return self.session.conn


def make_team(folder: Path, names: tuple[str, ...] = ("a", "b", "c")) -> list[Laptop]:
    first, _ = create_vault(folder / f"{names[0]}.caseapp", "admin", PASSPHRASE, kdf=TEST_KDF)
    ensure_team(first, names[0])
    laptops = [Laptop(names[0], first)]
    for name in names[1:]:
        file = folder / f"{name}.provision"
        provision(first, file, ONE_TIME, name)
        session, _, _ = join(
            folder / f"{name}.caseapp", file, ONE_TIME, "admin", PASSPHRASE, kdf=TEST_KDF
        )
        laptops.append(Laptop(name, session))
    return laptops


def snapshot(laptop: Laptop) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    for table in SHARED_TABLES:
        out[table] = laptop.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
    out["journal"] = laptop.conn.execute(
        "SELECT hlc, entity_id, op, field, new_value, base FROM journal ORDER BY hlc"
    ).fetchall()
    return out


def local_snapshot(laptop: Laptop) -> dict[str, list[tuple[object, ...]]]:
    """Everything of one vault, to prove a refused bundle changed nothing."""
    out = snapshot(laptop)
    out["txn"] = laptop.conn.execute("SELECT * FROM txn ORDER BY id").fetchall()
    out["meta"] = laptop.conn.execute(
        # the audit chain's head moves with every audited event (an import, a sign-in)
        "SELECT * FROM meta WHERE key NOT IN ('hlc_last', 'audit_head') ORDER BY key"
    ).fetchall()
    out["quarantine"] = laptop.conn.execute("SELECT * FROM sync_quarantine").fetchall()
    return out


def open_team(template: Path, folder: Path, monkeypatch: object) -> list[Laptop]:
    """Fresh copies of the template team's vaults, opened by the installation that made them."""
    import shutil

    from caseapp.vault.keyslots import keyfile_paths

    monkeypatch.setenv("CASEAPP_HOME", str(template / "home"))  # type: ignore[attr-defined]
    folder.mkdir(parents=True, exist_ok=True)
    laptops = []
    for name in ("a", "b", "c"):
        source, target = template / f"{name}.caseapp", folder / f"{name}.caseapp"
        shutil.copy2(source, target)
        for s, d in zip(keyfile_paths(source), keyfile_paths(target), strict=True):
            shutil.copy2(s, d)
        laptops.append(Laptop(name, unlock_session(target, "admin", PASSPHRASE)))
    return laptops
