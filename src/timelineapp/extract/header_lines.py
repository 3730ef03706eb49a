"""The lines at the top of an article that say when it was published, not what happened.

"Published 3 November 2025", "By Jane Doe, November 3, 2025 10:32 GMT", "Publié le lundi 3
novembre 2025 à 10h32", "Date: 2025-11-03", "date 2024-06" (the seed article's first words): a
line near the top that holds only a date, with the words a dateline puts around it (who wrote
it, "published"/"updated", a time of day). Such a line is metadata: the rules skip it, so it
never becomes an event titled "Published" nor joins a story event of the same day.

The date is read by the builder's own date tagger (:mod:`.temporal`), so a dateline is read in
every form a sentence is, in every language the tagger knows (the article's first): a French
article quoting an English wire keeps its "Published 3 November 2025", and ``build --lang fr``
given an English article still finds its date. It is the article's publication date only when
the words fix it: a whole calendar date or month with its year ("03/11/2025", which could be
either order, is not taken), and not one marked as an update ("Updated 4 November 2025" says
when it changed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .anchoring import resolve
from .lexicon import RULE_LANGUAGES
from .temporal import Calendar, detect

__all__ = ["HeaderDates", "read_header"]

# The seed's form: "date 2024-06" opening the text, the story going on on the same line.
_OPENING_DATE: Final = re.compile(
    r"\A\s*(?:date|published|publié(?:\s+le)?|dated?)\s*:?\s+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)"
    r"(?![\d-])",
    re.IGNORECASE,
)
# An ISO date the tagger does not read as a date in a sentence ("2025-11", a month; "2025").
_ISO: Final = re.compile(r"(?<![\w-])\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\w-])")
_UPDATE_WORDS: Final = (
    r"(?:last\s+)?updated|modified|mis\s+à\s+jour|modifié|actualisé|(?:dernière\s+)?mise\s+à\s+jour"
)
_KEYWORDS: Final = (
    r"(?:first\s+|originally\s+)?published|posted|date|dated|publication|publié(?:e)?|"
    r"mis\s+en\s+ligne|paru|" + _UPDATE_WORDS
)
_TIME: Final = (
    r"(?:[,;]?\s*(?:at\s+|à\s+|[-–—|]\s*)?\d{1,2}(?:[:h.]\d{2}(?::\d{2})?)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?-i:UTC|GMT|[A-Z]{2,5})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?"
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"
)
_DATE_MARK: Final = "\x00"
# One date of a dateline with the words around it: "Published on" + date + "10:32 GMT" + ",".
_PIECE: Final = re.compile(
    rf"\s*(?:(?P<kw>{_KEYWORDS})\b\s*:?\s*)?(?:(?:on|le)\s+)?{_DATE_MARK}(?:{_TIME})?"
    r"\s*[,;|•·.–—-]?\s*",
    re.IGNORECASE,
)
_UPDATE: Final = re.compile(rf"(?:{_UPDATE_WORDS})\b", re.IGNORECASE)
_BYLINE: Final = re.compile(
    r"\s*(?:by|par)\s+(?P<author>[^\W\d][^,|•·\n]{1,60}?)\s*(?:[,|•·]|\s[–—-]\s)", re.IGNORECASE
)
# A wire byline before the date's keyword: "By Maria Costa, Reuters. Published Wednesday, May
# 14, 2025", « Par Marie Dupont (AFP). Publié le … » (QA #128): the author, then the agency.
_WIRE_BYLINE: Final = re.compile(
    r"\s*(?:by|par)\s+(?P<author>[^\W\d][^,.|•·\n(]{1,60}?)\s*"
    r"(?:(?:,\s*|\(\s*)(?P<agency>[^\W\d][^,.|•·\n()]{0,40}?)\s*\)?)?"
    rf"\s*[.,|•·–—-]\s*(?=(?:{_KEYWORDS})\b)",
    re.IGNORECASE,
)
# A byline after the date: "Published 14 March 2025, by Lena Maes" (QA #92).
_TRAILING_BYLINE: Final = re.compile(
    r"\s*(?:by|par)\s+(?P<author>[^\W\d][^,|•·\n]{1,60}?)\s*\.?\s*\Z", re.IGNORECASE
)
_MOST_LINES: Final = 6  # "near the top": the first few lines that hold something
_LONGEST_LINE: Final = 150  # a longer line is the story's first paragraph


@dataclass(frozen=True, slots=True)
class HeaderDates:
    """What the top of an article says about it: the publication date (EDTF) when a line
    fixes it, the metadata lines' spans (the rules skip them), where the story starts when
    the article opens with such words, and the author of a byline holding the date."""

    published: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    body_start: int = 0
    author: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class _DateLine:
    published: str | None  # None: an update, or a date the words do not fix
    author: str | None
    publisher: str | None = None


def read_header(text: str, language: str) -> HeaderDates:
    """The publication date lines of ``text`` (an article in ``language``)."""
    opening = _OPENING_DATE.match(text)
    if opening is not None and _rest_of_line(text, opening.end()).strip():
        # "date 2024-06 Le retrait…": the story starts after the date on its line.
        start = opening.end()
        while start < len(text) and text[start] in " \t\u00a0":
            start += 1
        return HeaderDates(published=valid_date(opening.group("date")), body_start=start)
    spans: list[tuple[int, int]] = []
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    seen = 0
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        if len(line.strip()) > _LONGEST_LINE or seen >= _MOST_LINES:
            break
        seen += 1
        found = _date_line(line, language)
        if found is None:
            continue
        spans.append((start, end))
        published = published or found.published
        author = author or found.author
        publisher = publisher or found.publisher
    return HeaderDates(published=published, spans=tuple(spans), author=author, publisher=publisher)


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _lines(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(r"[^\n]*", text)]


def valid_date(date: str | None) -> str | None:
    """``date`` when it is a valid EDTF date, else None (also for no or empty text)."""
    from timelineapp.model.dates import DateError, parse_date

    if not date:
        return None
    try:
        parse_date(date)
    except DateError:
        return None
    return date


def _date_line(line: str, language: str) -> _DateLine | None:
    """The line read as a dateline in the article's language or else in another the tagger
    reads (its words are few and fixed; the story's language may not be the dateline's, or
    be given wrong), or None when it holds anything but a date and a dateline's words."""
    others = [other for other in RULE_LANGUAGES if other != language]
    for reading in (language, *others):
        found = _date_line_in(line, reading)
        if found is not None:
            return found
    return None


def _date_line_in(line: str, language: str) -> _DateLine | None:
    author = None
    agency = None
    rest = line
    wire = _WIRE_BYLINE.match(line)
    byline = wire or _BYLINE.match(line)
    if wire is not None and wire.group("agency"):
        agency = " ".join(wire.group("agency").split())
    if byline is not None:
        author = " ".join(byline.group("author").split())
        rest = line[byline.end() :]
    dates = _dates(rest, language)
    if not dates:
        return None
    marked = rest
    for start, end, _ in reversed(dates):
        marked = marked[:start] + _DATE_MARK + marked[end:]
    published: str | None = None
    position = 0
    for _, _, value in dates:
        piece = _PIECE.match(marked, position)
        if piece is None:
            return None
        position = piece.end()
        update = piece.group("kw") is not None and _UPDATE.match(piece.group("kw"))
        if published is None and not update:
            published = value
    if marked[position:].strip():
        trailing = _TRAILING_BYLINE.match(marked, position)
        if author is not None or trailing is None:
            return None
        author = " ".join(trailing.group("author").split())
    return _DateLine(published, author, agency)


def _dates(line: str, language: str) -> list[tuple[int, int, str | None]]:
    """The dates of a line: (start, end, EDTF value when the words fix it)."""
    found: list[tuple[int, int, str | None]] = []
    for mention in detect(line, language):
        value = mention.value
        if mention.last is not None or not isinstance(value, Calendar) or value.year is None:
            return []  # a range, a weekday alone, a month without its year: not a dateline
        edtf = resolve(mention, None, 0).value
        certain = edtf is not None and not any(mark in edtf for mark in "?~%")
        found.append((mention.start, mention.end, edtf if certain else None))
    for match in _ISO.finditer(line):
        if not any(start <= match.start() < end for start, end, _ in found):
            found.append((match.start(), match.end(), valid_date(match.group())))
    return sorted(found)
