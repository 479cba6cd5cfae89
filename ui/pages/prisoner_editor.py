"""Prisoner record screen: identity with every name form, military details and capture, places
of detention, health and wish to be repatriated, status, and the sources behind each fact.

Sources that disagree on a fact are highlighted and listed side by side; nothing is overwritten.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from caseapp.domain.models import (
    Detention,
    Entity,
    FactSource,
    NameForm,
    PrisonerRecord,
    TimelineEvent,
)
from caseapp.provenance import conflicts
from ui.labels import field_label, value_label
from ui.pages.editor import RecordEditor, scrolling
from ui.pages.links_panel import LinksPanel
from ui.pages.parts import PartsTable
from ui.pages.request_editor import NAME_FORM_COLUMNS, person_heading, status_history_text

SOURCE_COLUMNS = ["field_name", "value", "source_kind", "source_ref", "source_date", "reliability"]


class PrisonerEditor(RecordEditor):
    entity_class = PrisonerRecord
    owner_type = "prisoner"

    def heading(self, record: Entity) -> str:
        name = person_heading(record)
        return self.tr("Prisoner record: %1").replace("%1", name) if name else ""

    def build_tabs(self) -> None:
        identity_left = self.add_form(
            ["category", "family_name", "given_name", "patronymic", "sex", "birth_date"]
        )
        identity_right = self.add_form(
            ["birth_place", "citizenship", "father_name", "mother_maiden_name"]
        )
        self.name_forms = self.add_parts(
            PartsTable(
                NameForm,
                "owner_id",
                NAME_FORM_COLUMNS,
                NAME_FORM_COLUMNS,
                self.tr("Every name form as written, and its source"),
                owner_type="prisoner",
            )
        )
        identity = QWidget()
        columns = QHBoxLayout()
        columns.addWidget(identity_left, 1)
        columns.addWidget(identity_right, 1)
        box = QVBoxLayout(identity)
        box.addLayout(columns)
        box.addWidget(self.name_forms, 1)
        self.tabs.addTab(scrolling(identity), self.tr("Identity"))

        military_left = self.add_form(
            ["power_depends_on", "force", "unit", "rank", "service_number"]
        )
        military_right = self.add_form(["capture_date", "capture_place", "capture_circumstances"])
        military = QWidget()
        row = QHBoxLayout(military)
        row.addWidget(military_left, 1)
        row.addWidget(military_right, 1)
        self.tabs.addTab(scrolling(military), self.tr("Military and capture"))

        health = self.add_form(["health", "wishes_repatriation"])
        self.detentions = self.add_parts(
            PartsTable(
                Detention,
                "prisoner_id",
                ["place", "date_from", "date_to", "source_kind", "note"],
                ["place", "date_from", "date_to", "source_kind", "note"],
                self.tr("Places of detention over time"),
            )
        )
        detention = QWidget()
        box = QVBoxLayout(detention)
        box.addWidget(health)
        box.addWidget(self.detentions, 1)
        self.tabs.addTab(scrolling(detention), self.tr("Detention and health"))

        event_fields = ["kind", "event_date", "event_date_to", "place", "details", "source_kind"]
        self.events = self.add_parts(
            PartsTable(
                TimelineEvent,
                "prisoner_id",
                event_fields,
                event_fields,
                self.tr("Events: capture, transfers, visits, release…"),
                hint=self.tr(
                    'A date known only roughly is a span: "between March and May 2023" is '
                    "2023-03 to 2023-05. A single day needs only the first date."
                ),
            )
        )
        events = QWidget()
        QVBoxLayout(events).addWidget(self.events)
        self.tabs.addTab(events, self.tr("Events"))

        status_form = self.add_form(
            ["status", "status_date", "status_source", "next_of_kin", "do_not_disclose", "notes"]
        )
        self.status_history = QLabel()
        self.status_history.setObjectName("statusHistory")
        self.status_history.setWordWrap(True)
        status = QWidget()
        row = QHBoxLayout(status)
        row.addWidget(status_form, 2)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>" + self.tr("Status history") + "</b>"))
        side.addWidget(self.status_history)
        side.addStretch(1)
        row.addLayout(side, 1)
        self.tabs.addTab(scrolling(status), self.tr("Status and next of kin"))

        fact_fields = [
            (name, field_label(name))
            for name in PrisonerRecord.field_names()
            if name not in ("ref", "import_batch_id", "notes", "do_not_disclose")
        ]
        self.sources = self.add_parts(
            PartsTable(
                FactSource,
                "owner_id",
                SOURCE_COLUMNS,
                ["field_name", "value", "source_kind", "source_ref", "source_date",
                 "reliability", "note"],
                self.tr("Sources behind the facts"),
                owner_type="prisoner",
                hint=self.tr(
                    "Each fact can have several sources (list, ICRC visit, capture card, "
                    "testimony, media, family). When they disagree, all are kept and shown "
                    "side by side."
                ),
                options={"field_name": fact_fields},
            )
        )  # fmt: skip
        self.sources.model.highlight = self._in_conflict
        self.sources.changed.connect(self._show_conflicts)
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("conflicts")
        self.conflict_label.setWordWrap(True)
        sources = QWidget()
        box = QVBoxLayout(sources)
        box.addWidget(self.conflict_label)
        box.addWidget(self.sources, 1)
        self.sources_tab = sources
        self.tabs.addTab(sources, self.tr("Sources"))
        self.links = LinksPanel(self.session, self.operations, "prisoners")
        self.links.refreshed.connect(self._links_refreshed)
        self.tabs.addTab(self.links, self.tr("Links"))

    def _links_refreshed(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.links), self.links.tab_title())

    def _in_conflict(self, item: Entity) -> bool:
        name = getattr(item, "field_name", None)
        return name in conflicts(self.sources.model.items)

    def _show_conflicts(self) -> None:
        found = conflicts(self.sources.model.items)
        index = self.tabs.indexOf(self.sources_tab)
        if not self.sources.model.items:
            self.conflict_label.setText(self.tr("No sources recorded for this person yet."))
            self.tabs.setTabText(index, self.tr("Sources"))
            return
        if not found:
            self.conflict_label.setText(self.tr("The sources agree."))
            self.tabs.setTabText(index, self.tr("Sources"))
            return
        lines = []
        for name, items in sorted(found.items()):
            versions = "  |  ".join(
                f"<b>{value_label('prisoner', name, s.value) or '—'}</b> "
                f"({value_label('fact_source', 'source_kind', s.source_kind)}"
                f"{', ' + s.source_date if s.source_date else ''}"
                f", {value_label('fact_source', 'reliability', s.reliability)})"
                for s in items
            )
            lines.append(f"{field_label(name)}: {versions}")
        self.conflict_label.setText(
            "<b>" + self.tr("Sources disagree:") + "</b><br>" + "<br>".join(lines)
        )
        self.tabs.setTabText(index, self.tr("Sources (%n conflict(s))", "", len(found)))
        self.sources.view.viewport().update()

    def after_load(self) -> None:
        text = status_history_text(self)
        self.status_history.setText(text or self.tr("Not saved yet."))
        self.links.show_record(self.record.id if self.exists else None)
        self._show_conflicts()
