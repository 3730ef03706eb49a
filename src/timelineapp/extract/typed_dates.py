"""A date a user types (the filter's From and To), read as the builder and the importer read
dates: EDTF as it is, else the words of an article ("mai 2024", "15 mars 2024", "March 2024",
by the builder's tagger) or of a spreadsheet cell ("16-May-2024", "2024/06/07", by the
importer's cell reader), rewritten as EDTF.

No reader of its own: a date the builder drafts from « en mai 2024 » is the date the filter
takes from "mai 2024". No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import msgspec

from timelineapp.model.calendar import ENGLISH_MONTHS, ENGLISH_WEEKDAYS, days_in_month
from timelineapp.model.dates import DateError, parse_date

__all__ = [
    "TypedDate",
    "leading_words_date",
    "typed_date",
    "warm_up",
    "words_date",
    "words_date_problem",
]


class TypedDate(msgspec.Struct, frozen=True):
    """What a typed text means: its EDTF, and whether it was read from words (then the text
    typed is not the EDTF, and the user is shown how it was read)."""

    edtf: str
    from_words: bool


def typed_date(text: str, languages: Sequence[str] = ("en", "fr")) -> TypedDate:
    """The date ``text`` means, the languages' month names tried in the order given (the
    window's first: "06/07/2024" is not read the same in both, and is refused as ambiguous).

    :class:`DateError` (the EDTF reader's, which says best what EDTF expects) when no reader
    takes the whole text as one definite date. Memoised, refusals too: a field asks about
    the same text several times a keystroke, and words go through the builder's tagger.
    """
    meaning = _meaning(text.strip(), tuple(languages))
    if isinstance(meaning, DateError):
        raise meaning.with_traceback(None)  # the cached refusal keeps no frames
    return meaning


@lru_cache(maxsize=256)
def _meaning(text: str, languages: tuple[str, ...]) -> TypedDate | DateError:
    try:
        parse_date(text)
    except DateError as problem:
        edtf_problem = problem
    else:
        return TypedDate(text, from_words=False)
    found = words_date(text, languages) or _cell_reading(text)
    if found is not None:
        return TypedDate(found, from_words=True)
    return words_date_problem(text, languages) or edtf_problem


def words_date_problem(text: str, languages: Sequence[str] = ("en", "fr")) -> DateError | None:
    """Why a date in words that covers the whole text is no date, when it is its day or its
    weekday: « 30 février 2024 » (February 2024 has 29 days), "Monday 29 October 2024" (a
    Tuesday); None otherwise. The reason, located, rather than EDTF's "expected a 4-digit
    year" or the cell reader's "expected a date with a month name" (QA #142).

    The error's ``text`` is the words as written; its code and arguments word it in the
    window's language (``date_day_for_month``, ``date_weekday``)."""
    from .anchoring import resolve, sentence_tense
    from .temporal import detect

    text = text.strip()
    for language in languages:
        mentions = detect(text, language)
        if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(text)):
            continue
        resolved = resolve(mentions[0], None, sentence_tense(text, language))
        notes = {note.code: dict(note.arguments) for note in resolved.notes}
        if "day_not_in_month" in notes:
            return _day_problem(text, resolved.open_value)
        mismatch = notes.get("weekday_mismatch")
        if mismatch is not None:
            return _weekday_problem(
                text, str(mismatch["written"]), str(mismatch["day"]), int(str(mismatch["weekday"]))
            )
    return None


def _day_problem(text: str, value: str | None) -> DateError | None:
    """ "30 February 2024": the day its month lacks, pointed at where it is written."""
    parts = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    if parts is None:
        return None
    year, month, day = int(parts[1]), int(parts[2]), int(parts[3])
    last = days_in_month(year, month)
    written = re.search(rf"(?<!\d)0*{day}(?!\d)", text)
    return DateError(
        text,
        None if written is None else written.start(),
        f"a day between 1 and {last} for {ENGLISH_MONTHS[month - 1]} {parts[1]}",
        str(day),
        "date_day_for_month",
        (("last", str(last)), ("month", str(month)), ("year", parts[1])),
    )


def _weekday_problem(text: str, written: str, day: str, weekday: int) -> DateError:
    """ "Monday 29 October 2024": the weekday that day is, where the wrong one is written
    (``said``: the written one's number, so that a French window says « pas un lundi »)."""
    from .lexicon import fold, weekday_numbers  # Babel's names: with the tagger, not at import

    year, month, number = day.split("-")
    said = next(
        (
            found
            for language in ("en", "fr")
            if (found := weekday_numbers(language).get(fold(written))) is not None
        ),
        None,
    )
    return DateError(
        text,
        max(text.find(written), 0),
        f"{ENGLISH_WEEKDAYS[weekday]}, the weekday of {int(number)} "
        f"{ENGLISH_MONTHS[int(month) - 1]} {year}",
        written,
        "date_weekday",
        (
            ("weekday", str(weekday)),
            ("day", str(int(number))),
            ("month", str(int(month))),
            ("year", year),
            *((("said", str(said)),) if said is not None else ()),
        ),
    )


def words_date(text: str, languages: Sequence[str] = ("en", "fr")) -> str | None:
    """The EDTF of a date written in words ("29 octobre 2024", "Tuesday 29 October 2024") as
    the builder reads it, the languages tried in order; None when no one reading covers the
    whole text or it would be a guess. What a spreadsheet's date cell falls back to (QA #81)."""
    found = words_date_and_part(text, languages)
    return None if found is None else found[0]


def words_date_and_part(
    text: str, languages: Sequence[str] = ("en", "fr")
) -> tuple[str, str] | None:
    """:func:`words_date`'s reading and the part of its period the words name ("mid" for
    "mid-2024", "early" for « début mai 2024 »; "" when none), which EDTF cannot hold: an
    importer says it was dropped (QA #97). Both from the one expression read."""
    text = text.strip()
    for language in languages:
        found = _builder_reading(text, language)
        if found is not None:
            return found
    return None


def leading_words_date(
    text: str, languages: Sequence[str] = ("en", "fr")
) -> tuple[str, str, str] | None:
    """When the text starts with a date in words and goes on with words no reader takes
    ("13 March 2025 at 3 p.m."): (the date's words, its EDTF, the rest), so that a refusal
    can say which part was read (QA #109a: "expected a 4-digit year, found '13'")."""
    from .anchoring import resolve, sentence_tense
    from .temporal import detect

    text = text.strip()
    for language in languages:
        mentions = detect(text, language)
        if not mentions or mentions[0].start != 0 or mentions[0].end >= len(text):
            continue
        if not any(char.isalpha() for char in text[: mentions[0].end]):
            continue  # "2024-05-19x": EDTF's own message says best what is wrong
        value = resolve(mentions[0], None, sentence_tense(text, language)).value
        if value is not None and "?" not in value and _is_date(value):
            first = mentions[0]
            return text[: first.end], value, text[first.end :].strip()
    return None


def _builder_reading(text: str, language: str) -> tuple[str, str] | None:
    """The builder's reading of ``text`` when one date expression covers all of it and needs
    no publication date ("vendredi" does) and no guess ("06/07/2024" is marked doubtful),
    with the part of its period it names."""
    from .anchoring import resolve, sentence_tense
    from .temporal import detect

    mentions = detect(text, language)
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(text)):
        return None
    value = resolve(mentions[0], None, sentence_tense(text, language)).value
    if value is None or "?" in value or not _is_date(value):
        return None
    return value, str(getattr(mentions[0].value, "part", "") or "")


def _cell_reading(text: str) -> str | None:
    """The importer's reading of ``text`` as a table cell, when it is not a guess."""
    from .importers.cell_dates import cell_date
    from .importers.date_parts import PartsError

    try:
        found = cell_date(text)
    except PartsError:
        return None
    return found.text if _is_date(found.text) else None


def _is_date(value: str) -> bool:
    try:
        parse_date(value)
    except DateError:
        return False
    return True


def warm_up() -> None:
    """Load the readers (the tagger's patterns, the importers): ~0.3 s the first time, which
    the window spends off its thread when a date field gets the focus, not on a keystroke."""
    for language in ("fr", "en"):
        _builder_reading("1 mai 2024", language)
    _cell_reading("2024/01/01")
