"""Reading one written date, character by character, with located errors.

A written date (a *point*) is a year, then optionally a month or season and a day, then
optionally a time and zone (after a fully known day only):

* the year: four characters (``2024``, ``-0499``, ``199X``, ``1XXX``), or ``Y`` and more
  than four digits (``Y170000002``), or ``Y`` and an exponent (``Y17E7``, ``Y-17E7``); a
  year may end with significant digits (``1950S2``, ``Y3388E2S3``);
* the month ``01``-``12``, or a season or grouping ``21``-``41``, or digits with ``X``;
* the day, digits or ``X``;
* qualifiers: after a component, ``?``/``~``/``%`` qualify it and every component before
  it (``2004-06~-11``: year and month approximate; ``1984?``: the whole date); before a
  component, that component only (``?2004-06-~11``: the year uncertain, the day
  approximate); after a time, the whole date.

Over 500 lines on purpose: one hand-written reader of one grammar, whose states share the
cursor and the error locations; split, the grammar above would be scattered.
"""

from __future__ import annotations

from typing import Final

import msgspec
from msgspec.structs import replace

from timelineapp.model.calendar import (
    ENGLISH_MONTHS,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    days_in_month,
    to_seconds,
)

from .errors import END_HINT, QUALIFIER_HINT, DateError, article, choices, shorten
from .spans import (
    SEASON_MONTHS,
    make_point,
    point_span,
    season_span,
    significant_years,
    unspecified_bounds,
)
from .values import MAX_ABS_YEAR, QUALIFIERS, DatePoint, Precision, qualifier_of

_DIGITS: Final = frozenset("0123456789")
_PATTERN: Final = frozenset("0123456789X")
_DRAFT_PARENTHESES: Final = (
    "a qualifier right after the component it qualifies (as in 2004?-06-11); the 2012 "
    "draft's parentheses are not EDTF"
)
# A 'Y' year is a year and nothing more (EDTF: "Y" years have no month or day). timelineapp
# once read Y12345-06 as an extension; model.dates.format_instant now writes such years alone.
_NO_MONTH_AFTER_Y: Final = (
    "the end of the year: a 'Y' year has no month or day in EDTF (write the year alone, as "
    "in Y12345, or an interval of years, as in Y12345/Y12346)"
)
_MONTH_DAY_CHARS: Final = frozenset("0123456789X-?~%T:")
# Bits of a component's qualifier: what "?", "~" and "%" mean.
_UNCERTAIN, _APPROXIMATE = 1, 2
_BITS: Final = {"": 0, "?": _UNCERTAIN, "~": _APPROXIMATE, "%": _UNCERTAIN | _APPROXIMATE}


class _Year(msgspec.Struct):
    value: int  # the written year (X digits read as 0), or the estimate
    text: str  # as written, for messages
    pattern: str | None = None  # the four characters when an X is among them
    negative: bool = False
    significant: int | None = None
    long: bool = False  # 'Y' form


class PointReader:
    """Position-tracking reader of one date string; :class:`..parser.Parser` adds the
    expressions (intervals, sets) on top."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Surrounding whitespace is ignored, but positions stay indices into the original text
        # so an editor can put the cursor on the faulty character.
        self.pos = len(text) - len(text.lstrip())
        self.end = max(self.pos, len(text.rstrip()))
        # What the last parsed point could have continued with; used to say what was expected
        # when a point is followed by something unexpected.
        self.follow: list[str] = []
        self.point_start = self.pos  # where the point being read began

    # -- low-level helpers ------------------------------------------------------------------

    def peek(self, count: int = 1) -> str:
        return self.text[self.pos : min(self.pos + count, self.end)]

    def at_end(self) -> bool:
        return self.pos >= self.end

    def found_at(self, position: int) -> str:
        """Describe the input at ``position``: a whole word or number, else one character."""
        if position >= self.end:
            return END_HINT
        char = self.text[position]
        if char.isascii() and char.isalnum():
            stop = position
            while stop < self.end and self.text[stop].isascii() and self.text[stop].isalnum():
                stop += 1
            return f"'{shorten(self.text[position:stop])}'"
        return f"'{char}'" if char.isprintable() else repr(char)

    def error(
        self,
        expected: str,
        found: str | None = None,
        position: int | None = None,
        code: str = "date_expected",
        arguments: tuple[tuple[str, str], ...] = (),
    ) -> DateError:
        where = self.pos if position is None else position
        shown = self.found_at(where) if found is None else found
        return DateError(self.text, where, expected, shown, code, arguments)

    def digits(self, allowed: frozenset[str] = _DIGITS) -> str:
        # ASCII only: str.isdigit() accepts '²' or Arabic-Indic digits, which int() rejects or
        # which nobody means in a date.
        start = self.pos
        while self.pos < self.end and self.text[self.pos] in allowed:
            self.pos += 1
        return self.text[start : self.pos]

    def two_digits(self, what: str, low: int, high: int, hint: str = "") -> int:
        """Read exactly two digits and check the value is within ``[low, high]``."""
        start = self.pos
        text = self.digits()
        if len(text) != 2:
            raise self.error(f"a 2-digit {what}{hint}", position=start, code=f"date_{what}_digits")
        value = int(text)
        if not low <= value <= high:
            raise self.error(
                f"{article(what)} {what} between {low:02d} and {high:02d}",
                text,
                start,
                f"date_{what}_range",
                (("low", f"{low:02d}"), ("high", f"{high:02d}")),
            )
        return value

    def expect_end(self) -> None:
        if not self.at_end():
            raise self.error(choices([*self.follow, END_HINT]))

    def qualifier(self) -> str:
        """A qualifier character here, read; '' when there is none."""
        char = self.peek()
        if char in QUALIFIERS and char:
            self.pos += 1
            return char
        if char == "(":
            raise self.error(_DRAFT_PARENTHESES)
        return ""

    # -- one point ----------------------------------------------------------------------------

    def parse_point(self) -> DatePoint:
        """One written date with its optional time, zone and qualifiers."""
        self.follow = []
        start = self.point_start = self.pos
        bits = [0, 0, 0]  # year, month, day qualifiers
        bits[0] |= _BITS[self.qualifier()]
        year = self.parse_year()
        month = month_pattern = day_pattern = None
        day: int | None = None
        season: int | None = None
        last = 0  # the last written component
        # EDTF's 'Y' years (and exponents, significant digits) are years only: no month or day.
        stop = year.long or year.significant is not None or "E" in year.text
        self.after_component(bits, 0, None if stop else "'-' and a 2-digit month")
        if year.long and self.peek() == "-":
            run = self.pos + 1
            while run < self.end and self.text[run] in _MONTH_DAY_CHARS:
                run += 1
            raise self.error(
                _NO_MONTH_AFTER_Y,
                f"'{shorten(self.text[self.pos : run])}'",
                code="date_y_year_month",
            )
        if not stop and self.peek() == "-":
            self.pos += 1
            bits[1] |= _BITS[self.qualifier()]
            month, month_pattern, season = self.parse_month()
            last = 1
            self.after_component(bits, 1, None if season is not None else "'-' and a 2-digit day")
            if self.peek() == "-" and season is None:
                self.pos += 1
                bits[2] |= _BITS[self.qualifier()]
                day, day_pattern = self.parse_day(year, month, month_pattern)
                last = 2
                self.after_component(bits, 2, "'T' and a time")
            elif self.peek() == "-":
                raise self.error(
                    "the end of the season (a season has no day)", code="date_season_day"
                )
        written_bits = bits[: last + 1]
        exact = year.pattern is None and month_pattern is None and day_pattern is None
        plain_day = day is not None and exact and not any(written_bits)
        if plain_day and self.peek() == "T":
            assert month is not None
            assert day is not None
            point = self.parse_time(year, month, day)
        else:
            if self.peek() == "T" and day is not None:
                raise self.error(
                    "the end of the date (a time only follows a fully known day, with its "
                    "qualifier at the very end)",
                    code="date_time_after_unknown_day",
                )
            point = self.finish(year, month, day, season, month_pattern, day_pattern, bits, last)
        if point.unspecified or point.significant_digits is not None or "E" in year.text:
            return _with_written(point, self.text[start : self.pos])
        return point

    def after_component(self, bits: list[int], component: int, next_hint: str | None) -> None:
        """Read the qualifier right of ``component``: it qualifies that component and every
        component before it (``2004-06~``: year and month)."""
        qualifier = self.qualifier()
        for i in range(component + 1):
            bits[i] |= _BITS[qualifier]
        self.follow = [] if next_hint is None else [next_hint]
        if not qualifier:
            self.follow.append(QUALIFIER_HINT)

    def finish(
        self,
        year: _Year,
        month: int | None,
        day: int | None,
        season: int | None,
        month_pattern: str | None,
        day_pattern: str | None,
        bits: list[int],
        last: int,
    ) -> DatePoint:
        precision = (Precision.YEAR, Precision.MONTH, Precision.DAY)[last]
        unspecified = (
            year.pattern is not None or month_pattern is not None or day_pattern is not None
        )
        value = year.value
        if season is not None:
            first_year = last_year = value
            if year.pattern is not None:
                years = unspecified_bounds(year.pattern, year.negative, None, None)
                assert years is not None  # a year pattern other than XXXX always matches
                first_year, last_year = years[0][0], years[1][0]
                value = first_year
            earliest, latest = season_span(first_year, season)[0], season_span(last_year, season)[1]
        elif year.significant is not None:
            low, high = significant_years(value, year.significant)
            self.check_year(low, year.text, self.point_start)
            self.check_year(high, year.text, self.point_start)
            earliest, latest = to_seconds(low), to_seconds(high + 1)
        elif unspecified:
            pattern = year.pattern or f"{abs(value):04d}"
            month_text = None if last < 1 else month_pattern or f"{month:02d}"
            day_text = None if last < 2 else day_pattern or f"{day:02d}"
            found = unspecified_bounds(pattern, year.negative, month_text, day_text)
            if found is None:
                raise self.error(
                    "'X' digits that some calendar date matches (no such day exists)",
                    f"'{shorten(self.text[self.point_start : self.pos])}'",
                    self.point_start,
                    "date_no_matching_day",
                )
            first, final = found
            value = first[0]
            earliest = _span_of(first, last)[0]
            latest = _span_of(final, last)[1]
        else:
            earliest, latest = point_span(value, month, day, None, None, None, 0)
        qualifiers = [qualifier_of(bool(b & _UNCERTAIN), bool(b & _APPROXIMATE)) for b in bits]
        return DatePoint(
            year=value,
            month=month,
            day=day,
            hour=None,
            minute=None,
            second=None,
            uncertain=any(b & _UNCERTAIN for b in bits),
            approximate=any(b & _APPROXIMATE for b in bits),
            precision=precision,
            earliest=earliest,
            latest=latest,
            season=season,
            unspecified=unspecified,
            year_qualifier=qualifiers[0],
            month_qualifier=qualifiers[1] if last >= 1 else "",
            day_qualifier=qualifiers[2] if last >= 2 else "",
            significant_digits=year.significant,
        )

    def parse_time(self, year: _Year, month: int, day: int) -> DatePoint:
        self.pos += 1  # the 'T'
        hour = self.two_digits("hour", 0, 23, " after 'T' (as in T10:30)")
        if self.peek() != ":":
            raise self.error("':' and 2-digit minutes (as in T10:30)", code="date_minutes_colon")
        self.pos += 1
        minute = self.two_digits("minute", 0, 59)
        second: int | None = None
        self.follow = ["':' and 2-digit seconds", "a time zone ('Z' or +hh:mm)"]
        if self.peek() == ":":
            self.pos += 1
            second = self.two_digits("second", 0, 59)
            self.follow = ["a time zone ('Z' or +hh:mm)"]
        offset = self.parse_zone()
        if offset is not None:
            self.follow = []
        self.follow.append(QUALIFIER_HINT)
        qualifier = self.qualifier()
        if qualifier:
            self.follow = []
        return make_point(year.value, month, day, hour, minute, second, offset, qualifier)

    def check_year(self, value: int, text: str, start: int) -> None:
        if abs(value) > MAX_ABS_YEAR:
            raise self.year_range_error(text, start)

    def year_range_error(self, found: str, start: int) -> DateError:
        return self.error(
            f"a year between {-MAX_ABS_YEAR} and {MAX_ABS_YEAR}",
            found,
            start,
            "date_year_range",
            (("low", str(-MAX_ABS_YEAR)), ("high", str(MAX_ABS_YEAR))),
        )

    def parse_year(self) -> _Year:
        """``2024``, ``-0499``, ``0000``, ``199X``, ``Y170000002``, ``Y-17E7``, ``1950S2``."""
        start = self.pos
        if self.peek() == "Y":
            year = self.parse_long_year()
        else:
            negative = self.peek() == "-"
            if negative:
                self.pos += 1
            digits_pos = self.pos
            digits = self.digits(_PATTERN)
            if len(digits) != 4:
                if len(digits) > 4:
                    expected = "a 4-digit year (longer years need the 'Y' prefix, as in Y12345)"
                    code = "date_year_long"
                elif self.peek() == "u":
                    expected = "a 4-digit year with 'X' for unknown digits (the 2012 draft's 'u')"
                    code = "date_year_u"
                else:
                    expected = "a 4-digit year (as in 2024, 0000 or -0499)"
                    code = "date_year_digits"
                raise self.error(expected, position=digits_pos, code=code)
            text = self.text[start : self.pos]
            if digits == "XXXX":
                raise self.error(
                    "a year with at least its first digit known (a wholly unknown year has no "
                    "place on a timeline)",
                    f"'{text}'",
                    start,
                    "date_unknown_year",
                )
            if negative and digits == "0000":
                raise self.error(
                    "year zero written without '-' (0000 is 1 BCE)",
                    f"'{text}'",
                    start,
                    "date_negative_zero",
                )
            pattern = digits if "X" in digits else None
            value = int(digits.replace("X", "0"))
            year = _Year(-value if negative else value, text, pattern, negative)
        if self.peek() == "S":
            year.significant = self.parse_significant(year)
        return year

    def parse_long_year(self) -> _Year:
        start = self.pos
        self.pos += 1  # the 'Y'
        negative = self.peek() == "-"
        if negative:
            self.pos += 1
        digits_pos = self.pos
        digits = self.digits()
        if not digits:
            raise self.error("digits after 'Y' (as in Y170000002)", position=digits_pos)
        if self.peek() == "X":
            raise self.error("digits only in a 'Y' year ('X' is for 4-digit years)")
        exponent = None
        if self.peek() == "E":
            self.pos += 1
            exponent_pos = self.pos
            exponent_text = self.digits()
            if not exponent_text:
                raise self.error("digits of the exponent (as in Y17E7)", position=exponent_pos)
            exponent = int(exponent_text[-4:]) if len(exponent_text) <= 4 else 10_000
        elif len(digits) <= 4:
            raise self.error(
                "more than four digits after 'Y' (a year of four digits or fewer is written "
                "without 'Y', as in 2024 or -0499)",
                position=digits_pos,
            )
        significant = digits.lstrip("0")
        shown = shorten(("-" if negative else "") + (significant or "0"))
        bound = len(str(MAX_ABS_YEAR))
        # Compare lengths before calling int(): int() refuses strings over 4300 digits, and a
        # short bound keeps the comparison cheap whatever the input.
        if len(significant) + (exponent or 0) > bound:
            raise self.year_range_error(shown, start)
        value = int(significant or "0") * 10 ** (exponent or 0)
        text = self.text[start : self.pos]
        self.check_year(value, shorten(("-" if negative else "") + str(value)), start)
        return _Year(-value if negative else value, text, None, negative, long=True)

    def parse_significant(self, year: _Year) -> int:
        """``S`` and a count of significant digits, 1 to the number of digits of the year."""
        if year.pattern is not None:
            raise self.error("no significant digits on a year with 'X' (choose one)")
        self.pos += 1
        start = self.pos
        text = self.digits()
        width = len(str(abs(year.value)))
        if not text or int(text[:6]) < 1 or int(text[:6]) > width:
            raise self.error(
                f"a number of significant digits from 1 to {width} (as in 1950S2)",
                position=start,
            )
        self.follow = [QUALIFIER_HINT]
        return int(text)

    def parse_month(self) -> tuple[int | None, str | None, int | None]:
        """(month, pattern with X, season): a month, an unspecified month, or a season."""
        start = self.pos
        text = self.digits(_PATTERN)
        if len(text) != 2:
            raise self.error(
                "a 2-digit month (01 to 12) or season (21 to 41)",
                position=start,
                code="date_month_digits",
            )
        if "X" in text:
            if not any(
                1 <= int(f"{a}{b}") <= 12
                for a in ("01" if text[0] == "X" else text[0])
                for b in ("0123456789" if text[1] == "X" else text[1])
            ):
                raise self.error("a month between 01 and 12", text, start, "date_month_range")
            return None, text, None
        value = int(text)
        if 1 <= value <= 12:
            return value, None, None
        if value in SEASON_MONTHS:
            return None, None, value
        raise self.error(
            "a month between 01 and 12 or a season between 21 and 41",
            text,
            start,
            "date_month_or_season",
        )

    def parse_day(
        self, year: _Year, month: int | None, month_pattern: str | None
    ) -> tuple[int | None, str | None]:
        start = self.pos
        text = self.digits(_PATTERN)
        if len(text) != 2:
            raise self.error("a 2-digit day (01 to 31)", position=start, code="date_day_digits")
        if "X" in text:
            if text[0] not in "X0123":
                raise self.error("a day between 01 and 31", text, start, "date_day_range")
            return None, text
        day = int(text)
        if year.pattern is None and month is not None:
            last = days_in_month(year.value, month)
            if not 1 <= day <= last:
                raise self.error(
                    f"a day between 1 and {last} for {ENGLISH_MONTHS[month - 1]} {year.text}",
                    text,
                    start,
                    "date_day_for_month",
                    (("last", str(last)), ("month", str(month)), ("year", year.text)),
                )
        elif not 1 <= day <= 31:
            raise self.error("a day between 01 and 31", text, start, "date_day_range")
        return day, None

    def parse_zone(self) -> int | None:
        """Offset in seconds east of UTC from ``Z``, ``±hh:mm``, ``±hhmm`` or ``±hh``."""
        sign = self.peek()
        if sign == "Z":
            self.pos += 1
            return 0
        if sign not in ("+", "-"):
            return None
        self.pos += 1
        start = self.pos
        text = self.digits()
        if len(text) == 4:
            hours_text, minutes_text = text[:2], text[2:]
        elif len(text) == 2:
            hours_text, minutes_text = text, "00"
            if self.peek() == ":":
                self.pos += 1
                minutes_start = self.pos
                minutes_text = self.digits()
                if len(minutes_text) != 2:
                    raise self.error(
                        "2-digit offset minutes (as in +05:30)", position=minutes_start
                    )
        else:
            raise self.error(
                "an offset of 2-digit hours and minutes (as in +02:00)", position=start
            )
        hours, minutes = int(hours_text), int(minutes_text)
        if hours > 23 or minutes > 59:
            raise self.error(
                "an offset between 00:00 and 23:59", f"{hours_text}:{minutes_text}", start
            )
        return (1 if sign == "+" else -1) * (
            hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE
        )


def _span_of(date: tuple[int, int, int], last: int) -> tuple[int, int]:
    """The span of (year, month, day) at the precision of its ``last`` written component."""
    year, month, day = date
    return point_span(year, month if last >= 1 else None, day if last >= 2 else None,
                      None, None, None, 0)  # fmt: skip


def _with_written(point: DatePoint, text: str) -> DatePoint:
    """The point with its calendar part as written (qualifiers dropped), for words."""
    return replace(point, written="".join(char for char in text if char not in "?~%"))
