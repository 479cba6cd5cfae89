"""Helpers for the round tests: people in the vault, and the lists the sides send."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.models import Link, PrisonerRecord, TracingRequest
from caseapp.store import Session

#: (family, given, patronymic, birth date, service number, health)
PEOPLE = {
    "kolomiiets": ("Коломієць", "Сергій", "Юрійович", "1990-03-12", "AB123456", "well"),
    "boiko": ("Бойко", "Олександр", "Петрович", "1985-07-01", None, "well"),
    "shevchenko": ("Шевченко", "Андрій", "Іванович", "1979-11-20", None, "seriously_wounded"),
    "melnyk": ("Мельник", "Ігор", "Васильович", "1995-01-05", "KM778899", "well"),
    "tkachenko": ("Ткаченко", "Павло", "Олегович", "1992-09-30", None, "well"),
}

HEADER = "full_name,birth_date,service_number,category,unit\n"
OURS_V1 = (
    "КОЛОМИЕЦ Сергей Юрьевич,12.03.1990,AB123456,pow,\n"
    "Бойко Александр Петрович,1985-07-01,,pow,\n"
    "Шевченко Андрей Иванович,1979-11-20,,wounded_sick,\n"
)
#: v2: Шевченко dropped, Мельник added, Бойко's unit added.
OURS_V2 = (
    "КОЛОМИЕЦ Сергей Юрьевич,12.03.1990,AB123456,pow,\n"
    "Бойко Александр Петрович,1985-07-01,,pow,в/ч А0123\n"
    "Мельник Игорь Васильевич,1995-01-05,KM778899,pow,\n"
)
#: Who came: Коломієць (passport Latin), Мельник; Бойко did not come; Ткаченко came instead.
RETURNED = (
    "KOLOMIIETS Serhii Yuriiovych,12.03.1990,AB123456,pow,\n"
    "Мельник Ігор Васильович,1995-01-05,KM778899,pow,\n"
    "Ткаченко Павло Олегович,1992-09-30,,pow,\n"
)
THEIRS = "Иванов Иван Иванович,1988-02-02,,pow,\nПетров Пётр Петрович,1990-05-05,,pow,\n"


@dataclass
class Seeded:
    prisoners: dict[str, PrisonerRecord]
    requests: dict[str, TracingRequest]


def seed(session: Session) -> Seeded:
    """Five people held; the families of Коломієць and Мельник have confirmed requests."""
    prisoners: dict[str, PrisonerRecord] = {}
    requests: dict[str, TracingRequest] = {}
    with session.transaction("seed") as txn:
        for key, (family, given, patronymic, birth, number, health) in PEOPLE.items():
            prisoners[key] = txn.create(
                PrisonerRecord(
                    family_name=family,
                    given_name=given,
                    patronymic=patronymic,
                    birth_date=birth,
                    service_number=number,
                    health=health,
                    sex="M",
                    status="held",
                    capture_date="2023-05-01",
                )
            )
        for key in ("kolomiiets", "melnyk"):
            family, given, patronymic, birth, _n, _h = PEOPLE[key]
            request = txn.create(
                TracingRequest(
                    enquirer_name="Ганна",
                    enquirer_address="вул. Соборна, 5, Запоріжжя",
                    family_name=family,
                    given_name=given,
                    patronymic=patronymic,
                    birth_date=birth,
                    status="confirmed_held",
                )
            )
            requests[key] = request
            txn.create(
                Link(request_id=request.id, prisoner_id=prisoners[key].id, status="confirmed")
            )
    return Seeded(prisoners, requests)


def write_list(folder: Path, name: str, rows: str) -> Path:
    path = folder / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path
