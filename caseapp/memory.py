"""Forget, once the vault locks, what the process cached about people.

Name matching and letter layout memoise their work per name or word (``functools`` caches),
so those caches hold decrypted names. Locking clears them, along with the screens' models,
so a memory dump of a locked laptop holds as little as Python allows.
"""

from __future__ import annotations

import sys

#: Module -> memoised functions whose keys or values are names or letter text.
PERSONAL_CACHES: dict[str, tuple[str, ...]] = {
    "caseapp.matching.phonetic": ("skeleton", "masculine", "consonants"),
    "caseapp.matching.scoring": ("_cmp",),
    "caseapp.matching.translit": ("ukrainian", "russian_icao"),
    "caseapp.letters.render": ("_width",),
}


def forget_personal_caches() -> None:
    """Clear every cache listed above that this process has loaded (never imports one)."""
    for module_name, functions in PERSONAL_CACHES.items():
        module = sys.modules.get(module_name)
        if module is None:
            continue
        for name in functions:
            function = getattr(module, name, None)
            cache_clear = getattr(function, "cache_clear", None)
            if callable(cache_clear):
                cache_clear()
