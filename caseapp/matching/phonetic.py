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

from caseapp.matching.translit import fix_mixed_script

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
#: Latin letters Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED: Final = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "đ": "d", "æ": "ae"})
_LATIN_WORD: Final = re.compile(r"[a-zß-ÿĀ-ſ]+")
_POLISH_LETTERS: Final = frozenset("łżśćńąę")
_POLISH_C: Final = re.compile("c(?![hzk])")
_FRENCH_GU: Final = re.compile("gu[eiyéï]")
#: How German, French and Polish mediators write Ukrainian and Russian sounds, rewritten to the
#: English-style spelling the skeleton rules expect (placeholders keep rewrites from feeding
#: each other: French "tch" is ч, its "ch" is ш).
_READINGS: Final = {
    "de": [
        (re.compile(p), r)
        for p, r in (("schtsch", "\x01"), ("tsch", "\x02"), ("sch", "\x03"), ("ch", "kh"),
                     ("z", "ts"), ("\x01", "shch"), ("\x02", "ch"), ("\x03", "sh"))
    ],
    "fr": [
        (re.compile(p), r)
        for p, r in (("tch", "\x02"), ("ch", "sh"), ("ou", "u"), ("dj", "dzh"), ("j", "zh"),
                     ("gu(?=[eiy])", "g"), ("\x02", "ch"))
    ],
    "pl": [
        (re.compile(p), r)
        for p, r in (("szcz", "\x01"), ("sz", "\x03"), ("cz", "\x02"), ("rz", "zh"), ("ż", "zh"),
                     ("ch", "kh"), ("c(?!h)", "ts"), ("ó", "u"), ("\x01", "shch"),
                     ("\x02", "ch"), ("\x03", "sh"))
    ],
}  # fmt: skip


def reading_of(word: str) -> str | None:
    """Which mediators' convention a lower-case Latin word follows, by letters only that
    convention writes: German ``tsch``, ``sch`` inside a word or with ``w`` (Schewtschenko,
    Sascha), French ``ou``/``tch``
    (Chevtchenko, Iouri), Polish ``sz``/``cz`` or its own letters (Szewczenko, Łukjanenko).
    None for the English-style spellings of passports and most lists."""
    if _POLISH_LETTERS.intersection(word) or "sz" in word or "cz" in word:
        return "pl"
    if "tsch" in word or "sch" in word[1:] or ("sch" in word and "w" in word):
        return "de"
    if "ou" in word or "tch" in word or _FRENCH_GU.search(word):
        return "fr"
    if "w" in word:  # German and Polish both write в as w; what follows tells them apart
        if "ch" in word or _POLISH_C.search(word):
            return "pl"  # ch = х, c = ц: Chodorkowski, Kuzniecow
        if "z" in word:
            return "de"  # z = ц: Kusnezow
    return None


def _reread(match: re.Match[str]) -> str:
    word = match.group(0)
    reading = reading_of(word)
    if reading is None:
        return word
    for pattern, replacement in _READINGS[reading]:
        word = pattern.sub(replacement, word)
    return word


def _latin_letters(text: str) -> str:
    lowered = _MARKS.sub("", fix_mixed_script(text).casefold())
    lowered = _LATIN_WORD.sub(_reread, lowered)
    lowered = lowered.translate(_UNDECOMPOSED).translate(_CYRILLIC_TABLE)
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
def unmerged_skeleton(text: str) -> str:
    """The skeleton before doubled letters are merged: a letter dropped between two copies of
    one vowel (Паасенко for Панасенко, Сокоов for Соколов) is one edit from the name here, two
    in the skeleton. Blocking files it too, so such a slip still shares a key."""
    s = _latin_letters(text)
    for pattern, replacement in _RULES[:-1]:
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


_SOFT_VOWELS = re.compile(r"[eio]+")


def vowel_key(skel: str) -> str:
    """A skeleton with the vowels Ukrainian and Russian spell differently (і/и/е/о, є/е, ё/о)
    folded to one letter: Олійник and Олейник give one key; a and u must agree. The matcher
    takes two surnames with one key as variants, and the search index stores these keys, so
    search and matcher share the rule."""
    return _SOFT_VOWELS.sub("e", skel)
