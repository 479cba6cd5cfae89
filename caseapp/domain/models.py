"""The entities of the domain, as typed dataclasses that validate themselves.

Every entity is flat (scalar fields) and has a UUID ``id``; lists (name forms, sources, places of
detention, contacts) are entities of their own pointing at their owner. Flat entities keep the
change journal simple: one journal row per changed field, which is what sync merges on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import MISSING, Field, dataclass, field
from dataclasses import fields as _dataclass_fields
from typing import Any, ClassVar, TypeVar

from caseapp.domain.dates import PartialDate
from caseapp.errors import FieldError, InvalidValue

_FIELDS: dict[type, tuple[Field[Any], ...]] = {}
_NAMES: dict[type, tuple[str, ...]] = {}


def fields(class_or_instance: Any) -> tuple[Field[Any], ...]:
    """``dataclasses.fields``, cached per class: it rebuilds its tuple on every call, and a
    bundle import validates 150k records."""
    cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = _dataclass_fields(cls)
    return found


def _field_names(cls: type) -> tuple[str, ...]:
    found = _NAMES.get(cls)
    if found is None:
        found = _NAMES[cls] = tuple(f.name for f in fields(cls) if f.name != "id")
    return found


Value = str | int | float | bytes | None

SEXES = ("M", "F")
LANGUAGES = ("uk", "ru", "en")
SCRIPTS = ("cyrillic_uk", "cyrillic_ru", "latin", "other")
SOURCE_KINDS = (
    "exchanged_list",
    "icrc_visit",
    "capture_card",
    "testimony",
    "media",
    "family",
    "other",
)
RELIABILITY = ("confirmed", "probable", "unverified")
PRISONER_CATEGORIES = ("pow", "civilian_internee", "detained_civilian", "missing")
PRISONER_STATUSES = (
    "held",
    "released",
    "repatriated",
    "escaped",
    "deceased",
    "remains_returned",
    "unknown",
)
HEALTH = ("unknown", "well", "wounded", "seriously_ill", "seriously_wounded")
WISH = ("unknown", "yes", "no")
REQUEST_STATUSES = (
    "open",
    "in_progress",
    "possible_match",
    "confirmed_held",
    "confirmed_deceased",
    "returned",
    "closed",
)
CLOSED_REASONS = ("reunited", "withdrawn", "duplicate", "deceased", "no_trace", "other")
CHANNELS = ("post", "in_person", "email")
LINK_STATUSES = ("potential", "confirmed", "rejected")
ROUND_STATUSES = (
    "proposed",
    "negotiating",
    "agreed",
    "in_execution",
    "executed",
    "partially_executed",
    "cancelled",
)
LIST_DIRECTIONS = ("requested", "offered", "returned")
#: Whose people a round list names: ours come home, theirs are handed over.
ROUND_SIDES = ("ours", "theirs")
ENTRY_CATEGORIES = ("pow", "civilian", "wounded_sick", "minor", "remains")
ENTRY_OUTCOMES = (
    "exchanged",
    "not_presented",
    "refused_return",
    "substituted",
    "deceased",
    "postponed",
)
LETTER_KINDS = (
    "acknowledgement",
    "more_information",
    "confirmation_held",
    "exchange_inclusion",
    "return_release",
    "no_news",
    "death_notification",
    "exchange_not_included",
    "remains_identified",
    "case_closed",
    "cannot_share",
)
#: Longest name part accepted (a family, given or enquirer name); longer is a paste gone wrong,
#: and it would cost every letter and list that shows it.
NAME_MAX = 200
_NAME_FIELDS = ("family_name", "given_name", "patronymic")
DELIVERY_STATUSES = ("generated", "handed_over", "posted", "returned", "cancelled")
ROLES = ("admin", "coordinator", "caseworker", "liaison", "viewer")


def new_id() -> str:
    return str(uuid.uuid4())


def text(**meta: Any) -> Any:
    return field(default=None, metadata={"kind": "text", **meta})


def date(**meta: Any) -> Any:
    return field(default=None, metadata={"kind": "date", **meta})


def choice(options: tuple[str, ...], default: str | None = None, **meta: Any) -> Any:
    return field(default=default, metadata={"kind": "choice", "choices": options, **meta})


def flag(default: bool = False) -> Any:
    return field(default=default, metadata={"kind": "bool"})


def number(**meta: Any) -> Any:
    return field(default=None, metadata={"kind": "number", **meta})


def blob() -> Any:
    return field(default=None, metadata={"kind": "blob"})


E = TypeVar("E", bound="Entity")


@dataclass(kw_only=True)
class Entity:
    """Base of every stored entity. ``ENTITY`` names its table and its journal entity type."""

    ENTITY: ClassVar[str] = ""
    #: Fields a person must fill in; checked by ``validate``.
    REQUIRED: ClassVar[tuple[str, ...]] = ()
    #: Fields that make this entity a part of another record: field -> the entity types it
    #: may point at. Declared once here; ``records.children_of`` derives every registry.
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {}

    id: str = field(default_factory=new_id, metadata={"kind": "id"})

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return _field_names(cls)

    @classmethod
    def field_kind(cls, name: str) -> str:
        for f in fields(cls):
            if f.name == name:
                return str(f.metadata.get("kind", "text"))
        raise KeyError(name)

    def to_fields(self) -> dict[str, Value]:
        out: dict[str, Value] = {}
        for f in fields(self):
            if f.name == "id":
                continue
            value = getattr(self, f.name)
            out[f.name] = int(value) if isinstance(value, bool) else value
        return out

    @classmethod
    def from_fields(cls: type[E], entity_id: str, values: dict[str, Any]) -> E:
        kwargs: dict[str, Any] = {"id": entity_id}
        for f in fields(cls):
            if f.name == "id" or f.name not in values:
                continue
            value = values[f.name]
            if f.metadata.get("kind") == "bool":
                value = bool(value)
            kwargs[f.name] = value
        return cls(**kwargs)

    @classmethod
    def defaults(cls) -> dict[str, Value]:
        out: dict[str, Value] = {}
        for f in fields(cls):
            if f.name != "id" and f.default is not MISSING:
                value = f.default
                out[f.name] = int(value) if isinstance(value, bool) else value
        return out

    def normalise(self) -> None:
        """Trim text and canonicalise dates in place (before validation and storage)."""
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = value.strip() or None
                setattr(self, f.name, value)
            if f.metadata.get("kind") == "date" and isinstance(value, str):
                with contextlib.suppress(ValueError):  # left as typed; validate() reports it
                    setattr(self, f.name, str(PartialDate.parse(value)))

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        for f in fields(self):
            value = getattr(self, f.name)
            kind = f.metadata.get("kind")
            if value is None or value == "":
                continue
            if isinstance(value, str) and "\x00" in value:
                errors.append(FieldError(f.name, "nul_character"))
                continue
            if kind == "date":
                try:
                    parsed = PartialDate.parse(str(value))
                except InvalidValue as exc:
                    errors.append(exc.field_error(f.name))
                except ValueError:
                    errors.append(FieldError(f.name, "not_a_date"))
                else:
                    if f.name == "birth_date" and str(parsed) > dt.date.today().isoformat():
                        errors.append(FieldError(f.name, "in_future"))
            elif kind == "choice" and value not in f.metadata["choices"]:
                allowed = ", ".join(f.metadata["choices"])
                errors.append(FieldError(f.name, "not_a_choice", {"allowed": allowed}))
            elif kind == "number" and not isinstance(value, int | float):
                errors.append(FieldError(f.name, "not_a_number"))
        errors.extend(
            FieldError(name, "required")
            for name in self.REQUIRED
            if getattr(self, name) in (None, "")
        )
        errors.extend(self.extra_checks())
        return errors

    def extra_checks(self) -> list[FieldError]:
        return []


@dataclass(kw_only=True)
class Account(Entity):
    ENTITY: ClassVar[str] = "account"
    REQUIRED: ClassVar[tuple[str, ...]] = ("username", "role")
    username: str | None = text()
    display_name: str | None = text()
    role: str | None = choice(ROLES, "caseworker")
    language: str | None = choice(LANGUAGES, "en")
    active: bool = flag(True)
    #: A team name: caseworkers of one team see each other's requests when the vault limits
    #: requests to their assignments (``caseapp.access``).
    team: str | None = text()


@dataclass(kw_only=True)
class PrisonerRecord(Entity):
    """A person known or reported to be held (GC III art. 17/122, GC IV art. 138 fields)."""

    ENTITY: ClassVar[str] = "prisoner"
    ref: str | None = text()
    category: str | None = choice(PRISONER_CATEGORIES, "pow")
    family_name: str | None = text()
    given_name: str | None = text()
    patronymic: str | None = text()
    sex: str | None = choice(SEXES)
    birth_date: str | None = date()
    birth_place: str | None = text()
    citizenship: str | None = text()
    power_depends_on: str | None = text()
    force: str | None = text()
    unit: str | None = text()
    rank: str | None = text()
    service_number: str | None = text()
    father_name: str | None = text()
    mother_maiden_name: str | None = text()
    capture_date: str | None = date()
    capture_place: str | None = text()
    capture_circumstances: str | None = text()
    health: str | None = choice(HEALTH, "unknown")
    wishes_repatriation: str | None = choice(WISH, "unknown")
    status: str | None = choice(PRISONER_STATUSES, "unknown")
    status_date: str | None = date()
    status_source: str | None = text()
    next_of_kin: str | None = text()
    notes: str | None = text()
    do_not_disclose: bool = flag()
    import_batch_id: str | None = text()

    def extra_checks(self) -> list[FieldError]:
        errors = _name_lengths(self, _NAME_FIELDS)
        if not (self.family_name or self.given_name):
            errors.append(FieldError("family_name", "name_required"))
        return errors


def _name_lengths(entity: Entity, names: tuple[str, ...]) -> list[FieldError]:
    return [
        FieldError(name, "too_long", {"max": NAME_MAX})
        for name in names
        if len(getattr(entity, name) or "") > NAME_MAX
    ]


@dataclass(kw_only=True)
class TracingRequest(Entity):
    """A family asks where a relative is: the enquirer, the sought person, and the case."""

    ENTITY: ClassVar[str] = "tracing_request"
    REQUIRED: ClassVar[tuple[str, ...]] = ("enquirer_name",)
    ref: str | None = text()
    status: str | None = choice(REQUEST_STATUSES, "open")
    closed_reason: str | None = choice(CLOSED_REASONS)
    # The enquirer
    enquirer_name: str | None = text()
    #: For the greeting in letters (Ukrainian vocative, "Ms"/"Mr"); empty: a neutral greeting.
    enquirer_sex: str | None = choice(SEXES)
    #: The greeting's name as the enquirer wishes to be addressed ("Ганно Григорівно"), when
    #: the automatic form is not right.
    enquirer_salutation: str | None = text()
    enquirer_relationship: str | None = text()
    enquirer_address: str | None = text()
    enquirer_phone: str | None = text()
    enquirer_email: str | None = text()
    enquirer_language: str | None = choice(LANGUAGES, "uk")
    delivery_channel: str | None = choice(CHANNELS, "post")
    do_not_phone: bool = flag()
    safety_notes: str | None = text()
    consent_share: bool = flag()
    # The sought person, as the family knows them
    category: str | None = choice(PRISONER_CATEGORIES, "missing")
    family_name: str | None = text()
    given_name: str | None = text()
    patronymic: str | None = text()
    sex: str | None = choice(SEXES)
    birth_date: str | None = date()
    birth_place: str | None = text()
    citizenship: str | None = text()
    unit: str | None = text()
    rank: str | None = text()
    service_number: str | None = text()
    last_seen_date: str | None = date()
    last_seen_place: str | None = text()
    circumstances: str | None = text()
    known_info: str | None = text()
    # The case
    assigned_to: str | None = text()
    follow_up_date: str | None = date()
    notes: str | None = text()
    do_not_disclose: bool = flag()
    import_batch_id: str | None = text()

    def extra_checks(self) -> list[FieldError]:
        names = (*_NAME_FIELDS, "enquirer_name", "enquirer_salutation")
        errors = _name_lengths(self, names)
        if not (self.family_name or self.given_name):
            errors.append(FieldError("family_name", "name_required"))
        if self.status == "closed" and not self.closed_reason:
            errors.append(FieldError("closed_reason", "closed_needs_reason"))
        return errors


@dataclass(kw_only=True)
class NameForm(Entity):
    """One way a name was written (script, spelling) and where it came from."""

    ENTITY: ClassVar[str] = "name_form"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {"owner_id": ("prisoner", "tracing_request")}
    REQUIRED: ClassVar[tuple[str, ...]] = ("owner_id",)
    owner_type: str | None = choice(("prisoner", "tracing_request"), "prisoner")
    owner_id: str | None = text()
    family_name: str | None = text()
    given_name: str | None = text()
    patronymic: str | None = text()
    script: str | None = choice(SCRIPTS)
    source_kind: str | None = choice(SOURCE_KINDS)
    source_ref: str | None = text()


@dataclass(kw_only=True)
class FactSource(Entity):
    """Where one fact came from; conflicting sources are kept side by side, never overwritten."""

    ENTITY: ClassVar[str] = "fact_source"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {"owner_id": ("prisoner", "tracing_request")}
    REQUIRED: ClassVar[tuple[str, ...]] = ("owner_id", "field_name", "source_kind")
    owner_type: str | None = choice(("prisoner", "tracing_request"), "prisoner")
    owner_id: str | None = text()
    field_name: str | None = text()
    value: str | None = text()
    source_kind: str | None = choice(SOURCE_KINDS)
    source_ref: str | None = text()
    source_date: str | None = date()
    reliability: str | None = choice(RELIABILITY, "unverified")
    note: str | None = text()


@dataclass(kw_only=True)
class Detention(Entity):
    ENTITY: ClassVar[str] = "detention"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {"prisoner_id": ("prisoner",)}
    REQUIRED: ClassVar[tuple[str, ...]] = ("prisoner_id", "place")
    prisoner_id: str | None = text()
    place: str | None = text()
    date_from: str | None = date()
    date_to: str | None = date()
    source_kind: str | None = choice(SOURCE_KINDS)
    note: str | None = text()

    def extra_checks(self) -> list[FieldError]:
        if range_ends_before_start(self.date_from, self.date_to):
            return [FieldError("date_to", "ends_before_start")]
        return []


def range_ends_before_start(start: str | None, end: str | None) -> bool:
    """True if a (partial) date range surely ends before it starts: compared at the precision
    both dates have (2024-03 to 2024-03-01 may be right; 2024-03 to 2024-02-28 is not)."""
    if not start or not end:
        return False
    common = min(len(start), len(end))
    return end[:common] < start[:common]


@dataclass(kw_only=True)
class TimelineEvent(Entity):
    ENTITY: ClassVar[str] = "event"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {"prisoner_id": ("prisoner",)}
    REQUIRED: ClassVar[tuple[str, ...]] = ("prisoner_id", "kind")
    prisoner_id: str | None = text()
    kind: str | None = choice(
        ("capture", "transfer", "hospital", "visit", "release", "repatriation", "escape", "death")
    )
    #: One (partial) date, or the start of a span known only roughly ("between March and May
    #: 2023": 2023-03 to 2023-05), as detention places have; ``event_date_to`` ends the span.
    event_date: str | None = date()
    event_date_to: str | None = date()
    place: str | None = text()
    details: str | None = text()
    source_kind: str | None = choice(SOURCE_KINDS)

    def extra_checks(self) -> list[FieldError]:
        if range_ends_before_start(self.event_date, self.event_date_to):
            return [FieldError("event_date_to", "ends_before_start")]
        if self.event_date_to and not self.event_date:
            return [FieldError("event_date", "span_needs_start")]
        return []


@dataclass(kw_only=True)
class ContactLog(Entity):
    """Every contact with the family."""

    ENTITY: ClassVar[str] = "contact_log"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {"request_id": ("tracing_request",)}
    REQUIRED: ClassVar[tuple[str, ...]] = ("request_id", "summary")
    request_id: str | None = text()
    contact_date: str | None = date()
    channel: str | None = choice(("phone", "in_person", "post", "email", "other"))
    summary: str | None = text()
    account_id: str | None = text()


@dataclass(kw_only=True)
class Link(Entity):
    """A suggested or decided identity link: tracing request <-> prisoner record.

    Potential until a person confirms it; rejected links keep their reason and can be reopened.
    """

    ENTITY: ClassVar[str] = "link"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "request_id": ("tracing_request",),
        "prisoner_id": ("prisoner",),
    }
    REQUIRED: ClassVar[tuple[str, ...]] = ("request_id", "prisoner_id", "status")
    request_id: str | None = text()
    prisoner_id: str | None = text()
    status: str | None = choice(LINK_STATUSES, "potential")
    score: float | None = number()
    band: str | None = text()
    reasons: str | None = text()
    decided_by: str | None = text()
    decided_at: str | None = text()
    decision_reason: str | None = text()

    def extra_checks(self) -> list[FieldError]:
        if self.status == "rejected" and not self.decision_reason:
            return [FieldError("decision_reason", "rejection_needs_reason")]
        return []


@dataclass(kw_only=True)
class ExchangeFramework(Entity):
    """An agreement ("1,000 for 1,000") executed in several rounds."""

    ENTITY: ClassVar[str] = "exchange_framework"
    REQUIRED: ClassVar[tuple[str, ...]] = ("name",)
    name: str | None = text()
    parties: str | None = text()
    mediators: str | None = text()
    agreed_date: str | None = date()
    agreed_total: int | None = number()
    notes: str | None = text()


@dataclass(kw_only=True)
class ExchangeRound(Entity):
    ENTITY: ClassVar[str] = "exchange_round"
    REQUIRED: ClassVar[tuple[str, ...]] = ("name",)
    ref: str | None = text()
    name: str | None = text()
    framework_id: str | None = text()
    framework: str | None = text()
    parties: str | None = text()
    mediators: str | None = text()
    announced_date: str | None = date()
    agreed_date: str | None = date()
    executed_date: str | None = date()
    handover_place: str | None = text()
    status: str | None = choice(ROUND_STATUSES, "proposed")
    agreed_count_ours: int | None = number()
    agreed_count_theirs: int | None = number()
    notes: str | None = text()
    #: The transaction that executed the round (undone as a whole or entry by entry).
    executed_txn: str | None = text()
    #: A closed round can no longer be undone or changed.
    closed: bool = flag()


@dataclass(kw_only=True)
class RoundQuota(Entity):
    """How many people of one side and category a round agreed to exchange."""

    ENTITY: ClassVar[str] = "round_quota"
    REQUIRED: ClassVar[tuple[str, ...]] = ("round_id", "side", "category")
    round_id: str | None = text()
    side: str | None = choice(ROUND_SIDES)
    category: str | None = choice(ENTRY_CATEGORIES)
    agreed: int | None = number()


@dataclass(kw_only=True)
class RoundList(Entity):
    """One version of a list a side asks for or offers, received or sent on a date."""

    ENTITY: ClassVar[str] = "round_list"
    REQUIRED: ClassVar[tuple[str, ...]] = ("round_id", "direction")
    round_id: str | None = text()
    side: str | None = choice(ROUND_SIDES)
    direction: str | None = choice(LIST_DIRECTIONS)
    list_date: str | None = date()
    version: int | None = number()
    source_name: str | None = text()
    source_sha256: str | None = text()
    #: The version this one replaces (same round, side and direction): lists form a chain.
    supersedes_id: str | None = text()
    #: Received from / sent to (the mediator or the other party), and which of the two.
    counterpart: str | None = text()
    received: bool = flag(True)
    #: The column mapping used, so the next list with the same columns reads the same way.
    mapping: str | None = text()
    note: str | None = text()


@dataclass(kw_only=True)
class RoundEntry(Entity):
    ENTITY: ClassVar[str] = "round_entry"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {"prisoner_id": ("prisoner",)}
    REQUIRED: ClassVar[tuple[str, ...]] = ("list_id", "name_as_written")
    list_id: str | None = text()
    #: The same person's entry keeps its key from one list version to the next.
    entry_key: str | None = text()
    row_number: int | None = number()
    name_as_written: str | None = text()
    #: The name split for matching (as written; never corrected).
    family_name: str | None = text()
    given_name: str | None = text()
    patronymic: str | None = text()
    birth_date: str | None = date()
    unit: str | None = text()
    service_number: str | None = text()
    rank: str | None = text()
    #: Every other column of the list, as written (JSON object header -> text).
    extra: str | None = text()
    category: str | None = choice(ENTRY_CATEGORIES, "pow")
    #: Comma-separated: seriously_wounded, seriously_ill, long_captivity, age.
    priority_reasons: str | None = text()
    prisoner_id: str | None = text()
    match_status: str | None = choice(LINK_STATUSES)
    #: The engine's candidates (JSON list of {id, score, band, reasons}), best first.
    candidates: str | None = text()
    decided_by: str | None = text()
    decided_at: str | None = text()
    interview_done: bool = flag()
    interview_date: str | None = date()
    wishes_return: str | None = choice(WISH, "unknown")
    medically_fit: str | None = choice(WISH, "unknown")
    released: bool = flag()
    outcome: str | None = choice(ENTRY_OUTCOMES)
    substituted_by: str | None = text()
    handover_time: str | None = text()
    note: str | None = text()
    #: The round execution that set the outcome (undone entry by entry).
    executed_txn: str | None = text()

    def extra_checks(self) -> list[FieldError]:
        if self.outcome == "exchanged" and self.wishes_return == "no":
            return [FieldError("outcome", "a person who does not wish to return is not exchanged")]
        return []


@dataclass(kw_only=True)
class LetterRecord(Entity):
    """One generated letter in the register; the PDF itself is kept (encrypted) for reprints."""

    ENTITY: ClassVar[str] = "letter"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "request_id": ("tracing_request",),
        "prisoner_id": ("prisoner",),
    }
    REQUIRED: ClassVar[tuple[str, ...]] = ("kind", "language")
    ref: str | None = text()
    kind: str | None = choice(LETTER_KINDS)
    template_version: str | None = text()
    language: str | None = choice(LANGUAGES)
    request_id: str | None = text()
    prisoner_id: str | None = text()
    round_id: str | None = text()
    recipient_name: str | None = text()
    recipient_address: str | None = text()
    generated_by: str | None = text()
    generated_at: str | None = text()
    sha256: str | None = text()
    pdf: bytes | None = blob()
    delivery_method: str | None = choice(CHANNELS)
    delivery_status: str | None = choice(DELIVERY_STATUSES, "generated")
    delivery_date: str | None = date()
    corrects_id: str | None = text()
    approved_by: str | None = text()
    #: Why news of death went by post rather than in person (required for that).
    delivery_reason: str | None = text()


@dataclass(kw_only=True)
class Attachment(Entity):
    """A scanned capture card, photo or list page, stored encrypted inside the vault."""

    ENTITY: ClassVar[str] = "attachment"
    OWNERS: ClassVar[dict[str, tuple[str, ...]]] = {"owner_id": ("prisoner", "tracing_request")}
    REQUIRED: ClassVar[tuple[str, ...]] = ("owner_id", "filename")
    owner_type: str | None = choice(("prisoner", "tracing_request"), "prisoner")
    owner_id: str | None = text()
    filename: str | None = text()
    mime: str | None = text()
    size: int | None = number()
    sha256: str | None = text()
    data: bytes | None = blob()
    note: str | None = text()


@dataclass(kw_only=True)
class ImportBatch(Entity):
    """Provenance of imported records: which file (by SHA-256), when, by whom."""

    ENTITY: ClassVar[str] = "import_batch"
    REQUIRED: ClassVar[tuple[str, ...]] = ("source_name", "source_sha256")
    kind: str | None = text()
    source_name: str | None = text()
    source_sha256: str | None = text()
    source_date: str | None = text()
    imported_at: str | None = text()
    row_count: int | None = number()
    #: Which columns of the file went to which field (JSON), remembered for the next list with
    #: the same columns (``headers_key``): the "per source" column mapping of the import screen.
    headers_key: str | None = text()
    mapping: str | None = text()


@dataclass(kw_only=True)
class SavedFilter(Entity):
    """A named filter of a list screen, kept per account."""

    ENTITY: ClassVar[str] = "saved_filter"
    REQUIRED: ClassVar[tuple[str, ...]] = ("name", "screen")
    name: str | None = text()
    screen: str | None = text()
    spec: str | None = text()
    account_id: str | None = text()


@dataclass(kw_only=True)
class Setting(Entity):
    """A vault-wide setting (e.g. the organisation profile for letters); ``id`` is its key.

    Stored as an entity so a change is journaled and travels to other laptops like any edit.
    """

    ENTITY: ClassVar[str] = "setting"
    value: str | None = text()


@dataclass(kw_only=True)
class MergeMark(Entity):
    """Tombstone of a merge of duplicate records: ``merged_id`` was folded into ``kept_id``.

    Journaled like any record, so that children and edits arriving later from another laptop
    for the merged record follow it to the kept one (caseapp/sync/merge.py).
    """

    ENTITY: ClassVar[str] = "merge_mark"
    REQUIRED: ClassVar[tuple[str, ...]] = ("merged_id", "kept_id")
    merged_id: str | None = text()
    kept_id: str | None = text()


@dataclass(kw_only=True)
class Device(Entity):
    """A laptop of the team: its Ed25519 public key; revoked when lost (bundles refused)."""

    ENTITY: ClassVar[str] = "device"
    REQUIRED: ClassVar[tuple[str, ...]] = ("name", "public_key")
    name: str | None = text()
    public_key: str | None = text()
    revoked: bool = flag()
    revoked_reason: str | None = text()


ENTITY_TYPES: dict[str, type[Entity]] = {
    cls.ENTITY: cls
    for cls in (
        Account,
        PrisonerRecord,
        TracingRequest,
        NameForm,
        FactSource,
        Detention,
        TimelineEvent,
        ContactLog,
        Link,
        ExchangeFramework,
        ExchangeRound,
        RoundQuota,
        RoundList,
        RoundEntry,
        LetterRecord,
        Attachment,
        ImportBatch,
        SavedFilter,
        Setting,
        MergeMark,
        Device,
    )
}
