"""Each migration takes a vault of the previous version, with data in it, to the next."""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import pytest

from caseapp.domain.models import ENTITY_TYPES
from caseapp.vault.connection import open_connection
from caseapp.vault.schema import LATEST_VERSION, MIGRATIONS, migrate, schema_version


def _columns(conn: object, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}  # type: ignore[attr-defined]


def _seed(conn: object, version: int) -> None:
    """Put a row in every entity table that exists at ``version``."""
    for name in ENTITY_TYPES:
        if _columns(conn, name):
            conn.execute(f"INSERT INTO {name} (id) VALUES (?)", (f"{name}-v{version}",))  # type: ignore[attr-defined]


@pytest.mark.parametrize("start", range(1, LATEST_VERSION))
def test_migrating_from_each_previous_version_keeps_the_data(tmp_path: Path, start: int) -> None:
    conn = open_connection(tmp_path / "old.caseapp", os.urandom(32))
    assert migrate(conn, target=start) == start
    _seed(conn, start)
    assert migrate(conn) == LATEST_VERSION
    for name in ENTITY_TYPES:
        row = conn.execute(f"SELECT id FROM {name} WHERE id = ?", (f"{name}-v{start}",)).fetchone()
        table_existed_then = row is not None
        if table_existed_then:
            assert row[0] == f"{name}-v{start}"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_latest_schema_has_a_column_for_every_model_field(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "new.caseapp", os.urandom(32))
    migrate(conn)
    for name, cls in ENTITY_TYPES.items():
        expected = {f.name for f in fields(cls)} | {"deleted"}
        assert _columns(conn, name) == expected, name
    conn.close()


def test_a_vault_from_a_newer_version_is_not_touched(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "future.caseapp", os.urandom(32))
    migrate(conn)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        migrate(conn)
    assert schema_version(conn) == LATEST_VERSION + 1
    conn.close()


def test_migrations_are_numbered_in_order() -> None:
    assert len(MIGRATIONS) == LATEST_VERSION >= 2
