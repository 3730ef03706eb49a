"""Dates in words: French and English phrases for parsed EDTF dates.

Holds :func:`describe_date` (a whole expression as a phrase: "le 19 mai 2024",
"avril – mai 2024", "au plus tard le 15 septembre 2024", "since 19 May 2024",
"une année des années 1990", "au printemps 2001", "l’une des années 1667, 1668 ou de 1670
à 1672"), :func:`describe_point` (one date without preposition: "7 juin 2024 à 10 h 30"),
:func:`format_year` (astronomical year to "500 av. J.-C." / "500 BCE") and :data:`MONTHS`.
The EDTF forms beyond plain dates are worded in :mod:`.date_form_words`.

The phrases say no more than the date does: a month stays a month ("en juin 2024"), and the
written time zone is repeated rather than converted, since readers compare with the source.
Qualifiers on the whole date read "vers …" / "around …" and "(incertain)" / "(uncertain)";
qualifiers on some components say which ("11 juin 2004 (année incertaine)").
Languages are BCP-47 tags reduced to their primary subtag; anything but French reads English.
The language is always the caller's to give, and it is the reader's, never the event file's:
the window passes :func:`timelineapp.render.language.ui_language`, an export its own
language, the command line ``--lang`` or English (issue 15).

(The words are a table here, not Qt translations: the model has no Qt, and the extractor and
command line word dates too. Issue 15 asks for them in the .ts files; see the README.)
"""

from __future__ import annotations

from typing import Final

from timelineapp.model.calendar import display_year
from timelineapp.model.date_form_words import (
    component_note,
    deep_year,
    season_article,
    season_preposition,
    season_words,
    significant_words,
    unspecified_words,
)
from timelineapp.model.date_word_parts import (
    BCE,
    MONTHS,
    NBSP,
    day_number,
    de,
    format_year,
    language_of,
    listed,
    number,
)
from timelineapp.model.dates import (
    DateKind,
    DatePoint,
    EdtfDate,
    Precision,
    component_qualified,
)

__all__ = ["MONTHS", "describe_date", "describe_point", "format_year"]

_DASH: Final = " – "
_UNCERTAIN: Final = {"fr": " (incertain)", "en": " (uncertain)"}


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
    """Whether the point's words stand without "en"/"le"/"in"/"on" ("une année des années
    1990", "il y a 66 millions d’années")."""
    kind = _special(point)
    if kind == "deep":
        return deep_year(point.year, "en") is not None
    return kind in ("unspecified", "significant")


def _calendar_date(point: DatePoint, lang: str) -> str:
    """The date part of a point at its own precision: "7 juin 2024", "June 2024", "2012"."""
    kind = _special(point)
    if kind == "unspecified":
        return unspecified_words(point, lang)
    if kind == "season":
        return season_words(point, lang)
    if kind == "significant":
        return significant_words(point, lang)
    if kind == "deep":
        return deep_year(point.year, lang) or format_year(point.year, lang)
    year = format_year(point.year, lang)
    if point.month is None:
        return year
    month = MONTHS[lang][point.month - 1]
    if point.day is None:
        return f"{month} {year}"
    return f"{day_number(point.day, lang)} {month} {year}"


def _has_time(point: DatePoint) -> bool:
    return point.precision >= Precision.MINUTE and point.hour is not None


def _has_day(point: DatePoint) -> bool:
    # Days and times take "le"/"on"/"du"; years and months take "en"/"in"/"de".
    return point.precision >= Precision.DAY and point.day is not None and not _bare(point)


def _approximate(point: DatePoint) -> bool:
    """Approximate as a whole (a component qualifier is said by the point's own note)."""
    return point.approximate and not component_qualified(point)


def _uncertain(point: DatePoint) -> bool:
    return point.uncertain and not component_qualified(point)


def describe_point(point: DatePoint, language: str) -> str:
    """One date in words without preposition or whole-date qualifier: "19 mai 2024",
    "500 BCE", "printemps 2001", "11 juin 2004 (année incertaine)"."""
    lang = language_of(language)
    text = _calendar_date(point, lang)
    if _has_time(point):
        joiner = " à " if lang == "fr" else " at "
        text += joiner + _clock(point, lang) + _zone(point)
    if component_qualified(point):
        text += f" ({component_note(point, lang)})"
    return text


# -- phrases around one point ------------------------------------------------------------------


def _with_article(point: DatePoint, lang: str) -> str:
    """The point as a noun phrase: "le printemps 2001", "l’été 2001", "juin 2024"."""
    text = describe_point(point, lang)
    if point.season is not None:
        return season_article(point, lang) + text
    return text


def _at(point: DatePoint, lang: str) -> str:
    """ "en juin 2024", "le 19 mai 2024", "vers 2012", "au printemps 2001"; "in June 2024",
    "around 2012", "some year in the 1990s"."""
    text = describe_point(point, lang)
    approximate = _approximate(point)
    if _bare(point):
        return _around(text, lang) if approximate else text
    if point.season is not None:
        if approximate:
            return ("vers " if lang == "fr" else "around ") + season_article(point, lang) + text
        return season_preposition(point, lang) + text
    day = _has_day(point)
    if lang == "fr":
        if approximate:
            return ("vers le " if day else "vers ") + text
        return ("le " if day else "en ") + text
    if approximate:
        return "around " + text
    return ("on " if day else "in ") + text


def _around(text: str, lang: str) -> str:
    """ "vers 2012", "il y a environ 66 millions d’années", "around 2012"."""
    if lang == "en":
        return "around " + text
    if text.startswith("il y a "):
        return "il y a environ " + text.removeprefix("il y a ")
    return "vers " + text


def _not_after(point: DatePoint, lang: str) -> str:
    if lang == "fr":
        return "au plus tard " + _at(point, lang)
    return "by " + ("around " if _approximate(point) else "") + _with_article(point, lang)


def _not_before(point: DatePoint, lang: str) -> str:
    if lang == "fr":
        return "au plus tôt " + _at(point, lang)
    text = _with_article(point, lang)
    if _approximate(point):
        return f"around {text} or later"
    if _bare(point):
        return f"{text} or later"
    return ("on or after " if _has_day(point) else "in or after ") + text


def _since(point: DatePoint, lang: str) -> str:
    text = _with_article(point, lang)
    approximate = _approximate(point)
    if lang == "fr":
        # "depuis vers" is not French; the approximation goes after the date instead.
        phrase = ("depuis le " if _has_day(point) else "depuis ") + text
        return phrase + (" environ" if approximate else "")
    return "since " + ("around " if approximate else "") + text


def _until(point: DatePoint, lang: str) -> str:
    text = _with_article(point, lang)
    if lang == "fr":
        if _approximate(point):
            return "jusque " + _at(point, lang)  # "jusque vers le 15 septembre 2024"
        if _has_day(point):
            return "jusqu’au " + text
        if point.season is not None and _special(point) == "season":
            return _contract("jusqu’à " + text)  # "jusqu’au printemps 2001", "jusqu’à l’été"
        return "jusqu’en " + text
    return "until " + ("around " if _approximate(point) else "") + text


def _contract(text: str) -> str:
    """French contractions of "de le" and "à le"."""
    return text.replace("de le ", "du ").replace("à le ", "au ").replace("jusqu’à le ", "jusqu’au ")


# -- intervals -----------------------------------------------------------------------------------


def _same_span(start: DatePoint, end: DatePoint) -> bool:
    return (start.precision, start.earliest, start.latest, start.written) == (
        end.precision,
        end.earliest,
        end.latest,
        end.written,
    )


def _collapsed(start: DatePoint, end: DatePoint, lang: str) -> tuple[str, bool] | None:
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
            # "500 – 400 av. J.-C.": the era is said once, like the year of a month range.
            numbers = number(start_number, lang) + _DASH + number(end_number, lang)
            return f"{numbers} {BCE[lang]}", True
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
        first, last = day_number(start.day, lang), day_number(end.day, lang)
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
        text = _with_article(point, lang)
        if lang == "fr" and _approximate(point):
            text += " environ"
        elif _approximate(point):
            text = "around " + text
        if per_point_uncertain and _uncertain(point):
            text += _UNCERTAIN[lang]
        return text

    first, last = marked(start), marked(end)
    if lang == "en":
        return f"from {first} to {last}"
    opening = "du " if _has_day(start) else _contract(de(first)[: -len(first)])
    closing = "au " if _has_day(end) else "à "
    return _contract(opening + first + " " + closing + last)


def _deep_range(start: DatePoint, end: DatePoint, lang: str) -> str | None:
    """ "il y a 100 à 66 millions d’années" / "100 to 66 million years ago", when both ends
    are round deep-time years in the same unit."""
    if _special(start) != "deep" or _special(end) != "deep":
        return None
    first, last = deep_year(start.year, lang), deep_year(end.year, lang)
    if first is None or last is None:
        return None
    head = "il y a " if lang == "fr" else ""
    first, last = first.removeprefix(head), last.removeprefix(head)
    first_number, _, first_unit = first.partition(NBSP if lang == "fr" else " ")
    last_number, _, last_unit = last.partition(NBSP if lang == "fr" else " ")
    if first_unit != last_unit:
        return None
    joiner = " à " if lang == "fr" else " to "
    return f"{head}{first_number}{joiner}{last_number}{NBSP if lang == 'fr' else ' '}{last_unit}"


def _interval(start: DatePoint, end: DatePoint, lang: str) -> str:
    same_qualifiers = (_uncertain(start), _approximate(start)) == (
        _uncertain(end),
        _approximate(end),
    )
    if same_qualifiers and _same_span(start, end):
        return _at(start, lang) + (_UNCERTAIN[lang] if _uncertain(start) else "")
    collapsed = _collapsed(start, end, lang)
    deep = _deep_range(start, end, lang)
    if deep is not None:
        collapsed = deep, True
    if same_qualifiers and (not _approximate(start) or (collapsed is not None and collapsed[1])):
        # Shared qualifiers are said once for the whole range.
        text = _from_to(start, end, lang, False) if collapsed is None else collapsed[0]
        if _approximate(start):
            text = _around(text, lang)
        return text + (_UNCERTAIN[lang] if _uncertain(start) else "")
    # Qualifiers differ (or an approximate range has no compact form): mark each date.
    text = _from_to(start, end, lang, not same_qualifiers)
    return text + (_UNCERTAIN[lang] if same_qualifiers and _uncertain(start) else "")


# -- sets ----------------------------------------------------------------------------------------


def _plain_year(date: EdtfDate) -> bool:
    """A member that is a plain year or a range of plain years (for "l’une des années …")."""
    points = [point for point in (date.start, date.end) if point is not None]
    return date.kind in (DateKind.SINGLE, DateKind.ONE_OF, DateKind.INTERVAL) and all(
        point.precision == Precision.YEAR
        and not _special(point)
        and not point.uncertain
        and not point.approximate
        for point in points
    )


def _set_words(date: EdtfDate, lang: str) -> str:
    """ "l’une des années 1667, 1668 ou de 1670 à 1672", "toutes ces dates : en 1960 et en
    décembre 1961"; "one of the years …", "all of these dates: …"."""
    fr = lang == "fr"
    all_of = date.kind is DateKind.ALL_OF
    conjunction = ("et" if all_of else "ou") if fr else ("and" if all_of else "or")
    if all(_plain_year(member) for member in date.members):
        items = []
        for member in date.members:
            assert member.start is not None
            assert member.end is not None
            first = format_year(member.start.year, lang)
            if member.kind is DateKind.SINGLE:
                items.append(first)
            else:
                last = format_year(member.end.year, lang)
                items.append(f"de {first} à {last}" if fr else f"{first} to {last}")
        if fr:
            head = "chacune des années " if all_of else "l’une des années "
        else:
            head = "each of the years " if all_of else "one of the years "
        return head + listed(items, lang, conjunction)
    items = [_member_words(member, lang, all_of) for member in date.members]
    if fr:
        head = f"toutes ces dates{NBSP}: " if all_of else f"l’une de ces dates{NBSP}: "
    else:
        head = "all of these dates: " if all_of else "one of these dates: "
    return head + listed(items, lang, conjunction)


def _member_words(member: EdtfDate, lang: str, all_of: bool) -> str:
    point = member.start
    if all_of and point is not None and member.kind is DateKind.ON_OR_BEFORE:
        return _until(point, lang)  # every date up to it: "jusqu’en 1984"
    if all_of and point is not None and member.kind is DateKind.ON_OR_AFTER:
        return _since(point, lang)
    if member.kind is DateKind.ONE_OF and member.start is not None and member.end is not None:
        text = _from_to(member.start, member.end, lang, False)
        return text + (_UNCERTAIN[lang] if member.uncertain else "")
    return describe_date(member, lang)


def describe_date(date: EdtfDate, language: str) -> str:
    """A whole date expression as a phrase.

    French: "en 2012", "le 1er juin 2024", "avril – mai 2024", "au plus tard le 15 septembre
    2024", "depuis le 19 mai 2024", "jusqu’en mai 2024", "vers 2012 (incertain)",
    "une année des années 1990", "au printemps 2001".
    English: "in 2012", "on 19 May 2024", "by 15 September 2024", "until May 2024",
    "some year in the 1990s", "in spring 2001".
    """
    lang = language_of(language)
    if date.members:
        return _set_words(date, lang)
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
        return text + (_UNCERTAIN[lang] if _uncertain(start) or _uncertain(end) else "")
    if date.kind is DateKind.ON_OR_BEFORE:
        text = _not_after(point, lang)
    elif date.kind is DateKind.ON_OR_AFTER:
        text = _not_before(point, lang)
    elif date.kind is DateKind.INTERVAL:
        text = _since(point, lang) if start is not None else _until(point, lang)
    else:
        text = _at(point, lang)
    return text + (_UNCERTAIN[lang] if _uncertain(point) else "")
