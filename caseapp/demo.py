"""Realistic synthetic data (Ukrainian/Russian names, partial dates) for demos and benchmarks.

Nothing here is real: names are drawn from common-name pools, combined at random. Prisoner lists
use Russian spellings (as lists from the other party do); family requests use Ukrainian ones, so
a demo vault shows the matching problem as it is in the field.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from caseapp.domain.models import PrisonerRecord, TracingRequest
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress, step

# (Ukrainian, Russian) given names
MALE = [
    ("Олександр", "Александр"),
    ("Олексій", "Алексей"),
    ("Сергій", "Сергей"),
    ("Микола", "Николай"),
    ("Юрій", "Юрий"),
    ("Андрій", "Андрей"),
    ("Дмитро", "Дмитрий"),
    ("Євген", "Евгений"),
    ("Ігор", "Игорь"),
    ("Павло", "Павел"),
    ("Петро", "Пётр"),
    ("Василь", "Василий"),
    ("Михайло", "Михаил"),
    ("Іван", "Иван"),
    ("Володимир", "Владимир"),
    ("Віктор", "Виктор"),
    ("Віталій", "Виталий"),
    ("Анатолій", "Анатолий"),
    ("Валерій", "Валерий"),
    ("Вадим", "Вадим"),
    ("Денис", "Денис"),
    ("Максим", "Максим"),
    ("Артем", "Артём"),
    ("Богдан", "Богдан"),
    ("Тарас", "Тарас"),
    ("Роман", "Роман"),
    ("Олег", "Олег"),
    ("Костянтин", "Константин"),
    ("Ярослав", "Ярослав"),
    ("Владислав", "Владислав"),
    ("Леонід", "Леонид"),
    ("Федір", "Фёдор"),
    ("Степан", "Степан"),
    ("Кирило", "Кирилл"),
    ("Ілля", "Илья"),
    ("Микита", "Никита"),
    ("Руслан", "Руслан"),
    ("Назар", "Назар"),
    ("Антон", "Антон"),
    ("Григорій", "Григорий"),
]
FEMALE = [
    ("Олена", "Елена"),
    ("Наталія", "Наталья"),
    ("Ганна", "Анна"),
    ("Катерина", "Екатерина"),
    ("Тетяна", "Татьяна"),
    ("Ірина", "Ирина"),
    ("Ольга", "Ольга"),
    ("Юлія", "Юлия"),
    ("Марія", "Мария"),
    ("Оксана", "Оксана"),
    ("Світлана", "Светлана"),
    ("Людмила", "Людмила"),
    ("Галина", "Галина"),
    ("Надія", "Надежда"),
    ("Віра", "Вера"),
    ("Анастасія", "Анастасия"),
    ("Вікторія", "Виктория"),
    ("Дарія", "Дарья"),
]
# (Ukrainian, Russian) family names, masculine form
SURNAMES = [
    ("Коваленко", "Коваленко"),
    ("Шевченко", "Шевченко"),
    ("Бондаренко", "Бондаренко"),
    ("Ткаченко", "Ткаченко"),
    ("Кравченко", "Кравченко"),
    ("Олійник", "Олейник"),
    ("Мельник", "Мельник"),
    ("Бойко", "Бойко"),
    ("Коваль", "Коваль"),
    ("Лисенко", "Лысенко"),
    ("Савченко", "Савченко"),
    ("Руденко", "Руденко"),
    ("Петренко", "Петренко"),
    ("Марченко", "Марченко"),
    ("Павленко", "Павленко"),
    ("Мороз", "Мороз"),
    ("Іваненко", "Иваненко"),
    ("Гончаренко", "Гончаренко"),
    ("Литвиненко", "Литвиненко"),
    ("Білецький", "Белецкий"),
    ("Коломієць", "Коломиец"),
    ("Кравчук", "Кравчук"),
    ("Поліщук", "Полищук"),
    ("Ковальчук", "Ковальчук"),
    ("Ткачук", "Ткачук"),
    ("Шевчук", "Шевчук"),
    ("Бондар", "Бондарь"),
    ("Левченко", "Левченко"),
    ("Карпенко", "Карпенко"),
    ("Кузьменко", "Кузьменко"),
    ("Гриценко", "Гриценко"),
    ("Степаненко", "Степаненко"),
    ("Яковенко", "Яковенко"),
    ("Сидоренко", "Сидоренко"),
    ("Приходько", "Приходько"),
    ("Клименко", "Клименко"),
    ("Мазур", "Мазур"),
    ("Романенко", "Романенко"),
    ("Захарченко", "Захарченко"),
    ("Харченко", "Харченко"),
    ("Тимошенко", "Тимошенко"),
    ("Головко", "Головко"),
    ("Семенюк", "Семенюк"),
    ("Костенко", "Костенко"),
    ("Дяченко", "Дьяченко"),
    ("Пономаренко", "Пономаренко"),
    ("Вовк", "Волк"),
    ("Бородай", "Бородай"),
    ("Зінченко", "Зинченко"),
    ("Чорновол", "Черновол"),
    ("Гнатюк", "Гнатюк"),
    ("Остапчук", "Остапчук"),
    ("Добровольський", "Добровольский"),
    ("Соколовський", "Соколовский"),
    ("Заболотний", "Заболотный"),
    ("Сірий", "Серый"),
    ("Рибак", "Рыбак"),
    ("Лук'яненко", "Лукьяненко"),
    ("Юрченко", "Юрченко"),
    ("Федоренко", "Федоренко"),
]
PLACES = [
    ("Київ", "Киев"),
    ("Харків", "Харьков"),
    ("Одеса", "Одесса"),
    ("Дніпро", "Днепр"),
    ("Запоріжжя", "Запорожье"),
    ("Львів", "Львов"),
    ("Миколаїв", "Николаев"),
    ("Маріуполь", "Мариуполь"),
    ("Чернігів", "Чернигов"),
    ("Суми", "Сумы"),
    ("Полтава", "Полтава"),
    ("Херсон", "Херсон"),
    ("Житомир", "Житомир"),
    ("Вінниця", "Винница"),
    ("Кривий Ріг", "Кривой Рог"),
    ("Краматорськ", "Краматорск"),
]
UNITS = [
    "в/ч А0501",
    "в/ч А1214",
    "в/ч А2167",
    "в/ч А3120",
    "в/ч А4010",
    "в/ч А7014",
    "36 ОБрМП",
    "72 ОМБр",
    "93 ОМБр",
    "24 ОМБр",
    "ТрО 112",
    "ТрО 241",
]
# Enquirers are women in the demo (their names come from FEMALE), so relationships match.
RELATIONSHIPS = ["мати", "дружина", "сестра", "донька"]


def _patronymic(father_uk: str, father_ru: str, female: bool, russian: bool) -> str:
    if russian:
        stem = father_ru.replace("ё", "е")
        if stem.endswith(("й", "ь")):
            return stem[:-1] + ("евна" if female else "евич")
        if stem.endswith("а"):
            return stem[:-1] + ("ична" if female else "ич")
        return stem + ("овна" if female else "ович")
    if father_uk.endswith(("й", "ь")):
        return father_uk[:-1] + ("ївна" if female else "йович")
    if father_uk.endswith("о"):
        return father_uk[:-1] + ("івна" if female else "ович")
    if father_uk.endswith("а"):
        return father_uk[:-1] + ("івна" if female else "ич")
    return father_uk + ("івна" if female else "ович")


def _feminine(surname: str, russian: bool) -> str:
    if surname.endswith("ький") or surname.endswith("цький"):
        return surname[:-2] + "а"
    if surname.endswith("ский") or surname.endswith("цкий"):
        return surname[:-2] + "ая"
    if surname.endswith("ий") and not russian:
        return surname[:-2] + "а"
    if surname.endswith("ый"):
        return surname[:-2] + "ая"
    return surname


def _birth_date(rng: random.Random) -> str:
    year = rng.randint(1965, 2004)
    roll = rng.random()
    if roll < 0.15:
        return f"{year}"
    if roll < 0.25:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _person(rng: random.Random) -> dict[str, str | None]:
    female = rng.random() < 0.08
    given = rng.choice(FEMALE if female else MALE)
    father = rng.choice(MALE)
    surname = rng.choice(SURNAMES)
    place = rng.choice(PLACES)
    return {
        "female": "1" if female else None,
        "given_uk": given[0],
        "given_ru": given[1],
        "family_uk": _feminine(surname[0], False) if female else surname[0],
        "family_ru": _feminine(surname[1], True) if female else surname[1],
        "patr_uk": _patronymic(father[0], father[1], female, russian=False),
        "patr_ru": _patronymic(father[0], father[1], female, russian=True),
        "birth": _birth_date(rng),
        "place_uk": place[0],
        "place_ru": place[1],
        "unit": rng.choice(UNITS),
        "service": f"{rng.choice('АБВГ')}{rng.randint(100000, 999999)}"
        if rng.random() < 0.4
        else None,
    }


def generate_prisoners(
    count: int, seed: int = 1, persons: list[dict[str, str | None]] | None = None
) -> Iterator[PrisonerRecord]:
    """``persons``, if given, collects each person drawn (for requests that seek them)."""
    rng = random.Random(seed)
    for _ in range(count):
        p = _person(rng)
        if persons is not None:
            persons.append(p)
        yield PrisonerRecord(
            category=rng.choices(["pow", "detained_civilian", "civilian_internee"], [85, 12, 3])[0],
            family_name=p["family_ru"],
            given_name=p["given_ru"],
            patronymic=p["patr_ru"] if rng.random() < 0.8 else None,
            sex="F" if p["female"] else "M",
            birth_date=p["birth"],
            birth_place=p["place_ru"] if rng.random() < 0.6 else None,
            unit=p["unit"] if rng.random() < 0.7 else None,
            service_number=p["service"],
            status=rng.choices(["held", "released", "unknown", "deceased"], [80, 8, 10, 2])[0],
        )


def generate_requests(
    count: int,
    seed: int = 2,
    sought: list[dict[str, str | None]] | None = None,
    related: float = 0.0,
) -> Iterator[TracingRequest]:
    """A ``related`` share of the requests seek a person from ``sought`` (spelt the Ukrainian
    way, where the prisoner lists spell them the Russian way), so a demo shows matches."""
    rng = random.Random(seed)
    for _ in range(count):
        related_now = related > 0 and bool(sought) and rng.random() < related
        p = rng.choice(sought) if sought and related_now else _person(rng)
        # Enquirers are drawn from women's names (mothers, wives, sisters): feminine surname form.
        enquirer_family = _feminine(p["family_uk"] or "", russian=False)
        yield TracingRequest(
            enquirer_name=f"{rng.choice(FEMALE)[0]} {enquirer_family}",
            enquirer_relationship=rng.choice(RELATIONSHIPS),
            enquirer_address=f"{p['place_uk']}, вул. Шевченка, {rng.randint(1, 120)}",
            enquirer_phone=f"+380{rng.randint(500000000, 999999999)}",
            enquirer_language=rng.choices(["uk", "ru", "en"], [80, 17, 3])[0],
            category=rng.choices(["pow", "missing", "detained_civilian"], [60, 30, 10])[0],
            family_name=p["family_uk"],
            given_name=p["given_uk"],
            patronymic=p["patr_uk"] if rng.random() < 0.9 else None,
            sex="F" if p["female"] else "M",
            birth_date=p["birth"],
            birth_place=p["place_uk"] if rng.random() < 0.7 else None,
            unit=p["unit"] if rng.random() < 0.5 else None,
            service_number=p["service"] if rng.random() < 0.5 else None,
            status=rng.choices(["open", "in_progress", "possible_match"], [50, 40, 10])[0],
        )


def check_demo(session: Session) -> None:
    """Synthetic records only by an administrator, and never into a vault with real ones."""
    from caseapp.errors import BadInput, PermissionDenied

    if session.role != "admin":
        raise PermissionDenied("Only an administrator can add demonstration data.")
    real = session.conn.execute(
        "SELECT 1 FROM journal j JOIN txn t ON t.id = j.txn WHERE j.op = 'create' "
        "AND j.entity_type IN ('prisoner', 'tracing_request') AND t.action NOT LIKE 'demo %' "
        "LIMIT 1"
    ).fetchone()
    if real is not None:
        raise BadInput(
            "This vault holds real records: demonstration data would mix with them. "
            "Create a separate vault for a demonstration."
        )


def fill_vault(
    session: Session,
    prisoners: int,
    requests: int,
    progress: Progress | None = None,
    *,
    chunk: int = 5000,
    note: str | None = None,
    related: float = 0.0,
) -> ChangeSet:
    """Insert synthetic records through the write path, in chunks (one transaction per chunk).

    ``note`` goes into each record's notes (the app marks demo records as invented);
    ``related`` is the share of requests that seek one of the prisoners. Returns
    what all the transactions changed, as one ChangeSet.
    """
    changes = ChangeSet(txn_id="", action="demo data")
    persons: list[dict[str, str | None]] = []
    if progress:
        progress.start(prisoners + requests, "Creating demo records")
    batches: list[tuple[str, int, Iterator[PrisonerRecord | TracingRequest]]] = [
        ("demo prisoners", prisoners, generate_prisoners(prisoners, persons=persons)),
        ("demo requests", requests, generate_requests(requests, sought=persons, related=related)),
    ]
    for label, count, generator in batches:
        remaining = count
        while remaining > 0:
            size = min(chunk, remaining)
            with session.transaction(label) as txn:
                for _ in range(size):
                    record = next(generator)
                    if note:
                        record.notes = note
                    txn.create(record)
            for entity_type, ids in txn.changes.created.items():
                changes.created.setdefault(entity_type, set()).update(ids)
            changes.txn_id = txn.changes.txn_id
            remaining -= size
            step(progress, size)
    return changes
