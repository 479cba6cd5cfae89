"""Translated labels for field names and stored choice values (statuses, categories, …).

The core stores codes ("held", "pow", "birth_date"); people read these labels. Every string is
a literal in a ``translate`` call so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def field_labels() -> dict[str, str]:
    t = _t
    return {
        "ref": t("Reference"),
        "category": t("Category"),
        "family_name": t("Family name"),
        "given_name": t("Given name"),
        "patronymic": t("Patronymic"),
        "sex": t("Sex"),
        "birth_date": t("Date of birth"),
        "birth_place": t("Place of birth"),
        "citizenship": t("Citizenship"),
        "power_depends_on": t("Power he depends on"),
        "force": t("Armed force"),
        "unit": t("Unit"),
        "rank": t("Rank"),
        "service_number": t("Service number"),
        "father_name": t("Father's first name"),
        "mother_maiden_name": t("Mother's maiden name"),
        "capture_date": t("Date of capture"),
        "capture_place": t("Place of capture"),
        "capture_circumstances": t("Circumstances of capture"),
        "health": t("Health"),
        "wishes_repatriation": t("Wishes to be repatriated"),
        "status": t("Status"),
        "status_date": t("Status date"),
        "status_source": t("Source of the status"),
        "next_of_kin": t("Next of kin (name and address)"),
        "notes": t("Notes"),
        "do_not_disclose": t("Do not disclose (GC IV art. 137)"),
        "import_batch_id": t("Imported from"),
        "closed_reason": t("Reason for closing"),
        "enquirer_name": t("Enquirer's name"),
        "enquirer_relationship": t("Relationship to the sought person"),
        "enquirer_address": t("Address"),
        "enquirer_phone": t("Phone"),
        "enquirer_email": t("E-mail"),
        "enquirer_language": t("Language for letters"),
        "delivery_channel": t("Delivery channel"),
        "do_not_phone": t("Do not contact by phone"),
        "safety_notes": t("Safety notes"),
        "consent_share": t("Consents to sharing their details with the ICRC and other parties"),
        "last_seen_date": t("Date last seen / last news"),
        "last_seen_place": t("Place last seen"),
        "circumstances": t("Circumstances"),
        "known_info": t("What the family already knows, and from where"),
        "assigned_to": t("Assigned caseworker"),
        "follow_up_date": t("Follow-up date"),
        # parts of records
        "script": t("Script"),
        "source_kind": t("Source"),
        "source_ref": t("Source reference"),
        "source_date": t("Source date"),
        "field_name": t("Fact"),
        "value": t("Value"),
        "reliability": t("Reliability"),
        "note": t("Note"),
        "place": t("Place"),
        "date_from": t("From"),
        "date_to": t("To"),
        "contact_date": t("Date"),
        "channel": t("Channel"),
        "summary": t("Summary"),
        "filename": t("File"),
        "mime": t("Type"),
        "size": t("Size"),
        "kind": t("Kind"),
        "event_date": t("Date"),
        "details": t("Details"),
    }


_cache: dict[str, tuple[dict[str, str], dict[str, dict[str, str]]]] = {}


def _cached() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Labels are looked up for every visible cell: build them once per interface language."""
    key = QLocale().name()
    if key not in _cache:
        _cache[key] = (field_labels(), choice_labels())
    return _cache[key]


def choice_labels() -> dict[str, dict[str, str]]:
    """Per field name, code -> label."""
    t = _t
    categories = {
        "pow": t("Prisoner of war"),
        "civilian_internee": t("Civilian internee"),
        "detained_civilian": t("Detained civilian"),
        "missing": t("Missing, status unknown"),
    }
    sources = {
        "exchanged_list": t("Exchanged list"),
        "icrc_visit": t("ICRC visit"),
        "capture_card": t("Capture card"),
        "testimony": t("Testimony of a released detainee"),
        "media": t("Media"),
        "family": t("Family"),
        "other": t("Other"),
    }
    languages = {"uk": t("Ukrainian"), "ru": t("Russian"), "en": t("English")}
    wish = {"unknown": t("Unknown"), "yes": t("Yes"), "no": t("No")}
    return {
        "category": categories,
        "sex": {"M": t("Male"), "F": t("Female")},
        "health": {
            "unknown": t("Unknown"),
            "well": t("Well"),
            "wounded": t("Wounded"),
            "seriously_ill": t("Seriously ill"),
            "seriously_wounded": t("Seriously wounded"),
        },
        "wishes_repatriation": wish,
        "prisoner_status": {
            "held": t("Held"),
            "released": t("Released"),
            "repatriated": t("Repatriated"),
            "escaped": t("Escaped"),
            "deceased": t("Deceased"),
            "remains_returned": t("Remains returned"),
            "unknown": t("Unknown"),
        },
        "request_status": {
            "open": t("Open"),
            "in_progress": t("Tracing in progress"),
            "possible_match": t("Possible match"),
            "confirmed_held": t("Confirmed held"),
            "confirmed_deceased": t("Confirmed deceased"),
            "returned": t("Returned / released"),
            "closed": t("Closed"),
        },
        "closed_reason": {
            "reunited": t("Reunited"),
            "withdrawn": t("Withdrawn"),
            "duplicate": t("Duplicate"),
            "deceased": t("Deceased"),
            "no_trace": t("No trace found"),
            "other": t("Other"),
        },
        "enquirer_language": languages,
        "delivery_channel": {
            "post": t("Post"),
            "in_person": t("In person"),
            "email": t("E-mail"),
        },
        "script": {
            "cyrillic_uk": t("Ukrainian Cyrillic"),
            "cyrillic_ru": t("Russian Cyrillic"),
            "latin": t("Latin"),
            "other": t("Other"),
        },
        "source_kind": sources,
        "reliability": {
            "confirmed": t("Confirmed"),
            "probable": t("Probable"),
            "unverified": t("Unverified"),
        },
        "channel": {
            "phone": t("Phone"),
            "in_person": t("In person"),
            "post": t("Post"),
            "email": t("E-mail"),
            "other": t("Other"),
        },
        "owner_type": {"prisoner": t("Prisoner record"), "tracing_request": t("Tracing request")},
    }


def choice_key(entity_type: str, field: str) -> str:
    """Status codes differ between record kinds; everything else is keyed by field name."""
    if field == "status":
        return "request_status" if entity_type == "tracing_request" else "prisoner_status"
    return field


def field_label(name: str) -> str:
    return _cached()[0].get(name, name.replace("_", " "))


def value_label(entity_type: str, field: str, value: object) -> str:
    """How a stored value reads in a list or form."""
    if value is None or value == "":
        return ""
    labels = _cached()[1].get(choice_key(entity_type, field))
    if labels is not None and isinstance(value, str):
        return labels.get(value, value)
    return str(value)
