"""Search keys: what the search index stores for a person, and what a typed query looks for.

A name is stored as the matching engine's spelling skeleton (``skeleton()``: Коваленко,
Kovalenko, Kowalenko and Коваленкo with a Latin o give one Latin string), so one trigram substring query finds a person
whatever script or transliteration was typed. Reference and service numbers keep their digits
(lower-cased letters and digits only), since a skeleton drops digits.

This module is pure (no database): ``caseapp/vault/connection.py`` registers ``search_keys`` as
the SQL function ``caseapp_keys`` on every connection, so the index triggers can compute keys.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from caseapp.matching.phonetic import skeleton
from caseapp.matching.translit import latin_lookalikes

_WORD = re.compile(r"\w+", re.UNICODE)


#: Names spelt in several ways; their keys change whenever the key function changes, so the
#: vault can tell that its index was built by another version and rebuild it.
_PROBES = (
    "Коваленко Олександр",
    "Kovalenko Oleksandr",
    "Коломієць Сергій",
    "Коломиец Сергей",
    "Білецька Юлія",
    "Shchur Khrystyna",
    "Лук'яненко Ярослав",
    "Дьяченко Фёдор",
    "PR-2024-AB12-00007",
    # Look-alike letters of the other script, mediators' spellings, codes in Cyrillic letters.
    "Коваленкo Пeтpo",
    "Schewtschenko Chevtchenko Szewczenko Łukjanenko Sascha",
    "АВ123456",
)


def _code(text: str) -> str:
    """Letters and digits of a number or reference, lower-cased, look-alike Cyrillic letters
    as Latin: 'PR-2024-AB12' -> 'pr2024ab12', 'АВ123456' -> 'ab123456'."""
    return "".join(ch for ch in latin_lookalikes(text).casefold() if ch.isalnum())


def search_keys(*values: object) -> str:
    """The index text for one person: skeletons of names, codes of anything holding digits."""
    out: list[str] = []
    for value in values:
        if not value or not isinstance(value, str):
            continue
        for word in _WORD.findall(value):
            if any(ch.isdigit() for ch in word):
                out.append(_code(word))
            else:
                key = skeleton(word).replace(" ", "")
                if key:
                    out.append(key)
    return " ".join(out)


def keys_fingerprint() -> str:
    """Identifies the key function's behaviour (not its code): stored with the index."""
    return hashlib.sha256(search_keys(*_PROBES).encode()).hexdigest()[:16]


#: Shortest key fragment the trigram index can look up.
MIN_TERM = 3


@dataclass(frozen=True)
class QueryTerms:
    """A typed query as index terms: ``long`` ones go to the trigram index, ``short`` ones are
    checked on the rows it found. Empty ``long`` means the query is too short to search."""

    long: tuple[str, ...]
    short: tuple[str, ...]

    @property
    def searchable(self) -> bool:
        return bool(self.long)


def query_terms(query: str) -> QueryTerms:
    """Terms for what the user has typed so far.

    The last word may still be half-typed, and a skeleton's last letters depend on the letters
    that follow (Коломі... -> 'kolomi', Коломієць -> 'kolome6'), so the final letter of an
    unfinished word of four or more key letters is dropped: the query then finds a little more
    while the user types, never less.
    """
    words = _WORD.findall(query)
    finished = not query or not query[-1].isalnum()
    terms: list[str] = []
    for position, word in enumerate(words):
        if any(ch.isdigit() for ch in word):
            key = _code(word)
        else:
            key = skeleton(word).replace(" ", "")
            last = position == len(words) - 1
            if last and not finished and len(key) >= 4:
                key = key[:-1]
        if key:
            terms.append(key)
    long = tuple(dict.fromkeys(t for t in terms if len(t) >= MIN_TERM))
    short = tuple(dict.fromkeys(t for t in terms if len(t) < MIN_TERM))
    return QueryTerms(long, short)


def fts_match(terms: QueryTerms) -> str:
    """An FTS5 MATCH expression: every long term as a quoted substring, all required."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms.long)
