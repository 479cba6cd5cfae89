"""Sync: hand changes to another laptop of the team on a USB stick, and take theirs.

Pick the drive (removable volumes found with QStorageInfo, or any folder), the laptop the
bundle is for (or everything), write or import; both run on the worker thread with progress
and Cancel, and end with a plain summary. Conflicts that need a person are on the next tab.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.store import ChangeSet, Session
from caseapp.sync.bundle import SUFFIX, ExportResult, ImportResult, export_bundle, import_bundle
from caseapp.sync.provision import provision
from caseapp.sync.team import load_team, peers, revoke_device, team_laptops
from caseapp.tasks import Progress
from ui.operations import Operations
from ui.pages.conflicts import ConflictsPage
from ui.pages.history import local_time
from ui.worker import Task

_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_drives() -> list[tuple[str, str]]:
    """(label, folder) of mounted, writable volumes that look like USB sticks."""
    system = os.environ.get("SYSTEMDRIVE", "C:").upper()
    out = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if sys.platform == "win32":
            if root.upper().startswith(system):
                continue
        elif not root.startswith(_REMOVABLE_ROOTS):
            continue
        name = volume.displayName() or root
        out.append((f"{name} ({root})", root))
    return out


class HandoffPage(QWidget):
    def __init__(self, session: Session, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.task: Task | None = None

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        if session.vault.copied_from:
            self.warning.setText(
                self.tr(
                    "This vault was copied from another laptop. It now has a device id of its "
                    "own and can import bundles, but it cannot send any: ask a coordinator for "
                    "a provisioning file and create this laptop's own vault from it."
                )
            )

        self.drive = QComboBox()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_drives)
        self.folder_button = QPushButton(self.tr("Other folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        drive_row = QHBoxLayout()
        drive_row.addWidget(self.drive, 1)
        drive_row.addWidget(self.refresh_button)
        drive_row.addWidget(self.folder_button)
        self.peer = QComboBox()

        self.export_button = QPushButton(self.tr("Write bundle to the drive"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import a bundle from the drive…"))
        self.import_button.clicked.connect(self.choose_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)

        box = QGroupBox()
        form = QFormLayout(box)
        form.addRow(self.tr("Drive:"), drive_row)
        form.addRow(self.tr("For laptop:"), self.peer)
        form.addRow(buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.explain = QLabel(
            self.tr(
                "A bundle carries the changes the chosen laptop has not had yet, encrypted for "
                "your team and signed by this laptop. Importing checks the whole bundle first: "
                "a damaged, altered or foreign bundle is refused and nothing is changed."
            )
        )
        self.explain.setWordWrap(True)
        self.laptops = QTableWidget(0, 3)
        self.laptops.setHorizontalHeaderLabels(
            [
                self.tr("Laptop of the team"),
                self.tr("Last bundle made for it"),
                self.tr("Last bundle from it"),
            ]
        )
        self.laptops.verticalHeader().setVisible(False)
        self.laptops.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.laptops.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(box)
        layout.addWidget(self.summary)
        layout.addWidget(self.explain)
        layout.addWidget(self.laptops, 1)
        self.add_button = QPushButton(self.tr("Add a laptop to the team…"))
        self.add_button.setToolTip(
            self.tr(
                "Writes a provisioning file to the drive: the new laptop creates its vault from it "
                "(its own identity, a copy of the data). Give the one-time passphrase separately."
            )
        )
        self.add_button.clicked.connect(self.add_laptop)
        self.revoke_button = QPushButton(self.tr("Revoke the selected laptop…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        admin_row = QHBoxLayout()
        admin_row.addWidget(self.add_button)
        admin_row.addWidget(self.revoke_button)
        admin_row.addStretch(1)
        layout.addLayout(admin_row)
        is_admin = session.role == "admin"
        team = load_team(session.conn)  # only the coordinator's laptop certifies new ones
        self.add_button.setVisible(is_admin and (team is None or team.can_provision))
        self.revoke_button.setVisible(is_admin)
        self.laptops.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.laptops.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.laptop_names: list[str] = []
        self.warning.setVisible(bool(session.vault.copied_from))
        self.refresh_drives()
        self.refresh_peers()
        operations.changed.connect(lambda changes: self.refresh_peers())

    # --- choices -----------------------------------------------------------------------------

    def refresh_drives(self) -> None:
        current = self.drive.currentData()
        self.drive.clear()
        for label, root in removable_drives():
            self.drive.addItem(label, root)
        if current and self.drive.findData(current) < 0:
            self.drive.addItem(current, current)
        if current:
            self.drive.setCurrentIndex(self.drive.findData(current))
        if self.drive.count() == 0:
            self.drive.addItem(self.tr("No USB drive found: plug one in, or choose a folder"), None)
        self._update_buttons()

    def add_folder(self, folder: str) -> None:
        index = self.drive.findData(folder)
        if index < 0:
            if self.drive.count() == 1 and self.drive.itemData(0) is None:
                self.drive.clear()
            self.drive.addItem(folder, folder)
            index = self.drive.count() - 1
        self.drive.setCurrentIndex(index)
        self._update_buttons()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for bundles"))
        if folder:
            self.add_folder(folder)

    def refresh_peers(self) -> None:
        if not self.session.vault.is_open:
            return
        rows = team_laptops(self.session.conn, self.session.vault.device_id)
        self.laptop_names = [r.name for r in rows]
        self.laptops.setRowCount(len(rows))
        for index, laptop in enumerate(rows):
            name = laptop.name
            if laptop.this_laptop:
                name = self.tr("%1 (this laptop)").replace("%1", name)
            elif laptop.revoked:
                name = self.tr("%1 (revoked)").replace("%1", name)
            never = "—"
            texts = (
                name,
                local_time(laptop.last_sent) if laptop.last_sent else never,
                local_time(laptop.last_received) if laptop.last_received else never,
            )
            for column, text in enumerate(texts):
                self.laptops.setItem(index, column, QTableWidgetItem(text))
        current = self.peer.currentData()
        self.peer.clear()
        for device in peers(self.session.conn, self.session.vault.device_id):
            self.peer.addItem(device.name or "", device.name)
        self.peer.addItem(self.tr("Everything (any laptop, all changes)"), "")
        if current is not None and self.peer.findData(current) >= 0:
            self.peer.setCurrentIndex(self.peer.findData(current))

    def folder(self) -> Path | None:
        data = self.drive.currentData()
        return Path(data) if data else None

    def _update_buttons(self) -> None:
        idle = self.task is None or not self.task.running
        has_folder = self.folder() is not None
        self.export_button.setEnabled(idle and has_folder and not self.session.vault.copied_from)
        self.import_button.setEnabled(idle)

    # --- the team (administrators) -----------------------------------------------------------

    def add_laptop(self) -> None:
        folder = self.folder()
        if folder is None:
            QMessageBox.information(
                self, self.tr("Add a laptop"), self.tr("Choose the drive first.")
            )
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Add a laptop"), self.tr("Name of the new laptop (e.g. its asset tag):")
        )
        if not ok or not name.strip():
            return
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Add a laptop"),
            self.tr("One-time passphrase for the file (at least 10 characters):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        again, ok = QInputDialog.getText(
            self,
            self.tr("Add a laptop"),
            self.tr("Repeat the passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if again != secret:
            QMessageBox.warning(
                self,
                self.tr("Add a laptop"),
                self.tr("The two passphrases differ. Nothing was written."),
            )
            return
        session = self.session
        target = (
            folder / f"caseapp-provision-{dt.date.today():%Y%m%d}-{uuid.uuid4().hex[:6]}{SUFFIX}"
        )

        def work(progress: Progress) -> Path:
            return provision(session, target, secret, name.strip())

        def done(path: Path) -> None:
            self.summary.setText(
                self.tr(
                    "Provisioning file written: %1. On the new laptop: caseapp init --provision "
                    "FILE. Delete the file once used: it opens the team's data."
                ).replace("%1", path.name)
            )
            self.refresh_peers()

        self._run(work, self.tr("Writing the provisioning file…"), done)

    def revoke_selected(self) -> None:
        rows = self.laptops.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Revoke a laptop"), self.tr("Select the lost or stolen laptop first.")
            )
            return
        name = self.laptop_names[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Revoke a laptop"),
            self.tr(
                "Revoke %1? Its bundles will be refused by every laptop that has received the "
                "revocation. This cannot be undone."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke a laptop"), self.tr("Reason (e.g. lost at the checkpoint):")
        )
        if not ok:
            return
        session = self.session

        def work(progress: Progress) -> ChangeSet:
            return revoke_device(session, name, reason)

        def done(changes: ChangeSet) -> None:
            self.summary.setText(
                self.tr(
                    "%1 is revoked. Its bundles are refused from now on, and bundles written from "
                    "now on use a new team key it does not hold."
                ).replace("%1", name)
            )
            self.refresh_peers()

        self._run(work, self.tr("Revoking…"), done, cancellable=False)

    # --- actions -----------------------------------------------------------------------------

    def export(self) -> None:
        folder = self.folder()
        if folder is None:
            return
        peer = self.peer.currentData() or None
        session = self.session

        def work(progress: Progress) -> ExportResult:
            return export_bundle(session, folder, peer=peer, progress=progress)

        def done(result: ExportResult) -> None:
            size = max(1, result.size // 1024)
            self.summary.setText(
                self.tr("Written: %1 (%2 changes, %3 files, %4 KB). Take the drive to the laptop.")
                .replace("%1", result.path.name)
                .replace("%2", str(result.entries))
                .replace("%3", str(result.blobs))
                .replace("%4", str(size))
            )
            self.refresh_peers()

        self._run(work, self.tr("Writing the bundle…"), done)

    def choose_import(self) -> None:
        start = str(self.folder() or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bundle to import"),
            start,
            self.tr("CaseApp bundles (*%1)").replace("%1", SUFFIX),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        session = self.session

        def work(progress: Progress) -> ImportResult:
            return import_bundle(session, path, progress)

        self._run(work, self.tr("Checking and importing the bundle…"), self._imported)

    def _imported(self, result: ImportResult) -> None:
        lines = [
            self.tr("Imported from %1: %2 new, %3 changed, %4 new conflict(s), %5 already here.")
            .replace("%1", result.device_name)
            .replace("%2", str(result.new))
            .replace("%3", str(result.changed))
            .replace("%4", str(result.conflicts))
            .replace("%5", str(result.skipped))
        ]
        if result.kept_aside:
            lines.append(
                self.tr(
                    "%1 record(s) were kept aside: this version of CaseApp refuses them."
                ).replace("%1", str(len(result.kept_aside)))
            )
        if result.ref_clashes:
            lines.append(self.tr("Some reference numbers were used twice; both records are kept."))
        if result.clock_ahead:
            lines.append(self.tr("The sending laptop's clock is more than a day ahead."))
        self.summary.setText("\n".join(lines))
        self.refresh_peers()

    def _run(self, work, title: str, done, *, cancellable: bool = True) -> None:  # type: ignore[no-untyped-def]
        """A write on the writer thread; ``Operations.write`` broadcasts its ChangeSet."""
        self.summary.setText("")
        self.task = self.operations.write(
            self, work, title=title, on_success=done, cancellable=cancellable
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()


class SyncPage(QTabWidget):
    """The Sync section: the handoff, and the conflicts waiting for a person."""

    def __init__(self, session: Session, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.handoff = HandoffPage(session, operations)
        self.conflicts = ConflictsPage(session, operations)
        self.addTab(self.handoff, self.tr("USB handoff"))
        self.addTab(self.conflicts, self.tr("Conflicts"))
        operations.changed.connect(self._retitle)
        self._retitle(ChangeSet("", ""))

    def _retitle(self, _changes: ChangeSet) -> None:
        count = len(self.conflicts.conflicts)
        self.setTabText(1, self.tr("Conflicts (%n)", "", count) if count else self.tr("Conflicts"))
