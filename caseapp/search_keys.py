"""Search keys: what the search index stores for a person, and what a typed query looks for.

A name is stored as the matching engine's spelling skeleton (``skeleton()``: Коваленко,
Kovalenko, Kowalenko and Коваленкo with a Latin o give one Latin string) with the vowels that
Ukrainian and Russian spell differently folded (``vowel_key``: Олійник and Олейник give one
key), so one trigram substring query finds a person whatever script, transliteration or
Ukrainian/Russian form was typed. A typed given name or patronymic is looked up in the matcher's
equivalence table and becomes an OR of all its forms (Oleksandr finds Александр). Reference and service numbers keep their digits
(lower-cased letters and digits only), since a skeleton drops digits.

This module is pure (no database): ``caseapp/vault/connection.py`` registers ``search_keys`` as
the SQL function ``caseapp_keys`` on every connection, so the index triggers can compute keys.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from caseapp.matching.phonetic import skeleton, vowel_key
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
            key = _word_key(word)
            if key:
                out.append(key)
    return " ".join(out)


@lru_cache(maxsize=200_000)
def _word_key(word: str) -> str:
    """One word's key, cached: names repeat (a bundle import indexes 150k people)."""
    if any(ch.isdigit() for ch in word):
        return _code(word)
    return vowel_key(skeleton(word).replace(" ", ""))


def keys_fingerprint() -> str:
    """Identifies the key function's behaviour (not its code): stored with the index."""
    return hashlib.sha256(search_keys(*_PROBES).encode()).hexdigest()[:16]


#: Shortest key fragment the trigram index can look up.
MIN_TERM = 3


@dataclass(frozen=True)
class QueryTerms:
    """A typed query as index terms, each a tuple of alternatives (a given name's forms), all
    terms required: ``long`` ones go to the trigram index, ``short`` ones (an alternative under
    three letters) are checked on the rows it found. Empty ``long`` means the query is too
    short to search."""

    long: tuple[tuple[str, ...], ...]
    short: tuple[tuple[str, ...], ...]

    @property
    def searchable(self) -> bool:
        return bool(self.long)


def word_alternatives(word: str, unfinished: bool = False) -> tuple[str, ...]:
    """The index keys one typed word may match: its own key and, for a known given name or
    patronymic, those of every equivalent form.

    An unfinished word (still being typed) of four or more key letters loses its last letter,
    since a skeleton's last letters depend on the letters that follow (Коломі... -> 'kolomi',
    Коломієць -> 'kolome6'): the query then finds a little more while the user types, never
    less. A word that is already a whole known name is expanded even so ("Kovalenko Oleksandr"
    is searched as typed, before any space).
    """
    if any(ch.isdigit() for ch in word):
        code = _code(word)
        return (code,) if code else ()
    skel = skeleton(word).replace(" ", "")
    if not skel:
        return ()
    own = skel[:-1] if unfinished and len(skel) >= 4 else skel
    from caseapp.matching.names import equivalent_forms  # the table, not the storage layer

    _kind, forms = equivalent_forms(skel)
    keys = [vowel_key(own), *sorted(vowel_key(f.replace(" ", "")) for f in forms)]
    return tuple(dict.fromkeys(k for k in keys if k))


def query_terms(query: str) -> QueryTerms:
    """Terms for what the user has typed so far (see ``word_alternatives``)."""
    words = _WORD.findall(query)
    finished = not query or not query[-1].isalnum()
    terms: list[tuple[str, ...]] = []
    for position, word in enumerate(words):
        unfinished = position == len(words) - 1 and not finished
        alternatives = word_alternatives(word, unfinished)
        if alternatives and alternatives not in terms:
            terms.append(alternatives)
    long = tuple(t for t in terms if min(len(a) for a in t) >= MIN_TERM)
    short = tuple(t for t in terms if min(len(a) for a in t) < MIN_TERM)
    return QueryTerms(long, short)


def fts_match(terms: QueryTerms) -> str:
    """An FTS5 MATCH expression: each term a quoted substring (or an OR of its alternatives),
    all terms required."""

    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    return " AND ".join(
        "(" + " OR ".join(quoted(a) for a in alternatives) + ")" for alternatives in terms.long
    )


_DIGITS = re.compile(r"\d+")


def name_sort_key(text: str | None) -> str | None:
    """Sort key of a name: its script-free skeleton first, so Kovalenko and Коваленко sit
    together (registered as the SQL function ``caseapp_name_key``)."""
    if not text:
        return None
    return skeleton(text) + "\x00" + text.casefold()


def ref_sort_key(text: str | None) -> str | None:
    """Sort key of a reference: digit runs compared as numbers (…-99999 before …-100000)."""
    if not text:
        return None
    return _DIGITS.sub(lambda m: m.group().zfill(12), text)
