"""Check a built one-folder app as a field laptop would run it: no source tree, no Python.

    python packaging/check_package.py dist/caseapp

The folder is copied into a temporary directory and run from another working directory with a
bare environment (no PYTHONPATH, PYTHONHOME, virtualenv or source path; HOME and the app's data
folder in the temp directory), so it can only use what it carries. Checks: what the folder holds
(and that it holds nothing of a vault), ``--version``, ``init``, ``import``, ``list``, a CLI
message in Ukrainian, ``letter sample`` (a real PDF with the embedded font), and the GUI,
offscreen, reaching the unlock screen in Ukrainian with Qt's own translation loaded.
Exit 0 when every check passes; each failure is named on stderr.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "packaged app check passphrase"
CSV = (
    "family_name,given_name,patronymic,birth_date,status\n"
    "Коваленко,Олександр,Петрович,1990-05-12,held\n"
    "Shevchenko,Taras,,1985,unknown\n"
)
FORBIDDEN_SUFFIXES = (".caseapp", ".keys", ".bak", ".ts", ".tsv")
REQUIRED = (
    "resources/fonts/NotoSans-Regular.ttf",
    "resources/letters/confirmation_held.uk.txt",
    "resources/names/given_names.csv",
    "resources/translations/caseapp_uk.qm",
    "resources/translations/caseapp_ru.qm",
    "resources/translations/core.uk.json",
    "resources/icons/caseapp-256.png",
    "resources/guide/uk/index.html",
)


class Checker:
    def __init__(self, app_dir: Path, work: Path) -> None:
        self.app_dir = app_dir
        self.exe = app_dir / ("caseapp-cli.exe" if os.name == "nt" else "caseapp")
        self.work = work
        self.failures: list[str] = []
        self.passed = 0
        home = work / "home"
        home.mkdir()
        self.env = {
            "PATH": os.defpath
            if os.name != "nt"
            else os.environ.get("SYSTEMROOT", "") + r"\system32",
            "HOME": str(home),
            "CASEAPP_HOME": str(home / "data"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "CASEAPP_PASSPHRASE": PASSPHRASE,
        }
        if os.name == "nt":
            self.env["SystemRoot"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
        self.cwd = work / "elsewhere"
        self.cwd.mkdir()
        self.vault = work / "vaults" / "field.caseapp"

    def run(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.exe), *args],
            cwd=self.cwd,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    def check(self, name: str, test: Callable[[], str | None]) -> None:
        started = time.perf_counter()
        try:
            problem = test()
        except Exception as exc:  # a crash is a failed check, named, not a traceback
            problem = f"{type(exc).__name__}: {exc}"
        took = time.perf_counter() - started
        if problem:
            self.failures.append(name)
            print(f"FAIL {name} ({took:.1f} s): {problem}", file=sys.stderr)
        else:
            self.passed += 1
            print(f"ok   {name} ({took:.1f} s)")

    # --- the checks --------------------------------------------------------------------------

    def contents(self) -> str | None:
        missing = [p for p in REQUIRED if not (self.app_dir / "_internal" / p).exists()]
        if missing:
            return f"missing {', '.join(missing)}"
        stray = [
            str(p.relative_to(self.app_dir))
            for p in self.app_dir.rglob("*")
            if p.name.endswith(FORBIDDEN_SUFFIXES) or p.name == "settings.json"
        ]
        if stray:
            return f"must not ship {', '.join(stray[:5])}"
        qt_qm = sorted(p.name for p in self.app_dir.rglob("qt*_*.qm"))
        other = [n for n in qt_qm if not n.endswith(("_uk.qm", "_ru.qm", "_en.qm"))]
        if other or not any(n == "qtbase_uk.qm" for n in qt_qm):
            return f"Qt translations should be uk/ru/en only, got {qt_qm}"
        return None

    def version(self) -> str | None:
        result = self.run("--version")
        if result.returncode != 0 or not result.stdout.startswith("caseapp "):
            return f"exit {result.returncode}: {result.stdout}{result.stderr}"
        return None

    def init(self) -> str | None:
        result = self.run("init", "--vault", str(self.vault))
        if result.returncode != 0 or "RECOVERY KEY" not in result.stdout:
            return f"exit {result.returncode}: {result.stderr.strip()}"
        return None

    def import_list(self) -> str | None:
        csv = self.work / "prisoners.csv"
        csv.write_text(CSV, encoding="utf-8")
        result = self.run("import", "prisoners", str(csv), "--vault", str(self.vault))
        if result.returncode != 0:
            return f"exit {result.returncode}: {result.stderr.strip()}"
        listed = self.run("list", "prisoners", "--vault", str(self.vault))
        if "Коваленко" not in listed.stdout or "Shevchenko" not in listed.stdout:
            return f"imported names not listed: {listed.stdout!r} {listed.stderr!r}"
        return None

    def cli_language(self) -> str | None:
        result = self.run("--lang", "uk", "list", "prisoners", "--vault", str(self.work / "none"))
        if result.returncode != 2 or not any("\u0400" <= c <= "\u04ff" for c in result.stderr):
            return (
                f"expected a Ukrainian error and exit 2, got {result.returncode}: {result.stderr!r}"
            )
        return None

    def letter_sample(self) -> str | None:
        out = self.work / "specimen.pdf"
        result = self.run(
            "letter", "sample", "--kind", "confirmation_held", "--lang", "uk", "--out", str(out)
        )
        if result.returncode != 0:
            return f"exit {result.returncode}: {result.stderr.strip()}"
        data = out.read_bytes()
        if not data.startswith(b"%PDF") or b"NotoSans" not in data:
            return "not a PDF with the embedded Noto Sans font"
        return None

    def gui(self, lang: str, expected: str) -> str | None:
        result = self.run(
            "gui", "--lang", lang, "--vault", str(self.vault), env={"CASEAPP_SELF_CHECK": "1"}
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode != 0 or not lines:
            return f"exit {result.returncode}: {result.stdout}{result.stderr}"
        report = json.loads(lines[-1])
        if not report["unlock_shown"] or not report["frozen"]:
            return f"unlock screen not shown: {report}"
        if report["title"] != expected:
            return f"unlock button reads {report['title']!r}, expected {expected!r}"
        if f"qtbase_{lang}.qm" not in report["translations"]:
            return f"Qt's own {lang} translation not loaded: {report['translations']}"
        return None


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    built = Path(argv[0]).resolve()
    if not (built / "caseapp").exists() and not (built / "caseapp.exe").exists():
        print(f"no built app in {built}: run `make package`", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="caseapp-pkg-") as tmp:
        work = Path(tmp)
        app_dir = work / "app" / "caseapp"
        shutil.copytree(built, app_dir, symlinks=True)
        checker = Checker(app_dir, work)
        checker.check(
            "contents (resources in, vaults and Qt's other languages out)", checker.contents
        )
        checker.check("caseapp --version", checker.version)
        checker.check("caseapp init", checker.init)
        checker.check("caseapp import + list", checker.import_list)
        checker.check("caseapp --lang uk (messages in Ukrainian)", checker.cli_language)
        checker.check("caseapp letter sample", checker.letter_sample)
        checker.check(
            "GUI reaches the unlock screen (uk)", lambda: checker.gui("uk", "Розблокувати")
        )
        checker.check(
            "GUI reaches the unlock screen (ru)", lambda: checker.gui("ru", "Разблокировать")
        )
    status = "all passed" if not checker.failures else f"{len(checker.failures)} failing"
    print(
        f"packaged app check: {checker.passed} of {checker.passed + len(checker.failures)} checks ({status})"
    )
    return 1 if checker.failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
