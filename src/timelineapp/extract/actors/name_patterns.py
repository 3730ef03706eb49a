"""Regular-expression pieces for written names, shared by the person and organisation finders."""

from __future__ import annotations

from typing import Final

UP: Final = r"[A-ZÀ-ÖØ-Þ]"
NAME_WORD: Final = rf"{UP}[\w’'\-]*[\w]"
SP: Final = r"[ \t\u00a0]+"  # a space inside a name: never a line break
NAME: Final = (
    rf"(?P<name>{NAME_WORD}(?:{SP}(?:[A-Z]\.{SP})?(?:(?:de|del|van|von|da|al-|ben|bin|le){SP})?"
    rf"{NAME_WORD}){{0,3}})"
)
NAME2: Final = rf"(?P<name>{NAME_WORD}(?:{SP}(?:[A-Z]\.{SP})?{NAME_WORD}){{1,3}})"
