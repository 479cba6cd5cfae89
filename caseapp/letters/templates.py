"""Letter templates: editable text files in ``resources/letters`` with named ``{fields}``.

One file per kind and language (``confirmation_held.uk.txt``) plus ``common.<lang>.txt`` for the
words every letter shares (labels, closing, page numbers). Format::

    # comment lines start with '#'
    version: 3
    subject: Підтвердження отримання вашого запиту
    ---
    The body. Each line is printed as a line (long lines wrap);
    an empty line starts a new paragraph.

The register records ``template_version`` as ``<version>/<common version>-<hash>``: the hash of
both files' text, so a letter made from an edited template whose version was not raised can
still be told apart from the original.
"""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass
from pathlib import Path

from caseapp.errors import BadInput
from caseapp.letters.grammar import agree
from caseapp.letters.kinds import COMMON_FIELDS, OPTIONAL_FIELDS, get_kind
from caseapp.resources import resource_path

#: Keys ``common.<lang>.txt`` must define, and the fields each may use.
COMMON_KEYS: dict[str, frozenset[str]] = {
    "our_ref": frozenset(),
    "your_ref": frozenset(),
    "date": frozenset(),
    "page": frozenset({"page", "pages"}),
    "closing": frozenset(),
    "ref_pending": frozenset(),
    "person_born": frozenset({"name", "birth_date", "birth_date_long"}),
    "contact": frozenset({"contact"}),
    "privacy": frozenset({"relative", "relative_gen", "relative_acc"}),
    "free": frozenset({"relative", "relative_gen", "relative_acc"}),
    "free_after_death": frozenset(),
    "replaces": frozenset({"ref", "date"}),
}
#: "2026 р.." after a date that ends a sentence: one full stop is enough.
_ABBREVIATED_END = re.compile(r"(\s[рг]\.)\.")
#: A body line that is exactly this starts the reply slip, printed at the foot of the letter.
SLIP = "8<"
#: A body line starting with this is printed only when every field in it has a value.
OPTIONAL_LINE = "? "


class TemplateError(BadInput):
    """A template file is missing or malformed (an edit went wrong); names the file, not data."""


@dataclass(frozen=True)
class Template:
    kind: str
    lang: str
    version: str
    subject: str
    body: str
    fields: frozenset[str]
    #: The closing formula when this kind needs its own ("Зі щирим співчуттям,"); "" = common.
    closing: str = ""

    def fill(self, values: dict[str, str], sex: str | None = None) -> tuple[str, str]:
        """(subject, body) with every field replaced, ``[[m|f]]`` chosen by the sought person's
        sex, and ``? `` lines dropped when a field in them is empty; the caller has checked that
        no required field is missing."""
        lines = []
        for line in self.body.split("\n"):
            if line.startswith(OPTIONAL_LINE):
                line = line[len(OPTIONAL_LINE) :]
                if any(not values.get(name) for name in _fields(line, self.kind)):
                    continue
            lines.append(line)
        body = _ABBREVIATED_END.sub(r"\1", agree("\n".join(lines), sex).format_map(values))
        return agree(self.subject, sex).format_map(values), body


@dataclass(frozen=True)
class CommonText:
    lang: str
    version: str
    texts: dict[str, str]

    def get(self, key: str, **values: object) -> str:
        text = self.texts[key]
        return text.format_map(values) if values else text


def template_dir() -> Path:
    return resource_path("letters")


def _fields(text: str, where: str) -> set[str]:
    """Names used as ``{name}``; anything fancier (``{a.b}``, ``{a!r}``, ``{a:>5}``) is refused."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise TemplateError(
            f"{where}: unbalanced braces (write {{{{ and }}}} for literal braces)."
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise TemplateError(f"{where}: '{{{name}}}' is not a plain field name.")
        names.add(name)
    return names


def _read(path: Path) -> tuple[dict[str, str], str, str]:
    """(header values, body, raw text) of one template file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raise TemplateError(f"Letter template {path.name} is missing or unreadable.") from None
    header: dict[str, str] = {}
    lines = raw.replace("\r\n", "\n").split("\n")
    body_start = len(lines)
    for index, line in enumerate(lines):
        if line.startswith("#"):
            continue
        if line.strip() == "---":
            body_start = index + 1
            break
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise TemplateError(f"{path.name}, line {index + 1}: expected 'name: value' or '---'.")
        header[key.strip()] = value.strip()
    body_lines = [line.rstrip() for line in lines[body_start:] if not line.startswith("#")]
    return header, "\n".join(body_lines).strip("\n"), raw


def _version(header: dict[str, str], name: str) -> str:
    version = header.get("version", "")
    if not version:
        raise TemplateError(f"{name}: the 'version:' line is missing.")
    return version


_common_cache: dict[tuple[Path, int], tuple[CommonText, str]] = {}
_template_cache: dict[tuple[Path, int, str], Template] = {}


def load_common(lang: str, folder: Path | None = None) -> CommonText:
    return _load_common((folder or template_dir()) / f"common.{lang}.txt", lang)[0]


def _load_common(path: Path, lang: str) -> tuple[CommonText, str]:
    """(words shared by every letter in ``lang``, the file's text for the version hash)."""
    key = (path, _mtime(path))
    hit = _common_cache.get(key)
    if hit is not None:
        return hit
    header, _body, raw = _read(path)
    version = _version(header, path.name)
    missing = [k for k in COMMON_KEYS if not header.get(k)]
    if missing:
        raise TemplateError(f"{path.name}: missing {', '.join(missing)}.")
    for name, allowed in COMMON_KEYS.items():
        unknown = _fields(header[name], path.name) - allowed
        if unknown:
            raise TemplateError(
                f"{path.name}: '{name}' cannot use {{{', '.join(sorted(unknown))}}}."
            )
    _common_cache[key] = (CommonText(lang, version, {k: header[k] for k in COMMON_KEYS}), raw)
    return _common_cache[key]


def load_template(kind: str, lang: str, folder: Path | None = None) -> Template:
    """The template for ``kind`` in ``lang``; re-read when a file changes (organisations edit)."""
    spec = get_kind(kind)
    folder = folder or template_dir()
    path = folder / f"{kind}.{lang}.txt"
    common, common_raw = _load_common(folder / f"common.{lang}.txt", lang)
    key = (path, _mtime(path), common_raw)
    hit = _template_cache.get(key)
    if hit is not None:
        return hit
    header, body, raw = _read(path)
    version = _version(header, path.name)
    subject = header.get("subject", "")
    if not subject or not body:
        raise TemplateError(f"{path.name}: needs a 'subject:' line and a body after '---'.")
    used = _fields(subject, path.name) | _fields(body, path.name)
    allowed = set(COMMON_FIELDS) | set(OPTIONAL_FIELDS) | set(spec.fields)
    unknown = used - allowed
    if unknown:
        raise TemplateError(
            f"{path.name}: unknown field(s) {', '.join(sorted(unknown))}; "
            f"this kind may use {', '.join(sorted(allowed))}."
        )
    digest = hashlib.sha256((raw + "\0" + common_raw).encode("utf-8")).hexdigest()[:8]
    template = Template(
        kind=kind,
        lang=lang,
        version=f"{version}/{common.version}-{digest}",
        subject=subject,
        body=body,
        fields=frozenset(used),
        closing=header.get("closing", ""),
    )
    _template_cache[key] = template
    return template


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        raise TemplateError(f"Letter template {path.name} is missing or unreadable.") from None
