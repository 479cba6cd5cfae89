"""Both records side by side, field by field, coloured by the engine's verdict, with its reasons.

Used by the suggestion queue (request vs prisoner record, with Confirm / Reject / Reopen) and
by the duplicate review (record vs record). The decisions themselves are core calls
(``caseapp.matching.service``), run on the worker thread like every other write.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import Account, Link, PrisonerRecord, TracingRequest
from caseapp.links import DecisionCheck, check_confirm, check_reopen
from caseapp.matching.review import runner_up
from caseapp.matching.service import (
    ComparisonRow,
    confirm_link,
    field_comparison,
    reject_link,
    reopen_link,
)
from caseapp.permissions import may_write
from caseapp.records import load_entity
from caseapp.store import ChangeSet, Session, collecting_changes
from caseapp.tasks import Progress
from ui.empty_hint import set_empty_hint
from ui.labels import field_label, value_label
from ui.locale_format import dates_in_text, display_value
from ui.pages.history import local_time
from ui.worker import Task, run_in_background

#: Background colours by verdict (light, so text stays readable).
VERDICT_COLOURS = {
    "match": "#d9f2d9",
    "partial": "#fff2cc",
    "mismatch": "#f8d7da",
    "missing": "#eeeeee",
}


def ui_language() -> str:
    return QLocale().name()[:2]


class ComparisonTable(QTableWidget):
    """Field | left value | right value | explanation; one row per compared field."""

    def __init__(self, left_title: str, right_title: str, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setObjectName("comparison")
        self.setHorizontalHeaderLabels([self.tr("Field"), left_title, right_title, self.tr("Why")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: list[ComparisonRow]) -> None:
        self.setRowCount(len(rows))
        verdicts = self.verdict_words()
        for number, row in enumerate(rows):
            label = self.tr("Name order") if row.field == "names" else field_label(row.field)
            why = dates_in_text(row.reason) or verdicts.get(row.verdict, "")
            left, right = (
                display_value(row.field, v) for v in (row.request_value, row.prisoner_value)
            )
            texts = [label, left, right, why]
            colour = VERDICT_COLOURS.get(row.verdict)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.verdict)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                    item.setForeground(QBrush(QColor("#000000")))
                if column == 3:
                    item.setToolTip(text)
                self.setItem(number, column, item)
        self.resizeRowsToContents()

    def verdict_words(self) -> dict[str, str]:
        return {
            "match": self.tr("match"),
            "partial": self.tr("partial match"),
            "mismatch": self.tr("mismatch"),
            "missing": self.tr("missing"),
        }


class RejectDialog(QDialog):
    """Asks why a suggestion is wrong; OK stays disabled until a reason is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject the match"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("rejectReason")
        self.reason_edit.setPlaceholderText(
            self.tr("For example: different birth date confirmed by the family")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reject"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why is this not the same person? (required)")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(460, 220)
        self._update()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        self.ok_button().setEnabled(bool(self.reason()))


class MatchReview(QWidget):
    """One link under review. Emits ``decided`` once a decision has been written."""

    decided = Signal(object)  # ChangeSet

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.link: Link | None = None
        self.task: Task | None = None
        self.reject_dialog: RejectDialog | None = None
        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.rival_label = QLabel()  # the lead over the runner-up, and why it differs
        self.rival_label.setObjectName("runnerUp")
        self.rival_label.setWordWrap(True)
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decision")
        self.decision_label.setWordWrap(True)
        #: What a decision will change, and once made, that it happened.
        self.effect_label = QLabel()
        self.effect_label.setObjectName("decisionEffect")
        self.effect_label.setWordWrap(True)
        #: The last decision made here, said plainly (stays while the next one is reviewed).
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("decisionOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()  # until a decision is made here
        #: The question asked before a risky decision (non-modal; tests answer it).
        self.prompt: QMessageBox | None = None
        self.table = ComparisonTable(self.tr("Tracing request"), self.tr("Prisoner record"))
        set_empty_hint(self.table, self.tr("Choose a suggestion above to compare the two records."))
        self.confirm_button = QPushButton(self.tr("Confirm match"))
        self.confirm_button.setObjectName("confirmMatch")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectMatch")
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopenMatch")
        self.confirm_button.clicked.connect(self.confirm)
        self.reject_button.clicked.connect(self.ask_reject)
        self.reopen_button.clicked.connect(self.reopen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr("Matching only suggests. Confirm only when you are sure it is the same person.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.rival_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.decision_label)
        layout.addWidget(self.effect_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.show_link(None)

    def show_link(self, link_id: str | None) -> None:
        if not self.session.vault.is_open:
            return  # an answer that arrived after the vault was locked
        conn = self.session.conn
        self.link = load_entity(conn, Link, link_id) if link_id else None
        link = self.link
        if link is None:
            self.heading.setText(self.tr("Select a suggestion to review it."))
            self.table.set_rows([])
            self.rival_label.setText("")
            self.decision_label.setText("")
            self.effect_label.setText("")
            self._update_buttons()
            return
        request = load_entity(conn, TracingRequest, link.request_id or "", include_deleted=True)
        prisoner = load_entity(conn, PrisonerRecord, link.prisoner_id or "", include_deleted=True)
        score = (
            self.tr("score %1 (%2)")
            .replace("%1", f"{link.score or 0:.0f}")
            .replace("%2", band_label(link.band or ""))
        )
        self.heading.setText(
            f"<b>{_title(request)}</b> ↔ <b>{_title(prisoner)}</b> — {html.escape(score)}"
        )
        self.table.set_rows(field_comparison(conn, link.id, ui_language()))
        self.rival_label.setText(
            self.tr("Compared with the others: %1").replace(
                "%1", runner_up(conn, link.id, ui_language())
            )
        )
        self.decision_label.setText(self._decision_text(link))
        self.effect_label.setText(self._effect_text(link))
        self._update_buttons()

    def _effect_text(self, link: Link) -> str:
        """What the decision open to the user will change (the request's status)."""
        conn, lang = self.session.conn, ui_language()
        if link.status == "potential":
            check = check_confirm(conn, link.id, lang)
            verb = self.tr("Confirming will set the request's status to “%1”.")
        elif link.status == "confirmed":
            check = check_reopen(conn, link.id, lang)
            verb = self.tr("Reopening will set the request's status back to “%1”.")
        else:
            return ""
        if check.new_request_status is None:
            return self.tr("The request's status stays “%1”.").replace(
                "%1", _request_status(check.effect)
            )
        return verb.replace("%1", _request_status(check.new_request_status))

    def _decision_text(self, link: Link) -> str:
        status = status_label(link.status or "")
        if link.status == "potential":
            return self.tr("Status: %1").replace("%1", status)
        who = ""
        if link.decided_by:
            account = load_entity(self.session.conn, Account, link.decided_by)
            who = (account.display_name or account.username or "") if account else ""
        text = (
            self.tr("Status: %1 by %2 on %3")
            .replace("%1", status)
            .replace("%2", who)
            .replace("%3", local_time(link.decided_at or ""))
        )
        if link.decision_reason:
            text += "\n" + self.tr("Reason: %1").replace("%1", link.decision_reason)
        return text

    def _update_buttons(self) -> None:
        status = self.link.status if self.link else None
        busy = self.task is not None and self.task.running
        if not may_write(self.session.role, "link"):
            busy = True  # this role may look but not decide
        self.confirm_button.setEnabled(status == "potential" and not busy)
        self.reject_button.setEnabled(status == "potential" and not busy)
        self.reopen_button.setEnabled(status in ("confirmed", "rejected") and not busy)

    # --- decisions -----------------------------------------------------------------------------

    def confirm(self) -> None:
        """Confirm, after asking when the core sees a risk (``check_confirm``)."""
        if self.link is None:
            return
        link_id = self.link.id
        check = check_confirm(self.session.conn, link_id, ui_language())

        def go() -> None:
            self._run(
                lambda _p: confirm_link(self.session, link_id),
                self.tr("Confirming…"),
                self._outcome(self.tr("Match confirmed."), check),
            )

        self._ask_first(check, self.tr("Confirm this match?"), self.tr("Confirm anyway"), go)

    def ask_reject(self) -> None:
        if self.link is None:
            return
        self.reject_dialog = RejectDialog(self)
        self.reject_dialog.accepted.connect(self._rejected)
        self.reject_dialog.open()

    def _rejected(self) -> None:
        if self.link is None or self.reject_dialog is None:
            return
        link_id, reason = self.link.id, self.reject_dialog.reason()
        self._run(lambda _p: reject_link(self.session, link_id, reason), self.tr("Rejecting…"))

    def reopen(self) -> None:
        """Reopen, after asking when a letter about the person already went out."""
        if self.link is None:
            return
        link_id = self.link.id
        check = check_reopen(self.session.conn, link_id, ui_language())

        def go() -> None:
            self._run(
                lambda _p: reopen_link(self.session, link_id),
                self.tr("Reopening…"),
                self._outcome(self.tr("Match reopened."), check),
            )

        self._ask_first(check, self.tr("Reopen this match?"), self.tr("Reopen anyway"), go)

    def _outcome(self, done: str, check: DecisionCheck) -> str:
        if self.link is not None:
            request = load_entity(self.session.conn, TracingRequest, self.link.request_id or "")
            prisoner = load_entity(self.session.conn, PrisonerRecord, self.link.prisoner_id or "")
            refs = " ↔ ".join(r.ref or "" for r in (request, prisoner) if r is not None)
            done = done + " " + refs if refs else done
        if check.new_request_status is None:
            return done
        return (
            done
            + " "
            + self.tr("The request's status is now “%1”.").replace(
                "%1", _request_status(check.new_request_status)
            )
        )

    def _ask_first(
        self, check: DecisionCheck, question: str, go_label: str, go: Callable[[], None]
    ) -> None:
        """Go ahead at once when nothing is at risk; otherwise say why and let the user
        choose (Cancel is the default: Enter does not confirm a risky decision)."""
        if not check.warnings:
            go()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(question)
        box.setText(question)
        box.setInformativeText("\n\n".join(check.warnings))
        proceed = box.addButton(go_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        proceed.clicked.connect(go)
        self.prompt = box
        box.open()

    def _run(self, fn: Callable[[Progress], None], title: str, outcome: str | None = None) -> None:
        def work(progress: Progress) -> ChangeSet:
            with collecting_changes() as committed:
                fn(progress)
            return ChangeSet.union(committed)

        def done(changes: ChangeSet) -> None:
            if outcome:  # say that it happened
                self.outcome_label.setText("✔ " + outcome)
                self.outcome_label.show()
            self.show_link(self.link.id if self.link else None)
            self.decided.emit(changes)

        self.task = run_in_background(
            self, work, title=title, on_success=done, cancellable=False, short_write=True
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()


def _title(record: TracingRequest | PrisonerRecord | None) -> str:
    if record is None:
        return ""
    parts = (record.ref, record.family_name, record.given_name, record.patronymic)
    return html.escape(" ".join(p for p in parts if p))


def _request_status(status: str) -> str:
    return value_label("tracing_request", "status", status)


def band_label(band: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "strong": QCoreApplication.translate("bands", "strong"),
        "possible": QCoreApplication.translate("bands", "possible"),
        "weak": QCoreApplication.translate("bands", "weak"),
    }.get(band, band)


def status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "potential": QCoreApplication.translate("links", "to review"),
        "confirmed": QCoreApplication.translate("links", "confirmed"),
        "rejected": QCoreApplication.translate("links", "rejected"),
    }.get(status, status)
