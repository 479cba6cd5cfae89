"""Grammar for letters: greetings, the relative named by relationship and sex, agreement.

Why our own rules: the Ukrainian vocative of given names and patronymics is regular enough for a
short rule set plus a table of exceptions (``VOCATIVE_EXCEPTIONS``); Russian letters greet with
name and patronymic in the nominative, so need no declension at all. (``shevchenko-py`` is not
in the package index we can use, and ``petrovich`` declines Russian names, which the Russian
greeting does not need; see docs/letters.md.) When the enquirer's sex is neither recorded nor
clear from the patronymic or the relationship, the greeting is neutral ("Добрий день!").
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from caseapp.matching.translit import has_cyrillic, russian_icao, script_of, ukrainian
from caseapp.resources import resource_path

#: Given names whose vocative the rules below would get wrong.
VOCATIVE_EXCEPTIONS = {
    "Ілля": "Ілле",
    "Федір": "Федоре",
    "Яків": "Якове",
    "Антін": "Антоне",
    "Григір": "Григоре",
    "Сидір": "Сидоре",
    "Нестір": "Несторе",
    "Любов": "Любове",
    "Марко": "Марку",
    "Лев": "Леве",
    "Гліб": "Глібе",
    "Ігор": "Ігоре",
    "Кармен": "Кармен",
    "Нінель": "Нінель",
    "Ірен": "Ірен",
}
_VOWELS = "аеєиіїоуюяь'’ʼ"
_HUSHING = "жчшщ"

_PATRONYMIC_F = re.compile(r"(івна|ївна|овна|евна|ична|інічна|инична)$")
_PATRONYMIC_M = re.compile(r"(ович|евич|йович|ьович|ич)$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff'’ʼ-]+$")

#: Relationship words (what the enquirer is to the sought person) -> what the sought person is
#: to the enquirer, and the enquirer's sex when the word tells it.
_RELATION = {
    "parent": ("child", None),
    "мати": ("child", "F"),
    "мама": ("child", "F"),
    "мать": ("child", "F"),
    "mother": ("child", "F"),
    "батько": ("child", "M"),
    "тато": ("child", "M"),
    "отец": ("child", "M"),
    "папа": ("child", "M"),
    "father": ("child", "M"),
    "дружина": ("spouse", "F"),
    "жена": ("spouse", "F"),
    "wife": ("spouse", "F"),
    "чоловік": ("spouse", "M"),
    "муж": ("spouse", "M"),
    "husband": ("spouse", "M"),
    "сестра": ("sibling", "F"),
    "sister": ("sibling", "F"),
    "брат": ("sibling", "M"),
    "brother": ("sibling", "M"),
    "донька": ("parent", "F"),
    "дочка": ("parent", "F"),
    "дочь": ("parent", "F"),
    "daughter": ("parent", "F"),
    "син": ("parent", "M"),
    "сын": ("parent", "M"),
    "son": ("parent", "M"),
    "бабуся": ("grandchild", "F"),
    "баба": ("grandchild", "F"),
    "бабушка": ("grandchild", "F"),
    "grandmother": ("grandchild", "F"),
    "дідусь": ("grandchild", "M"),
    "дід": ("grandchild", "M"),
    "дедушка": ("grandchild", "M"),
    "grandfather": ("grandchild", "M"),
}

#: (relation, sex) -> nominative, genitive, accusative, dative, instrumental.
_NOUNS: dict[str, dict[tuple[str, str], tuple[str, str, str, str, str]]] = {
    "uk": {
        ("child", "M"): ("син", "сина", "сина", "синові", "сином"),
        ("child", "F"): ("донька", "доньки", "доньку", "доньці", "донькою"),
        ("spouse", "M"): ("чоловік", "чоловіка", "чоловіка", "чоловікові", "чоловіком"),
        ("spouse", "F"): ("дружина", "дружини", "дружину", "дружині", "дружиною"),
        ("sibling", "M"): ("брат", "брата", "брата", "братові", "братом"),
        ("sibling", "F"): ("сестра", "сестри", "сестру", "сестрі", "сестрою"),
        ("parent", "M"): ("батько", "батька", "батька", "батькові", "батьком"),
        ("parent", "F"): ("мати", "матері", "матір", "матері", "матір’ю"),
        ("grandchild", "M"): ("онук", "онука", "онука", "онукові", "онуком"),
        ("grandchild", "F"): ("онука", "онуки", "онуку", "онуці", "онукою"),
        ("relative", "M"): ("родич", "родича", "родича", "родичеві", "родичем"),
        ("relative", "F"): ("родичка", "родички", "родичку", "родичці", "родичкою"),
    },
    "ru": {
        ("child", "M"): ("сын", "сына", "сына", "сыну", "сыном"),
        ("child", "F"): ("дочь", "дочери", "дочь", "дочери", "дочерью"),
        ("spouse", "M"): ("муж", "мужа", "мужа", "мужу", "мужем"),
        ("spouse", "F"): ("жена", "жены", "жену", "жене", "женой"),
        ("sibling", "M"): ("брат", "брата", "брата", "брату", "братом"),
        ("sibling", "F"): ("сестра", "сестры", "сестру", "сестре", "сестрой"),
        ("parent", "M"): ("отец", "отца", "отца", "отцу", "отцом"),
        ("parent", "F"): ("мать", "матери", "мать", "матери", "матерью"),
        ("grandchild", "M"): ("внук", "внука", "внука", "внуку", "внуком"),
        ("grandchild", "F"): ("внучка", "внучки", "внучку", "внучке", "внучкой"),
        ("relative", "M"): ("родственник", "родственника", "родственника", "родственнику",
                            "родственником"),
        ("relative", "F"): ("родственница", "родственницы", "родственницу", "родственнице",
                            "родственницей"),
    },
    "en": {
        ("child", "M"): ("son",) * 5,
        ("child", "F"): ("daughter",) * 5,
        ("spouse", "M"): ("husband",) * 5,
        ("spouse", "F"): ("wife",) * 5,
        ("sibling", "M"): ("brother",) * 5,
        ("sibling", "F"): ("sister",) * 5,
        ("parent", "M"): ("father",) * 5,
        ("parent", "F"): ("mother",) * 5,
        ("grandchild", "M"): ("grandson",) * 5,
        ("grandchild", "F"): ("granddaughter",) * 5,
        ("relative", "M"): ("relative",) * 5,
        ("relative", "F"): ("relative",) * 5,
    },
}  # fmt: skip
#: "your" and "one's own" by sex: nominative, genitive, accusative, dative, instrumental.
_YOUR = {
    "uk": {
        "M": ("ваш", "вашого", "вашого", "вашому", "вашим"),
        "F": ("ваша", "вашої", "вашу", "вашій", "вашою"),
    },
    "ru": {
        "M": ("ваш", "вашего", "вашего", "вашему", "вашим"),
        "F": ("ваша", "вашей", "вашу", "вашей", "вашей"),
    },
    "en": {"M": ("your",) * 5, "F": ("your",) * 5},
}
_OWN = {
    "uk": {
        "M": ("свій", "свого", "свого", "своєму", "своїм"),
        "F": ("своя", "своєї", "свою", "своїй", "своєю"),
    },
    "ru": {
        "M": ("свой", "своего", "своего", "своему", "своим"),
        "F": ("своя", "своей", "свою", "своей", "своей"),
    },
    "en": {"M": ("your",) * 5, "F": ("your",) * 5},
}
CASES = ("nom", "gen", "acc", "dat", "ins")

_GREETING = {
    "uk": {"M": "Шановний {name}!", "F": "Шановна {name}!", None: "Добрий день!"},
    "ru": {"M": "Уважаемый {name}!", "F": "Уважаемая {name}!", None: "Здравствуйте!"},
    "en": {"M": "Dear Mr {name},", "F": "Dear Ms {name},", None: "Dear {name},"},
}
_GREETING_NAMED_NEUTRAL = {"uk": "Добрий день, {name}!", "ru": "Здравствуйте, {name}!"}
_UK_TITLE = {"M": "пане", "F": "пані"}
_RU_TITLE = {"M": "господин", "F": "госпожа"}


@dataclass(frozen=True)
class ParsedName:
    given: str = ""
    patronymic: str = ""
    family: str = ""


@functools.lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Given names (Ukrainian, Russian and Latin spellings) from the matching name table."""
    names: set[str] = set()
    path = resource_path("names", "given_names.csv")
    with open(path, encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(rows):
        for column in ("uk", "ru", "uk_latin", "ru_latin", "other_latin"):
            for name in (row.get(column) or "").split("|"):
                if name.strip():
                    names.add(name.strip().casefold())
    return frozenset(names)


def parse_name(full: str) -> ParsedName:
    """Given name, patronymic and family name from one name as typed, in any usual order
    ("Коломієць Ганна Григорівна", "Ганна Григорівна Коломієць", "Hanna Kolomiiets",
    "KOLOMIIETS, Hanna"). Unknown parts stay empty rather than guessed."""
    text = " ".join(full.replace(",", " , ").split())
    if " , " in f" {text} ":  # "FAMILY, Given [Patronymic]"
        family, _, rest = text.partition(" , ")
        parts = rest.replace(",", " ").split()
        given = parts[0] if parts else ""
        patronymic = parts[1] if len(parts) > 1 and _is_patronymic(parts[1]) else ""
        return ParsedName(given, patronymic, family.strip())
    words = text.split()
    for i, word in enumerate(words):
        if i > 0 and _is_patronymic(word):
            others = words[: i - 1] + words[i + 1 :]
            return ParsedName(words[i - 1], word, " ".join(others))
    if len(words) == 1:
        return ParsedName(family=words[0])
    known = known_given_names()
    first, last = words[0], words[-1]
    if first.isupper() and not last.isupper():
        return ParsedName(given=" ".join(words[1:]), family=first)
    if last.isupper() and not first.isupper():
        return ParsedName(given=" ".join(words[:-1]), family=last)
    if _base(first) in known and _base(last) not in known:
        return ParsedName(given=first, family=" ".join(words[1:]))
    if _base(last) in known and _base(first) not in known:
        return ParsedName(given=last, family=" ".join(words[:-1]))
    return ParsedName()


def latin(text: str) -> str:
    """A Cyrillic name in Latin letters for an English letter, as a passport would print it:
    the Ukrainian national system (KMU 2010), or ICAO for a name only Russian spelling has."""
    if not has_cyrillic(text):
        return text
    return russian_icao(text) if script_of(text) == "cyrillic_ru" else ukrainian(text)


def _base(word: str) -> str:
    return word.split("-")[0].casefold()


def _is_patronymic(word: str) -> bool:
    lower = word.casefold()
    return bool(_PATRONYMIC_F.search(lower) or _PATRONYMIC_M.search(lower)) and len(lower) > 5


def sex_from_name(parsed: ParsedName) -> str | None:
    lower = parsed.patronymic.casefold()
    if _PATRONYMIC_F.search(lower):
        return "F"
    if _PATRONYMIC_M.search(lower):
        return "M"
    return None


def relation_of(relationship: str | None) -> tuple[str, str | None]:
    """(what the sought person is to the enquirer, the enquirer's sex if the word tells it)."""
    word = (relationship or "").strip().casefold().split(" ")[0] if relationship else ""
    return _RELATION.get(word, ("relative", None))


def vocative_uk(word: str, sex: str) -> str:
    """Ukrainian vocative of a given name or patronymic (hyphenated parts each declined)."""
    if "-" in word:
        return "-".join(vocative_uk(part, sex) for part in word.split("-"))
    if word in VOCATIVE_EXCEPTIONS:
        return VOCATIVE_EXCEPTIONS[word]
    if not _CYRILLIC.match(word) or len(word) < 2:
        return word
    lower = word.casefold()
    if lower.endswith("ич"):
        return word + "у"
    if lower.endswith("на") and _PATRONYMIC_F.search(lower):
        return word[:-1] + "о"
    last, before = lower[-1], lower[-2]
    if last == "а":
        return word[:-1] + ("е" if before in _HUSHING else "о")
    if last == "я":
        if before in _VOWELS or before == "й":
            return word[:-1] + "є"
        return word[:-1] + "ю" if sex == "F" else word[:-1] + "е"
    if sex == "F":
        return word  # foreign and consonant-final women's names do not decline
    if last in "йь":
        return word[:-1] + "ю"
    if last == "о":
        return word[:-1] + ("у" if before == "к" else "е")
    if last in "гкх":
        return word + "у"
    if last in "еєиіїую":
        return word
    return word + "е"


def greeting(lang: str, enquirer_name: str, sex: str | None, override: str | None = None) -> str:
    """The letter's greeting: «Шановна Ганно Григорівно!», «Уважаемая Анна Григорьевна!»,
    "Dear Ms Kolomiiets,"; neutral when the sex is unknown or the name cannot be read."""
    if override:
        if sex in ("M", "F"):
            return (
                _GREETING[lang][sex].format(name=override)
                if lang != "en"
                else (f"Dear {override},")
            )
        return _GREETING_NAMED_NEUTRAL.get(lang, "Dear {name},").format(name=override)
    parsed = parse_name(enquirer_name)
    sex = sex or sex_from_name(parsed)
    if lang == "en":
        if sex in ("M", "F") and parsed.family:
            return _GREETING["en"][sex].format(name=_title_case(latin(parsed.family)))
        return _GREETING["en"][None].format(name=latin(" ".join(enquirer_name.split())))
    if sex not in ("M", "F"):
        return _GREETING[lang][None]
    cyrillic = bool(parsed.given and _CYRILLIC.match(parsed.given))
    if lang == "uk":
        if cyrillic and parsed.patronymic:
            name = f"{vocative_uk(parsed.given, sex)} {vocative_uk(parsed.patronymic, sex)}"
        elif cyrillic:
            name = f"{_UK_TITLE[sex]} {vocative_uk(parsed.given, sex)}"
        else:
            return _GREETING[lang][None]
        return _GREETING["uk"][sex].format(name=name)
    if cyrillic and parsed.patronymic:
        name = f"{parsed.given} {parsed.patronymic}"
    elif parsed.family and _CYRILLIC.match(parsed.family.replace(" ", "")):
        name = f"{_RU_TITLE[sex]} {_title_case(parsed.family)}"
    else:
        return _GREETING[lang][None]
    return _GREETING["ru"][sex].format(name=name)


def _title_case(family: str) -> str:
    """ "KOLOMIIETS" -> "Kolomiiets" for a greeting (hyphen parts kept)."""
    if family.isupper():
        return "-".join(p[:1] + p[1:].lower() for p in family.split("-"))
    return family


def relative_forms(lang: str, relationship: str | None, sex: str | None) -> dict[str, str]:
    """Template fields naming the sought person by relationship, agreeing in sex and case:
    ``relative`` ("ваш син"), ``relative_gen`` ("вашого сина"), ``relative_acc``,
    ``relative_dat``, ``relative_ins`` ("вашим сином"), ``own_relative_acc`` ("свого сина"),
    ``own_relative_ins`` ("своїм сином"), ``relative_noun`` ("син")."""
    relation, _ = relation_of(relationship)
    sex = sex if sex in ("M", "F") else "M"
    nouns = _NOUNS[lang][(relation, sex)]
    out = {"relative_noun": nouns[0]}
    for i, case in enumerate(CASES):
        key = "relative" if case == "nom" else f"relative_{case}"
        out[key] = f"{_YOUR[lang][sex][i]} {nouns[i]}"
        if case in ("acc", "ins", "gen"):
            out[f"own_relative_{case}"] = f"{_OWN[lang][sex][i]} {nouns[i]}"
    return out


_ALTERNATIVE = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]|]*)\]\]")


def agree(text: str, sex: str | None) -> str:
    """``[[masculine|feminine]]`` in a template, chosen by the sought person's sex (masculine
    when unknown, as the generic form)."""
    index = 2 if sex == "F" else 1
    return _ALTERNATIVE.sub(lambda m: m.group(index), text)
