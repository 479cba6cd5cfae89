"""Labelled synthetic data for the matching benchmark: prisoner records and tracing requests.

Made hard on purpose, with the variation the issue lists: Ukrainian and Russian persons whose
names are written by the other side's lists in the other language's Cyrillic, in passport
transliterations (Ukrainian 2010, ICAO, BGN/PCGN, MVD 310/782) or ad hoc Latin; typos; initials;
family and given names swapped; missing patronymics; feminine surname forms; partial, swapped
and slipped birth dates; brothers (same surname, father and birthplace, other given name and
birth date, sometimes twins); namesakes (same surname and given name, other birth date); people
on several lists (duplicate records); and a share of requests whose person is on no list —
many of them brothers or namesakes of someone who is.

And the noise of real lists (issue 15): dates as the region writes them (14.03.1998, 14/03/1998,
1998.03.14, spreadsheet date numbers, "1998 р." / "1998 г.", an age with the list's date, and
slashed dates whose day/month order cannot be told), Latin look-alike letters inside Cyrillic
words and the reverse, the whole name in one cell (КОВАЛЕНКО Олександр Петрович, Kovalenko O. P.,
Олександр Петрович Коваленко), German, French and Polish transliterations by mediators,
familiar given names in families' requests (Саша, Вова, Женя), and double-barrelled surnames
written whole on one side and half on the other.

``generate(n_records, n_requests, seed)`` is deterministic for a seed. Scale for the bench comes
from the caller; tests use a few hundred rows.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from caseapp.matching import translit
from caseapp.matching.names import NameTable, default_table
from caseapp.matching.person import PersonInput

# Common Ukrainian surnames (most frequent first) and stems/suffixes for many rarer ones.
UK_SURNAMES = [
    "Мельник",
    "Шевченко",
    "Коваленко",
    "Бондаренко",
    "Бойко",
    "Ткаченко",
    "Кравченко",
    "Ковальчук",
    "Коваль",
    "Олійник",
    "Шевчук",
    "Поліщук",
    "Бондар",
    "Ткачук",
    "Марченко",
    "Лисенко",
    "Мороз",
    "Савченко",
    "Руденко",
    "Петренко",
    "Клименко",
    "Павленко",
    "Кравчук",
    "Кузьменко",
    "Левченко",
    "Гончаренко",
    "Харченко",
    "Захарченко",
    "Іваненко",
    "Дмитренко",
    "Кучер",
    "Литвиненко",
    "Мазур",
    "Пономаренко",
    "Гаврилюк",
    "Романенко",
    "Карпенко",
    "Сидоренко",
    "Савчук",
    "Остапенко",
    "Білецький",
    "Коломієць",
    "Головко",
    "Мартинюк",
    "Яковенко",
    "Панченко",
    "Власенко",
    "Максименко",
    "Федоренко",
    "Тимошенко",
    "Семенко",
    "Ярошенко",
    "Гуменюк",
    "Приходько",
    "Швець",
    "Кириленко",
    "Костенко",
    "Нестеренко",
    "Дячук",
    "Гнатюк",
    "Король",
    "Лук'яненко",
    "Приймак",
    "Онищенко",
    "Зінченко",
    "Василенко",
    "Григоренко",
    "Осадчий",
    "Чорний",
    "Стеценко",
    "Гайдамака",
    "Кравець",
    "Заїка",
    "Мацюк",
    "Ковтун",
    "Степаненко",
    "Щербак",
    "Юрченко",
    "Вовк",
    "Сорока",
]
UK_STEMS = [
    "Бондар",
    "Гонч",
    "Гриц",
    "Давид",
    "Демч",
    "Жук",
    "Забол",
    "Зайч",
    "Калин",
    "Кар",
    "Кирич",
    "Клим",
    "Кобил",
    "Кост",
    "Кушн",
    "Лев",
    "Лук",
    "Мах",
    "Миш",
    "Наз",
    "Нечипор",
    "Онищ",
    "Павл",
    "Панас",
    "Пилип",
    "Прок",
    "Пруд",
    "Рад",
    "Рев",
    "Рибал",
    "Сав",
    "Свирид",
    "Сем",
    "Сидор",
    "Соловй",
    "Стас",
    "Сташ",
    "Тарас",
    "Терещ",
    "Тимч",
    "Ус",
    "Фед",
    "Хом",
    "Цим",
    "Чуб",
    "Шаповал",
    "Шкур",
    "Юрч",
    "Яц",
    "Андрущ",
    "Бабич",
    "Березн",
    "Бобр",
    "Богд",
    "Борис",
    "Вакул",
    "Гаврил",
    "Гнат",
    "Голов",
    "Грищ",
    "Гуц",
    "Дорош",
    "Дуд",
    "Єрем",
    "Жовт",
    "Зуб",
    "Іван",
    "Кисел",
]
UK_SUFFIXES = (
    "енко",
    "енко",
    "енко",
    "ук",
    "юк",
    "чук",
    "ишин",
    "ів",
    "ець",
    "ко",
    "ак",
    "ик",
    "ич",
    "ський",
    "ан",
)
RU_SURNAMES = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Воробьёв",
    "Сергеев",
    "Кузьмин",
    "Фролов",
    "Александров",
    "Дмитриев",
    "Королёв",
    "Гусев",
    "Киселёв",
    "Ильин",
    "Максимов",
    "Поляков",
    "Сорокин",
    "Виноградов",
    "Ковалёв",
    "Белов",
    "Медведев",
    "Антонов",
    "Тарасов",
    "Жуков",
    "Баранов",
    "Филиппов",
    "Комаров",
    "Давыдов",
    "Беляев",
    "Герасимов",
    "Богданов",
    "Осипов",
    "Сидоров",
    "Матвеев",
    "Титов",
    "Марков",
    "Миронов",
    "Крылов",
    "Куликов",
    "Карпов",
    "Власов",
    "Мельников",
    "Денисов",
    "Гаврилов",
    "Тихонов",
    "Казаков",
    "Афанасьев",
    "Данилов",
    "Савельев",
    "Тимофеев",
    "Фомин",
    "Чернов",
    "Абрамов",
    "Мартынов",
    "Ефимов",
    "Федотов",
    "Щербаков",
    "Назаров",
    "Калинин",
    "Исаев",
    "Чернышёв",
    "Быков",
    "Маслов",
    "Родионов",
    "Коновалов",
    "Лазарев",
    "Воронин",
    "Климов",
    "Филатов",
    "Пономарёв",
    "Голубев",
    "Кудрявцев",
    "Прохоров",
    "Наумов",
    "Потапов",
    "Журавлёв",
    "Овчинников",
    "Трофимов",
    "Леонов",
    "Соболев",
    "Ермаков",
    "Колесников",
    "Гончаров",
    "Емельянов",
    "Никифоров",
    "Грачёв",
    "Котов",
    "Гришин",
    "Ефремов",
    "Архипов",
    "Громов",
    "Кириллов",
    "Малышев",
    "Панов",
    "Моисеев",
    "Румянцев",
    "Акимов",
    "Кондратьев",
    "Бирюков",
    "Горбунов",
    "Анисимов",
    "Ерёмин",
    "Тихомиров",
    "Галкин",
    "Лукьянов",
    "Михеев",
    "Скворцов",
    "Юдин",
    "Белоусов",
    "Нестеров",
    "Симонов",
    "Прокофьев",
    "Харитонов",
    "Князев",
    "Цветков",
    "Левин",
    "Митрофанов",
    "Воронов",
    "Аксёнов",
    "Софронов",
    "Мальцев",
    "Логинов",
    "Горшков",
    "Савин",
    "Краснов",
    "Майоров",
    "Демидов",
    "Елисеев",
    "Рыбаков",
    "Сафонов",
    "Плотников",
    "Дьяченко",
    "Островский",
    "Жданов",
    "Высоцкий",
    "Троицкий",
    "Покровский",
    "Ковальский",
    "Успенский",
    "Рождественский",
]
RU_STEMS = (
    (
        "Баран Бел Бобр Вахр Вол Гордe Горб Дуд Ерш Жар Зим Кабан Кот Крот Лап Лис Мух Нос Окун Пес "
        "Рыж Сом Сыч Тетер Уш Хомяк Черн Шил Щег Юр Яст Бород Вихр Глад Держ Заб Кар Кудр Лом Мяс"
    )
    .replace("e", "е")
    .split()
)
RU_SUFFIXES = ("ов", "ов", "ев", "ин", "ский", "цев", "ых", "ёнок")

UK_PLACE_WEIGHTS = (
    ("Київ", 10), ("Харків", 6), ("Одеса", 5), ("Дніпро", 5), ("Запоріжжя", 4), ("Львів", 4),
    ("Донецьк", 4), ("Луганськ", 3), ("Маріуполь", 3), ("Миколаїв", 3), ("Херсон", 3),
    ("Полтава", 2), ("Чернігів", 2), ("Суми", 2), ("Житомир", 2), ("Вінниця", 2), ("Черкаси", 2),
    ("Кропивницький", 2), ("Рівне", 1), ("Луцьк", 1), ("Тернопіль", 1), ("Хмельницький", 1),
    ("Івано-Франківськ", 1), ("Чернівці", 1), ("Кременчук", 1), ("Кривий Ріг", 2),
    ("Краматорськ", 1), ("Слов'янськ", 1), ("Бахмут", 1), ("Мелітополь", 1), ("Бердянськ", 1),
    ("Ізюм", 1), ("Нікополь", 1), ("Біла Церква", 1), ("Горлівка", 1), ("Макіївка", 1),
)  # fmt: skip
RU_PLACE_WEIGHTS = (
    ("Москва", 5), ("Санкт-Петербург", 3), ("Ростов-на-Дону", 3), ("Воронеж", 2), ("Курськ", 2),
    ("Бєлгород", 2), ("Брянськ", 2), ("Таганрог", 1), ("Новосибірськ", 1), ("Єкатеринбург", 1),
    ("Краснодар", 2), ("Волгоград", 2),
)  # fmt: skip
VILLAGE_STEMS = [
    "Вишн",
    "Дуб",
    "Берез",
    "Сосн",
    "Калин",
    "Озер",
    "Зелен",
    "Степ",
    "Козач",
    "Нов",
    "Старо",
    "Пол",
    "Лип",
    "Вербов",
]
VILLAGE_SUFFIXES = ("івка", "енка", "ове", "ине", "ичі", "ани", "иця")

_RU_PLACES = {
    "Київ": "Киев", "Харків": "Харьков", "Одеса": "Одесса", "Дніпро": "Днепр",
    "Запоріжжя": "Запорожье", "Львів": "Львов", "Донецьк": "Донецк", "Луганськ": "Луганск",
    "Маріуполь": "Мариуполь", "Миколаїв": "Николаев", "Чернігів": "Чернигов", "Суми": "Сумы",
    "Вінниця": "Винница", "Черкаси": "Черкассы", "Кропивницький": "Кировоград", "Рівне": "Ровно",
    "Луцьк": "Луцк", "Тернопіль": "Тернополь", "Хмельницький": "Хмельницкий",
    "Івано-Франківськ": "Ивано-Франковск", "Чернівці": "Черновцы", "Кременчук": "Кременчуг",
    "Кривий Ріг": "Кривой Рог", "Краматорськ": "Краматорск", "Слов'янськ": "Славянск",
    "Мелітополь": "Мелитополь", "Бердянськ": "Бердянск", "Ізюм": "Изюм", "Нікополь": "Никополь",
    "Біла Церква": "Белая Церковь", "Горлівка": "Горловка", "Макіївка": "Макеевка",
    "Курськ": "Курск", "Бєлгород": "Белгород", "Брянськ": "Брянск", "Новосибірськ": "Новосибирск",
    "Єкатеринбург": "Екатеринбург",
}  # fmt: skip
_EN_PLACES = {"Київ": "Kiev", "Харків": "Kharkov", "Одеса": "Odessa", "Запоріжжя": "Zaporozhye",
              "Миколаїв": "Nikolaev", "Дніпро": "Dnepropetrovsk", "Кривий Ріг": "Krivoy Rog",
              "Москва": "Moscow", "Луганськ": "Lugansk", "Рівне": "Rovno"}  # fmt: skip

# Frequent given names get more weight: the draws follow the data file's order plus these.
_COMMON_MALE = {"Олександр": 9, "Сергій": 7, "Андрій": 7, "Дмитро": 6, "Володимир": 6,
                "Віталій": 4, "Юрій": 5, "Олексій": 5, "Микола": 5, "Іван": 5, "Максим": 4,
                "Віктор": 4, "Василь": 4, "Євген": 4, "Ігор": 4, "Михайло": 4, "Роман": 3}  # fmt: skip
_COMMON_FEMALE = {"Олена": 6, "Наталія": 6, "Ірина": 5, "Тетяна": 5, "Оксана": 5, "Світлана": 4,
                  "Юлія": 4, "Ганна": 4, "Катерина": 4, "Марія": 4}  # fmt: skip


#: How German, French and Polish mediators transliterate (Ukrainian forms for Ukrainian names,
#: Russian forms for Russian ones), letter by letter with the context rules that matter most.
_FOREIGN: dict[str, dict[str, str]] = {
    "de": {"а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "je",
           "ж": "sh", "з": "s", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l",
           "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
           "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ь": "",
           "ю": "ju", "я": "ja", "ы": "y", "э": "e", "ё": "jo", "ъ": "", "'": ""},
    "fr": {"а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie",
           "ж": "j", "з": "z", "и": "y", "і": "i", "ї": "ï", "й": "ï", "к": "k", "л": "l",
           "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou",
           "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ь": "",
           "ю": "iou", "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": "", "'": ""},
    "pl": {"а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je",
           "ж": "ż", "з": "z", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "ł",
           "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
           "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ь": "",
           "ю": "ju", "я": "ja", "ы": "y", "э": "e", "ё": "jo", "ъ": "", "'": ""},
}  # fmt: skip
_VOWELS_CYR = "аеєиіїоуюяыэё"
#: Latin letters that look like Cyrillic ones, for copy-paste noise.
_LOOK_CYR_TO_LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "і": "i",
                    "у": "y", "к": "k", "О": "O", "С": "C", "Р": "P", "К": "K", "Т": "T"}  # fmt: skip
_LOOK_LAT_TO_CYR = {v: k for k, v in _LOOK_CYR_TO_LAT.items()}


def foreign(text: str, lang: str, russian: bool) -> str:
    """``text`` (Cyrillic) as a German, French or Polish mediator writes it."""
    table = _FOREIGN[lang]
    out: list[str] = []
    lower = text.lower()
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        latin = table.get(ch, ch)
        if ch == "и" and russian:
            latin = "i"
        if lang == "de" and ch == "с" and prev in _VOWELS_CYR and nxt in _VOWELS_CYR:
            latin = "ss"
        if lang == "fr" and ch == "г" and nxt in "еиієї":
            latin = "gu"
        if lang == "fr" and ch == "с" and prev in _VOWELS_CYR and nxt in _VOWELS_CYR:
            latin = "ss"
        if lang == "pl" and ch == "л" and (nxt in "ьіяюєї" or (nxt == "и" and russian)):
            latin = "l"
        if lang == "pl" and ch == "е" and (not prev or prev in _VOWELS_CYR):
            latin = "je"
        if text[i].isupper():
            latin = latin[:1].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def lookalikes(text: str, rng: random.Random) -> str:
    """One or two letters swapped for the other script's look-alike (mixed keyboards)."""
    table = _LOOK_CYR_TO_LAT if translit.has_cyrillic(text) else _LOOK_LAT_TO_CYR
    spots = [i for i, ch in enumerate(text) if ch in table]
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 1, 2)))):
        text = text[:i] + table[text[i]] + text[i + 1 :]
    return text


@dataclass
class Person:
    """A true identity: native forms of every name in both languages."""

    key: int
    nation: str  # "uk" or "ru": the language the person's own documents use
    sex: str
    family_uk: str
    family_ru: str
    given: int  # row in the names table
    father: int
    birth: tuple[int, int, int]
    place: str  # Ukrainian name of a place or a village
    service: str
    unit: str
    #: A second surname (double-barrelled: Коваленко-Шевченко), Ukrainian and Russian forms.
    second: tuple[str, str] | None = None


@dataclass
class Dataset:
    records: list[PersonInput]
    requests: list[PersonInput]
    #: request id -> ids of the records of the same person (empty: the person is on no list).
    truth: dict[str, set[str]] = field(default_factory=dict)
    #: record id -> the person it is about (records sharing one are duplicates).
    person_of: dict[str, int] = field(default_factory=dict)


def _uk_to_ru(name: str) -> str:
    """How a Russian-speaking clerk writes a Ukrainian surname (Коломієць -> Коломиец)."""
    out = (
        name.replace("ьо", "ё").replace("ць", "ц").replace("ський", "ский").replace("цький", "цкий")
    )
    for uk, ru in (("і", "и"), ("ї", "и"), ("є", "е"), ("ґ", "г"), ("'", "ь")):
        out = out.replace(uk, ru)
    if len(out) % 2:  # many (not all) Ukrainian и become ы in Russian spelling
        out = out.replace("ри", "ры").replace("ли", "лы")
    return out


def _ru_to_uk(name: str) -> str:
    """How a Ukrainian clerk writes a Russian surname (Соловьёв -> Солов'йов)."""
    out = (
        name.replace("ьё", "'йо")
        .replace("ё", "ьо")
        .replace("ский", "ський")
        .replace("цкий", "цький")
    )
    out = out.replace("и", "і").replace("ы", "и").replace("э", "е").replace("ъ", "'")
    return out.replace("ій", "ій")


def _feminine(name: str) -> str:
    for masc, fem in (("ський", "ська"), ("цький", "цька"), ("ский", "ская"), ("цкий", "цкая"),
                      ("ий", "а"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ін", "іна"),
                      ("ин", "ина"), ("ын", "ына")):  # fmt: skip
        if name.endswith(masc):
            return name[: -len(masc)] + fem
    return name


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.table = default_table()
        rows = self.table.groups
        self.male = [g.index for g in rows if g.sex == "M"]
        self.female = [g.index for g in rows if g.sex == "F"]
        self.male_w = [
            _COMMON_MALE.get(rows[i].label, 1.0 / (1 + n / 12)) for n, i in enumerate(self.male)
        ]
        self.female_w = [
            _COMMON_FEMALE.get(rows[i].label, 1.0 / (1 + n / 12)) for n, i in enumerate(self.female)
        ]
        self.forms = _read_forms()
        uk = list(UK_SURNAMES) + [s + x for s in UK_STEMS for x in UK_SUFFIXES]
        ru = list(RU_SURNAMES) + [s + x for s in RU_STEMS for x in RU_SUFFIXES]
        self.uk_surnames, self.ru_surnames = uk, ru
        self.uk_w = [1.0 / (n + 100) for n in range(len(uk))]
        self.ru_w = [1.0 / (n + 60) for n in range(len(ru))]
        villages = [s + x for s in VILLAGE_STEMS for x in VILLAGE_SUFFIXES]
        self.uk_places = [p for p, _ in UK_PLACE_WEIGHTS] + villages
        self.uk_place_w = [float(w) for _, w in UK_PLACE_WEIGHTS] + [0.3] * len(villages)
        self.ru_places = [p for p, _ in RU_PLACE_WEIGHTS]
        self.ru_place_w = [float(w) for _, w in RU_PLACE_WEIGHTS]
        self.next_key = 0
        self.familiar = _read_familiar(self.table)

    # ---- people -------------------------------------------------------------------------
    def person(self) -> Person:
        rng = self.rng
        nation = "uk" if rng.random() < 0.72 else "ru"
        sex = "M" if rng.random() < 0.88 else "F"
        if nation == "uk":
            family_uk = rng.choices(self.uk_surnames, self.uk_w)[0]
            family_ru = _uk_to_ru(family_uk)
            place = rng.choices(self.uk_places, self.uk_place_w)[0]
        else:
            family_ru = rng.choices(self.ru_surnames, self.ru_w)[0]
            family_uk = _ru_to_uk(family_ru)
            place = rng.choices(self.ru_places, self.ru_place_w)[0]
        p = self._make(nation, sex, family_uk, family_ru, self._given(sex), self._given("M"),
                       self._birth(), place)  # fmt: skip
        if rng.random() < (0.08 if sex == "F" else 0.02):  # a double-barrelled surname
            if nation == "uk":
                other = rng.choices(self.uk_surnames, self.uk_w)[0]
                p.second = (other, _uk_to_ru(other))
            else:
                other = rng.choices(self.ru_surnames, self.ru_w)[0]
                p.second = (_ru_to_uk(other), other)
        return p

    def _given(self, sex: str) -> int:
        if sex == "M":
            return self.rng.choices(self.male, self.male_w)[0]
        return self.rng.choices(self.female, self.female_w)[0]

    def _birth(self, around: int | None = None) -> tuple[int, int, int]:
        rng = self.rng
        year = around if around is not None else rng.randint(1964, 2005)
        return year, rng.randint(1, 12), rng.randint(1, 28)

    def _make(self, nation: str, sex: str, family_uk: str, family_ru: str, given: int,
              father: int, birth: tuple[int, int, int], place: str) -> Person:  # fmt: skip
        rng = self.rng
        self.next_key += 1
        letters = "АБВГДЕКМНОПРСТ"
        service = f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(100000, 999999)}"
        unit = (
            f"в/ч А{rng.randint(1000, 4999)}"
            if nation == "uk"
            else f"в/ч {rng.randint(10000, 99999)}"
        )
        return Person(
            self.next_key,
            nation,
            sex,
            family_uk,
            family_ru,
            given,
            father,
            birth,
            place,
            service,
            unit,
        )

    def brother(self, p: Person) -> Person:
        """Same surname, father and birthplace; another given name and birth date (or a twin)."""
        rng = self.rng
        sex = "M" if rng.random() < 0.85 else "F"
        given = self._given(sex)
        while given == p.given:
            given = self._given(sex)
        if rng.random() < 0.08:
            birth = p.birth
        else:
            gap = rng.choice((-1, 1)) * rng.randint(1, 9)
            birth = self._birth(min(2005, max(1960, p.birth[0] + gap)))
        return self._make(p.nation, sex, p.family_uk, p.family_ru, given, p.father, birth, p.place)

    def namesake(self, p: Person) -> Person:
        """Same surname and given name (often the same father's name too), another birth."""
        rng = self.rng
        father = p.father if rng.random() < 0.5 else self._given("M")
        place = p.place if rng.random() < 0.3 else self.person().place
        around = p.birth[0] + rng.randint(-3, 3) if rng.random() < 0.5 else None
        birth = self._birth(around)
        while birth == p.birth:
            birth = self._birth(around)
        return self._make(p.nation, p.sex, p.family_uk, p.family_ru, p.given, father, birth, place)

    # ---- writing a person down ------------------------------------------------------------
    def render(self, p: Person, rid: str, side: str) -> PersonInput:
        """A record (side='record': an exchanged list, ICRC visit, media) or a request
        (side='request': what the family says), with that side's habits and mistakes."""
        rng = self.rng
        req = side == "request"
        own = p.nation
        roll = rng.random()
        if req:
            lang = (
                own if roll < 0.8 else ("ru" if own == "uk" else "uk") if roll < 0.88 else "latin"
            )
        else:
            lang = "ru" if roll < 0.38 else "uk" if roll < 0.7 else "latin"
        system = self._system(own)
        # Latin lists transliterate the form their clerk writes: Ukrainian systems the
        # Ukrainian forms, Russian systems the Russian forms (of Ukrainians' names too).
        if lang == "latin":
            forms = "uk" if system == "uk_kmu_2010" or (system == "adhoc" and own == "uk") else "ru"
        else:
            forms = lang
        family_native = p.family_uk if forms == "uk" else p.family_ru
        if p.sex == "F" and rng.random() > 0.05:
            family_native = _feminine(family_native)
        if p.second is not None:  # written whole, or only one half
            second = p.second[0 if forms == "uk" else 1]
            if p.sex == "F":
                second = _feminine(second)
            r = rng.random()
            family_native = (
                f"{family_native}-{second}" if r < 0.6 else family_native if r < 0.85 else second
            )
        given_native = str(self.forms[p.given][0 if forms == "uk" else 1])
        familiar = self.familiar.get(p.given, [])
        if familiar and rng.random() < (0.10 if req else 0.01):
            given_native = rng.choice(familiar)  # Саша, Вова, Женя: how families say it
        patr_native = self._patronymic(p, forms)
        family, given, patronymic = family_native, given_native, patr_native
        mediator = rng.choice(("de", "fr", "pl")) if rng.random() < 0.25 else None
        if lang == "latin" and mediator is not None:
            russian = forms == "ru"
            family = foreign(family_native, mediator, russian)
            given = foreign(given_native, mediator, russian)
            patronymic = foreign(patr_native, mediator, russian) if patr_native else None
        elif lang == "latin":
            family = self._latin(family_native, system)
            given = self._latin_given(given_native, p.given, system)
            patronymic = self._latin(patr_native, system) if patr_native else None
        typo = 0.10 if req else 0.05
        family = self._typo(family) if rng.random() < typo else family
        given = self._typo(given) if rng.random() < typo else given
        if patronymic and rng.random() < typo:
            patronymic = self._typo(patronymic)
        if rng.random() < (0.05 if req else 0.02):
            given = given[0] + "."
        if patronymic and rng.random() < 0.05:
            patronymic = patronymic[0] + "."
        if rng.random() < (0.30 if req else (0.5 if lang == "latin" else 0.12)):
            patronymic = None
        if rng.random() < (0.05 if req else 0.03):
            family, given = given, family
        if rng.random() < 0.04:  # copied between keyboards: Коваленкo with a Latin o
            family = lookalikes(family, rng)
        if rng.random() < 0.02:
            given = lookalikes(given, rng)
        if rng.random() < (0.05 if req else 0.06) and "." not in given:
            family, given, patronymic = self._one_cell(family, given, patronymic), None, None
        birth_date, list_date = self._written_date(self._date(p.birth, req), p.birth, req)
        return PersonInput(
            id=rid,
            family_name=family,
            given_name=given,
            patronymic=patronymic,
            sex=p.sex if rng.random() < (0.6 if req else 0.8) else None,
            birth_date=birth_date,
            list_date=list_date,
            birth_place=self._place(p.place, lang, req),
            service_number=self._service(p.service, req),
            unit=p.unit if rng.random() < (0.2 if req else 0.3) else None,
        )

    def _one_cell(self, family: str, given: str, patronymic: str | None) -> str:
        """The whole name in one cell, as lists and forms write it."""
        r = self.rng.random()
        if r < 0.45:
            return " ".join(x for x in (family.upper(), given, patronymic) if x)
        if r < 0.7:
            initials = " ".join(x[0] + "." for x in (given, patronymic) if x)
            return f"{family} {initials}"
        if patronymic:
            return f"{given} {patronymic} {family}"
        return f"{family} {given}"

    def _written_date(
        self, iso: str | None, birth: tuple[int, int, int], req: bool
    ) -> tuple[str | None, str | None]:
        """A date as the region's lists write it, and the list's date when it is an age."""
        rng = self.rng
        if iso is None:
            return None, None
        parts = [int(x) for x in iso.split("-")]
        r = rng.random()
        if len(parts) == 1:
            if req and r < 0.15:  # an age, on the request's date
                list_year, list_month = rng.randint(2022, 2025), rng.randint(1, 12)
                born = birth[:2]
                age = list_year - born[0] - (1 if born[1] > list_month else 0)
                word = rng.choice(("років", "роки", "лет", "years"))
                return f"{age} {word}", f"{list_year:04d}-{list_month:02d}-15"
            return (iso if r < 0.5 else f"{iso} р." if r < 0.75 else f"{iso} г."), None
        if len(parts) == 2:
            return (iso if r < 0.5 else f"{parts[1]:02d}.{parts[0]:04d}"), None
        y, m, d = parts
        if r < 0.35:
            return iso, None
        if r < 0.65:
            return f"{d:02d}.{m:02d}.{y:04d}", None
        if r < 0.73:
            return f"{d:02d}/{m:02d}/{y:04d}", None  # day <= 12: the reader keeps the year
        if r < 0.78:
            return f"{y:04d}.{m:02d}.{d:02d}", None
        if r < 0.83:
            return f"{d:02d}.{m:02d}.{y % 100:02d}", None
        if r < 0.88:
            return f"{d:02d}.{m:02d}.{y:04d} р.", None
        if not req and r < 0.96:  # a spreadsheet's date number
            return str((dt.date(y, m, d) - dt.date(1899, 12, 30)).days), None
        return iso, None

    def _system(self, nation: str) -> str:
        r = self.rng.random()
        if nation == "uk":
            return "uk_kmu_2010" if r < 0.6 else "adhoc" if r < 0.8 else "ru_icao_9303"
        return ("ru_icao_9303" if r < 0.45 else "ru_bgn_pcgn" if r < 0.65 else "ru_mvd_310"
                if r < 0.75 else "ru_mvd_782" if r < 0.85 else "adhoc")  # fmt: skip

    def _latin(self, text: str, system: str) -> str:
        if system == "adhoc":
            return _adhoc(translit.ukrainian(text) if translit.script_of(text) == "cyrillic_uk"
                          else translit.transliterate(text, "ru_bgn_pcgn"), self.rng)  # fmt: skip
        out = translit.transliterate(text, system)
        return out.replace("”", "").replace("’", "").replace("ё", "e").replace("·", "")

    def _latin_given(self, native: str, group: int, system: str) -> str:
        informal = self.forms[group][2]
        if informal and self.rng.random() < 0.3:
            return self.rng.choice(informal)
        return self._latin(native, system)

    def _patronymic(self, p: Person, lang: str) -> str | None:
        # Columns of ``_read_forms``: 3/4 Ukrainian masculine/feminine, 5/6 Russian.
        column = (3 if lang == "uk" else 5) + (p.sex == "F")
        value = self.forms[p.father][column]
        assert isinstance(value, str)
        return value or None

    def _typo(self, text: str) -> str:
        rng = self.rng
        if len(text) < 4:
            return text
        i = rng.randint(1, len(text) - 2)
        kind = rng.random()
        if kind < 0.35:
            pool = "аоеиінрстлвк" if translit.has_cyrillic(text) else "aoeiynrstlvk"
            return text[:i] + rng.choice(pool) + text[i + 1 :]
        if kind < 0.6:
            return text[:i] + text[i + 1 :]
        if kind < 0.8:
            return text[:i] + text[i] + text[i:]
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]

    def _date(self, birth: tuple[int, int, int], req: bool) -> str | None:
        rng = self.rng
        year, month, day = birth
        r = rng.random()
        if req:
            if r < 0.12:
                return None
            if r < 0.32:
                return f"{year:04d}"
            if r < 0.40:
                return f"{year:04d}-{month:02d}"
            r2 = rng.random()
            if r2 < 0.06 and day <= 12:
                return f"{year:04d}-{day:02d}-{month:02d}"
            if r2 < 0.10:
                slipped = year + rng.choice((-1, 1)) * (1 if rng.random() < 0.7 else 10)
                return f"{slipped:04d}-{month:02d}-{day:02d}"
            return f"{year:04d}-{month:02d}-{day:02d}"
        if r < 0.05:
            return None
        if r < 0.12:
            return f"{year:04d}"
        if r < 0.15:
            return f"{year:04d}-{month:02d}"
        if rng.random() < 0.03 and day <= 12:
            return f"{year:04d}-{day:02d}-{month:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}"

    def _place(self, place: str, lang: str, req: bool) -> str | None:
        rng = self.rng
        if rng.random() > (0.5 if req else 0.6):
            return None
        if lang == "ru":
            name = _RU_PLACES.get(place, _uk_to_ru(place))
            return ("г. " + name) if rng.random() < 0.2 else name
        if lang == "latin":
            return (
                _EN_PLACES.get(place)
                if place in _EN_PLACES and rng.random() < 0.5
                else translit.ukrainian(place)
            )
        return ("м. " + place) if rng.random() < 0.2 else place

    def _service(self, service: str, req: bool) -> str | None:
        rng = self.rng
        if rng.random() > (0.15 if req else 0.4):
            return None
        if rng.random() < 0.05:
            i = rng.randint(2, len(service) - 1)
            return service[:i] + str(rng.randint(0, 9)) + service[i + 1 :]
        return service if rng.random() < 0.5 else f"{service[:2]} {service[2:]}"


def _adhoc(latin: str, rng: random.Random) -> str:
    """Informal English-style spelling: -iy/-y endings, y for i, h/g, ya/yu."""
    out = latin
    for a, b in (
        ("ii", "iy"),
        ("iia", "iya"),
        ("ia", "ya"),
        ("iu", "yu"),
        ("ie", "ye"),
        ("kh", "h"),
        ("ts", "tz"),
    ):
        if a in out and rng.random() < 0.5:
            out = out.replace(a, b)
    if out.endswith("yi") and rng.random() < 0.5:
        out = out[:-2] + "y"
    return out


def _read_familiar(table: NameTable) -> dict[int, list[str]]:
    """Names-table row -> its familiar forms (``familiar_names.csv``)."""
    import csv
    import io

    from caseapp.resources import resource_path

    text = resource_path("names", "familiar_names.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out: dict[int, list[str]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        index = table.label_of.get(row["full"])
        if index is not None:
            out.setdefault(index, []).extend(f for f in row["familiar"].split("|") if f)
    return out


def _read_forms() -> list[tuple[str, str, list[str], str, str, str, str, str]]:
    """(uk, ru, informal Latin, uk patr m, uk patr f, ru patr m, ru patr f) per names-table row."""
    import csv
    import io

    from caseapp.resources import resource_path

    text = resource_path("names", "given_names.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out = []
    for row in csv.DictReader(io.StringIO("\n".join(lines))):

        def first(column: str, row: dict[str, str] = row) -> str:
            return (row.get(column) or "").split("|")[0]

        other = [f for f in (row.get("other_latin") or "").split("|") if f]
        out.append((first("uk"), first("ru"), other, first("uk_patronymic_m"), first("uk_patronymic_f"),
                    first("ru_patronymic_m"), first("ru_patronymic_f"), row["sex"]))  # fmt: skip
    return out  # type: ignore[return-value]


def generate(
    n_records: int, n_requests: int, seed: int = 20240601, no_true_share: float = 0.2
) -> Dataset:
    """Records for about ``n_records`` persons' list entries and ``n_requests`` requests."""
    gen = Generator(seed)
    rng = gen.rng
    listed: list[Person] = []
    records: list[PersonInput] = []
    record_ids: dict[int, list[str]] = {}

    def write_down(p: Person) -> None:
        listed.append(p)
        for _ in range(2 if rng.random() < 0.1 else 1):  # some are on two lists
            if len(records) < n_records:
                rid = f"R{len(records) + 1:07d}"
                records.append(gen.render(p, rid, "record"))
                record_ids.setdefault(p.key, []).append(rid)

    # Persons on the lists: some with a brother or a namesake on the lists too.
    while len(records) < n_records:
        p = gen.person()
        write_down(p)
        r = rng.random()
        if r < 0.12:
            write_down(gen.brother(p))
        elif r < 0.18:
            write_down(gen.namesake(p))
    listed = [p for p in listed if p.key in record_ids]
    requests: list[PersonInput] = []
    truth: dict[str, set[str]] = {}
    for i in range(n_requests):
        qid = f"Q{i + 1:07d}"
        if rng.random() < no_true_share:
            # Not on any list: often a brother or namesake of someone who is.
            base = rng.choice(listed)
            r = rng.random()
            p = gen.brother(base) if r < 0.35 else gen.namesake(base) if r < 0.6 else gen.person()
            truth[qid] = set()
        else:
            p = rng.choice(listed)
            truth[qid] = set(record_ids[p.key])
        requests.append(gen.render(p, qid, "request"))
    person_of = {rid: key for key, ids in record_ids.items() for rid in ids}
    return Dataset(records, requests, truth, person_of)
