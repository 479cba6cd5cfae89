"""The Audit screen: supervisors only, filters, verify, CSV export; lock and openings audited."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from caseapp import audit
from caseapp.accounts import unlock_session
from caseapp.domain.models import TracingRequest
from tests.conftest import ADMIN, PASSPHRASE, make_account
from tests.gui.conftest import unlock
from ui.main_window import MainWindow
from ui.pages.audit import AuditPage
from ui.pages.records import RecordsPage
from ui.worker import pending_closes


def _audit_page(window: MainWindow) -> AuditPage:
    assert window.workspace is not None
    window.workspace.show_page("audit")
    page = window.workspace.current_page()
    assert isinstance(page, AuditPage)
    return page


def test_the_audit_screen_filters_verifies_and_exports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("add request") as txn:
        request = txn.create(TracingRequest(enquirer_name="Бондар Олена", family_name="Бондар"))
    page = _audit_page(window)
    qtbot.waitUntil(lambda: page.loaded_once and page.model.rowCount() >= 3)
    shown = {page.model.index(r, 3).data() for r in range(page.model.rowCount())}
    assert {"Sign-in", "Change"} <= shown
    page.action_combo.setCurrentIndex(page.action_combo.findData("signin"))
    qtbot.waitUntil(lambda: {page.model.entry(r).action for r in range(page.model.rowCount())}
                    == {"signin"})  # fmt: skip
    page.action_combo.setCurrentIndex(0)
    page.record_edit.setText(request.ref or "")
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.entry(0).entity_id == request.id,
        timeout=5000,
    )
    assert page.model.index(0, 4).data() == request.ref
    page.record_edit.setText("")

    page.verify()
    qtbot.waitUntil(lambda: "intact" in page.verify_label.text(), timeout=10_000)
    session.conn.execute("UPDATE audit SET account_id = NULL WHERE n = 2")
    page.verify()
    qtbot.waitUntil(lambda: "does not verify" in page.verify_label.text(), timeout=10_000)
    assert "entry 2 " in page.verify_label.text()

    target = tmp_path / "audit.csv"
    task = page.export_to(target)
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert target.exists() and "Бондар" not in target.read_text("utf-8-sig")
    assert list(audit.iter_entries(session.conn))[-1].action == "audit.export"


def test_a_caseworker_has_no_audit_screen(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    admin = unlock_session(vault_path, ADMIN, PASSPHRASE)
    make_account(admin, "worker", "caseworker")
    admin.vault.close()
    unlock(qtbot, window, "worker")
    assert window.workspace is not None
    keys = [window.workspace.nav.item(r).data(256) for r in range(window.workspace.nav.count())]
    assert "audit" not in keys and "requests" in keys


def test_opening_a_request_and_locking_are_audited(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("add request") as txn:
        request = txn.create(TracingRequest(enquirer_name="Бондар Олена", family_name="Бондар"))
    assert window.workspace is not None
    window.workspace.show_page("requests")
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    page.open_record(request.id)
    qtbot.waitUntil(
        lambda: any(e.action == "read" for e in audit.iter_entries(session.conn)), timeout=30_000
    )
    window.lock()
    qtbot.waitUntil(lambda: pending_closes() == 0, timeout=30_000)
    again = unlock_session(vault_path, ADMIN, PASSPHRASE)
    try:
        entries = list(audit.iter_entries(again.conn))
        read = next(e for e in entries if e.action == "read")
        assert (read.entity_id, read.detail) == (request.id, {"part": "enquirer_contact"})
        assert "lock" in [e.action for e in entries]
        assert audit.verify(again.conn).ok
    finally:
        again.vault.close()


def test_opening_a_letter_on_screen_is_audited(qtbot: QtBot, window: MainWindow) -> None:
    from caseapp.letters import LetterSpec, generate_letter, save_profile
    from tests.gui.test_letters import letters_page, refreshed, wait_task
    from tests.letters.helpers import PROFILE, add_case

    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    case = add_case(session, prisoner_status=None)
    letter = generate_letter(session, LetterSpec("acknowledgement", case.request.id))
    page = refreshed(qtbot, letters_page(qtbot, window))
    page.select_ref(letter.ref or "")
    page.open_letter()
    wait_task(qtbot, page)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    reads = [e for e in audit.iter_entries(session.conn) if e.action == "read"]
    assert [(e.entity_id, e.detail) for e in reads] == [(letter.id, {"part": "letter"})]
    assert [e.action for e in audit.iter_entries(session.conn)].count("letter") == 1
    page.dialog.close()
