"""A date suggested for words selected in a document: "le 19 mai 2024" -> 2024-05-19.

When an analyst makes an event from a selection, the date is suggested only when the
selection, or else the sentence around it, holds an absolute date expression that parses;
the editor shows it as a suggestion with the words it came from, never fills it silently.
Relative words ("vendredi", "hier") are not guessed at: their meaning needs a reference date
the analyst must choose. Month names are those of :mod:`.date_words` (French and English).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .date_words import MONTHS
from .dates import DateError, parse_date


@dataclass(frozen=True)
class DateSuggestion:
    edtf: str  # e.g. "2024-05-19"
    start: int  # code point offsets in the document of the words it came from
    end: int


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MONTH_NUMBER = {
    _fold(name): number for names in MONTHS.values() for number, name in enumerate(names, start=1)
}
_MONTH = "(" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + ")"
_DAY = r"(\d{1,2})(?:er|st|nd|rd|th)?"
_YEAR = r"(\d{4})"
# Most precise first; each pattern's groups give (year, month, day) (0: absent).
_PATTERNS: tuple[tuple[re.Pattern[str], tuple[int, int, int]], ...] = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), (1, 2, 3)),
    (re.compile(rf"\b{_DAY}\s+{_MONTH}\s+{_YEAR}\b"), (3, 2, 1)),  # 19 mai 2024, 7 June 2024
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), (3, 1, 2)),  # June 7, 2024
    (re.compile(r"\b(\d{4})-(\d{2})\b"), (1, 2, 0)),
    (re.compile(rf"\b{_MONTH}\s+{_YEAR}\b"), (2, 1, 0)),  # mai 2024, June 2024
    (re.compile(r"\b((?:1[0-9]|20)\d{2})\b"), (1, 0, 0)),  # a year alone
)


def _number(value: str) -> int:
    return _MONTH_NUMBER[value] if value in _MONTH_NUMBER else int(value)


def _first_date(text: str, offset: int) -> DateSuggestion | None:
    # Folding keeps one code point per code point for these scripts only if nothing is
    # decomposed; match on a folded copy only when lengths agree, else on the text as is.
    folded = _fold(text)
    haystack = folded if len(folded) == len(text) else text.lower()
    for pattern, (y, m, d) in _PATTERNS:
        for match in pattern.finditer(haystack):
            parts = [f"{int(match.group(y)):04d}"]
            if m:
                parts.append(f"{_number(match.group(m)):02d}")
            if d:
                parts.append(f"{int(match.group(d)):02d}")
            edtf = "-".join(parts)
            try:
                parse_date(edtf)
            except DateError:
                continue  # "30 février 2024" is no date: look further
            return DateSuggestion(edtf, offset + match.start(), offset + match.end())
    return None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``[start, end)``."""
    before = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    after = [k for k in (text.find(mark, end) for mark in (".", "!", "?", "\n")) if k >= 0]
    return (before + 1 if before >= 0 else 0), (min(after) + 1 if after else len(text))


def suggest_date(text: str, start: int, end: int) -> DateSuggestion | None:
    """A date for the selection ``text[start:end]``: from its words, else its sentence."""
    found = _first_date(text[start:end], start)
    if found is not None:
        return found
    low, high = sentence_bounds(text, start, end)
    return _first_date(text[low:high], low)
