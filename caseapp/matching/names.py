"""Names: given-name equivalents and patronymics (from ``resources/names``), feminine surname
forms, typos and initials, compared field by field.

Each comparison returns a *code* (``name.russian_form``, ``name.typo``...) that says what kind of
agreement was found; ``scoring`` turns codes into weights and ``explain`` into sentences.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz.distance import OSA

from caseapp.matching import translit
from caseapp.matching.phonetic import deletions, initial_of, masculine, skeleton, vowel_key
from caseapp.resources import resource_path

#: Codes a name comparison can give, strongest agreement first.
SAME = "name.same"
TRANSLITERATION = "name.transliteration"
SPELLING = "name.spelling"
RUSSIAN_FORM = "name.russian_form"
UKRAINIAN_FORM = "name.ukrainian_form"
VARIANT = "name.variant"
FAMILIAR = "name.familiar"
FEMININE = "name.feminine_form"
MASCULINE = "name.masculine_form"
PART = "name.part"
TYPO = "name.typo"
INITIAL = "name.initial"
MISMATCH = "name.mismatch"
MISSING = "name.missing"

#: Russian passport systems used to derive Latin forms of the Russian names.
_RUSSIAN_SYSTEMS = (
    translit.RU_ICAO_9303,
    translit.RU_BGN_PCGN,
    translit.RU_MVD_310,
    translit.RU_MVD_782,
)


@dataclass(frozen=True)
class NameGroup:
    """One given name in all its forms (spelling skeletons); ``label`` is the Ukrainian form."""

    index: int
    sex: str
    label: str
    uk: frozenset[str]
    ru: frozenset[str]
    forms: frozenset[str]
    patronymic_uk: frozenset[str]
    patronymic_ru: frozenset[str]


def _csv_rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _uk_skeletons(cyrillic: list[str]) -> set[str]:
    return {skeleton(f) for f in cyrillic} | {skeleton(translit.ukrainian(f)) for f in cyrillic}


def _ru_skeletons(cyrillic: list[str]) -> set[str]:
    derived = {skeleton(translit.transliterate(f, s)) for f in cyrillic for s in _RUSSIAN_SYSTEMS}
    return {skeleton(f) for f in cyrillic} | derived


class NameTable:
    """The given-name and patronymic equivalence data, indexed by spelling skeleton.

    A skeleton claimed by two rows is ambiguous and left out (``conflicts`` lists them; the
    data tests keep the given-name list free of them).
    """

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.groups: list[NameGroup] = []
        self.by_skeleton: dict[str, int] = {}
        self.patronymics: dict[str, int] = {}
        self.conflicts: set[str] = set()
        self.patronymic_conflicts: set[str] = set()
        #: Interned name parts by (text, kind); see ``name_part``.
        self.parts: dict[tuple[str, str], NamePart | None] = {}
        for index, row in enumerate(rows):
            uk_cyr, ru_cyr = _split(row.get("uk")), _split(row.get("ru"))
            uk = _uk_skeletons(uk_cyr) | {skeleton(f) for f in _split(row.get("uk_latin"))}
            ru = _ru_skeletons(ru_cyr) | {skeleton(f) for f in _split(row.get("ru_latin"))}
            forms = uk | ru | {skeleton(f) for f in _split(row.get("other_latin"))}
            p_uk = _uk_skeletons(
                _split(row.get("uk_patronymic_m")) + _split(row.get("uk_patronymic_f"))
            )
            p_ru = _ru_skeletons(
                _split(row.get("ru_patronymic_m")) + _split(row.get("ru_patronymic_f"))
            )
            group = NameGroup(
                index=index,
                sex="F" if (row.get("sex") or "").lower() == "f" else "M",
                label=uk_cyr[0] if uk_cyr else ru_cyr[0],
                uk=frozenset(uk),
                ru=frozenset(ru),
                forms=frozenset(forms),
                patronymic_uk=frozenset(p_uk),
                patronymic_ru=frozenset(p_ru),
            )
            self.groups.append(group)
            self._claim(self.by_skeleton, forms, index, self.conflicts)
            self._claim(self.patronymics, p_uk | p_ru, index, self.patronymic_conflicts)
        for key in self.conflicts:
            self.by_skeleton.pop(key, None)
        #: Given-name skeletons and all one letter shorter -> rows: finds a name's row
        #: despite a typo (Нколай -> Николай).
        self.near: dict[str, set[int]] = {}
        for key, index in self.by_skeleton.items():
            if len(key) >= 4:
                for variant in deletions(key):
                    self.near.setdefault(variant, set()).add(index)
        for key in self.patronymic_conflicts:
            self.patronymics.pop(key, None)
        #: Familiar-form skeleton -> the rows it may stand for (Саша: Олександр, Олександра).
        self.familiar: dict[str, frozenset[int]] = {}
        self.label_of: dict[str, int] = {}
        for group in self.groups:
            for form in _split(rows[group.index].get("uk")):
                self.label_of.setdefault(form, group.index)

    def add_familiar(self, rows: list[dict[str, str]]) -> None:
        """Read the familiar-forms table (``familiar_names.csv``); a form that is a name of its
        own in the given-name data is left to that row."""
        claims: dict[str, set[int]] = {}
        for row in rows:
            index = self.label_of.get((row.get("full") or "").strip())
            if index is None:
                raise ValueError(f"familiar_names.csv: no given-name row for {row.get('full')!r}")
            cyrillic = _split(row.get("familiar"))
            for key in _uk_skeletons(cyrillic) | _ru_skeletons(cyrillic):
                if key and key not in self.by_skeleton and key not in self.conflicts:
                    claims.setdefault(key, set()).add(index)
        self.familiar = {key: frozenset(rows_) for key, rows_ in claims.items()}

    @staticmethod
    def _claim(table: dict[str, int], keys: set[str], index: int, conflicts: set[str]) -> None:
        for key in keys:
            if key in table and table[key] != index:
                conflicts.add(key)
            table[key] = index

    @classmethod
    def load(cls, path: Path | None = None) -> NameTable:
        file = path or resource_path("names", "given_names.csv")
        text = file.read_text(encoding="utf-8")
        table = cls(_csv_rows(text))
        familiar = file.parent / "familiar_names.csv"
        if familiar.exists():
            table.add_familiar(_csv_rows(familiar.read_text(encoding="utf-8")))
        return table

    def group_of(self, skel: str) -> NameGroup | None:
        index = self.by_skeleton.get(skel)
        return None if index is None else self.groups[index]

    def near_group_of(self, skel: str) -> NameGroup | None:
        """The one row with a form one edit from ``skel`` (a typo), or None if none or several."""
        if len(skel) < 4:
            return None
        rows = {i for variant in deletions(skel) for i in self.near.get(variant, ())}
        close = {
            i
            for i in rows
            if any(OSA.distance(skel, f, score_cutoff=1) <= 1 for f in self.groups[i].forms)
        }
        return self.groups[close.pop()] if len(close) == 1 else None

    def father_of(self, patronymic_skel: str) -> NameGroup | None:
        """The father's given name a patronymic is made from (Миколайович -> Микола)."""
        index = self.patronymics.get(patronymic_skel)
        return None if index is None else self.groups[index]


@cache
def default_table() -> NameTable:
    return NameTable.load()


@dataclass(frozen=True, slots=True, eq=False)
class NamePart:
    """One name field, prepared once: the text as written and its comparison keys.

    Interned per table (``name_part`` returns the same object for the same text), so it
    hashes and compares by identity: cheap keys for the comparison cache.
    """

    raw: str
    skel: str
    masc: str
    script: str
    initial: str | None
    group: int | None
    #: The group was found despite a typo: agreement through it is partial, not a match.
    fuzzy: bool = False
    #: A familiar form (Саша, Вова): the rows it may stand for; ``group`` is then None.
    familiar: frozenset[int] = frozenset()
    #: ``vowel_key(masc)``, computed once: every comparison of two surnames asks for it.
    vowels: str = ""

    @property
    def latin(self) -> bool:
        return self.script == "latin"

    @property
    def feminine(self) -> bool:
        return self.masc != self.skel


def name_part(raw: str | None, kind: str, table: NameTable) -> NamePart | None:
    """Prepare a family/given/patronymic value; ``kind`` selects the equivalence lookup."""
    text = " ".join(translit.fix_mixed_script(raw or "").split())
    if not text:
        return None
    key = (text, kind)
    if key not in table.parts:
        table.parts[key] = _make_part(text, kind, table)
    return table.parts[key]


def _make_part(text: str, kind: str, table: NameTable) -> NamePart | None:
    letter = initial_of(text)
    skel = skeleton(text)
    if not skel:
        return None
    group: NameGroup | None = None
    fuzzy = False
    familiar: frozenset[int] = frozenset()
    if letter is None and kind == "given":
        group = table.group_of(skel)
        if group is None:
            familiar = table.familiar.get(skel, frozenset())
        if group is None and not familiar:
            group = table.near_group_of(skel)
            fuzzy = group is not None
    elif letter is None and kind == "patronymic":
        group = table.father_of(skel)
    script = translit.script_of(text)
    masc = masculine(skel) if kind == "family" else skel
    return NamePart(
        raw=text,
        skel=skel,
        masc=masc,
        script=script,
        initial=skeleton(letter) if letter else None,
        group=None if group is None else group.index,
        fuzzy=fuzzy,
        familiar=familiar,
        vowels=vowel_key(masc),
    )


def _typo(a: str, b: str) -> bool:
    """One edit apart, or two in a long name: a slip of the pen, not another name."""
    distance = OSA.distance(a, b, score_cutoff=2)
    return (
        distance <= 1
        or (distance == 2 and min(len(a), len(b)) >= 8)
        or (distance == 2 and _merged_slip(a, b))
    )


def _merged_slip(a: str, b: str) -> bool:
    """One letter dropped or mistyped beside a copy of its neighbour, which the skeleton then
    merges (Паасенко: "pasenko" for "panasenko", Сокоов for Соколов): one slip as written, two
    letters missing in the skeleton."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    if len(long) - len(short) != 2:
        return False
    i = 0
    while i < len(short) and long[i] == short[i]:
        i += 1
    if long[:i] + long[i + 2 :] != short:
        return False
    lost = long[i : i + 2]
    neighbours = short[max(0, i - 1) : i + 1]
    return any(letter in neighbours for letter in lost)


def _vowel_variant(a: str, b: str) -> bool:
    """Differ only where Ukrainian and Russian spell the vowels differently (і/и/е/о, є/е, ё/о:
    Білецький/Белецкий, Олійник/Олейник, Ковальов/Ковалёв); a and u must agree."""
    return a != b and vowel_key(a) == vowel_key(b)


def equivalent_forms(skel: str, table: NameTable | None = None) -> tuple[str, frozenset[str]]:
    """Every skeleton the matcher takes for the same given name or patronymic as ``skel``
    (Oleksandr: Олександр, Александр, Alexander…; Петрович: Петрович, Petrovych…), with what it
    is ("given" or "patronymic"); ("", {}) for a word that is neither (a surname)."""
    table = table or default_table()
    group = table.group_of(skel)
    if group is not None:
        return "given", group.forms
    familiar = table.familiar.get(skel)
    if familiar:
        return "given", frozenset({skel}).union(*(table.groups[i].forms for i in familiar))
    father = table.father_of(skel)
    if father is not None:
        return "patronymic", father.patronymic_uk | father.patronymic_ru
    return "", frozenset()


def _near(a: NamePart, b: NamePart, table: NameTable) -> bool:
    """A typo of the other name, or of any known form of it (Oleksnadr ~ Александр)."""
    known = a if a.group is not None else b if b.group is not None else None
    if known is None:
        return _typo(a.masc, b.masc)
    other = b if known is a else a
    assert known.group is not None
    return any(_typo(form, other.skel) for form in table.groups[known.group].forms | {known.skel})


def _initial_fits(initial: str, other: NamePart, table: NameTable) -> bool:
    if other.initial is not None:
        return other.initial == initial
    forms = {other.skel}
    if other.group is not None:
        forms |= table.groups[other.group].forms
    return any(form.startswith(initial) for form in forms)


def _russianness(skel: str, uk: frozenset[str], ru: frozenset[str]) -> int:
    return (skel in ru) - (skel in uk)


def _form_code(a: NamePart, b: NamePart, kind: str, table: NameTable) -> str:
    """How two forms of one name relate, seen from ``a`` (Александр vs Олександр: Russian)."""
    if a.group is not None:
        group = table.groups[a.group]
        uk, ru = (
            (group.patronymic_uk, group.patronymic_ru)
            if kind == "patronymic"
            else (group.uk, group.ru)
        )
        a_rank, b_rank = _russianness(a.skel, uk, ru), _russianness(b.skel, uk, ru)
        if a_rank > b_rank and a.skel in ru and b.skel in uk:
            return RUSSIAN_FORM
        if a_rank < b_rank and a.skel in uk and b.skel in ru:
            return UKRAINIAN_FORM
    return _script_code(a, b)


def _script_code(a: NamePart, b: NamePart) -> str:
    """Same name in two writings: by script (Cyrillic vs Latin, Ukrainian vs Russian letters)."""
    if a.latin != b.latin:
        return TRANSLITERATION
    if not a.latin and a.script != b.script:
        if a.script == "cyrillic_ru" or b.script == "cyrillic_uk":
            return RUSSIAN_FORM
        if a.script == "cyrillic_uk" or b.script == "cyrillic_ru":
            return UKRAINIAN_FORM
    return SPELLING


def compare(a: NamePart | None, b: NamePart | None, kind: str, table: NameTable) -> str:
    """The code for one name field of ``a`` (the candidate record) against ``b`` (the query)."""
    if a is None or b is None:
        return MISSING
    if a.initial is not None or b.initial is not None:
        initial, other = (a.initial, b) if a.initial is not None else (b.initial, a)
        assert initial is not None
        return INITIAL if _initial_fits(initial, other, table) else MISMATCH
    if a.skel == b.skel:
        if a.raw.casefold() == b.raw.casefold():
            return SAME
        if a.group is not None:
            return _form_code(a, b, kind, table)
        return _script_code(a, b)
    if a.group is not None and a.group == b.group:
        return TYPO if a.fuzzy or b.fuzzy else _form_code(a, b, kind, table)
    if (
        (a.group is not None and a.group in b.familiar)
        or (b.group is not None and b.group in a.familiar)
        or not a.familiar.isdisjoint(b.familiar)
    ):
        return FAMILIAR
    if kind == "family" and a.vowels == b.vowels:  # the same, or a vowel variant
        if a.feminine != b.feminine:
            return FEMININE if a.feminine else MASCULINE
        code = _script_code(a, b)
        return code if a.masc == b.masc or code != SPELLING else VARIANT
    if a.group is not None and b.group is not None and not (a.fuzzy or b.fuzzy):
        return MISMATCH  # two known, different names: brothers, not a typo
    if _near(a, b, table):
        return TYPO
    if " " in a.skel or " " in b.skel:
        # A double name (Коваленко-Шевченко) against one of its halves, as written or with
        # the Ukrainian/Russian vowels (Білецька-Коваль / Белецкая).
        a_words, b_words = a.masc.split(), b.masc.split()
        if any(x == y or _vowel_variant(x, y) for x in a_words for y in b_words):
            return PART
    return MISMATCH


def infer_sex(given: NamePart | None, patronymic: NamePart | None, table: NameTable) -> str | None:
    """Sex from the given name's data row, else from the patronymic ending (-вна / -вич); a
    row found only through a typo (Мшіа) yields to the patronymic's ending."""
    if given is not None and given.group is not None and not given.fuzzy:
        return table.groups[given.group].sex
    if given is not None and given.familiar:
        sexes = {table.groups[i].sex for i in given.familiar}
        if len(sexes) == 1:
            return sexes.pop()
    if patronymic is not None and patronymic.initial is None:
        if patronymic.skel.endswith(("na", "ni4na")):
            return "F"
        if patronymic.skel.endswith("4"):
            return "M"
    if given is not None and given.group is not None:
        return table.groups[given.group].sex
    return None


@dataclass(frozen=True)
class NameSplit:
    """A whole name written in one cell, read as its parts; ``how`` says what decided it
    (``capitals``, ``initials``, ``patronymic``, ``name_table``, ``order``)."""

    family: str | None
    given: str | None
    patronymic: str | None
    how: str

    def text(self) -> str:
        """The parts as "family | given | patronymic" (a missing part is "-")."""
        return " | ".join(part or "-" for part in (self.family, self.given, self.patronymic))


_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}$|^[^\W\d_]\.?$")
_PATRONYMIC_ENDINGS = ("ovi4", "evi4", "ini4na", "ivna", "ovna", "evna", "i4na", "ovi4a")


def _tokens(text: str) -> list[str]:
    """Words of a name cell; glued initials (О.П.) become one token each."""
    out: list[str] = []
    for word in text.replace(",", " ").split():
        if _INITIALS.match(word) and word.count(".") > 1:
            out.extend(part + "." for part in word.split(".") if part)
        else:
            out.append(word)
    return out


def _is_initial(token: str) -> bool:
    return bool(_INITIALS.match(token))


def _is_patronymic(token: str, table: NameTable) -> bool:
    skel = skeleton(token)
    return table.father_of(skel) is not None or (
        len(skel) > 6 and skel.endswith(_PATRONYMIC_ENDINGS)
    )


def _is_given(token: str, table: NameTable) -> bool:
    skel = skeleton(token)
    return table.group_of(skel) is not None or skel in table.familiar


def split_full_name(text: str | None, table: NameTable) -> NameSplit | None:
    """Read ``КОВАЛЕНКО Олександр Петрович``, ``Kovalenko O. P.``, ``О.П. Коваленко``,
    ``Ivan A. Zabolenko`` or ``Олександр Петрович Коваленко`` as family, given name and patronymic, by the shape of the
    words (a surname in capitals, initials, a patronymic's ending) and by the name tables.

    None when the cell holds one word, or when nothing tells the words apart (two surnames
    without a hyphen may be a double surname: better left whole than split wrongly).
    """
    tokens = _tokens(translit.fix_mixed_script(text or ""))
    if not 2 <= len(tokens) <= 4:
        return None

    def by_order(family_at: int, how: str) -> NameSplit:
        rest = [t for i, t in enumerate(tokens) if i != family_at]
        return NameSplit(
            tokens[family_at], rest[0] if rest else None, " ".join(rest[1:]) or None, how
        )

    letters = [t for t in tokens if not _is_initial(t)]
    capitals = [i for i, t in enumerate(tokens) if t.isupper() and sum(c.isalpha() for c in t) > 1]
    if len(capitals) == 1 and len(letters) > 1:
        return by_order(capitals[0], "capitals")
    if len(letters) == 1 and len(tokens) > 1:  # Kovalenko O. P. / О. П. Коваленко
        return by_order(tokens.index(letters[0]), "initials")
    # Ivan A. Zabolenko / Олександр С. Грицик: the Western order, a middle initial between the
    # given name and the surname; not when only the last word is a known given name.
    if [_is_initial(t) for t in tokens] == [False, True, False] and (
        _is_given(tokens[0], table) or not _is_given(tokens[2], table)
    ):
        return NameSplit(tokens[2], tokens[0], tokens[1], "initials")
    patronymic = [i for i, t in enumerate(tokens) if _is_patronymic(t, table)]
    if len(tokens) == 3 and len(patronymic) == 1:
        p = patronymic[0]
        if p == 1:  # Олександр Петрович Коваленко
            return NameSplit(tokens[2], tokens[0], tokens[1], "patronymic")
        if p == 2:  # Коваленко Олександр Петрович
            return NameSplit(tokens[0], tokens[1], tokens[2], "patronymic")
    if len(tokens) == 2:
        given = [i for i, t in enumerate(tokens) if _is_given(t, table)]
        if len(given) == 1:
            g = given[0]
            return NameSplit(tokens[1 - g], tokens[g], None, "name_table")
    return None
