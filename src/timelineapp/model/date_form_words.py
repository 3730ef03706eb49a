"""The EDTF forms beyond plain dates, in French and English words: unspecified digits
("une année des années 1990", "some day in January 1999"), seasons ("printemps 2001"),
significant digits ("some year between 1900 and 1999, estimated 1950"), deep-time years
("il y a 66 millions d’années") and qualifiers on single components ("année incertaine").

Each function says one :class:`~.dates.DatePoint` without preposition; :mod:`.date_words`
puts them in phrases. The words say what the span is: a winter is "hiver 1999–2000", since
``1999-24`` runs from December 1999 to February 2000.
"""

from __future__ import annotations

from typing import Final

from timelineapp.model.date_word_parts import (
    BCE,
    MONTHS,
    NBSP,
    day_number,
    de,
    format_year,
    number,
)
from timelineapp.model.dates import SEASON_MONTHS, DatePoint
from timelineapp.model.dates.spans import significant_years

_SEASONS: Final = {
    "fr": ("printemps", "été", "automne", "hiver"),
    "en": ("spring", "summer", "autumn", "winter"),
}
_HEMISPHERE: Final = {
    "fr": (" (hémisphère Nord)", " (hémisphère Sud)"),
    "en": (" (northern hemisphere)", " (southern hemisphere)"),
}
_ORDINALS: Final = {
    "fr": ("1er", "2e", "3e", "4e"),
    "en": ("first", "second", "third", "fourth"),
}
_GROUPINGS: Final = {  # first code, French noun, English noun
    33: ("trimestre", "quarter"),
    37: ("quadrimestre", "four-month period"),
    40: ("semestre", "half"),
}
# Deep time is said in millions or billions of years ago, as geology and cosmology do, when
# the written year is a round number of them (Y-66000000, Y-13800000000).
_DEEP: Final = (
    (10**9, {"fr": ("milliard", "milliards"), "en": ("billion", "billion")}),
    (10**6, {"fr": ("million", "millions"), "en": ("million", "million")}),
)


# -- years ------------------------------------------------------------------------------------


def deep_year(year: int, lang: str) -> str | None:
    """ "il y a 66 millions d’années" / "66 million years ago" for a round year a million or
    more years ago; None otherwise (the exact year is then said)."""
    if year > -1_000_000:
        return None
    magnitude = -year
    for unit, names in _DEEP:
        if magnitude < unit:
            continue
        whole, rest = divmod(magnitude * 1000 // unit, 1000)
        if magnitude * 1000 % unit or (whole >= 1000 and rest):
            return None  # not round: 66,000,123 years is said exactly
        shown = f"{whole}" if rest == 0 else f"{whole}.{rest:03d}".rstrip("0")
        if lang == "fr":
            shown = shown.replace(".", ",")
            noun = names["fr"][0 if magnitude < 2 * unit else 1]
            return f"il y a {shown}{NBSP}{noun} d’années"
        return f"{shown} {names['en'][0]} years ago"
    return None


def _year_pattern(point: DatePoint) -> str:
    """The year as written, 4 characters with X (sign dropped)."""
    written = point.written.lstrip("?~%")
    return written[1:5] if written.startswith("-") else written[:4]


def _year_range(low: int, high: int, lang: str) -> str:
    """ "entre 1900 et 1999" / "between 1900 and 1999" (eras said once when shared)."""
    first, last = format_year(low, lang), format_year(high, lang)
    if low <= 0 and high <= 0:
        era = " " + BCE[lang]
        first, last = first.removesuffix(era), last
    return f"entre {first} et {last}" if lang == "fr" else f"between {first} and {last}"


def unknown_year(point: DatePoint, lang: str) -> str:
    """The years an X year may be, after "une année" / "some year": "des années 1990",
    "in the 1990s", "entre 1900 et 1999"."""
    pattern = _year_pattern(point)
    negative = point.written.startswith("-")
    known = pattern.rstrip("X")
    free = len(pattern) - len(known)
    if "X" not in known and free == 1 and not negative:
        decade = format_year(int(known) * 10, lang)
        return f"des années {decade}" if lang == "fr" else f"in the {decade}s"
    if "X" not in known:
        low = int(known + "0" * free)
        high = int(known + "9" * free)
        if negative:
            low, high = -high, -max(low, 1)
        return _year_range(low, high, lang)
    return f"notée {pattern}" if lang == "fr" else f"written {pattern}"


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


def unspecified_words(point: DatePoint, lang: str) -> str:
    """A date with X digits: "une année des années 1990", "un jour de janvier 1999",
    "un 25 décembre des années 1560", "some month from October to December 1984"."""
    fr = lang == "fr"
    year_known = "X" not in _year_pattern(point)
    years = format_year(point.year, lang) if year_known else unknown_year(point, lang)
    month_text, day_text = _component_patterns(point)
    names = MONTHS[lang]
    if month_text is None:
        return f"une année {years}" if fr else f"some year {years}"

    # The month: known, some month, or some month of a few.
    months = [m for m in range(1, 13) if _matches(month_text, m)]
    if point.month is not None:
        month_words = names[point.month - 1]
    elif len(months) == 12:
        month_words = ""
    else:
        first, last = names[months[0] - 1], names[months[-1] - 1]
        month_words = f"{de(first)} à {last}" if fr else f"from {first} to {last}"

    # "of 1999" / "d’une année des années 1990" after the month.
    if year_known:
        of_year = years
    else:
        of_year = f"{de('une année')} {years}" if fr else f"of some year {years}"

    if day_text is None:
        if point.month is not None:
            return f"{month_words} {of_year}"
        if not month_words:
            return (
                f"un mois {de(of_year) if year_known else of_year}"
                if fr
                else (f"some month {'in ' + of_year if year_known else of_year}")
            )
        return f"un mois {month_words} {of_year}" if fr else f"some month {month_words} {of_year}"

    days = [d for d in range(1, 32) if _matches(day_text, d)]
    if point.day is not None:
        day = day_number(point.day, lang)
        if point.month is not None:
            if year_known:  # cannot happen: a known date has no X
                return f"{day} {month_words} {years}"
            return f"un {day} {month_words} {years}" if fr else f"a {day} {month_words} {years}"
        return (
            f"le {day} d’un mois {de(of_year) if year_known else of_year}"
            if fr
            else f"day {day} of some month {'in ' + of_year if year_known else of_year}"
        )
    if point.month is not None:
        place = f"{month_words} {of_year}"
    elif month_words:
        place = f"{'un mois ' + month_words if fr else 'some month ' + month_words} {of_year}"
    else:
        place = of_year
    if len(days) < 31:
        first_day, last_day = day_number(days[0], lang), str(days[-1])
        span = f"du {first_day} au {last_day}" if fr else f"from {first_day} to {last_day}"
        return f"un jour {span} {place}" if fr else f"some day {span} {place}"
    return f"un jour {de(place)}" if fr else f"some day in {place}"


# -- seasons ------------------------------------------------------------------------------------


def season_name(season: int, lang: str) -> str:
    """ "printemps", "hiver", "2e trimestre" / "spring", "second quarter", with the
    hemisphere when written ("spring (southern hemisphere)")."""
    return _grouping_name(season, lang) + _hemisphere(season, lang)


def _hemisphere(season: int, lang: str) -> str:
    """ " (hémisphère Nord)" / " (southern hemisphere)" for 25-32; empty otherwise."""
    if 25 <= season <= 32:
        return _HEMISPHERE[lang][0 if season <= 28 else 1]
    return ""


def _grouping_name(season: int, lang: str) -> str:
    """The season or grouping without hemisphere: "printemps", "2e trimestre"."""
    if season <= 32:
        return _SEASONS[lang][(season - 21) % 4]
    first = max(code for code in _GROUPINGS if code <= season)
    french, english = _GROUPINGS[first]
    ordinal = _ORDINALS[lang][season - first]
    return f"{ordinal} {french}" if lang == "fr" else f"{ordinal} {english}"


def season_words(point: DatePoint, lang: str) -> str:
    """ "printemps 2001", "hiver 1999–2000", "2e trimestre 2001", "second quarter of 2001"."""
    assert point.season is not None
    season = point.season
    first, count = SEASON_MONTHS[season]
    crosses = first + count - 1 > 12
    if "X" in _year_pattern(point) and point.written:
        year = (
            f"{de('une année')} {unknown_year(point, lang)}"
            if lang == "fr"
            else (f"of some year {unknown_year(point, lang)}")
        )
        return f"{season_name(season, lang)} {year}"
    year = format_year(point.year, lang)
    if crosses:
        year = f"{year}–{format_year(point.year + 1, lang)}"
    name, hemisphere = _grouping_name(season, lang), _hemisphere(season, lang)
    if season >= 33:
        return f"{name} {year}" if lang == "fr" else f"{name} of {year}"
    return f"{name} {year}{hemisphere}"


def season_preposition(point: DatePoint, lang: str) -> str:
    """ "au printemps", "en été", "in", "in the" before :func:`season_words`."""
    assert point.season is not None
    if lang == "en":
        return "in the " if point.season >= 33 else "in "
    if point.season >= 33 or (point.season - 21) % 4 == 0:
        return "au "  # au printemps, au 2e trimestre
    return "en "  # en été, en automne, en hiver


def season_article(point: DatePoint, lang: str) -> str:
    """The article before :func:`season_words`: "le " (printemps, trimestre), "l’" (été,
    automne, hiver); English "the " before groupings ("the second quarter of 2001")."""
    assert point.season is not None
    if lang == "en":
        return "the " if point.season >= 33 else ""
    if point.season >= 33 or (point.season - 21) % 4 == 0:
        return "le "
    return "l’"


# -- significant digits -------------------------------------------------------------------------


def significant_words(point: DatePoint, lang: str) -> str:
    """ "une année entre 1900 et 1999, estimée à 1950" / "some year between 1900 and 1999,
    estimated 1950"."""
    assert point.significant_digits is not None
    digits = point.significant_digits
    deep = deep_year(point.year, lang)
    if deep is not None:
        # "il y a environ 3,5 milliards d’années (2 chiffres significatifs)"
        if lang == "fr":
            return deep.replace("il y a ", "il y a environ ", 1) + (
                f" ({digits} chiffre{'s' if digits > 1 else ''} significatif"
                f"{'s' if digits > 1 else ''})"
            )
        return f"about {deep} ({digits} significant digit{'s' if digits > 1 else ''})"
    low, high = significant_years(point.year, digits)
    span = _year_range(low, high, lang)
    estimate = format_year(point.year, lang)
    if lang == "fr":
        return f"une année {span}, estimée à {estimate}"
    return f"some year {span}, estimated {estimate}"


# -- qualifiers on components ---------------------------------------------------------------

_FR_ADJECTIVES: Final = {  # qualifier -> (masculine, feminine, plural)
    "?": ("incertain", "incertaine", "incertains"),
    "~": ("approximatif", "approximative", "approximatifs"),
    "%": (
        "incertain et approximatif",
        "incertaine et approximative",
        "incertains et approximatifs",
    ),
}
_EN_ADJECTIVES: Final = {"?": "uncertain", "~": "approximate", "%": "uncertain and approximate"}


def component_note(point: DatePoint, lang: str) -> str:
    """What is doubtful, when qualifiers are on some components: "année incertaine, jour
    approximatif" / "year uncertain, day approximate"; empty when none is."""
    components = [("day", point.day_qualifier), ("month", point.month_qualifier)]
    components.append(("year", point.year_qualifier))
    groups: dict[str, list[str]] = {}
    for name, qualifier in components:
        if qualifier:
            groups.setdefault(qualifier, []).append(name)
    notes = []
    fr_nouns = {"day": "jour", "month": "mois", "year": "année"}
    if point.season is not None:
        fr_nouns["month"] = "saison"
    for qualifier, names in sorted(groups.items(), key=lambda item: "?~%".index(item[0])):
        if lang == "fr":
            nouns = [fr_nouns[name] for name in names]
            masculine, feminine, plural = _FR_ADJECTIVES[qualifier]
            if len(nouns) > 1:
                adjective = plural
            else:
                adjective = feminine if nouns[0] in ("année", "saison") else masculine
            notes.append(" et ".join(nouns) + " " + adjective)
        else:
            shown = ["season" if n == "month" and point.season else n for n in names]
            notes.append(" and ".join(shown) + " " + _EN_ADJECTIVES[qualifier])
    return ", ".join(notes)


__all__ = [
    "component_note",
    "deep_year",
    "number",
    "season_article",
    "season_preposition",
    "season_words",
    "significant_words",
    "unknown_year",
    "unspecified_words",
]
