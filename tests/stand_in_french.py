"""A stand-in French translator for tests that check words before the shipped ``.qm`` has
them (the coordinator fills it at merge time); installed by the ``stand_in_french`` fixture
of ``tests/conftest.py``."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QTranslator


class StandInFrench(QTranslator):
    """French for the strings a test names, read from ``words`` at each call (a test may add
    to the table while it runs): keys are ``(context, source)`` or the source alone.

    Only the words under test, and before the coordinator fills the shipped ``.qm`` at merge
    time. A string it lacks is left to the next translator, or with ``english_otherwise``
    answered with its English source (no other translator is asked).
    """

    def __init__(
        self,
        words: Mapping[object, str],
        context: str | None = None,
        *,
        english_otherwise: bool = False,
    ) -> None:
        super().__init__()
        self._words = words
        self._context = context
        self._english_otherwise = english_otherwise

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        missing = source if self._english_otherwise else ""
        if self._context is not None and context != self._context:
            return missing
        found = self._words.get((context, source), self._words.get(source))
        return missing if found is None else found
