"""Dates in words, in the language of the installed translators (Qt ``.ts`` entries).

Holds :func:`describe_date` (a whole expression as a phrase: "on 19 May 2024", "April – May
2024", "by 15 September 2024", "since 19 May 2024", "some year in the 1990s", "in spring
2001", "one of the years 1667, 1668 or 1670 to 1672"; in French "le 19 mai 2024", "au plus
tard le 15 septembre 2024", "l’une des années …") and :func:`describe_point` (one date
without preposition: "7 June 2024 at 10:30"). The EDTF forms beyond plain dates are worded
in :mod:`.date_form_words`, the small pieces in :mod:`.date_word_parts`.

The model has no words: a parsed :class:`~timelineapp.model.dates.EdtfDate` is the code and
arguments, and every word here is a literal ``QCoreApplication.translate`` call, so
``pyside6-lupdate`` sees it. The language is the installed translators': the window's, an
export's own (``export_text.export_language``), or English on the command line unless
``--lang`` is given. Month names and numbers come from ``QLocale``.

The phrases say no more than the date does: a month stays a month ("in June 2024"), and the
written time zone is repeated rather than converted, since readers compare with the source.
Qualifiers on the whole date read "around …" and "(uncertain)"; qualifiers on some
components say which ("11 June 2004 (year uncertain)").

Phrase templates get the date in two forms, ``%1`` with its article ("19 May 2024"; French
"le 19 mai 2024", "le printemps 2001") and ``%2`` with its preposition ("on 19 May 2024";
French "le 19 mai 2024", "en juin 2024", "au printemps 2001"), so each language picks the
one its grammar needs ("by %1" is "au plus tard %2").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime

from timelineapp.model.calendar import display_year
from timelineapp.model.dates import (
    DateKind,
    DatePoint,
    EdtfDate,
    Precision,
    component_qualified,
)

from .date_form_words import (
    component_note,
    deep_range,
    deep_year,
    season_words,
    significant_words,
    takes_au,
    unspecified_words,
)
from .date_word_parts import (
    DASH,
    bce,
    day_number,
    fill,
    format_year,
    listed,
    month_name,
    number,
    orthography,
)

__all__ = [
    "describe_date",
    "describe_point",
    "format_year",
    "month_name",
    "one_hour",
    "with_article",
]


def _clock(point: DatePoint) -> str:
    """The written time of day without zone: "10:30" / "10 h 30"."""
    time = QTime(point.hour or 0, point.minute or 0, point.second or 0)
    if point.second is None:
        return time.toString(QCoreApplication.translate("DateWords", "HH:mm"))
    return time.toString(QCoreApplication.translate("DateWords", "HH:mm:ss"))


def _zone(point: DatePoint) -> str:
    """The written zone (" UTC", " UTC+02:00"), empty when none was written."""
    offset = point.utc_offset
    if offset is None:
        return ""
    if offset == 0:
        return " UTC"
    sign = "+" if offset > 0 else "-"
    hours, rest = divmod(abs(offset), 3600)
    return f" UTC{sign}{hours:02d}:{rest // 60:02d}"


def _special(point: DatePoint) -> str | None:
    """The words of a point in an EDTF form that carries its own determiner or article
    (X digits, a season, significant digits, a round deep-time year); None for plain ones."""
    if point.season is not None:
        return "season"
    if point.unspecified:
        return "unspecified"
    if point.significant_digits is not None:
        return "significant"
    if point.precision == Precision.YEAR and point.year <= -1_000_000:
        return "deep"
    return None


def _bare(point: DatePoint) -> bool:
    """Whether the point's words stand without "in"/"on" ("some year in the 1990s",
    "66 million years ago")."""
    kind = _special(point)
    if kind == "deep":
        return deep_year(point.year) is not None
    return kind in ("unspecified", "significant")


def _calendar_date(point: DatePoint) -> str:
    """The date part of a point at its own precision: "7 June 2024", "June 2024", "2012"."""
    kind = _special(point)
    if kind == "unspecified":
        return unspecified_words(point)
    if kind == "season":
        return season_words(point)
    if kind == "significant":
        return significant_words(point)
    if kind == "deep":
        return deep_year(point.year) or format_year(point.year)
    year = format_year(point.year)
    if point.month is None:
        return year
    month = month_name(point.month)
    if point.day is None:
        return f"{month} {year}"
    return f"{day_number(point.day)} {month} {year}"


def _has_time(point: DatePoint) -> bool:
    return point.precision >= Precision.MINUTE and point.hour is not None


def _has_day(point: DatePoint) -> bool:
    # Days and times take "on" (French "le"); years and months "in" (French "en").
    return point.precision >= Precision.DAY and point.day is not None and not _bare(point)


def _approximate(point: DatePoint) -> bool:
    """Approximate as a whole (a component qualifier is said by the point's own note)."""
    return point.approximate and not component_qualified(point)


def _uncertain(point: DatePoint) -> bool:
    return point.uncertain and not component_qualified(point)


def _point(point: DatePoint) -> str:
    text = _calendar_date(point)
    if _has_time(point):
        at = QCoreApplication.translate("DateWords", "%1 at %2")
        text = fill(at, text, _clock(point) + _zone(point))
    if component_qualified(point):
        text += f" ({component_note(point)})"
    return text


def describe_point(point: DatePoint) -> str:
    """One date in words without preposition or whole-date qualifier: "19 May 2024",
    "500 BCE", "spring 2001", "11 June 2004 (year uncertain)"."""
    return orthography(_point(point))


def _uncertain_mark(text: str) -> str:
    return fill(QCoreApplication.translate("DateWords", "%1 (uncertain)"), text)


# -- the two forms of a point -------------------------------------------------------------------


def _article(point: DatePoint) -> str:
    """The point with its article: "19 May 2024", "the second quarter of 2001"; French
    "le 19 mai 2024", "le printemps 2001", "juin 2024"."""
    text = _point(point)
    if point.season is not None and point.season >= 33:
        return fill(QCoreApplication.translate("DateWordsGrouping", "the %1"), text)
    if point.season is not None:
        return fill(QCoreApplication.translate("DateWordsSeason", "%1"), text)
    if _has_day(point):
        return fill(QCoreApplication.translate("DateWordsDay", "%1"), text)
    return text


def with_article(point: DatePoint) -> str:
    """One date with its article, to follow a preposition: "1 April 2024"; French "le 1er
    avril 2024", "juin 2024" (a filter's "from %1" reads "à partir du 1er avril 2024")."""
    return orthography(_article(point))


def _around_bare(point: DatePoint, text: str) -> str:
    """ "around 2012", "around 66 million years ago" (French "il y a environ …")."""
    if _special(point) == "deep":
        deep = deep_year(point.year, "around")
        if deep is not None:
            return deep
    return fill(QCoreApplication.translate("DateWords", "around %1"), text)


def _at(point: DatePoint) -> str:
    """The point with its preposition: "in June 2024", "on 19 May 2024", "around 2012",
    "in spring 2001", "in the second quarter of 2001", "some year in the 1990s"."""
    approximate = _approximate(point)
    if _bare(point):
        text = _point(point)
        return _around_bare(point, text) if approximate else text
    if approximate:
        return fill(QCoreApplication.translate("DateWords", "around %1"), _article(point))
    text = _point(point)
    season = point.season
    if season is not None and season >= 33:
        return fill(QCoreApplication.translate("DateWordsGrouping", "in the %1"), text)
    if season is not None and takes_au(season):
        return fill(QCoreApplication.translate("DateWordsSpring", "in %1"), text)
    if season is None and _has_day(point):
        return fill(QCoreApplication.translate("DateWords", "on %1"), text)
    return fill(QCoreApplication.translate("DateWords", "in %1"), text)


# -- phrases around one point ------------------------------------------------------------------


def _one_sided(point: DatePoint, side: str) -> str:
    """A bound or an open interval around one point: ``side`` is "not_after" ("by …"),
    "not_before" ("on or after …"), "since" or "until"."""
    approximate = _approximate(point)
    if side == "not_after" and approximate:
        template = QCoreApplication.translate("DateWords", "by around %1")
    elif side == "not_after":
        template = QCoreApplication.translate("DateWords", "by %1")
    elif side == "since" and approximate:
        template = QCoreApplication.translate("DateWords", "since around %1")
    elif side == "since":
        template = QCoreApplication.translate("DateWords", "since %1")
    elif side == "until" and approximate:
        template = QCoreApplication.translate("DateWords", "until around %1")
    elif side == "until" and _has_day(point):
        template = QCoreApplication.translate("DateWordsDay", "until %1")
    elif side == "until":
        template = QCoreApplication.translate("DateWords", "until %1")
    elif approximate:
        template = QCoreApplication.translate("DateWords", "around %1 or later")
    elif _bare(point):
        template = QCoreApplication.translate("DateWords", "%1 or later")
    elif _has_day(point):
        template = QCoreApplication.translate("DateWords", "on or after %1")
    else:
        template = QCoreApplication.translate("DateWords", "in or after %1")
    return fill(template, _article(point), _at(point))


# -- intervals -----------------------------------------------------------------------------------


def _same_span(start: DatePoint, end: DatePoint) -> bool:
    return (start.precision, start.earliest, start.latest, start.written) == (
        end.precision,
        end.earliest,
        end.latest,
        end.written,
    )


def _collapsed(start: DatePoint, end: DatePoint) -> tuple[str, bool] | None:
    """The interval with shared parts written once, and whether it is a bare "A – B" range.

    None when the two dates have different precisions, or use EDTF forms that carry their own
    words, and must be written out in full.
    """
    if start.precision != end.precision or _special(start) or _special(end):
        return None
    if component_qualified(start) or component_qualified(end):
        return None
    precision = start.precision
    if precision == Precision.YEAR:
        start_number, start_bce = display_year(start.year)
        end_number, end_bce = display_year(end.year)
        if start_bce and end_bce:
            # "500 – 400 BCE": the era is said once, like the year of a month range.
            return bce(number(start_number) + DASH + number(end_number)), True
        return format_year(start.year) + DASH + format_year(end.year), True
    if precision == Precision.MONTH and start.month is not None and end.month is not None:
        if start.year == end.year:
            months = month_name(start.month) + DASH + month_name(end.month)
            return f"{months} {format_year(end.year)}", True
        return _point(start) + DASH + _point(end), True
    same_month = (start.year, start.month) == (end.year, end.month)
    if (
        precision == Precision.DAY
        and same_month
        and start.day is not None
        and end.day is not None
        and end.month is not None
    ):
        rest = f"{month_name(end.month)} {format_year(end.year)}"
        days = QCoreApplication.translate("DateWords", "from %1 to %2 %3")
        return fill(days, day_number(start.day), day_number(end.day), rest), False
    if (
        _has_time(start)
        and _has_time(end)
        and same_month
        and start.day == end.day
        and start.utc_offset == end.utc_offset
    ):
        hours = QCoreApplication.translate("DateWords", "on %1 from %2 to %3")
        text = fill(hours, _calendar_date(start), _clock(start), _clock(end))
        return text + _zone(end), False
    return None


def _marked(point: DatePoint, per_point_uncertain: bool) -> str:
    """One end of a range with its own qualifiers: "around 19 May 2024" (French "le 19 mai
    2024 environ"), "19 May 2024 (uncertain)"."""
    text = _article(point)
    if _approximate(point):
        text = fill(QCoreApplication.translate("DateWordsRange", "around %1"), text)
    if per_point_uncertain and _uncertain(point):
        text = _uncertain_mark(text)
    return text


def _from_to(start: DatePoint, end: DatePoint, per_point_uncertain: bool) -> str:
    """ "from 2012 to May 2014"; French "du 19 mai 2024 au 15 septembre 2024"."""
    return fill(
        QCoreApplication.translate("DateWords", "from %1 to %2"),
        _marked(start, per_point_uncertain),
        _marked(end, per_point_uncertain),
    )


def _deep_range(start: DatePoint, end: DatePoint, approximate: bool) -> str | None:
    """ "100 to 66 million years ago", when both ends are round deep-time years in the same
    unit."""
    if _special(start) != "deep" or _special(end) != "deep":
        return None
    return deep_range(start.year, end.year, "around" if approximate else "")


def _interval(start: DatePoint, end: DatePoint) -> str:
    same_qualifiers = (_uncertain(start), _approximate(start)) == (
        _uncertain(end),
        _approximate(end),
    )
    if same_qualifiers and _same_span(start, end):
        return _uncertain_mark(_at(start)) if _uncertain(start) else _at(start)
    deep = _deep_range(start, end, same_qualifiers and _approximate(start))
    collapsed = (deep, True) if deep is not None else _collapsed(start, end)
    if same_qualifiers and (not _approximate(start) or (collapsed is not None and collapsed[1])):
        # Shared qualifiers are said once for the whole range.
        text = _from_to(start, end, False) if collapsed is None else collapsed[0]
        if _approximate(start) and deep is None:
            text = fill(QCoreApplication.translate("DateWords", "around %1"), text)
        return _uncertain_mark(text) if _uncertain(start) else text
    # Qualifiers differ (or an approximate range has no compact form): mark each date.
    text = _from_to(start, end, not same_qualifiers)
    return _uncertain_mark(text) if same_qualifiers and _uncertain(start) else text


# -- sets ----------------------------------------------------------------------------------------


def _plain_year(date: EdtfDate) -> bool:
    """A member that is a plain year or a range of plain years (for "one of the years …")."""
    points = [point for point in (date.start, date.end) if point is not None]
    return date.kind in (DateKind.SINGLE, DateKind.ONE_OF, DateKind.INTERVAL) and all(
        point.precision == Precision.YEAR
        and not _special(point)
        and not point.uncertain
        and not point.approximate
        for point in points
    )


def _set_words(date: EdtfDate) -> str:
    """ "one of the years 1667, 1668 or 1670 to 1672", "all of these dates: in 1960 and in
    December 1961"."""
    all_of = date.kind is DateKind.ALL_OF
    if all(_plain_year(member) for member in date.members):
        items = []
        for member in date.members:
            assert member.start is not None
            assert member.end is not None
            first = format_year(member.start.year)
            if member.kind is DateKind.SINGLE:
                items.append(first)
            else:
                years = QCoreApplication.translate("DateWordsYears", "%1 to %2")
                items.append(fill(years, first, format_year(member.end.year)))
        if all_of:
            head = QCoreApplication.translate("DateWords", "each of the years %1")
        else:
            head = QCoreApplication.translate("DateWords", "one of the years %1")
        return fill(head, listed(items, all_of))
    items = [_member_words(member, all_of) for member in date.members]
    if all_of:
        head = QCoreApplication.translate("DateWords", "all of these dates: %1")
    else:
        head = QCoreApplication.translate("DateWords", "one of these dates: %1")
    return fill(head, listed(items, all_of))


def _member_words(member: EdtfDate, all_of: bool) -> str:
    point = member.start
    if all_of and point is not None and member.kind is DateKind.ON_OR_BEFORE:
        return _one_sided(point, "until")  # every date up to it: "until 1984"
    if all_of and point is not None and member.kind is DateKind.ON_OR_AFTER:
        return _one_sided(point, "since")
    if member.kind is DateKind.ONE_OF and member.start is not None and member.end is not None:
        text = _from_to(member.start, member.end, False)
        return _uncertain_mark(text) if member.uncertain else text
    return _phrase(member)


def _within_one_day(start: DatePoint, end: DatePoint) -> str | None:
    """A moment between two times of one day, the day said once: "19 May 2024, between
    14:00 and 14:59" (French "le 19 mai 2024, entre 14 h 00 et 14 h 59"); None for other
    sets. An hour written alone is imported as such a set (QA #137)."""
    if not (_has_time(start) and _has_time(end)) or start.utc_offset != end.utc_offset:
        return None
    if (start.year, start.month, start.day) != (end.year, end.month, end.day):
        return None
    if _special(start) or _special(end) or component_qualified(start):
        return None
    if component_qualified(end) or start.approximate or end.approximate:
        return None
    day = fill(QCoreApplication.translate("DateWordsDay", "%1"), _calendar_date(start))
    between = QCoreApplication.translate("DateWords", "%1, between %2 and %3")
    text = fill(between, day, _clock(start), _clock(end) + _zone(end))
    return _uncertain_mark(text) if start.uncertain or end.uncertain else text


def one_hour(date: EdtfDate) -> bool:
    """Whether the date is some moment within one hour, ``[T14:00..T14:59]``: how an hour
    written alone is imported (EDTF has no hour precision), so its precision is the hour."""
    start, end = date.start, date.end
    if date.kind is not DateKind.ONE_OF or date.members or start is None or end is None:
        return False
    if _within_one_day(start, end) is None or start.hour != end.hour:
        return False
    end_second = 59 if end.second is None else end.second
    return (start.minute, start.second or 0, end.minute, end_second) == (0, 0, 59, 59)


def _phrase(date: EdtfDate) -> str:
    if date.members:
        return _set_words(date)
    start, end = date.start, date.end
    if start is not None and end is not None and date.kind is DateKind.INTERVAL:
        return _interval(start, end)
    point = start if start is not None else end
    if point is None:
        raise ValueError(f"date {date.text!r} has neither a start nor an end")
    if date.kind is DateKind.ONE_OF and start is not None and end is not None:
        within = _within_one_day(start, end)
        if within is not None:
            return within
        # The set's unit, not always a day: [1801..1900] is some year (QA #122), a set of
        # times some moment (QA #137).
        coarsest = min(start.precision, end.precision)
        if coarsest == Precision.YEAR:
            between = QCoreApplication.translate("DateWords", "some year between %1 and %2")
        elif coarsest == Precision.MONTH and start.season is None and end.season is None:
            between = QCoreApplication.translate("DateWords", "some month between %1 and %2")
        elif coarsest >= Precision.MINUTE and _has_time(start) and _has_time(end):
            between = QCoreApplication.translate("DateWords", "some time between %1 and %2")
        else:
            between = QCoreApplication.translate("DateWords", "one day between %1 and %2")
        text = fill(between, _marked(start, False), _marked(end, False))
        return _uncertain_mark(text) if _uncertain(start) or _uncertain(end) else text
    if date.kind is DateKind.ON_OR_BEFORE:
        text = _one_sided(point, "not_after")
    elif date.kind is DateKind.ON_OR_AFTER:
        text = _one_sided(point, "not_before")
    elif date.kind is DateKind.INTERVAL:
        text = _one_sided(point, "since" if start is not None else "until")
    else:
        text = _at(point)
    return _uncertain_mark(text) if _uncertain(point) else text


def describe_date(date: EdtfDate) -> str:
    """A whole date expression as a phrase, in the installed translators' language.

    English: "in 2012", "on 19 May 2024", "by 15 September 2024", "until May 2024",
    "some year in the 1990s", "in spring 2001".
    French: "en 2012", "le 1er juin 2024", "avril – mai 2024", "au plus tard le 15 septembre
    2024", "depuis le 19 mai 2024", "jusqu’en mai 2024", "vers 2012 (incertain)".
    """
    return orthography(_phrase(date))
