"""Cyrillic -> Latin transliteration systems met on lists, passports and in the media.

Each system is a small table applied letter by letter, with the context rules the standards
define (word-initial forms, the letter before or after). The Ukrainian 2010 table (Cabinet of
Ministers resolution No. 55) is what Ukrainian passports use; ICAO Doc 9303 is what Russian
passports use since 2013; BGN/PCGN, GOST 7.79 and the older Russian passport systems (MVD 310 of
1997, MVD 782 of 2000) turn up in media, mediators' lists and old documents. Matching needs all
of them because the same person is written differently by each side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Final

#: Apostrophes Ukrainian writes inside words (Мар'їне); they belong to the word, so a letter
#: after one is not word-initial, and they are not rendered in Latin.
APOSTROPHES: Final = "'’ʼ`"

_BASE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
}


@dataclass(frozen=True)
class System:
    """One transliteration table with its context rules.

    ``prev`` maps "previous letter + letter" (previous is empty at the start of a word) and
    ``next`` maps "letter + next letter" to the Latin for the letter; ``letters`` is the plain
    table. The first rule that applies wins, in that order (the convention of the iuliia schemas).
    """

    name: str
    letters: MappingProxyType[str, str]
    prev: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    next: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))


def _system(
    name: str,
    letters: dict[str, str],
    prev: dict[str, str] | None = None,
    next_: dict[str, str] | None = None,
) -> System:
    return System(
        name,
        MappingProxyType(letters),
        MappingProxyType(prev or {}),
        MappingProxyType(next_ or {}),
    )


#: Ukrainian national system, Cabinet of Ministers of Ukraine resolution No. 55 of 27.01.2010.
UK_KMU_2010: Final = _system(
    "uk_kmu_2010",
    {
        **_BASE,
        "г": "h",
        "ґ": "g",
        "е": "e",
        "є": "ie",
        "и": "y",
        "і": "i",
        "ї": "i",
        "й": "i",
        "ь": "",
        "ю": "iu",
        "я": "ia",
        **dict.fromkeys(APOSTROPHES, ""),
    },
    # Word-initial forms, and "зг" -> "zgh" so that it is not read as "ж".
    prev={"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "зг": "gh"},
)

_RU_ICAO = {
    **_BASE,
    "ё": "e",
    "й": "i",
    "ъ": "ie",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}

#: ICAO Doc 9303 (Russian foreign passports since 2013). Its table also covers the Ukrainian
#: letters (і, ї -> i; є -> ie; ґ -> g), which Russian-side clerks meet in Ukrainian names.
RU_ICAO_9303: Final = _system("ru_icao_9303", {**_RU_ICAO, "і": "i", "ї": "i", "є": "ie", "ґ": "g"})

_VOWELS_RU = "аеёиоуъыьэюя"

#: BGN/PCGN 1947 for Russian (media, maps, many English-language lists).
RU_BGN_PCGN: Final = _system(
    "ru_bgn_pcgn",
    {
        **_BASE,
        "ё": "ё",
        "й": "y",
        "ъ": "”",
        "ы": "y",
        "ь": "’",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    prev={
        "е": "ye",
        **{f"{v}е": "ye" for v in _VOWELS_RU + "й"},
        "ё": "yё",
        **{f"{v}ё": "yё" for v in _VOWELS_RU + "й"},
        **{f"{v}ы": "·y" for v in "аеёиоуыэюя"},
        **{f"{c}э": "·e" for c in "бвгджзклмнпрстфхцчшщ"},
    },
    next_={
        **{f"й{v}": "y·" for v in "ауыэ"},
        **{f"ы{v}": "y·" for v in "ауыэ"},
        "тс": "t·",
        "шч": "sh·",
    },
)

#: GOST 7.79-2000 system B (ASCII only; Russian bibliographic and some official use).
RU_GOST_779_B: Final = _system(
    "ru_gost_779_b",
    {
        **_BASE,
        "ё": "yo",
        "й": "j",
        "х": "x",
        "ц": "cz",
        "щ": "shh",
        "ъ": "``",
        "ы": "y`",
        "ь": "`",
        "э": "e`",
        "ю": "yu",
        "я": "ya",
    },
    next_={"це": "c", "ци": "c", "цй": "c", "цы": "c"},
)

#: Russian internal-passport system of 1997 (MVD order 310): older foreign passports.
RU_MVD_310: Final = _system(
    "ru_mvd_310",
    {
        **_BASE,
        "ё": "e",
        "й": "y",
        "ъ": '"',
        "ы": "y",
        "ь": "'",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    prev={"ье": "ye", "ъе": "ye"},
    next_={"ье": "", "ъе": ""},
)

#: Russian passport system of 2000 (MVD order 782): foreign passports issued 2000-2010.
RU_MVD_782: Final = _system(
    "ru_mvd_782",
    {
        **_BASE,
        "ё": "yo",
        "й": "y",
        "ъ": "'",
        "ы": "y",
        "ь": "'",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    prev={
        **{f"{v}е": "ye" for v in "аеёиоуъыьэюя"},
        **{f"{c}ё": "ye" for c in "бвгдзклмнпрстфхц"},
        **{f"{c}ё": "e" for c in "жчшщ"},
        "ьи": "yi",
    },
    next_={"ъе": "", "ье": "", "ъё": "", "ьё": "", "ьи": ""},
)

SYSTEMS: Final[dict[str, System]] = {
    s.name: s
    for s in (UK_KMU_2010, RU_ICAO_9303, RU_BGN_PCGN, RU_GOST_779_B, RU_MVD_310, RU_MVD_782)
}

_UKRAINIAN_ONLY = frozenset("ґєіїҐЄІЇ")
_RUSSIAN_ONLY = frozenset("ёъыэЁЪЫЭ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(rf"[\w{APOSTROPHES}]+")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def script_of(text: str) -> str:
    """'cyrillic_uk', 'cyrillic_ru' (or undecided 'cyrillic'), 'latin', or '' for no letters.

    Only letters that exist in one alphabet decide (і, ї, є, ґ are Ukrainian; ё, ъ, ы, э Russian):
    many names are written identically in both.
    """
    if has_cyrillic(text):
        chars = set(text)
        if chars & _UKRAINIAN_ONLY:
            return "cyrillic_uk"
        if chars & _RUSSIAN_ONLY:
            return "cyrillic_ru"
        return "cyrillic"
    return "latin" if any(c.isalpha() for c in text) else ""


def _word(word: str, system: System) -> str:
    lower = word.lower()
    all_caps = word.isupper() and sum(c.isalpha() for c in word) > 1
    out: list[str] = []
    for i, char in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        latin = system.prev.get(prev + char)
        if latin is None:
            latin = system.next.get(char + nxt)
        if latin is None:
            latin = system.letters.get(char, char)
        if word[i].isupper():
            latin = latin.upper() if all_caps else latin[:1].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def transliterate(text: str, system: System | str) -> str:
    """``text`` in Latin letters by ``system``; characters outside the table pass unchanged.

    Case follows the source: a capital gives a title-case digraph (Щ -> Shch), a word in
    capitals stays in capitals (ЩЕРБАК -> SHCHERBAK), as passports print it.
    """
    table = SYSTEMS[system] if isinstance(system, str) else system
    return _WORD.sub(lambda m: _word(m.group(0), table), text)


@cache
def ukrainian(text: str) -> str:
    """The Ukrainian national transliteration of 2010 (KMU No. 55)."""
    return transliterate(text, UK_KMU_2010)


@cache
def russian_icao(text: str) -> str:
    """ICAO Doc 9303 for Russian."""
    return transliterate(text, RU_ICAO_9303)


#: Latin letters that look like Cyrillic ones (and the reverse): text copied between keyboards
#: mixes them inside one word (Коваленкo with a Latin o, Kovalenkо with a Cyrillic о).
_LOOKALIKES: Final = {
    "A": "А", "a": "а", "B": "В", "C": "С", "c": "с", "E": "Е", "e": "е", "H": "Н", "I": "І",
    "i": "і", "K": "К", "k": "к", "M": "М", "O": "О", "o": "о", "P": "Р", "p": "р", "T": "Т",
    "X": "Х", "x": "х", "y": "у", "Y": "У", "ï": "ї", "Ï": "Ї",
}  # fmt: skip
_TO_CYRILLIC: Final = str.maketrans(_LOOKALIKES)
_TO_LATIN: Final = str.maketrans({cyr: lat for lat, cyr in _LOOKALIKES.items()})
_LATIN_LOOKALIKES: Final = frozenset(_LOOKALIKES)
_CYRILLIC_LOOKALIKES: Final = frozenset(_LOOKALIKES.values())
_ANY_WORD: Final = re.compile(r"[^\W\d_]+", re.UNICODE)


def _fix_word(word: str) -> str:
    cyrillic = [c for c in word if "\u0400" <= c <= "\u04ff"]
    if not cyrillic or len(cyrillic) == len(word):
        return word  # one script only (the common case)
    latin = [c for c in word if c not in cyrillic]
    cyr_own = sum(c not in _CYRILLIC_LOOKALIKES for c in cyrillic)
    lat_own = sum(c.isalpha() and c not in _LATIN_LOOKALIKES for c in latin)
    if cyr_own and not lat_own:
        return word.translate(_TO_CYRILLIC)
    if lat_own and not cyr_own:
        return word.translate(_TO_LATIN)
    if not cyr_own and not lat_own:  # every letter is a look-alike: the majority decides
        return word.translate(_TO_CYRILLIC if len(cyrillic) >= len(latin) else _TO_LATIN)
    return word  # letters only one script has on both sides: leave it to the comparison


def latin_lookalikes(text: str) -> str:
    """Cyrillic letters that look Latin as Latin ones (АВ 123456 -> AB 123456): for codes such
    as service and reference numbers, which are Latin on one list and Cyrillic on another."""
    return text.translate(_TO_LATIN)


@cache
def fix_mixed_script(text: str) -> str:
    """Each word in one script: look-alike letters of the other script inside a word are
    replaced by the word's own (``Коваленкo`` -> ``Коваленко``, ``Kovalenkо`` -> ``Kovalenko``).

    Runs before anything compares or indexes a name, a place or a unit. A word whose own letters
    come from both scripts (``Kovalенко``) is left as written.
    """
    if not has_cyrillic(text) or text.isascii():
        return text
    return _ANY_WORD.sub(lambda m: _fix_word(m.group(0)), text)
