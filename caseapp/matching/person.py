"""The matcher's plain input: one person's identity facts, independent of the vault.

Tracing requests and prisoner records carry the same identity fields; both become a
``PersonInput``, and the CLI builds them from CSV rows. ``prepare`` computes every comparison key
once, so a record is normalised once when the index is built, not once per comparison.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.dates import PartialDate
from caseapp.domain.models import NameForm, PrisonerRecord, TracingRequest
from caseapp.matching.dates import age_window, parse_birth_date
from caseapp.matching.identifiers import UnitKey, service_key, unit_key
from caseapp.matching.names import (
    NamePart,
    NameSplit,
    NameTable,
    infer_sex,
    name_part,
    split_full_name,
)
from caseapp.matching.places import PlaceKey, PlaceTable, place_key

#: (family name, given name, patronymic); any may be None.
NameTriple = tuple[str | None, str | None, str | None]


@dataclass(frozen=True)
class PersonInput:
    """Identity facts as written; ``alt_names`` are further ways the name was written
    (other lists, other scripts) and the best-agreeing form wins when matching."""

    id: str
    family_name: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    sex: str | None = None
    birth_date: str | None = None
    birth_place: str | None = None
    service_number: str | None = None
    unit: str | None = None
    alt_names: tuple[NameTriple, ...] = ()
    #: The date of the list or testimony the facts come from (ISO): turns an age into a year.
    list_date: str | None = None

    @classmethod
    def from_prisoner(
        cls, record: PrisonerRecord, name_forms: Iterable[NameForm] = ()
    ) -> PersonInput:
        return cls._from_entity(record, name_forms)

    @classmethod
    def from_request(
        cls, request: TracingRequest, name_forms: Iterable[NameForm] = ()
    ) -> PersonInput:
        """The sought person of a tracing request."""
        return cls._from_entity(request, name_forms)

    @classmethod
    def _from_entity(
        cls, entity: PrisonerRecord | TracingRequest, name_forms: Iterable[NameForm]
    ) -> PersonInput:
        return cls(
            id=entity.id,
            family_name=entity.family_name,
            given_name=entity.given_name,
            patronymic=entity.patronymic,
            sex=entity.sex,
            birth_date=entity.birth_date,
            birth_place=entity.birth_place,
            service_number=entity.service_number,
            unit=entity.unit,
            alt_names=tuple(
                (form.family_name, form.given_name, form.patronymic)
                for form in name_forms
                if form.owner_id in (None, entity.id)
            ),
        )


@dataclass(frozen=True, slots=True)
class PreparedName:
    family: NamePart | None
    given: NamePart | None
    patronymic: NamePart | None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A person with every comparison key computed; ``swapped`` reads each name form with
    family and given name exchanged (lists and forms that put the given name first)."""

    id: str
    names: tuple[PreparedName, ...]
    swapped: tuple[PreparedName, ...]
    sex: str | None
    #: False when ``sex`` was judged from the given name or patronymic, not written down.
    sex_stated: bool
    birth: PartialDate | None
    place: PlaceKey | None
    service: str | None
    unit: UnitKey | None
    #: How a whole name written in one cell was read (None: the fields were separate).
    split: NameSplit | None = None
    #: The birth dates an age allows (``dates.age_window``); None when a date was written.
    birth_window: tuple[str, str] | None = None


def _sex(value: str | None) -> str | None:
    """M/F, also as Ukrainian/Russian initials (Ч/М = man, Ж = woman); anything else unknown."""
    code = (value or "").strip().upper()[:1]
    if code in ("M", "М", "Ч"):
        return "M"
    if code in ("F", "Ж"):
        return "F"
    return None


def prepare(person: PersonInput, names: NameTable, places: PlaceTable) -> Prepared:
    """Compute the keys. A birth date that does not parse counts as unknown (the vault
    validates dates on entry; the CSV reader reports bad ones before they get here)."""
    triples = [(person.family_name, person.given_name, person.patronymic), *person.alt_names]
    forms: list[PreparedName] = []
    swapped: list[PreparedName] = []
    first_split: NameSplit | None = None
    for number, (family, given, patronymic) in enumerate(triples):
        split = _split_cell(family, given, patronymic, names)
        if split is not None:
            family, given, patronymic = split.family, split.given, split.patronymic
            if number == 0:
                first_split = split
        form = PreparedName(
            name_part(family, "family", names),
            name_part(given, "given", names),
            name_part(patronymic, "patronymic", names),
        )
        if (form.family, form.given, form.patronymic) == (None, None, None) or form in forms:
            continue
        forms.append(form)
        swapped.append(
            PreparedName(
                name_part(given, "family", names),
                name_part(family, "given", names),
                form.patronymic,
            )
        )
    try:
        birth = parse_birth_date(person.birth_date, person.list_date)
    except ValueError:
        birth = None
    first = forms[0] if forms else PreparedName(None, None, None)
    return Prepared(
        id=person.id,
        names=tuple(forms),
        swapped=tuple(swapped),
        sex=_sex(person.sex) or infer_sex(first.given, first.patronymic, names),
        sex_stated=_sex(person.sex) is not None,
        birth=birth,
        place=place_key(person.birth_place, places),
        service=service_key(person.service_number),
        unit=unit_key(person.unit),
        split=first_split,
        birth_window=age_window(person.birth_date, person.list_date) if birth else None,
    )


def _split_cell(
    family: str | None, given: str | None, patronymic: str | None, names: NameTable
) -> NameSplit | None:
    """A whole name in the family (or the given) name field, the others empty: read its parts."""
    if patronymic and patronymic.strip():
        return None
    if family and len(family.split()) > 1 and not (given and given.strip()):
        return split_full_name(family, names)
    if given and len(given.split()) > 1 and not (family and family.strip()):
        return split_full_name(given, names)
    return None
