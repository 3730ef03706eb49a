"""Dates in words: French and English phrases for parsed EDTF dates.

Holds :func:`describe_date` (a whole expression as a phrase: "le 19 mai 2024",
"avril – mai 2024", "au plus tard le 15 septembre 2024", "since 19 May 2024"),
:func:`describe_point` (one date without preposition: "7 juin 2024 à 10 h 30"),
:func:`format_year` (astronomical year to "500 av. J.-C." / "500 BCE") and :data:`MONTHS`.

The phrases say no more than the date does: a month stays a month ("en juin 2024"), and the
written time zone is repeated rather than converted, since readers compare with the source.
Languages are BCP-47 tags reduced to their primary subtag; anything but French reads English.
"""

from __future__ import annotations

from typing import Final

from timelineapp.model.calendar import ENGLISH_MONTHS, display_year
from timelineapp.model.dates import DateKind, DatePoint, EdtfDate, Precision

__all__ = ["MONTHS", "describe_date", "describe_point", "format_year"]

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": ENGLISH_MONTHS,
}

_DASH: Final = " – "
# "de" elides before a vowel: "d'avril", "d'août", "d'octobre".
_FR_VOWELS: Final = frozenset("aeiouyàâäéèêëîïôöùûü")
_UNCERTAIN: Final = {"fr": " (incertain)", "en": " (uncertain)"}
_BCE: Final = {"fr": "av. J.-C.", "en": "BCE"}
# Deep-time years are unreadable as bare digit runs; French groups thousands with a no-break
# space (so "170 000 002" never wraps), English with commas. Four-digit years stay plain.
_GROUP_SEPARATOR: Final = {"fr": "\u00a0", "en": ","}


def _language(language: str) -> str:
    """Primary subtag of a BCP-47 tag ("fr-CA" -> "fr"), falling back to English."""
    primary = language.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in MONTHS else "en"


def _number(value: int, lang: str) -> str:
    if value < 10_000:
        return str(value)
    return f"{value:,}".replace(",", _GROUP_SEPARATOR[lang])


def format_year(year: int, language: str) -> str:
    """An astronomical year in words: 2024 -> "2024", -499 -> "500 av. J.-C." / "500 BCE".

    There is no year zero in historical numbering: 0 is "1 av. J.-C." / "1 BCE".
    """
    lang = _language(language)
    number, bce = display_year(year)
    if bce:
        return f"{_number(number, lang)} {_BCE[lang]}"
    return _number(number, lang)


def _day(day: int, lang: str) -> str:
    # French writes the first of the month as an ordinal: "1er juin".
    return "1er" if lang == "fr" and day == 1 else str(day)


def _clock(point: DatePoint, lang: str) -> str:
    """The written time of day without zone: "10 h 30" / "10:30"."""
    hour, minute, second = point.hour or 0, point.minute or 0, point.second
    if lang == "fr":
        if second is None:
            return f"{hour} h {minute:02d}"
        return f"{hour} h {minute} min {second} s"
    if second is None:
        return f"{hour:02d}:{minute:02d}"
    return f"{hour:02d}:{minute:02d}:{second:02d}"


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


def _calendar_date(point: DatePoint, lang: str) -> str:
    """The date part of a point at its own precision: "7 juin 2024", "June 2024", "2012"."""
    year = format_year(point.year, lang)
    if point.month is None:
        return year
    month = MONTHS[lang][point.month - 1]
    if point.day is None:
        return f"{month} {year}"
    return f"{_day(point.day, lang)} {month} {year}"


def _has_time(point: DatePoint) -> bool:
    return point.precision >= Precision.MINUTE and point.hour is not None


def _has_day(point: DatePoint) -> bool:
    # Days and times take "le"/"on"/"du"; years and months take "en"/"in"/"de".
    return point.precision >= Precision.DAY and point.day is not None


def describe_point(point: DatePoint, language: str = "fr") -> str:
    """One date in words without preposition or qualifier: "19 mai 2024", "500 BCE"."""
    lang = _language(language)
    text = _calendar_date(point, lang)
    if not _has_time(point):
        return text
    joiner = " à " if lang == "fr" else " at "
    return text + joiner + _clock(point, lang) + _zone(point)


# -- phrases around one point ------------------------------------------------------------------


def _at(point: DatePoint, lang: str) -> str:
    """ "en juin 2024", "le 19 mai 2024", "vers 2012"; "in June 2024", "around 2012"."""
    text = describe_point(point, lang)
    day = _has_day(point)
    if lang == "fr":
        if point.approximate:
            return ("vers le " if day else "vers ") + text
        return ("le " if day else "en ") + text
    if point.approximate:
        return "around " + text
    return ("on " if day else "in ") + text


def _not_after(point: DatePoint, lang: str) -> str:
    if lang == "fr":
        return "au plus tard " + _at(point, lang)
    return "by " + ("around " if point.approximate else "") + describe_point(point, lang)


def _not_before(point: DatePoint, lang: str) -> str:
    if lang == "fr":
        return "au plus tôt " + _at(point, lang)
    text = describe_point(point, lang)
    if point.approximate:
        return f"around {text} or later"
    return ("on or after " if _has_day(point) else "in or after ") + text


def _since(point: DatePoint, lang: str) -> str:
    text = describe_point(point, lang)
    if lang == "fr":
        # "depuis vers" is not French; the approximation goes after the date instead.
        phrase = ("depuis le " if _has_day(point) else "depuis ") + text
        return phrase + (" environ" if point.approximate else "")
    return "since " + ("around " if point.approximate else "") + text


def _until(point: DatePoint, lang: str) -> str:
    text = describe_point(point, lang)
    if lang == "fr":
        if point.approximate:
            return "jusque " + _at(point, lang)  # "jusque vers le 15 septembre 2024"
        return ("jusqu'au " if _has_day(point) else "jusqu'en ") + text
    return "until " + ("around " if point.approximate else "") + text


# -- intervals -----------------------------------------------------------------------------------


def _same_span(start: DatePoint, end: DatePoint) -> bool:
    return (start.precision, start.earliest, start.latest) == (
        end.precision,
        end.earliest,
        end.latest,
    )


def _collapsed(start: DatePoint, end: DatePoint, lang: str) -> tuple[str, bool] | None:
    """The interval with shared parts written once, and whether it is a bare "A – B" range.

    None when the two dates have different precisions and must be written out in full.
    """
    if start.precision != end.precision:
        return None
    precision = start.precision
    if precision == Precision.YEAR:
        start_number, start_bce = display_year(start.year)
        end_number, end_bce = display_year(end.year)
        if start_bce and end_bce:
            # "500 – 400 av. J.-C.": the era is said once, like the year of a month range.
            numbers = _number(start_number, lang) + _DASH + _number(end_number, lang)
            return f"{numbers} {_BCE[lang]}", True
        return format_year(start.year, lang) + _DASH + format_year(end.year, lang), True
    if precision == Precision.MONTH and start.month is not None and end.month is not None:
        if start.year == end.year:
            months = MONTHS[lang][start.month - 1] + _DASH + MONTHS[lang][end.month - 1]
            return f"{months} {format_year(end.year, lang)}", True
        return describe_point(start, lang) + _DASH + describe_point(end, lang), True
    same_month = (start.year, start.month) == (end.year, end.month)
    if (
        precision == Precision.DAY
        and same_month
        and start.day is not None
        and end.day is not None
        and end.month is not None
    ):
        rest = f"{MONTHS[lang][end.month - 1]} {format_year(end.year, lang)}"
        first, last = _day(start.day, lang), _day(end.day, lang)
        if lang == "fr":
            return f"du {first} au {last} {rest}", False
        return f"from {first} to {last} {rest}", False
    if (
        _has_time(start)
        and _has_time(end)
        and same_month
        and start.day == end.day
        and start.utc_offset == end.utc_offset
    ):
        date = _calendar_date(start, lang)
        first, last = _clock(start, lang), _clock(end, lang)
        if lang == "fr":
            return f"le {date} de {first} à {last}{_zone(end)}", False
        return f"on {date} from {first} to {last}{_zone(end)}", False
    return None


def _from_to(start: DatePoint, end: DatePoint, lang: str, per_point_uncertain: bool) -> str:
    """ "du 19 mai 2024 au 15 septembre 2024", "de 2012 à mai 2014", "from 2012 to May 2014"."""

    def marked(point: DatePoint) -> str:
        text = describe_point(point, lang)
        if lang == "fr" and point.approximate:
            text += " environ"
        elif point.approximate:
            text = "around " + text
        if per_point_uncertain and point.uncertain:
            text += _UNCERTAIN[lang]
        return text

    first, last = marked(start), marked(end)
    if lang == "en":
        return f"from {first} to {last}"
    if _has_day(start):
        opening = "du "
    elif first[0] in _FR_VOWELS:
        opening = "d'"
    else:
        opening = "de "
    closing = "au " if _has_day(end) else "à "
    return opening + first + " " + closing + last


def _interval(start: DatePoint, end: DatePoint, lang: str) -> str:
    same_qualifiers = (start.uncertain, start.approximate) == (end.uncertain, end.approximate)
    if same_qualifiers and _same_span(start, end):
        return _at(start, lang) + (_UNCERTAIN[lang] if start.uncertain else "")
    collapsed = _collapsed(start, end, lang)
    if same_qualifiers and (not start.approximate or (collapsed is not None and collapsed[1])):
        # Shared qualifiers are said once for the whole range.
        text = _from_to(start, end, lang, False) if collapsed is None else collapsed[0]
        if start.approximate:
            text = ("vers " if lang == "fr" else "around ") + text
        return text + (_UNCERTAIN[lang] if start.uncertain else "")
    # Qualifiers differ (or an approximate range has no compact form): mark each date.
    text = _from_to(start, end, lang, not same_qualifiers)
    return text + (_UNCERTAIN[lang] if same_qualifiers and start.uncertain else "")


def describe_date(date: EdtfDate, language: str = "fr") -> str:
    """A whole date expression as a phrase.

    French: "en 2012", "le 1er juin 2024", "avril – mai 2024", "au plus tard le 15 septembre
    2024", "depuis le 19 mai 2024", "jusqu'en mai 2024", "vers 2012 (incertain)".
    English: "in 2012", "on 19 May 2024", "by 15 September 2024", "until May 2024".
    """
    lang = _language(language)
    start, end = date.start, date.end
    if start is not None and end is not None and date.kind is DateKind.INTERVAL:
        return _interval(start, end, lang)
    point = start if start is not None else end
    if point is None:
        raise ValueError(f"date {date.text!r} has neither a start nor an end")
    if date.kind is DateKind.ONE_OF and start is not None and end is not None:
        text = ("un jour " if lang == "fr" else "one day ") + _from_to(start, end, lang, False)
        if lang == "fr":
            text = text.replace("un jour du ", "un jour entre le ", 1).replace(" au ", " et le ", 1)
        else:
            text = text.replace("one day from ", "one day between ", 1).replace(" to ", " and ", 1)
        return text + (_UNCERTAIN[lang] if start.uncertain or end.uncertain else "")
    if date.kind is DateKind.ON_OR_BEFORE:
        text = _not_after(point, lang)
    elif date.kind is DateKind.ON_OR_AFTER:
        text = _not_before(point, lang)
    elif date.kind is DateKind.INTERVAL:
        text = _since(point, lang) if start is not None else _until(point, lang)
    else:
        text = _at(point, lang)
    return text + (_UNCERTAIN[lang] if point.uncertain else "")
