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

A little over 500 lines on purpose: one resolver (:func:`resolve`) whose rules per kind of
expression (calendar dates, weekdays, shifts, parts, seasons, ranges) share the reference,
the span arithmetic and the notes; split by kind, each module would import all of those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from timelineapp.model.calendar import (
    ENGLISH_WEEKDAYS,
    SECONDS_PER_DAY,
    add_months,
    civil_from_days,
    days_from_civil,
    days_in_month,
)
from timelineapp.model.dates import SEASON_MONTHS, EdtfDate, parse_date

from .lexicon import SEASON_NAMES, fold, weekday_numbers
from .notes import Note, note
from .temporal import Calendar, Mention, Night, Season, Shift, Value, Weekday, YearPart, YearSpan

__all__ = [
    "Reference",
    "Resolved",
    "clause_tense",
    "open_reading",
    "reference_from",
    "resolve",
    "sentence_tense",
]

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
    """An expression's EDTF value (None when it cannot be fixed) and how it was reached (the
    notes' codes: worded by whoever shows them, see :mod:`.notes`)."""

    value: str | None
    notes: tuple[Note, ...]
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
        r"rrait|vrait|eraient|iraient|draient)|ferait|feraient|irait|iraient|"
        # « a promis de publier … en juin », « prévoit de », « compte » (QA #127)
        r"(?:promis|promet|promettent|prévoit|prévoient|envisage|envisagent|s['’]engage|"
        r"s['’]est\s+engagée?|compte|comptent|entend|entendent)\s+(?:de\s+|d['’]|à\s+)?\w+er|"
        r"commence|débute|s['’]achève|se\s+termine|"
        r"s['’]ouvre|ouvre|ferme|expire)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:will|shall|won['’]t|is to|are to|plans? to|intends? to|expects? to|"
        # Reported future: "said it would appeal", "promised to publish" (QA #127).
        r"would(?!\s+have|\s+not\s+have|n['’]t\s+have)|wouldn['’]t(?!\s+have)|"
        r"(?:promised|promises|pledged|pledges|vowed|vows|planned|aims?|aimed)\s+to|"
        r"going to|"
        r"expected to|scheduled|upcoming|next|no later than|deadline|due to|"
        # "The vote is expected by early July" (QA #83: read as last July, "expected" being
        # a past participle to the past rule); "was expected" stays past.
        r"(?:is|are|be)\s+(?:expected|due|set|slated)|"
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


# The verb that reports what someone said: the words after it are the reported clause, whose
# own tense places a date in it ("Meta said it would appeal … in June": June to come), while
# a date before it belongs to the saying ("He said in March that he would resign": March
# past). QA #127.
_REPORTING: Final = {
    "fr": re.compile(
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:indiqué|déclaré|annoncé|affirmé|assuré|"
        r"précisé|expliqué|estimé|confirmé|prévenu|averti|ajouté|répété|promis|dit|fait\s+savoir)"
        r"(?:\s+(?:que|qu['’]|de|d['’]))?|\b(?:selon|d['’]après)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:said|says|told\s+\w+|announced|stated|added|warned|confirmed|indicated|"
        r"explained|insisted|claimed|promised|pledged|vowed)\b(?:\s+that\b)?",
        re.IGNORECASE,
    ),
}
_PROMISE: Final = re.compile(r"promis|promised|pledged|vowed", re.IGNORECASE)


def clause_tense(clause: str, at: int, language: str) -> int:
    """The tense that places a date at offset ``at`` of ``clause``: the reported clause's
    when the date follows a verb of saying (its future even when the saying is past), the
    saying's own when the date comes before it or right after it ("said on Tuesday it
    would…"), else the clause's (:func:`sentence_tense`)."""
    lang = "fr" if language == "fr" else "en"
    said = None
    for match in _REPORTING[lang].finditer(clause, 0, at):
        if match.end() <= at:
            said = match
    if said is None or _RIGHT_AFTER.fullmatch(clause, said.end(), at):
        return sentence_tense(clause, language) if said is None else PAST
    reported = sentence_tense(clause[said.end() :], language)
    if reported:
        return reported
    if _PROMISE.search(said.group(0)):
        return FUTURE  # « a promis de publier en juin »: an infinitive after a promise
    return sentence_tense(clause, language)


# Between a verb of saying and a date that belongs to the saying: "said on Tuesday",
# « a déclaré mardi », "said in March that …".
_RIGHT_AFTER: Final = re.compile(
    r"\s*(?:on|in|at|late|early|earlier|this|last|le|en|ce|cette|dès)?\s*", re.IGNORECASE
)


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


@dataclass(frozen=True, slots=True)
class _Span:
    """A resolved expression before bounds: one point, one of a span, or a period."""

    first: str
    last: str
    kind: str  # "point" | "one_of" | "either" (of the two) | "period"

    def text(self) -> str:
        if self.first == self.last or self.kind == "point":
            return self.first
        if self.kind == "one_of":
            return f"[{self.first}..{self.last}]"
        if self.kind == "either":  # one of the two, nothing between
            return f"[{self.first},{self.last}]"
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
    calendar: Calendar, ref: Reference | None, direction: int, notes: list[Note], language: str
) -> tuple[int | None, str]:
    """The year of a calendar date and a doubt mark: the written one, else from the reference."""
    if calendar.year is not None:
        return calendar.year, ""
    if ref is None or calendar.month is None:
        return None, ""
    early = _year_for(calendar.month, calendar.day, ref.first, direction)
    late = _year_for(calendar.month, calendar.day, ref.last, direction)
    side = {PAST: "before", FUTURE: "after", 0: "nearest"}[direction]
    if early == late:
        notes.append(note(f"year_{side}_publication", year=early, published=ref.text))
        return early, ""
    notes.append(note("year_depends_on_day", late=late, early=early, published=ref.text))
    return late, "?"


def _calendar(
    calendar: Calendar,
    ref: Reference | None,
    direction: int,
    notes: list[Note],
    language: str,
    since: bool = False,
) -> _Span | None:
    """The span a calendar date says; ``since``: as :func:`_shift`'s ("since the start of
    2024" is from its first month, with no "early part" note)."""
    year, mark = _fill_year(calendar, ref, direction, notes, language)
    if year is None:
        notes.append(note("no_year_no_publication"))
        return None
    part = len(notes)  # where its note goes, before those of the span
    span = _calendar_span(calendar, year, mark, notes)
    if calendar.part and not (since and calendar.part == "early" and _said_start(calendar, span)):
        notes.insert(part, note(f"part_{calendar.part}"))
    return span


def _calendar_span(calendar: Calendar, year: int, mark: str, notes: list[Note]) -> _Span | None:
    if calendar.month is None:
        return _Span(_qualify(f"{year:04d}", mark), _qualify(f"{year:04d}", mark), "point")
    if calendar.day is None:
        text = _qualify(f"{year:04d}-{calendar.month:02d}", mark)
        return _Span(text, text, "point")
    if calendar.day > days_in_month(year, calendar.month):
        notes.append(note("day_not_in_month", day=calendar.day))
        return None
    text = _qualify(f"{year:04d}-{calendar.month:02d}-{calendar.day:02d}", mark)
    return _Span(text, text, "point")


def _weekday(
    value: Weekday, ref: Reference | None, direction: int, notes: list[Note], language: str
) -> _Span | None:
    name = _WEEKDAYS[language if language in _WEEKDAYS else "en"][value.weekday]
    if ref is None:
        notes.append(note("weekday_needs_publication", name=name))
        return None
    side = value.direction or (FUTURE if direction == FUTURE else PAST)

    def pick(day: int) -> int:
        if side == PAST:
            # "the agency said Wednesday" in Wednesday's news is that very day.
            return day - (_weekday_of(day) - value.weekday) % 7
        return day + ((value.weekday - _weekday_of(day)) % 7 or 7)

    if (
        side == FUTURE
        and not value.direction
        and ref.first == ref.last
        and _weekday_of(ref.first) == value.weekday
    ):
        # « s'exprimera jeudi soir » in Thursday's paper: tonight, or a week later; only
        # the tense says "to come", and it fits both (QA #111).
        notes.append(
            note(
                "weekday_same_day_tense",
                weekday=value.weekday,
                first=_day(ref.first),
                last=_day(ref.first + 7),
            )
        )
        return _Span(_day(ref.first), _day(ref.first + 7), "either")
    first, last = pick(ref.first), pick(ref.last)
    code = "weekday_before" if side == PAST else "weekday_after"
    cue = "" if value.direction else "_tense"
    if first == last:
        notes.append(note(code + cue, weekday=value.weekday, day=_day(first)))
    else:
        notes.append(
            note(
                code + "_between" + cue,
                weekday=value.weekday,
                first=_day(first),
                last=_day(last),
                published=ref.text,
            )
        )
    return _days_span(first, last)


def _night(value: Night, ref: Reference | None, direction: int, notes: list[Note]) -> _Span | None:
    """ "overnight", « cette nuit »: the night before publication (a report's night that just
    ended), or after it when the tense says it is to come; a night spans two days, so the
    date is one of them, never one chosen (day precision at best)."""
    if ref is None:
        notes.append(note("relative_needs_publication"))
        return None
    if (value.direction or (FUTURE if direction == FUTURE else PAST)) == FUTURE:
        first, last = ref.first, ref.last + 1
        notes.append(note("night_after_publication", first=_day(first), last=_day(last)))
    else:
        first, last = ref.first - 1, ref.last
        notes.append(note("night_before_publication", first=_day(first), last=_day(last)))
    return _days_span(first, last)


def _shift(
    value: Shift, ref: Reference | None, notes: list[Note], since: bool = False
) -> _Span | None:
    """The span a shift from the publication date says. ``since``: the span begins a
    "since" bound as read (:func:`_bounded`), where "the start of the year" (or month) is
    from its first month (or day) when the span is one whole year (or month), with no
    "early part" note then (:func:`_unit_start` says the start)."""
    if value.anchor:
        # "Three days later": after an event the rules cannot tell (QA #124).
        notes.append(note("relative_to_event"))
        return None
    if ref is None:
        notes.append(note("relative_needs_publication"))
        return None
    early = len(notes)  # where its note goes, before those of the span
    span = _shifted(value, ref, notes)
    if value.part == "early" and not (since and _said_start(value, span)):
        # « depuis le début de l'année »: the year itself, its early part said, not padded
        notes.insert(early, note("part_early"))
    return span


def _shifted(value: Shift, ref: Reference, notes: list[Note]) -> _Span:
    mark = "~" if value.approximate else ""
    if value.unit == "day":
        first, last = ref.first + value.amount, ref.last + value.amount
        if first != last:
            side = "before" if value.amount < 0 else "after"
            notes.append(note(f"days_{side}_publication", abs(value.amount), published=ref.text))
        return _days_span(first, last)
    if value.unit == "week":
        if value.part in _PARTS_OF_UNIT:
            return _part_span(value, ref, notes)
        monday_first = ref.first - _weekday_of(ref.first) + 7 * value.amount
        monday_last = ref.last - _weekday_of(ref.last) + 7 * value.amount
        notes.append(note("week_relative"))
        return _days_span(monday_first, monday_last + 6)
    if value.unit == "month":
        if value.part in _PARTS_OF_UNIT:
            return _part_span(value, ref, notes)
        first_m = _month_index(ref.first) + value.amount
        last_m = _month_index(ref.last) + value.amount
        if first_m == last_m:
            text = _qualify(_month_text(first_m), mark)
            return _Span(text, text, "point")
        notes.append(note("month_depends_on_day", published=ref.text))
        return _Span(_month_text(first_m), _month_text(last_m), "one_of")
    # years
    if value.part in _PARTS_OF_UNIT:
        return _part_span(value, ref, notes)
    first_y = civil_from_days(ref.first)[0] + value.amount
    last_y = civil_from_days(ref.last)[0] + value.amount
    if value.approximate:
        notes.append(note("years_approximate"))
    if first_y == last_y:
        text = _qualify(f"{first_y:04d}", mark)
        return _Span(text, text, "point")
    return _Span(f"{first_y:04d}", f"{last_y:04d}", "one_of")


_PARTS_OF_UNIT: Final = frozenset({"earlier", "later"})


def _part_span(value: Shift, ref: Reference, notes: list[Note]) -> _Span:
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
        notes.append(note(f"earlier_{value.unit}"))
    else:
        first, last = ref.first, end_of
        notes.append(note(f"later_{value.unit}"))
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
    value: Season, ref: Reference | None, direction: int, notes: list[Note], language: str
) -> _Span | None:
    first_month, last_month = _SEASON_MONTHS[value.season]
    name = SEASON_NAMES["fr" if language == "fr" else "en"][value.season]
    year = value.year
    mark = ""
    if year is None:
        if ref is None:
            notes.append(note("season_needs_publication", name=name))
            return None
        side = value.direction or direction
        year, mark = _fill_year(Calendar(None, first_month), ref, side, notes, language)
        if year is None:
            return None
    notes.append(
        note("season_months", name=name, first=f"{first_month:02d}", last=f"{last_month:02d}")
    )
    # EDTF's season (21 spring .. 24 winter, the same months): some time in it, never the
    # interval "2023-03/2023-05", which says it lasted the three months (QA #94).
    season = _qualify(f"{year:04d}-{21 + value.season}", mark)
    return _Span(season, season, "point")


def _year_part(value: YearPart, ref: Reference | None, notes: list[Note]) -> _Span | None:
    """ "the third quarter of 2024": EDTF's quarter (``2024-35``), some time in it like a
    season, never the interval of its three months; a year named ("of last year") is counted
    from the reference."""
    year = value.year
    mark = ""
    if year is None:
        if ref is None:
            notes.append(note("season_needs_publication", name=value.words))
            return None
        early = civil_from_days(ref.first)[0] + value.shift
        year = civil_from_days(ref.last)[0] + value.shift
        if early != year:
            notes.append(note("year_depends_on_day", late=year, early=early, published=ref.text))
            mark = "?"
    first, count = SEASON_MONTHS[value.code]
    last = add_months(year, first, count - 1)[1]
    notes.append(note("season_months", name=value.words, first=f"{first:02d}", last=f"{last:02d}"))
    text = _qualify(f"{year:04d}-{value.code}", mark)
    return _Span(text, text, "point")


def _span_of(
    value: Value,
    ref: Reference | None,
    direction: int,
    notes: list[Note],
    language: str,
    since: bool = False,
) -> _Span | None:
    """The span ``value`` says; ``since``: it begins a "since" bound as read (:func:`_shift`)."""
    if isinstance(value, Calendar):
        return _calendar(value, ref, direction, notes, language, since)
    if isinstance(value, Weekday):
        return _weekday(value, ref, direction, notes, language)
    if isinstance(value, Shift):
        return _shift(value, ref, notes, since)
    if isinstance(value, Night):
        return _night(value, ref, direction, notes)
    if isinstance(value, Season):
        return _season(value, ref, direction, notes, language)
    if isinstance(value, YearPart):
        return _year_part(value, ref, notes)
    first, last = f"{value.first:04d}", f"{value.last:04d}"
    notes.append(note(f"{value.label}_years", first=first, last=last))
    if value.part:
        notes.append(note(f"part_{value.part}"))  # "the mid-1990s": the whole decade kept
    if value.edtf().startswith("["):  # one of the run's years, as its first and last
        return _Span(first, last, "one_of")
    return _Span(value.edtf(), value.edtf(), "point")  # "199X", one reading (QA #83)


def _range(
    mention: Mention, ref: Reference | None, direction: int, notes: list[Note]
) -> _Span | None:
    first, last = mention.value, mention.last
    if isinstance(first, Calendar) and isinstance(last, Calendar):
        if last.year is None:
            year, mark = _fill_year(last, ref, direction, notes, mention.language)
            if year is None:
                notes.append(note("no_year_no_publication_range"))
                return None
            last = Calendar(year, last.month, last.day)
            if mark:
                notes.append(note("year_uncertain"))
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
    notes: list[Note] = []
    if mention.last is not None:
        span = _range(mention, ref, tense, notes)
    else:
        # A "since" bound read from the span as it is: no doubt or approximation qualifies it
        # (the weekday check qualifies single days only).
        since = mention.modifier == "since" and mention.doubt is None and not mention.approximate
        span = _span_of(mention.value, ref, tense, notes, mention.language, since)
    if mention.doubt is not None:
        notes.append(mention.doubt)
    open_value = mention.open_text()
    if span is None:
        return Resolved(None, _note(mention, notes), open_value)
    if mention.doubt is not None:
        span = _Span(_qualify(span.first, "?"), _qualify(span.last, "?"), span.kind)
    if mention.weekday and _weekday_contradicts(mention, span, notes):
        span = _Span(_qualify(span.first, "?"), _qualify(span.last, "?"), span.kind)
    if mention.approximate and not span.first.endswith(("~", "%")):
        # "around March 2024": not March for sure (QA #83 found "around" dropped).
        span = _Span(_qualify(span.first, "~"), _qualify(span.last, "~"), span.kind)
        notes.append(note("approximate", cue=mention.approximate))
    value = _bounded(span, mention, notes)
    try:
        parse_date(value)
    except ValueError as error:  # a rule produced something the format refuses: say so
        notes.append(note("invalid_value", value=repr(value), error=str(error)))
        return Resolved(None, _note(mention, notes), open_value)
    return Resolved(value, _note(mention, notes, value), open_value)


def _weekday_contradicts(mention: Mention, span: _Span, notes: list[Note]) -> bool:
    """Whether the weekday written with a date is not that day's ("mardi 3 juin 2024", a
    Monday): the article contradicts itself, which a reviewer must see (QA #87)."""
    written = weekday_numbers(mention.language).get(fold(mention.weekday))
    day = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", span.first)
    if written is None or day is None or span.first != span.last:
        return False
    number = days_from_civil(int(day[1]), int(day[2]), int(day[3]))
    actual = _weekday_of(number)
    if actual == written:
        return False
    notes.append(note("weekday_mismatch", written=mention.weekday, day=span.first, weekday=actual))
    return True


def _bounded(span: _Span, mention: Mention, notes: list[Note]) -> str:
    cue = mention.cue.strip()
    if mention.modifier == "not_after":
        last = span.last
        if re.search(r"\b(?:fin|end)\b", mention.cue) and re.fullmatch(r"\d{4}(?:-\d{2})?", last):
            # "d'ici à la fin de 2026": the end of the period is its last day.
            year, month = _last_month(int(last[:4]), int(last[5:7]) if len(last) > 4 else 12)
            last = f"{year:04d}-{month:02d}-{days_in_month(year, month):02d}"
            notes.append(note("bound_last_day", cue=cue))
        else:
            notes.append(note("bound_not_after", cue=cue))
        return f"[..{last}]"
    if mention.modifier == "not_before":
        notes.append(note("bound_not_before", cue=cue))
        return f"[{span.first}..]"
    if mention.modifier == "since":
        first = _unit_start(mention.value, span, notes)
        notes.append(note("bound_since", cue=cue))
        return f"{first}/.."
    if mention.modifier == "until":
        notes.append(note("bound_until", cue=cue))
        return f"../{span.last}"
    return span.text()


def _unit_start(value: Value, span: _Span, notes: list[Note]) -> str:
    """Where "since the start of the year/month" begins: the unit's first month or day, as
    finely as the words allow (« depuis le début de l'année » in 2025 is ``2025-01/..``, not
    ``2025/..``, which would let it begin in November, QA #152); the span's start otherwise."""
    first = _said_start(value, span)
    if first is None:
        return span.first
    # The note says the start (the span's own "early part" note was not given: _shift and
    # _calendar were told the span begins a "since" bound).
    unit = value.unit if isinstance(value, Shift) else "year"
    notes.append(note(f"since_start_of_{unit}", value=first))
    return first


def _said_start(value: Value, span: _Span | None) -> str | None:
    """The first month (or day) of the year (or month) when ``value`` names the start of one
    ("the start of the year", "the start of 2024") and ``span`` is that one whole unit;
    None when the words name no start, or the year or month depends on the publication
    day, is qualified ("2025?") or is not a whole unit (the span is then left as read)."""
    if isinstance(value, Shift) and value.part == "early":
        unit = value.unit
    elif isinstance(value, Calendar) and value.unit_start:
        unit = "year"
    else:
        return None
    if span is None or span.first != span.last:
        return None
    whole = {"year": r"\d{4}", "month": r"\d{4}-\d\d"}.get(unit)
    if whole is None or not re.fullmatch(whole, span.first):
        return None
    return f"{span.first}-01"


def _last_month(year: int, month: int) -> tuple[int, int]:
    """The last month of ``year``-``month``, a month or an EDTF season code ("2025-22", the
    summer: August; "2025-24", the winter: February 2026)."""
    if month <= 12:
        return year, month
    first, count = SEASON_MONTHS[month]
    return add_months(year, first, count - 1)


def _note(mention: Mention, notes: list[Note], value: str | None = None) -> tuple[Note, ...]:
    reading = open_reading(mention)
    if value is None:
        return (note("date_from", text=mention.text, reading=reading), *notes)
    # The EDTF value only: the note is stored in the file, and dates in words belong to the
    # reader's language (the window says it in the Event pane).
    return (note("date_from_value", text=mention.text, reading=reading, value=value), *notes)


def _open_value(value: Value) -> Note:
    """What the words say before anything is fixed, as a note ("XXXX-05-19", "a Friday")."""
    if isinstance(value, Calendar):
        bare = Calendar(value.year, value.month, value.day)
        code = f"open_calendar_{value.part}" if value.part else "open_calendar"
        return note(code, value=bare.open_text())
    if isinstance(value, Weekday):
        side = {-1: "last", 1: "next", 0: "any"}[value.direction]
        return note(f"open_weekday_{side}", weekday=value.weekday)
    if isinstance(value, Shift):
        code = f"open_shift_{value.part}" if value.part else "open_shift"
        amount = f"{'+' if value.amount >= 0 else ''}{value.amount}"
        return note(code, amount=amount, unit=note(f"unit_{value.unit}"))
    if isinstance(value, Night):
        side = {-1: "last", 1: "next", 0: "any"}[value.direction]
        return note(f"open_night_{side}")
    if isinstance(value, Season):
        season = ("spring", "summer", "autumn", "winter")[value.season]
        year = "XXXX" if value.year is None else str(value.year)
        return note("open_season", season=note(f"season_{season}"), year=year)
    if isinstance(value, YearPart):
        quarter = value.code < 40
        number = value.code - (33 if quarter else 40) + 1
        year = "XXXX" if value.year is None else str(value.year)
        return note("open_quarter" if quarter else "open_half", number=number, year=year)
    assert isinstance(value, YearSpan)
    return note("open_years", value=value.open_text())


def open_reading(mention: Mention) -> Note:
    """The reading of ``mention`` with its unknown parts open (``Mention.open_text`` as a
    note, worded in the note's language)."""
    reading = _open_value(mention.value)
    if mention.last is not None:
        reading = note("open_range", first=reading, last=_open_value(mention.last))
    if mention.modifier:
        reading = note(f"open_{mention.modifier}", reading=reading)
    return reading
