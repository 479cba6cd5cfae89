"""Script-free comparison keys for names: one spelling skeleton for all the ways a name is written.

Олександр, Oleksandr and Olexander; Коломієць, Коломиец and Kolomiyets; Сергій, Serhii, Sergiy
differ by script, transliteration system and informal habit, not by the person. The skeleton
maps them to one Latin spelling by collapsing exactly those differences (г/h/g, и/ы/y/i, є/ye/ie/e,
x/ks, -iy/-yi/-y/-i, doubled letters, soft signs and apostrophes), so that what is left to
compare is what really differs. Digraphs become one symbol each (kh -> "2", zh -> "3", ch -> "4",
sh -> "5", ts -> "6", shch -> "1") so that an edit distance counts sounds, not letters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

#: One Latin value per Cyrillic letter (Ukrainian and Russian), before the Latin reductions.
_CYRILLIC: Final = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
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
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_CYRILLIC_TABLE: Final = str.maketrans(_CYRILLIC)

# Ordered: digraphs before their letters are reduced, y/j before the vowel rules.
_RULES: Final = [
    (re.compile(p), r)
    for p, r in (
        (r"shch|szcz|shh|(?<!t)sch", "1"),
        (r"zgh", "zg"),
        (r"kh", "2"),
        (r"zh", "3"),
        (r"ch|cz", "4"),
        (r"sh|sz", "5"),
        (r"ts|tz", "6"),
        (r"ph", "f"),
        (r"h", "g"),
        (r"ck", "k"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"x", "ks"),
        (r"q", "k"),
        (r"w", "v"),
        (r"[jy]", "i"),
        (r"ii+", "i"),
        (r"ie", "e"),
        (r"(?<=[^aeiou ])io", "e"),
        (r"(.)\1+", r"\1"),
    )
]
_NOT_LETTERS: Final = re.compile(r"[^a-z]+")
_VOWELS: Final = re.compile(r"[aeiou ]")
_FEMININE: Final = [
    (re.compile(p), r)
    for p, r in (
        (r"([s6z2])kaia\b", r"\1ki"),  # -ская/-цкая/-skaya -> -ski
        (r"([s6])ka\b", r"\1ki"),  # -ська/-цька (Ukrainian) -> -ski
        (r"([oe])va\b", r"\1v"),  # -ова/-ева -> -ов/-ев
        (r"([^aeiou])ina\b", r"\1in"),  # -ина/-ына -> -ин/-ын
    )
]


_MARKS: Final = re.compile("['’ʼ`ʹʺ\"”“]")


def _latin_letters(text: str) -> str:
    lowered = _MARKS.sub("", text.casefold()).translate(_CYRILLIC_TABLE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_LETTERS.sub(" ", plain).strip()


@lru_cache(maxsize=200_000)
def skeleton(text: str) -> str:
    """The spelling skeleton of a name in any script ('' for no letters); words keep a space."""
    s = _latin_letters(text)
    for pattern, replacement in _RULES:
        s = pattern.sub(replacement, s)
    return s


@lru_cache(maxsize=200_000)
def masculine(skel: str) -> str:
    """A surname skeleton with feminine endings turned masculine (Білецька -> Білецький).

    Used for both sides of a comparison and for blocking, so a woman's surname finds her
    brother's and father's records and lists that wrote the masculine form by mistake.
    """
    for pattern, replacement in _FEMININE:
        skel = pattern.sub(replacement, skel)
    return skel


@lru_cache(maxsize=200_000)
def consonants(skel: str) -> str:
    """The consonant frame of a skeleton: vowels differ most between Ukrainian and Russian forms
    (Білецький/Белецкий, Олійник/Олейник) and in typos, so blocking keys ignore them."""
    frame = _VOWELS.sub("", skel)
    return frame if len(frame) >= 2 else skel.replace(" ", "")


def deletions(key: str) -> set[str]:
    """``key`` and every string one character shorter: two keys within one edit share one."""
    out = {key}
    if len(key) > 2:
        out.update(key[:i] + key[i + 1 :] for i in range(len(key)))
    return out


def initial_of(text: str) -> str | None:
    """The letter of a name given as an initial ("О.", "O", "о"), or None if it is a name."""
    letters = [c for c in text if c.isalpha()]
    return letters[0] if len(letters) == 1 else None
