"""The one rule for the language of the window's generated words (dates, filters).

The model words dates and filters in French or English from tables (it has no Qt) and takes
the language as an argument; this module decides which language the window asks for. It is
the language of the window's translators: :func:`timelineapp.ui.app._install_translators`
loads them for the default ``QLocale``, which ``--lang`` and Settings set before the window
exists. Not the event file's ``language`` field: that one says what the titles and quotes are
written in, and a French window on an English file says its dates in French (issue 15, "one
language at a time"). Exports pass their own language; the command line passes ``--lang`` or
English.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """The window's language as a primary subtag: "fr" or "en"."""
    if QLocale().language() == QLocale.Language.French:
        return "fr"
    return "en"
