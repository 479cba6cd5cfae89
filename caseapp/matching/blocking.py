"""Blocking keys: which records are worth scoring against a query at all.

A record is filed under several keys, each built to survive one kind of variation, so that the
true record shares at least one key with the query however it was written:

- ``fs:`` the spelling skeleton of the (masculine) family name and every skeleton one letter
  shorter: survives scripts, transliterations, feminine forms and one typo;
- ``fc:`` its consonant frame: survives the vowels Ukrainian and Russian spell differently
  (Білецький/Белецкий, Олійник/Олейник);
- ``gy:`` given name (its equivalence class) + birth year: survives a badly garbled family name;
- ``gm:`` given name + day and month of birth: survives a garbled family name together with
  a birth year that slipped (a list's 1991 for 1992);
- ``gp:`` given name + father's name: survives a missing or wrong birth date as well;
- ``fp:`` family frame prefix + father's name, ``gi:`` given name + the family name's first
  letter (looked up only when the query's family name is an initial);
- ``py:`` / ``pm:`` father's name + birth year / day and month: survive a surname written
  another way (or another surname) beside a given name written as an initial;
- ``fg:`` first letters of the family frame + given name, ``fh:`` first two letters of the
  family skeleton + given name, ``fi:`` its first three + given initial, ``fy:`` family frame +
  birth year: rank the true record above namesakes within a surname, and keep a misspelt
  surname with the right given name above a correct surname with the wrong one;
- ``s:`` the service number;
- ``bd:`` the full birth date: survives names garbled on both sides (a typo and swapped
  fields, an initial and a transliteration); a date is shared by a handful of records.

The query is keyed the same way, also with family and given name swapped. Candidates are ranked
by the summed weight of the keys they share with the query and the best few hundred are scored.
"""

from __future__ import annotations

from collections.abc import Iterator

from caseapp.matching.names import NamePart
from caseapp.matching.person import Prepared, PreparedName
from caseapp.matching.phonetic import consonants, deletions, masculine, unmerged_skeleton

#: Weight of a shared key of each kind when ranking candidates before scoring.
#: A family key counts once per candidate, the best one shared: the same skeleton, the same
#: consonant frame, or skeletons one edit apart. The other keys add up.
FAMILY_EXACT = 4.0
FAMILY_FRAME = 3.5
FAMILY_NEAR = 3.0
KEY_WEIGHTS = {
    "gy": 3.5,
    "gm": 3.0,
    "gi": 1.0,
    "py": 2.0,
    "pm": 2.0,
    "gp": 2.0,
    "fg": 2.5,
    "fh": 1.0,
    "fi": 1.5,
    "fy": 2.0,
    "fp": 2.0,
    "s": 10.0,
    "bd": 4.0,
}


def _given_ids(part: NamePart | None) -> tuple[str, ...]:
    """The name's row in the equivalence data (every row a familiar form may stand for), else
    its (masculine) skeleton: a surname read as a given name (swapped fields) keeps its
    feminine/masculine forms together."""
    if part is None or part.initial is not None:
        return ()
    if part.group is not None:
        return (f"#{part.group}",)
    if part.familiar:
        return tuple(f"#{group}" for group in sorted(part.familiar))
    return (masculine(part.skel),)


def _family_skeletons(name: PreparedName) -> list[str]:
    """The (masculine) family skeleton, and each half of a double surname on its own."""
    if name.family is None or name.family.initial is not None:
        return []
    words = name.family.masc.split()
    whole = "".join(words)
    return [whole, *(w for w in words if len(w) >= 4)] if len(words) > 1 else [whole]


def _unmerged_family(name: PreparedName) -> str | None:
    """The family skeleton with doubled letters kept, when the skeleton merged some: filed (and
    looked up) beside the skeleton's own keys, so a letter dropped between two copies of a vowel
    (Паасенко for Панасенко) stays one edit away."""
    if name.family is None or name.family.initial is not None:
        return None
    unmerged = masculine(unmerged_skeleton(name.family.raw)).replace(" ", "")
    return unmerged if unmerged != name.family.masc.replace(" ", "") else None


def _known_given(part: NamePart | None) -> bool:
    return part is not None and (part.group is not None or bool(part.familiar))


def _readings(prepared: Prepared) -> Iterator[PreparedName]:
    """A record's name forms as written and, where the fields look exchanged, also swapped: the
    family name field holds only an initial (or nothing) beside a whole given name
    (М. | Соловйець), or a known given name beside a word that is none (Volodimir | Makhko)."""
    for name, swapped in zip(prepared.names, prepared.swapped, strict=True):
        yield name
        if name.given is None or name.given.initial is not None:
            continue
        family_is_no_surname = name.family is None or name.family.initial is not None
        if family_is_no_surname or (_known_given(swapped.given) and not _known_given(name.given)):
            yield swapped


def _month_day(prepared: Prepared) -> str:
    birth = prepared.birth
    if birth is None or birth.day is None or birth.month is None:
        return ""
    return f"{birth.month:02d}{birth.day:02d}"


def _name_keys(
    name: PreparedName, year: str, month_day: str = "", *, query: bool = False
) -> Iterator[str]:
    """The keys of one reading of a name. ``gi:`` (given name + the family name's first
    letter) is looked up only by a query whose family name is an initial (Олександр Я. В.):
    it is long, and a whole family name has better keys."""
    givens = _given_ids(name.given)
    fathers = _given_ids(name.patronymic)
    family_initial = ""
    if name.family is not None and name.family.initial is not None:
        family_initial = name.family.initial[:1]
    elif name.family is not None and not query:
        family_initial = name.family.masc[:1]
    initial = None
    if name.given is not None:  # one letter: Я is "ia" as an initial, Yan starts with "i"
        initial = (name.given.initial or name.given.skel)[:1]
    for skel in _family_skeletons(name):
        family = consonants(skel)
        yield "fc:" + family
        for key in deletions(skel) if len(skel) >= 4 else (skel,):
            yield "fs:" + key
        if initial:
            yield f"fi:{skel[:3]}:{initial}"
        if year:
            yield f"fy:{family}:{year}"
        for given in givens:
            yield f"fg:{family[:3]}:{given}"
            yield f"fh:{skel[:2]}:{given}"
        for father in fathers:
            yield f"fp:{family[:3]}:{father}"
    for given in givens:
        if family_initial:
            yield f"gi:{given}:{family_initial}"
        if year:
            yield f"gy:{given}:{year}"
        if month_day:
            yield f"gm:{given}:{month_day}"
        for father in fathers:
            yield f"gp:{given}:{father}"
    for father in fathers:
        if year:
            yield f"py:{father}:{year}"
        if month_day:
            yield f"pm:{father}:{month_day}"


def record_keys(record: Prepared) -> set[str]:
    """Every key a record is filed under (all its name forms, as written)."""
    year = str(record.birth.year) if record.birth else ""
    keys: set[str] = set()
    month_day = _month_day(record)
    for name in _readings(record):
        keys.update(_name_keys(name, year, month_day))
        unmerged = _unmerged_family(name)
        if unmerged:
            keys.update("fs:" + key for key in deletions(unmerged))
    if record.service:
        keys.add("s:" + record.service)
    if record.birth is not None and record.birth.day is not None:
        keys.add(f"bd:{record.birth}")
    return keys


def query_keys(query: Prepared) -> tuple[dict[str, float], dict[str, float]]:
    """Keys to look up for a query (as written and swapped): the family keys, each with the
    weight it gives a candidate, best first; and the other keys with their weights."""
    year = str(query.birth.year) if query.birth else ""
    month_day = _month_day(query)
    family: dict[str, float] = {}
    exact: set[str] = set()
    others: dict[str, float] = {}
    for name in (*query.names, *query.swapped):
        exact.update("fs:" + skel for skel in _family_skeletons(name))
        unmerged = _unmerged_family(name)
        if unmerged:
            for key in deletions(unmerged):
                family.setdefault("fs:" + key, FAMILY_NEAR)
        for key in _name_keys(name, year, month_day, query=True):
            kind = key.split(":", 1)[0]
            if kind == "fs":
                family.setdefault(key, FAMILY_NEAR)
            elif kind == "fc":
                family[key] = FAMILY_FRAME
            else:
                others[key] = KEY_WEIGHTS[kind]
    for key in exact:
        family[key] = FAMILY_EXACT
    if query.service:
        others["s:" + query.service] = KEY_WEIGHTS["s"]
    if query.birth is not None and query.birth.day is not None:
        others[f"bd:{query.birth}"] = KEY_WEIGHTS["bd"]
    ordered = dict(sorted(family.items(), key=lambda item: -item[1]))
    return ordered, others
