"""Translated labels for field names and stored choice values (statuses, categories, …).

The core stores codes ("held", "pow", "birth_date"); people read these labels. Every string is
a literal in a ``translate`` call so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def field_labels() -> dict[str, str]:
    return {
        "ref": QCoreApplication.translate("labels", "Reference"),
        "category": QCoreApplication.translate("labels", "Category"),
        "family_name": QCoreApplication.translate("labels", "Family name"),
        "given_name": QCoreApplication.translate("labels", "Given name"),
        "patronymic": QCoreApplication.translate("labels", "Patronymic"),
        "sex": QCoreApplication.translate("labels", "Sex"),
        "birth_date": QCoreApplication.translate("labels", "Date of birth"),
        "birth_place": QCoreApplication.translate("labels", "Place of birth"),
        "citizenship": QCoreApplication.translate("labels", "Citizenship"),
        "power_depends_on": QCoreApplication.translate("labels", "Power he depends on"),
        "force": QCoreApplication.translate("labels", "Armed force"),
        "unit": QCoreApplication.translate("labels", "Unit"),
        "rank": QCoreApplication.translate("labels", "Rank"),
        "service_number": QCoreApplication.translate("labels", "Service number"),
        "father_name": QCoreApplication.translate("labels", "Father's first name"),
        "mother_maiden_name": QCoreApplication.translate("labels", "Mother's maiden name"),
        "capture_date": QCoreApplication.translate("labels", "Date of capture"),
        "capture_place": QCoreApplication.translate("labels", "Place of capture"),
        "capture_circumstances": QCoreApplication.translate("labels", "Circumstances of capture"),
        "health": QCoreApplication.translate("labels", "Health"),
        "wishes_repatriation": QCoreApplication.translate("labels", "Wishes to be repatriated"),
        "status": QCoreApplication.translate("labels", "Status"),
        "status_date": QCoreApplication.translate("labels", "Status date"),
        "status_source": QCoreApplication.translate("labels", "Source of the status"),
        "next_of_kin": QCoreApplication.translate("labels", "Next of kin (name and address)"),
        "notes": QCoreApplication.translate("labels", "Notes"),
        "do_not_disclose": QCoreApplication.translate("labels", "Do not disclose (GC IV art. 137)"),
        "import_batch_id": QCoreApplication.translate("labels", "Imported from"),
        "closed_reason": QCoreApplication.translate("labels", "Reason for closing"),
        "enquirer_name": QCoreApplication.translate("labels", "Enquirer's name"),
        "enquirer_sex": QCoreApplication.translate("labels", "Enquirer's sex"),
        "enquirer_salutation": QCoreApplication.translate("labels", "Form of address"),
        "enquirer_relationship": QCoreApplication.translate(
            "labels", "Relationship to the sought person"
        ),
        "enquirer_address": QCoreApplication.translate("labels", "Address"),
        "enquirer_phone": QCoreApplication.translate("labels", "Phone"),
        "enquirer_email": QCoreApplication.translate("labels", "E-mail"),
        "enquirer_language": QCoreApplication.translate("labels", "Language for letters"),
        "delivery_channel": QCoreApplication.translate("labels", "Delivery channel"),
        "do_not_phone": QCoreApplication.translate("labels", "Do not contact by phone"),
        "safety_notes": QCoreApplication.translate("labels", "Safety notes"),
        "consent_share": QCoreApplication.translate(
            "labels", "Consents to sharing their details with the ICRC and other parties"
        ),
        "last_seen_date": QCoreApplication.translate("labels", "Date last seen / last news"),
        "last_seen_place": QCoreApplication.translate("labels", "Place last seen"),
        "circumstances": QCoreApplication.translate("labels", "Circumstances"),
        "known_info": QCoreApplication.translate(
            "labels", "What the family already knows, and from where"
        ),
        "assigned_to": QCoreApplication.translate("labels", "Assigned caseworker"),
        "follow_up_date": QCoreApplication.translate("labels", "Follow-up date"),
        # parts of records
        "script": QCoreApplication.translate("labels", "Script"),
        "source_kind": QCoreApplication.translate("labels", "Source"),
        "source_ref": QCoreApplication.translate("labels", "Source reference"),
        "source_date": QCoreApplication.translate("labels", "Source date"),
        "field_name": QCoreApplication.translate("labels", "Fact"),
        "value": QCoreApplication.translate("labels", "Value"),
        "reliability": QCoreApplication.translate("labels", "Reliability"),
        "note": QCoreApplication.translate("labels", "Note"),
        "place": QCoreApplication.translate("labels", "Place"),
        "date_from": QCoreApplication.translate("labels", "From"),
        "date_to": QCoreApplication.translate("labels", "To"),
        "contact_date": QCoreApplication.translate("labels", "Date"),
        "channel": QCoreApplication.translate("labels", "Channel"),
        "summary": QCoreApplication.translate("labels", "Summary"),
        "filename": QCoreApplication.translate("labels", "File"),
        "mime": QCoreApplication.translate("labels", "Type"),
        "size": QCoreApplication.translate("labels", "Size"),
        "kind": QCoreApplication.translate("labels", "Kind"),
        "event_date": QCoreApplication.translate("labels", "Date (or from)"),
        "event_date_to": QCoreApplication.translate("labels", "To (if a span)"),
        "details": QCoreApplication.translate("labels", "Details"),
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
    categories = {
        "pow": QCoreApplication.translate("labels", "Prisoner of war"),
        "civilian_internee": QCoreApplication.translate("labels", "Civilian internee"),
        "detained_civilian": QCoreApplication.translate("labels", "Detained civilian"),
        "missing": QCoreApplication.translate("labels", "Missing, status unknown"),
    }
    sources = {
        "exchanged_list": QCoreApplication.translate("labels", "Exchanged list"),
        "icrc_visit": QCoreApplication.translate("labels", "ICRC visit"),
        "capture_card": QCoreApplication.translate("labels", "Capture card"),
        "testimony": QCoreApplication.translate("labels", "Testimony of a released detainee"),
        "media": QCoreApplication.translate("labels", "Media"),
        "family": QCoreApplication.translate("labels", "Family"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    languages = {
        "uk": QCoreApplication.translate("labels", "Ukrainian"),
        "ru": QCoreApplication.translate("labels", "Russian"),
        "en": QCoreApplication.translate("labels", "English"),
    }
    wish = {
        "unknown": QCoreApplication.translate("labels", "Unknown"),
        "yes": QCoreApplication.translate("labels", "Yes"),
        "no": QCoreApplication.translate("labels", "No"),
    }
    return {
        "category": categories,
        "sex": {
            "M": QCoreApplication.translate("labels", "Male"),
            "F": QCoreApplication.translate("labels", "Female"),
        },
        "enquirer_sex": {
            "M": QCoreApplication.translate("labels", "Male"),
            "F": QCoreApplication.translate("labels", "Female"),
        },
        "health": {
            "unknown": QCoreApplication.translate("labels", "Unknown"),
            "well": QCoreApplication.translate("labels", "Well"),
            "wounded": QCoreApplication.translate("labels", "Wounded"),
            "seriously_ill": QCoreApplication.translate("labels", "Seriously ill"),
            "seriously_wounded": QCoreApplication.translate("labels", "Seriously wounded"),
        },
        "wishes_repatriation": wish,
        "prisoner_status": {
            "held": QCoreApplication.translate("labels", "Held"),
            "released": QCoreApplication.translate("labels", "Released"),
            "repatriated": QCoreApplication.translate("labels", "Repatriated"),
            "escaped": QCoreApplication.translate("labels", "Escaped"),
            "deceased": QCoreApplication.translate("labels", "Deceased"),
            "remains_returned": QCoreApplication.translate("labels", "Remains returned"),
            "unknown": QCoreApplication.translate("labels", "Unknown"),
        },
        "request_status": {
            "open": QCoreApplication.translate("labels", "Open"),
            "in_progress": QCoreApplication.translate("labels", "Tracing in progress"),
            "possible_match": QCoreApplication.translate("labels", "Possible match"),
            "confirmed_held": QCoreApplication.translate("labels", "Confirmed held"),
            "confirmed_deceased": QCoreApplication.translate("labels", "Confirmed deceased"),
            "returned": QCoreApplication.translate("labels", "Returned / released"),
            "closed": QCoreApplication.translate("labels", "Closed"),
        },
        "closed_reason": {
            "reunited": QCoreApplication.translate("labels", "Reunited"),
            "withdrawn": QCoreApplication.translate("labels", "Withdrawn"),
            "duplicate": QCoreApplication.translate("labels", "Duplicate"),
            "deceased": QCoreApplication.translate("labels", "Deceased"),
            "no_trace": QCoreApplication.translate("labels", "No trace found"),
            "other": QCoreApplication.translate("labels", "Other"),
        },
        "enquirer_language": languages,
        "delivery_channel": {
            "post": QCoreApplication.translate("labels", "Post"),
            "in_person": QCoreApplication.translate("labels", "In person"),
            "email": QCoreApplication.translate("labels", "E-mail"),
        },
        "script": {
            "cyrillic_uk": QCoreApplication.translate("labels", "Ukrainian Cyrillic"),
            "cyrillic_ru": QCoreApplication.translate("labels", "Russian Cyrillic"),
            "latin": QCoreApplication.translate("labels", "Latin"),
            "other": QCoreApplication.translate("labels", "Other"),
        },
        "source_kind": sources,
        "reliability": {
            "confirmed": QCoreApplication.translate("labels", "Confirmed"),
            "probable": QCoreApplication.translate("labels", "Probable"),
            "unverified": QCoreApplication.translate("labels", "Unverified"),
        },
        "channel": {
            "phone": QCoreApplication.translate("labels", "Phone"),
            "in_person": QCoreApplication.translate("labels", "In person"),
            "post": QCoreApplication.translate("labels", "Post"),
            "email": QCoreApplication.translate("labels", "E-mail"),
            "other": QCoreApplication.translate("labels", "Other"),
        },
        "event_kind": {
            "capture": QCoreApplication.translate("labels", "Capture"),
            "transfer": QCoreApplication.translate("labels", "Transfer"),
            "hospital": QCoreApplication.translate("labels", "Hospital"),
            "visit": QCoreApplication.translate("labels", "Visit"),
            "release": QCoreApplication.translate("labels", "Release"),
            "repatriation": QCoreApplication.translate("labels", "Repatriation"),
            "escape": QCoreApplication.translate("labels", "Escape"),
            "death": QCoreApplication.translate("labels", "Death"),
        },
        "owner_type": {
            "prisoner": QCoreApplication.translate("labels", "Prisoner record"),
            "tracing_request": QCoreApplication.translate("labels", "Tracing request"),
        },
    }


def choice_key(entity_type: str, field: str) -> str:
    """Status codes differ between record kinds; everything else is keyed by field name."""
    if field == "status":
        return "request_status" if entity_type == "tracing_request" else "prisoner_status"
    if entity_type == "event" and field == "kind":
        return "event_kind"
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
