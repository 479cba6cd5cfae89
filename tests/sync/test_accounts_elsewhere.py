"""Accounts are per laptop: those made on another laptop travel for attribution only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseapp.accounts import add_account, disable_account, list_accounts, unlock_session
from caseapp.errors import BadInput, WrongPassphrase
from caseapp.sync.bundle import export_bundle, import_bundle
from caseapp.vault.keyslots import TEST_KDF
from tests.sync.helpers import Laptop, local_snapshot, open_team

OLENA = "olena passphrase words"


@pytest.fixture
def team(team_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Laptop]:
    laptops = open_team(team_template, tmp_path / "team", monkeypatch)
    yield laptops
    from ui.worker import close_vault

    for laptop in laptops:
        close_vault(laptop.session.vault)


def _olena_on_a(a: Laptop, b: Laptop, folder: Path) -> str:
    olena = add_account(a.session, "olena", OLENA, "coordinator", kdf=TEST_KDF)
    import_bundle(b.session, export_bundle(a.session, folder, peer="b").path)
    return olena.account.id


def test_an_account_of_another_laptop_is_listed_as_such_and_left_alone(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    olena_id = _olena_on_a(a, b, tmp_path)
    rows = {r.account.id: r for r in list_accounts(b.session)}
    assert (rows[olena_id].state, rows[olena_id].laptop) == ("other laptop", "a")
    assert rows[b.session.account.id].state == "active"
    assert {r.state for r in list_accounts(a.session) if r.account.id == olena_id} == {"active"}

    before = local_snapshot(b)
    with pytest.raises(BadInput, match="made on the laptop 'a'"):
        disable_account(b.session, olena_id)
    assert local_snapshot(b) == before

    # It cannot sign in here; the same person gets an account of this laptop, same name.
    path = b.session.vault.path
    with pytest.raises(WrongPassphrase):
        unlock_session(path, "olena", OLENA)
    add_account(b.session, "olena", "olena on laptop b words", "caseworker", kdf=TEST_KDF)
    with pytest.raises(BadInput, match="already exists"):
        add_account(b.session, "olena", "yet another passphrase", "caseworker", kdf=TEST_KDF)
    session = unlock_session(path, "olena", "olena on laptop b words")
    assert session.role == "caseworker"
    session.vault.close()


def test_the_accounts_dialog_says_where_an_account_signs_in(
    qtbot: QtBot, team: list[Laptop], tmp_path: Path
) -> None:
    from ui.operations import Operations
    from ui.pages.accounts import AccountsDialog

    a, b, _ = team
    _olena_on_a(a, b, tmp_path)
    dialog = AccountsDialog(b.session, Operations())
    qtbot.addWidget(dialog)
    dialog.show()
    states = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text()  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    }
    assert states["olena"] == "signs in on a only"
    assert dialog.elsewhere_note.isVisible()
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("olena")  # type: ignore[union-attr]
    dialog.table.selectRow(row)
    for button in (
        dialog.disable_button,
        dialog.enable_button,
        dialog.reset_button,
        dialog.remove_button,
    ):
        assert not button.isEnabled()
    assert dialog.add_button.isEnabled()
