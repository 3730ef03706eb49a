"""The window's language as a primary subtag ("fr", "en"), for the few callers that still
choose by language code (the status bar's decimal point in deep-time ranges).

Words themselves never choose by code: dates, filters and problems are worded through the
installed Qt translators (``render/date_words``, ``render/filter_words``, ``ui/issue_words``),
which :func:`timelineapp.ui.app._install_translators` loads for the default ``QLocale``, the
one ``--lang`` and Settings set before the window exists.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """The window's language as a primary subtag: "fr" or "en"."""
    if QLocale().language() == QLocale.Language.French:
        return "fr"
    return "en"
