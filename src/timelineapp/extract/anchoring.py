"""Stage two of the date tagger: fix what the publication date, cue words and tense allow.

A detected expression (:mod:`.temporal`) keeps its unknown parts open; here each becomes an
EDTF value no more precise than the words and the reference allow, with a note saying how:

* a month stays a month, a year a year: nothing is padded to a day;
* when the reference (the publication date) is known only to the month, "vendredi" is the
  Friday before *some* day of that month: a one-of range ``[2024-05-31..2024-06-28]``;
* where the reading is a choice (which year for "en avril", which order for "05/06/2024"),
  the value carries ``?`` and the note says why;
* without a reference, relative expressions stay unresolved (no value) and the note says so.

Directions come from cue words (dernier/prochain, last/next) and, failing those, from the
tense of the sentence (:func:`sentence_tense`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from timelineapp.model.calendar import (
    ENGLISH_WEEKDAYS,
    SECONDS_PER_DAY,
    civil_from_days,
    days_from_civil,
    days_in_month,
)
from timelineapp.model.dates import EdtfDate, parse_date

from .lexicon import SEASON_NAMES, month_names
from .temporal import Calendar, Mention, Season, Shift, Value, Weekday

__all__ = ["Reference", "Resolved", "reference_from", "resolve", "sentence_tense"]

PAST: Final = -1
FUTURE: Final = 1

_WEEKDAYS: Final = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ENGLISH_WEEKDAYS,
}


@dataclass(frozen=True, slots=True)
class Reference:
    """The span of days the publication date may be: ``[first, last]`` day numbers (days
    since 1970-01-01), and the date as written (``2024-06``)."""

    first: int
    last: int
    text: str


@dataclass(frozen=True, slots=True)
class Resolved:
    """An expression's EDTF value (None when it cannot be fixed) and how it was reached."""

    value: str | None
    note: str
    open_value: str


def reference_from(published: str | None) -> Reference | None:
    """The reference span of a publication date written in EDTF; None if absent/unusable."""
    if not published:
        return None
    try:
        parsed: EdtfDate = parse_date(published)
    except ValueError:
        return None
    first = parsed.earliest // SECONDS_PER_DAY
    last = (parsed.latest - 1) // SECONDS_PER_DAY
    return Reference(first, last, published)


# -- tense -------------------------------------------------------------------------------------

_FUTURE: Final = {
    "fr": re.compile(
        r"\b(?:devra|devront|devrait|devraient|doit|doivent|sera|seront|serait|seraient|va|vont|aura|auront|"
        r"prévu|prévue|prévus|prévues|prochain|prochaine|à venir|d['’]ici|au plus tard|"
        r"\w{2,}(?:eront|iront|dront|rront|vront|era|ira|dra|rra|vra|erait|irait|drait|"
        r"rrait|vrait|eraient|iraient|draient)|commence|débute|s['’]achève|se\s+termine|"
        r"s['’]ouvre|ouvre|ferme|expire)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:will|shall|won['’]t|is to|are to|plans? to|intends? to|expects? to|"
        r"expected to|scheduled|upcoming|next|no later than|deadline|due to|"
        # Scheduled present: "the season ends Saturday", "the fair opens next week".
        r"begins|ends|starts|opens|closes|expires|resumes|kicks off|takes place)\b|['’]ll\b",
        re.IGNORECASE,
    ),
}
_PAST: Final = {
    "fr": re.compile(
        r"\b(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent|eut|eurent)\s+"
        r"(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ise|it|ite|u|us|ue|ert|erte|ort)\b|"
        r"\b\w{2,}(?:ait|aient)\b|\b(?:hier|dernier|dernière|passé|passée)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:was|were|had|did|said|told|made|began|took|went|came|saw|met|left|"
        r"announced|\w{3,}ed|ago|last|yesterday)\b",
        re.IGNORECASE,
    ),
}


def sentence_tense(sentence: str, language: str) -> int:
    """-1 when the sentence speaks of the past, +1 of the future, 0 when it cannot be told.

    Future markers win: "a annoncé qu'il partira" is about a departure to come.
    """
    lang = "fr" if language == "fr" else "en"
    if _FUTURE[lang].search(sentence):
        return FUTURE
    if _PAST[lang].search(sentence):
        return PAST
    return 0


# -- day arithmetic ----------------------------------------------------------------------------


def _day(number: int) -> str:
    year, month, day = civil_from_days(number)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _weekday_of(number: int) -> int:
    return (number + 3) % 7  # 1970-01-01 was a Thursday


def _month_index(number: int) -> int:
    year, month, _ = civil_from_days(number)
    return year * 12 + month - 1


def _month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _human_day(number: int, language: str) -> str:
    year, month, day = civil_from_days(number)
    name = month_names(language)[month - 1]
    if language == "fr":
        return f"{'1er' if day == 1 else day} {name} {year}"
    return f"{day} {name} {year}"


@dataclass(frozen=True, slots=True)
class _Span:
    """A resolved expression before bounds: one point, one of a span, or a period."""

    first: str
    last: str
    kind: str  # "point" | "one_of" | "period"

    def text(self) -> str:
        if self.first == self.last or self.kind == "point":
            return self.first
        if self.kind == "one_of":
            return f"[{self.first}..{self.last}]"
        return f"{self.first}/{self.last}"


def _days_span(first: int, last: int) -> _Span:
    return _Span(_day(first), _day(last), "point" if first == last else "one_of")


def _qualify(point: str, mark: str) -> str:
    return point + mark if mark and not point.endswith(("?", "~", "%")) else point


# -- choosing a year for a date written without one ---------------------------------------------


def _year_for(month: int, day: int | None, reference: int, direction: int) -> int:
    year, _, _ = civil_from_days(reference)

    def bounds(y: int) -> tuple[int, int]:
        if day is not None:
            first = days_from_civil(y, month, min(day, days_in_month(y, month)))
            return first, first
        return days_from_civil(y, month, 1), days_from_civil(y, month, days_in_month(y, month))

    years = (year - 1, year, year + 1)
    if direction == PAST:
        return max(y for y in years if bounds(y)[0] <= reference)
    if direction == FUTURE:
        return min(y for y in years if bounds(y)[1] >= reference)
    return min(years, key=lambda y: (min(abs(b - reference) for b in bounds(y)), y != year))


def _fill_year(
    calendar: Calendar, ref: Reference | None, direction: int, notes: list[str], language: str
) -> tuple[int | None, str]:
    """The year of a calendar date and a doubt mark: the written one, else from the reference."""
    if calendar.year is not None:
        return calendar.year, ""
    if ref is None or calendar.month is None:
        return None, ""
    early = _year_for(calendar.month, calendar.day, ref.first, direction)
    late = _year_for(calendar.month, calendar.day, ref.last, direction)
    side = {PAST: "before", FUTURE: "after", 0: "nearest to"}[direction]
    if early == late:
        notes.append(f"no year written: {early}, the one {side} publication ({ref.text})")
        return early, ""
    notes.append(
        f"no year written: {late} or {early} depending on the publication day "
        f"({ref.text} is not precise enough); {late} chosen, marked '?'"
    )
    return late, "?"


def _calendar(
    calendar: Calendar, ref: Reference | None, direction: int, notes: list[str], language: str
) -> _Span | None:
    year, mark = _fill_year(calendar, ref, direction, notes, language)
    if year is None:
        notes.append("no year written and no publication date to take it from: left undated")
        return None
    if calendar.part:
        word = {"early": "early", "mid": "mid", "late": "late"}[calendar.part]
        notes.append(f"'{word}' part of the period: the whole period is kept, not padded")
    if calendar.month is None:
        return _Span(_qualify(f"{year:04d}", mark), _qualify(f"{year:04d}", mark), "point")
    if calendar.day is None:
        text = _qualify(f"{year:04d}-{calendar.month:02d}", mark)
        return _Span(text, text, "point")
    if calendar.day > days_in_month(year, calendar.month):
        notes.append(f"day {calendar.day} does not exist in that month: left undated")
        return None
    text = _qualify(f"{year:04d}-{calendar.month:02d}-{calendar.day:02d}", mark)
    return _Span(text, text, "point")


def _weekday(
    value: Weekday, ref: Reference | None, direction: int, notes: list[str], language: str
) -> _Span | None:
    name = _WEEKDAYS[language if language in _WEEKDAYS else "en"][value.weekday]
    if ref is None:
        notes.append(f"« {name} » needs the publication date, which is unknown: left undated")
        return None
    side = value.direction or (FUTURE if direction == FUTURE else PAST)

    def pick(day: int) -> int:
        if side == PAST:
            # "the agency said Wednesday" in Wednesday's news is that very day.
            return day - (_weekday_of(day) - value.weekday) % 7
        return day + ((value.weekday - _weekday_of(day)) % 7 or 7)

    first, last = pick(ref.first), pick(ref.last)
    where = "on or before" if side == PAST else "after"
    cue = "" if value.direction else " (from the tense)"
    if first == last:
        notes.append(f"the {name} {where} publication{cue}: {_human_day(first, 'en')}")
    else:
        notes.append(
            f"the {name} {where} publication{cue}, between {_human_day(first, 'en')} and "
            f"{_human_day(last, 'en')} because the publication date is only {ref.text}"
        )
    return _days_span(first, last)


def _shift(value: Shift, ref: Reference | None, notes: list[str]) -> _Span | None:
    if ref is None:
        notes.append("relative to the publication date, which is unknown: left undated")
        return None
    mark = "~" if value.approximate else ""
    if value.unit == "day":
        first, last = ref.first + value.amount, ref.last + value.amount
        if first != last:
            notes.append(
                f"{abs(value.amount)} day(s) {'before' if value.amount < 0 else 'after'} "
                f"publication, which is only known as {ref.text}"
            )
        return _days_span(first, last)
    if value.unit == "week":
        if value.part:
            return _part_span(value, ref, notes)
        monday_first = ref.first - _weekday_of(ref.first) + 7 * value.amount
        monday_last = ref.last - _weekday_of(ref.last) + 7 * value.amount
        notes.append("a week (Monday to Sunday) relative to publication: one day in it")
        return _days_span(monday_first, monday_last + 6)
    if value.unit == "month":
        if value.part:
            return _part_span(value, ref, notes)
        first_m = _month_index(ref.first) + value.amount
        last_m = _month_index(ref.last) + value.amount
        if first_m == last_m:
            text = _qualify(_month_text(first_m), mark)
            return _Span(text, text, "point")
        notes.append(f"the month depends on the publication day ({ref.text})")
        return _Span(_month_text(first_m), _month_text(last_m), "one_of")
    # years
    if value.part:
        return _part_span(value, ref, notes)
    first_y = civil_from_days(ref.first)[0] + value.amount
    last_y = civil_from_days(ref.last)[0] + value.amount
    if value.approximate:
        notes.append("a count of years before/after publication: approximate ('~')")
    if first_y == last_y:
        text = _qualify(f"{first_y:04d}", mark)
        return _Span(text, text, "point")
    return _Span(f"{first_y:04d}", f"{last_y:04d}", "one_of")


def _part_span(value: Shift, ref: Reference, notes: list[str]) -> _Span:
    """ "earlier this month" (from the start of the unit to publication), "later this year"."""
    if value.unit == "week":
        start_of, end_of = ref.first - _weekday_of(ref.first), ref.last - _weekday_of(ref.last) + 6
    elif value.unit == "month":
        y, m, _ = civil_from_days(ref.first)
        start_of = days_from_civil(y, m, 1)
        y2, m2, _ = civil_from_days(ref.last)
        end_of = days_from_civil(y2, m2, days_in_month(y2, m2))
    else:
        start_of = days_from_civil(civil_from_days(ref.first)[0], 1, 1)
        end_of = days_from_civil(civil_from_days(ref.last)[0], 12, 31)
    if value.part == "earlier":
        first, last = start_of, ref.last
        notes.append(f"earlier in the {value.unit} of publication, before publication")
    else:
        first, last = ref.first, end_of
        notes.append(f"later in the {value.unit} of publication, after publication")
    return _coarsest(first, last, value.unit)


def _coarsest(first: int, last: int, unit: str) -> _Span:
    """A span of days written at the coarsest precision that says exactly that much: a whole
    month as ``2024-06``, a whole year as ``2024``."""
    y1, m1, d1 = civil_from_days(first)
    y2, m2, d2 = civil_from_days(last)
    if (m1, d1) == (1, 1) and (m2, d2) == (12, 31):
        return _Span(f"{y1:04d}", f"{y2:04d}", "point" if y1 == y2 else "one_of")
    if d1 == 1 and d2 == days_in_month(y2, m2):
        return _Span(
            f"{y1:04d}-{m1:02d}",
            f"{y2:04d}-{m2:02d}",
            "point" if (y1, m1) == (y2, m2) else "one_of",
        )
    return _days_span(first, last)


_SEASON_MONTHS: Final = ((3, 5), (6, 8), (9, 11), (12, 2))


def _season(
    value: Season, ref: Reference | None, direction: int, notes: list[str], language: str
) -> _Span | None:
    first_month, last_month = _SEASON_MONTHS[value.season]
    name = SEASON_NAMES["fr" if language == "fr" else "en"][value.season]
    year = value.year
    mark = ""
    if year is None:
        if ref is None:
            notes.append(f"« {name} » without a year and no publication date: left undated")
            return None
        side = value.direction or direction
        year, mark = _fill_year(Calendar(None, first_month), ref, side, notes, language)
        if year is None:
            return None
    end_year = year + 1 if last_month < first_month else year
    notes.append(f"« {name} » read as the months {first_month:02d} to {last_month:02d}")
    return _Span(
        _qualify(f"{year:04d}-{first_month:02d}", mark),
        _qualify(f"{end_year:04d}-{last_month:02d}", mark),
        "period",
    )


def _span_of(
    value: Value, ref: Reference | None, direction: int, notes: list[str], language: str
) -> _Span | None:
    if isinstance(value, Calendar):
        return _calendar(value, ref, direction, notes, language)
    if isinstance(value, Weekday):
        return _weekday(value, ref, direction, notes, language)
    if isinstance(value, Shift):
        return _shift(value, ref, notes)
    if isinstance(value, Season):
        return _season(value, ref, direction, notes, language)
    first, last = f"{value.first:04d}", f"{value.last:04d}"
    notes.append(f"the {value.label} as the years {first} to {last}")
    return _Span(first, last, "period")


def _range(
    mention: Mention, ref: Reference | None, direction: int, notes: list[str]
) -> _Span | None:
    first, last = mention.value, mention.last
    if isinstance(first, Calendar) and isinstance(last, Calendar):
        if last.year is None:
            year, mark = _fill_year(last, ref, direction, notes, mention.language)
            if year is None:
                notes.append("no year written and no publication date: left undated")
                return None
            last = Calendar(year, last.month, last.day)
            if mark:
                notes.append("the year is uncertain")
        if first.year is None and last.year is not None:
            later = (first.month or 0, first.day or 0) > (last.month or 0, last.day or 0)
            first = Calendar(last.year - 1 if later else last.year, first.month, first.day)
    start = _span_of(first, ref, direction, notes, mention.language)
    end = _span_of(last, ref, direction, notes, mention.language) if last is not None else None
    if start is None or end is None:
        return None
    return _Span(start.first, end.last, "period")


def resolve(mention: Mention, ref: Reference | None, tense: int) -> Resolved:
    """The EDTF value of one detected expression and a note on how it was reached."""
    notes: list[str] = []
    if mention.last is not None:
        span = _range(mention, ref, tense, notes)
    else:
        span = _span_of(mention.value, ref, tense, notes, mention.language)
    if mention.doubt:
        notes.append(mention.doubt)
    open_value = mention.open_text()
    if span is None:
        return Resolved(None, _note(mention, notes), open_value)
    if mention.doubt:
        span = _Span(_qualify(span.first, "?"), _qualify(span.last, "?"), span.kind)
    value = _bounded(span, mention, notes)
    try:
        parse_date(value)
    except ValueError as error:  # a rule produced something the format refuses: say so
        notes.append(f"computed value {value!r} is not a valid date ({error}): left undated")
        return Resolved(None, _note(mention, notes), open_value)
    return Resolved(value, _note(mention, notes, value), open_value)


def _bounded(span: _Span, mention: Mention, notes: list[str]) -> str:
    cue = f"« {mention.cue.strip()} »"
    if mention.modifier == "not_after":
        last = span.last
        if re.search(r"\b(?:fin|end)\b", mention.cue) and re.fullmatch(r"\d{4}(?:-\d{2})?", last):
            # "d'ici à la fin de 2026": the end of the period is its last day.
            year, month = int(last[:4]), int(last[5:7]) if len(last) > 4 else 12
            last = f"{year:04d}-{month:02d}-{days_in_month(year, month):02d}"
            notes.append(f"{cue}: on or before the last day of the period")
        else:
            notes.append(f"{cue}: on or before this date")
        return f"[..{last}]"
    if mention.modifier == "not_before":
        notes.append(f"{cue}: on or after this date")
        return f"[{span.first}..]"
    if mention.modifier == "since":
        notes.append(f"{cue}: from this date on, end open")
        return f"{span.first}/.."
    if mention.modifier == "until":
        notes.append(f"{cue}: until this date, start open")
        return f"../{span.last}"
    return span.text()


def _note(mention: Mention, notes: list[str], value: str | None = None) -> str:
    head = f"date from « {mention.text} » (read as {mention.open_text()})"
    if value is not None:
        # The EDTF value only: the note is stored in the file, and dates in words belong to
        # the reader's language (the window says it in the Event pane).
        head += f" = {value}"
    return "; ".join([head, *notes]) + "."
