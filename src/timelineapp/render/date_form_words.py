"""The EDTF forms beyond plain dates in words, through Qt: unspecified digits ("some year in
the 1990s", "un jour de janvier 1999"), seasons ("spring 2001"), significant digits ("some
year between 1900 and 1999, estimated 1950"), deep-time years ("66 million years ago") and
qualifiers on single components ("year uncertain").

Each function says one :class:`~timelineapp.model.dates.DatePoint` without preposition;
:mod:`.date_words` puts them in phrases. The words say what the span is: a winter is
"winter 1999–2000", since ``1999-24`` runs from December 1999 to February 2000.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject

from timelineapp.model.calendar import display_year
from timelineapp.model.dates import SEASON_MONTHS, DatePoint
from timelineapp.model.dates.spans import significant_years

from .date_word_parts import day_number, decimal, fill, format_year, month_name, number

# -- years ------------------------------------------------------------------------------------


class DatePlurals(QObject):
    """The words with ``%n`` plurals: ``pyside6-lupdate`` reads plurals only from
    ``self.tr`` calls, whose context is this class's name."""

    def billions(self, n: int, manner: str) -> str:
        if manner == "around":
            return self.tr("around %Ln billion years ago", "", n)
        if manner == "about":
            return self.tr("about %Ln billion years ago", "", n)
        return self.tr("%Ln billion years ago", "", n)

    def millions(self, n: int, manner: str) -> str:
        if manner == "around":
            return self.tr("around %Ln million years ago", "", n)
        if manner == "about":
            return self.tr("about %Ln million years ago", "", n)
        return self.tr("%Ln million years ago", "", n)

    # A number with decimals ("1.5") fills %1; ``n``, its whole part, chooses the form.
    def decimal_billions(self, n: int, manner: str) -> str:
        if manner == "around":
            return self.tr("around %1 billion years ago", "", n)
        if manner == "about":
            return self.tr("about %1 billion years ago", "", n)
        return self.tr("%1 billion years ago", "", n)

    def decimal_millions(self, n: int, manner: str) -> str:
        if manner == "around":
            return self.tr("around %1 million years ago", "", n)
        if manner == "about":
            return self.tr("about %1 million years ago", "", n)
        return self.tr("%1 million years ago", "", n)

    def significant(self, n: int) -> str:
        return self.tr("(%Ln significant digit(s))", "", n)


def _deep_words(shown: str, integral: bool, count: int, billions: bool, manner: str) -> str:
    """ "66 million years ago" in one of three manners: "" (exact), "around", "about".

    ``shown`` is the number as written in the words' locale; ``count`` chooses the plural
    form: the number itself when integral, its whole part otherwise (French says
    "1,5 million" but "2,5 millions": the noun is singular below two), at least two for a
    range ("1 à 1,5 millions").
    """
    plurals = DatePlurals()
    if integral:
        return plurals.billions(count, manner) if billions else plurals.millions(count, manner)
    if billions:
        return fill(plurals.decimal_billions(count, manner), shown)
    return fill(plurals.decimal_millions(count, manner), shown)


def deep_parts(year: int) -> tuple[str, int, bool] | None:
    """A round year a million or more years ago as (number shown, whole part, billions);
    None otherwise (the exact year is then said)."""
    if year > -1_000_000:
        return None
    magnitude = -year
    for unit in (10**9, 10**6):
        if magnitude < unit:
            continue
        whole, rest = divmod(magnitude * 1000 // unit, 1000)
        if magnitude * 1000 % unit or (whole >= 1000 and rest):
            return None  # not round: 66,000,123 years is said exactly
        shown = f"{whole}" if rest == 0 else f"{whole}.{rest:03d}".rstrip("0")
        return shown, whole, unit == 10**9
    return None


def deep_year(year: int, manner: str = "") -> str | None:
    """ "66 million years ago" / "il y a 66 millions d’années" for a round year a million
    or more years ago (``manner`` "around" or "about" for approximate ones); None otherwise."""
    parts = deep_parts(year)
    if parts is None:
        return None
    shown, whole, billions = parts
    return _deep_words(decimal(shown), "." not in shown, whole, billions, manner)


def deep_range(first: int, last: int, manner: str = "") -> str | None:
    """ "100 to 66 million years ago" when both are round years in the same unit."""
    start, end = deep_parts(first), deep_parts(last)
    if start is None or end is None or start[2] != end[2]:
        return None
    shown = fill(
        QCoreApplication.translate("DateWords", "%1 to %2"), decimal(start[0]), decimal(end[0])
    )
    return _deep_words(shown, False, max(2, start[1], end[1]), end[2], manner)


def _year_pattern(point: DatePoint) -> str:
    """The year as written, 4 characters with X (sign dropped)."""
    written = point.written.lstrip("?~%")
    return written[1:5] if written.startswith("-") else written[:4]


def _year_range(low: int, high: int) -> str:
    """ "between 1900 and 1999" (the era said once when shared)."""
    first, last = format_year(low), format_year(high)
    if low <= 0 and high <= 0:
        first = number(display_year(low)[0])
    return fill(QCoreApplication.translate("DateWords", "between %1 and %2"), first, last)


def unknown_year(point: DatePoint) -> str:
    """The years an X year may be, after "some year": "in the 1990s", "between 1900 and
    1999", "written 1X9X"."""
    pattern = _year_pattern(point)
    negative = point.written.startswith("-")
    known = pattern.rstrip("X")
    free = len(pattern) - len(known)
    if "X" not in known and free == 1 and not negative:
        decade = format_year(int(known) * 10)
        return fill(QCoreApplication.translate("DateWords", "in the %1s"), decade)
    if "X" not in known:
        low = int(known + "0" * free)
        high = int(known + "9" * free)
        if negative:
            low, high = -high, -max(low, 1)
        return _year_range(low, high)
    return fill(QCoreApplication.translate("DateWords", "written %1"), pattern)


# -- unspecified digits -------------------------------------------------------------------


def _matches(pattern: str, value: int) -> bool:
    return all(p in ("X", c) for p, c in zip(pattern, f"{value:02d}", strict=True))


def _component_patterns(point: DatePoint) -> tuple[str | None, str | None]:
    """The month and day as written (2 characters, maybe with X), None when not written."""
    written = point.written.replace("?", "").replace("~", "").replace("%", "")
    parts = written.lstrip("-").split("-")
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    return month, day


def unspecified_words(point: DatePoint) -> str:
    """A date with X digits: "some year in the 1990s", "some day in January 1999",
    "a 25 December in the 1560s", "some month from October to December 1984"."""
    year_known = "X" not in _year_pattern(point)
    years = format_year(point.year) if year_known else unknown_year(point)
    month_text, day_text = _component_patterns(point)
    if month_text is None:
        return fill(QCoreApplication.translate("DateWords", "some year %1"), years)

    # The month: known, some month, or some month of a few.
    months = [m for m in range(1, 13) if _matches(month_text, m)]
    if point.month is not None:
        month_words = month_name(point.month)
    elif len(months) == 12:
        month_words = ""
    else:
        month_words = fill(
            QCoreApplication.translate("DateWords", "from %1 to %2"),
            month_name(months[0]),
            month_name(months[-1]),
        )
    # "1999" / "of some year in the 1990s" after the month.
    of_year = (
        years
        if year_known
        else fill(QCoreApplication.translate("DateWords", "of some year %1"), years)
    )

    if day_text is None:
        if point.month is not None:
            return f"{month_words} {of_year}"
        if not month_words:
            if year_known:
                return fill(QCoreApplication.translate("DateWords", "some month in %1"), of_year)
            return fill(QCoreApplication.translate("DateWords", "some month %1"), of_year)
        return fill(
            QCoreApplication.translate("DateWords", "some month %1 %2"), month_words, of_year
        )

    days = [d for d in range(1, 32) if _matches(day_text, d)]
    if point.day is not None:
        day = day_number(point.day)
        if point.month is not None:
            return fill(
                QCoreApplication.translate("DateWords", "a %1 %2 %3"), day, month_words, years
            )
        if year_known:
            return fill(
                QCoreApplication.translate("DateWords", "day %1 of some month in %2"), day, of_year
            )
        return fill(
            QCoreApplication.translate("DateWords", "day %1 of some month %2"), day, of_year
        )
    if point.month is not None:
        place = f"{month_words} {of_year}"
    elif month_words:
        place = fill(
            QCoreApplication.translate("DateWords", "some month %1 %2"), month_words, of_year
        )
    else:
        place = of_year
    if len(days) < 31:
        first_day, last_day = day_number(days[0]), str(days[-1])
        return fill(
            QCoreApplication.translate("DateWords", "some day from %1 to %2 %3"),
            first_day,
            last_day,
            place,
        )
    return fill(QCoreApplication.translate("DateWords", "some day in %1"), place)


# -- seasons ------------------------------------------------------------------------------------

_SEASON_NAMES: Final[tuple[Callable[[], str], ...]] = (
    lambda: QCoreApplication.translate("DateWords", "spring"),
    lambda: QCoreApplication.translate("DateWords", "summer"),
    lambda: QCoreApplication.translate("DateWords", "autumn"),
    lambda: QCoreApplication.translate("DateWords", "winter"),
)
_GROUPINGS: Final[dict[int, Callable[[], str]]] = {
    33: lambda: QCoreApplication.translate("DateWords", "first quarter"),
    34: lambda: QCoreApplication.translate("DateWords", "second quarter"),
    35: lambda: QCoreApplication.translate("DateWords", "third quarter"),
    36: lambda: QCoreApplication.translate("DateWords", "fourth quarter"),
    37: lambda: QCoreApplication.translate("DateWords", "first four-month period"),
    38: lambda: QCoreApplication.translate("DateWords", "second four-month period"),
    39: lambda: QCoreApplication.translate("DateWords", "third four-month period"),
    40: lambda: QCoreApplication.translate("DateWords", "first half"),
    41: lambda: QCoreApplication.translate("DateWords", "second half"),
}


def _hemisphere(season: int) -> str:
    """ " (northern hemisphere)" / " (southern hemisphere)" for 25-32; empty otherwise."""
    if 25 <= season <= 28:
        return " " + QCoreApplication.translate("DateWords", "(northern hemisphere)")
    if 29 <= season <= 32:
        return " " + QCoreApplication.translate("DateWords", "(southern hemisphere)")
    return ""


def grouping_unit(season: int) -> str:
    """What a season code (21-41) groups the months into: "season" (21-32), "quarter"
    (33-36), "four_months" (37-39) or "half" (40-41); the one rule for the precision words
    (QA #153: a quarter was said to be known to the month)."""
    if season <= 32:
        return "season"
    if season <= 36:
        return "quarter"
    return "four_months" if season <= 39 else "half"


def _grouping_name(season: int) -> str:
    """The season or grouping without hemisphere: "spring", "second quarter"."""
    if season <= 32:
        return _SEASON_NAMES[(season - 21) % 4]()
    return _GROUPINGS[season]()


def season_name(season: int) -> str:
    """ "spring", "second quarter", with the hemisphere when written."""
    return _grouping_name(season) + _hemisphere(season)


def takes_au(season: int) -> bool:
    """Whether the season's phrases are those of spring and the groupings (French "au
    printemps", "au 2e trimestre") rather than of the other seasons ("en été")."""
    return season >= 33 or (season - 21) % 4 == 0


def season_words(point: DatePoint) -> str:
    """ "spring 2001", "winter 1999–2000", "second quarter of 2001"."""
    assert point.season is not None
    season = point.season
    first, count = SEASON_MONTHS[season]
    if "X" in _year_pattern(point) and point.written:
        of_year = fill(
            QCoreApplication.translate("DateWords", "of some year %1"), unknown_year(point)
        )
        return f"{season_name(season)} {of_year}"
    year = format_year(point.year)
    if first + count - 1 > 12:
        year = f"{year}–{format_year(point.year + 1)}"
    if season >= 33:
        return fill(
            QCoreApplication.translate("DateWords", "%1 of %2"), _grouping_name(season), year
        )
    return f"{_grouping_name(season)} {year}{_hemisphere(season)}"


# -- significant digits -------------------------------------------------------------------------


def significant_words(point: DatePoint) -> str:
    """ "some year between 1900 and 1999, estimated 1950"; a deep one "about 3.5 billion
    years ago (2 significant digits)"."""
    assert point.significant_digits is not None
    digits = point.significant_digits
    deep = deep_year(point.year, "about")
    if deep is not None:
        note = DatePlurals().significant(digits)
        return f"{deep} {note}"
    low, high = significant_years(point.year, digits)
    return fill(
        QCoreApplication.translate("DateWords", "some year %1, estimated %2"),
        _year_range(low, high),
        format_year(point.year),
    )


# -- qualifiers on components ---------------------------------------------------------------

_ONE: Final[dict[tuple[str, str], Callable[[], str]]] = {
    ("year", "?"): lambda: QCoreApplication.translate("DateWords", "year uncertain"),
    ("year", "~"): lambda: QCoreApplication.translate("DateWords", "year approximate"),
    ("year", "%"): lambda: QCoreApplication.translate(
        "DateWords", "year uncertain and approximate"
    ),
    ("month", "?"): lambda: QCoreApplication.translate("DateWords", "month uncertain"),
    ("month", "~"): lambda: QCoreApplication.translate("DateWords", "month approximate"),
    ("month", "%"): lambda: QCoreApplication.translate(
        "DateWords", "month uncertain and approximate"
    ),
    ("season", "?"): lambda: QCoreApplication.translate("DateWords", "season uncertain"),
    ("season", "~"): lambda: QCoreApplication.translate("DateWords", "season approximate"),
    ("season", "%"): lambda: QCoreApplication.translate(
        "DateWords", "season uncertain and approximate"
    ),
    ("quarter", "?"): lambda: QCoreApplication.translate("DateWords", "quarter uncertain"),
    ("quarter", "~"): lambda: QCoreApplication.translate("DateWords", "quarter approximate"),
    ("quarter", "%"): lambda: QCoreApplication.translate(
        "DateWords", "quarter uncertain and approximate"
    ),
    ("four_months", "?"): lambda: QCoreApplication.translate(
        "DateWords", "four-month period uncertain"
    ),
    ("four_months", "~"): lambda: QCoreApplication.translate(
        "DateWords", "four-month period approximate"
    ),
    ("four_months", "%"): lambda: QCoreApplication.translate(
        "DateWords", "four-month period uncertain and approximate"
    ),
    ("half", "?"): lambda: QCoreApplication.translate("DateWords", "half uncertain"),
    ("half", "~"): lambda: QCoreApplication.translate("DateWords", "half approximate"),
    ("half", "%"): lambda: QCoreApplication.translate(
        "DateWords", "half uncertain and approximate"
    ),
    ("day", "?"): lambda: QCoreApplication.translate("DateWords", "day uncertain"),
    ("day", "~"): lambda: QCoreApplication.translate("DateWords", "day approximate"),
    ("day", "%"): lambda: QCoreApplication.translate("DateWords", "day uncertain and approximate"),
}
_SEVERAL: Final[dict[str, Callable[[], str]]] = {
    "?": lambda: QCoreApplication.translate("DateWordsPlural", "%1 uncertain"),
    "~": lambda: QCoreApplication.translate("DateWordsPlural", "%1 approximate"),
    "%": lambda: QCoreApplication.translate("DateWordsPlural", "%1 uncertain and approximate"),
}
_NOUNS: Final[dict[str, Callable[[], str]]] = {
    "year": lambda: QCoreApplication.translate("DateWords", "year"),
    "month": lambda: QCoreApplication.translate("DateWords", "month"),
    "season": lambda: QCoreApplication.translate("DateWords", "season"),
    "quarter": lambda: QCoreApplication.translate("DateWords", "quarter"),
    "four_months": lambda: QCoreApplication.translate("DateWords", "four-month period"),
    "half": lambda: QCoreApplication.translate("DateWords", "half"),
    "day": lambda: QCoreApplication.translate("DateWords", "day"),
}


def component_note(point: DatePoint) -> str:
    """What is doubtful, when qualifiers are on some components: "year uncertain, day
    approximate", "month and year approximate", "quarter uncertain"; empty when none is."""
    components = [("day", point.day_qualifier), ("month", point.month_qualifier)]
    components.append(("year", point.year_qualifier))
    groups: dict[str, list[str]] = {}
    for name, qualifier in components:
        if qualifier:
            # A qualified quarter or half is worded as the unit it is, not as a season.
            shown = (
                grouping_unit(point.season)
                if name == "month" and point.season is not None
                else name
            )
            groups.setdefault(qualifier, []).append(shown)
    notes = []
    for qualifier, names in sorted(groups.items(), key=lambda item: "?~%".index(item[0])):
        if len(names) == 1:
            notes.append(_ONE[names[0], qualifier]())
            continue
        nouns = _NOUNS[names[0]]()
        for name in names[1:]:
            nouns = fill(
                QCoreApplication.translate("DateWords", "%1 and %2"), nouns, _NOUNS[name]()
            )
        notes.append(fill(_SEVERAL[qualifier](), nouns))
    return ", ".join(notes)


__all__ = [
    "component_note",
    "deep_range",
    "deep_year",
    "grouping_unit",
    "season_name",
    "season_words",
    "significant_words",
    "takes_au",
    "unknown_year",
    "unspecified_words",
]
