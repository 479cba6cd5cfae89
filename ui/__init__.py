"""The PySide6 desktop interface. Calls the core (``caseapp``); holds no business rules."""
