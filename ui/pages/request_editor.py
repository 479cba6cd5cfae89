"""Tracing request screen: the enquirer, the sought person, the case and its contact log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import Account, ContactLog, Entity, NameForm, TracingRequest
from caseapp.history import field_history
from caseapp.links import requests_for_same_person
from caseapp.permissions import may_write
from caseapp.records import list_entities
from ui.labels import value_label
from ui.pages.editor import RecordEditor, scrolling
from ui.pages.history import local_time
from ui.pages.letters import NewLetterDialog
from ui.pages.links_panel import LinksPanel
from ui.pages.parts import PartsTable

NAME_FORM_COLUMNS = [
    "family_name",
    "given_name",
    "patronymic",
    "script",
    "source_kind",
    "source_ref",
]


def person_heading(record: Entity) -> str:
    parts = (getattr(record, n, None) for n in ("family_name", "given_name", "patronymic"))
    return " ".join(p for p in parts if p)


def account_options(session_conn: object) -> list[tuple[str, str]]:
    accounts = list_entities(session_conn, Account, "active = 1", order_by="username")
    return [(a.id, a.display_name or a.username or a.id) for a in accounts]


def status_history_text(editor: RecordEditor) -> str:
    if not editor.exists:
        return ""
    entries = field_history(editor.session.conn, editor.record.id, "status")
    if not entries:
        return ""
    lines = [
        f"{local_time(e.at)} — {value_label(editor.entity_class.ENTITY, 'status', e.new)} ({e.who})"
        for e in entries
    ]
    return "<br>".join(lines)


class RequestEditor(RecordEditor):
    entity_class = TracingRequest
    owner_type = "tracing_request"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.letter_dialog: QDialog | None = None
        #: The user was told of a request for the same person and chose to save anyway.
        self.same_person_checked = False
        self.same_person_prompt: QMessageBox | None = None
        self.letter_button = QPushButton(self.tr("Write a letter…"))
        self.letter_button.clicked.connect(self.write_letter)
        self.top_bar.insertWidget(self.top_bar.indexOf(self.discard_button), self.letter_button)
        self.after_load()

    def new_record(self) -> Entity:
        return TracingRequest(assigned_to=self.session.account.id)

    def write_letter(self) -> QDialog:
        """The letters dialog for this request (a saved one: letters quote its number)."""
        ref = getattr(self.record, "ref", None) or ""
        self.letter_dialog = NewLetterDialog(self.session, self.operations, ref, self)
        self.letter_dialog.open()
        return self.letter_dialog

    def heading(self, record: Entity) -> str:
        name = person_heading(record)
        return self.tr("Tracing request: %1").replace("%1", name) if name else ""

    def build_tabs(self) -> None:
        person_left = self.add_form(
            ["category", "family_name", "given_name", "patronymic", "sex", "birth_date",
             "birth_place", "citizenship"]
        )  # fmt: skip
        person_right = self.add_form(
            ["unit", "rank", "service_number", "last_seen_date", "last_seen_place",
             "circumstances", "known_info"]
        )  # fmt: skip
        self.name_forms = self.add_parts(
            PartsTable(
                NameForm,
                "owner_id",
                NAME_FORM_COLUMNS,
                NAME_FORM_COLUMNS,
                self.tr("Other ways the name is written"),
                owner_type="tracing_request",
            )
        )
        person = QWidget()
        columns = QHBoxLayout()
        columns.addWidget(person_left, 1)
        columns.addWidget(person_right, 1)
        box = QVBoxLayout(person)
        box.addLayout(columns)
        box.addWidget(self.name_forms, 1)
        self.tabs.addTab(scrolling(person), self.tr("Sought person"))

        enquirer_left = self.add_form(
            ["enquirer_name", "enquirer_sex", "enquirer_salutation", "enquirer_relationship",
             "enquirer_phone", "enquirer_email", "enquirer_address"]
        )  # fmt: skip
        enquirer_right = self.add_form(
            ["enquirer_language", "delivery_channel", "do_not_phone", "safety_notes",
             "consent_share"]
        )  # fmt: skip
        enquirer = QWidget()
        row = QHBoxLayout(enquirer)
        row.addWidget(enquirer_left, 1)
        row.addWidget(enquirer_right, 1)
        self.tabs.addTab(scrolling(enquirer), self.tr("Enquirer"))

        case_form = self.add_form(
            ["status", "closed_reason", "assigned_to", "follow_up_date", "do_not_disclose",
             "notes"],
            options={"assigned_to": account_options(self.session.conn)},
        )  # fmt: skip
        self.status_history = QLabel()
        self.status_history.setObjectName("statusHistory")
        self.status_history.setWordWrap(True)
        self.contacts = self.add_parts(
            PartsTable(
                ContactLog,
                "request_id",
                ["contact_date", "channel", "summary"],
                ["contact_date", "channel", "summary"],
                self.tr("Contacts with the family"),
                defaults={"account_id": self.session.account.id},
            )
        )
        case = QWidget()
        left = QVBoxLayout()
        left.addWidget(case_form)
        left.addWidget(QLabel("<b>" + self.tr("Status history") + "</b>"))
        left.addWidget(self.status_history)
        self.matches_button = QPushButton(self.tr("Suggested matches…"))
        self.matches_button.setObjectName("suggestedMatches")
        self.matches_button.setToolTip(
            self.tr("Review the prisoner records that may be this person")
        )
        self.matches_button.clicked.connect(self.show_matches)
        left.addWidget(self.matches_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        row = QHBoxLayout(case)
        row.addLayout(left, 1)
        row.addWidget(self.contacts, 1)
        self.tabs.addTab(scrolling(case), self.tr("Case and contacts"))
        self.links = LinksPanel(self.session, self.operations, "requests")
        self.links.refreshed.connect(self._links_refreshed)
        self.tabs.addTab(self.links, self.tr("Links"))

    def save(self) -> bool:
        """A new request for a person already sought (the matcher's strong band against the
        open requests) asks first, and offers to open the existing request instead."""
        if self.exists or self.read_only or self.same_person_checked or self.validate():
            return super().save()
        candidate = self.current()
        found = requests_for_same_person(self.session.conn, candidate)  # type: ignore[arg-type]
        if not found:
            return super().save()
        lines = "\n".join(
            f"{other.ref} — {other.name} ({value_label('tracing_request', 'status', other.record_status)})"
            for other in found
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("This person may already be sought"))
        box.setText(self.tr("This person may already be sought"))
        box.setInformativeText(
            self.tr(
                "The matcher takes this request for the same person as:\n%1\n\n"
                "Another family member may already have asked. Open the existing request "
                "to add to it, or save this one as a separate request."
            ).replace("%1", lines)
        )
        open_button = box.addButton(
            self.tr("Open the existing request"), QMessageBox.ButtonRole.ActionRole
        )
        save_button = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        first = found[0]

        def save_anyway() -> None:
            self.same_person_checked = True
            self.save()

        save_button.clicked.connect(save_anyway)
        open_button.clicked.connect(
            lambda: self.operations.navigate.emit("requests", first.record_id, first.ref)
        )
        self.same_person_prompt = box
        box.open()
        return False

    def _links_refreshed(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.links), self.links.tab_title())

    def show_matches(self) -> None:
        """Open the suggestion queue filtered to this request (leaving the editor as usual);
        a case already confirmed with nothing left to review shows its confirmed link instead
        of an empty queue."""
        if not self.exists:
            return
        self.links.refresh()
        if self.links.confirmed() and not self.links.suggested():
            self.tabs.setCurrentWidget(self.links)
            return
        heading = person_heading(self.record)
        label = " ".join(p for p in (getattr(self.record, "ref", None), heading) if p)
        self.operations.navigate.emit("matches", self.record.id, label)

    def after_load(self) -> None:
        button = getattr(self, "letter_button", None)
        if button is not None:
            button.setEnabled(self.exists and may_write(self.session.role, "letter"))
        text = status_history_text(self)
        self.status_history.setText(text or self.tr("Not saved yet."))
        self.links.show_record(self.record.id if self.exists else None)
