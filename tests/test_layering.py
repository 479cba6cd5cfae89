"""The core must stay usable without a screen: nothing in caseapp/ may import PySide6 or ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "caseapp"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_sources_never_import_qt_or_ui() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(
            _imported_modules(path) & {"PySide6", "ui", "shiboken6"}
        )
        for path in CORE.rglob("*.py")
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "print(bad); raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_storage_layer_does_not_load_the_matching_engine() -> None:
    """The vault needs only the spelling skeleton for its search keys; ``store`` and the row
    mapping must not drag in the scoring engine (rapidfuzz, multiprocessing) either."""
    code = (
        "import sys\n"
        "import caseapp.vault.connection, caseapp.vault.vault, caseapp.records, caseapp.store\n"
        "print(sorted(m for m in sys.modules if m.startswith('caseapp.matching.')))\n"
        "print('rapidfuzz' in sys.modules, 'multiprocessing' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded, third_party = result.stdout.splitlines()
    # The spelling skeleton and the letter tables it folds look-alike letters with: leaves.
    assert set(eval(loaded)) <= {"caseapp.matching.phonetic", "caseapp.matching.translit"}
    assert third_party == "False False"
