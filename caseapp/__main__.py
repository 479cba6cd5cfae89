import os
import sys

from caseapp.cli import main

# A windowed Windows build (caseapp.exe) has no console: print() must not fail there.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

raise SystemExit(main())
