"""CaseApp core: everything that does not need a screen (domain, storage, matching, letters, sync, CLI).

This package must never import PySide6 or ``ui``; ``tests/test_layering.py`` enforces it.
"""

__version__ = "0.1.0"
