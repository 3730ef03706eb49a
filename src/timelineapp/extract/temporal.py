"""Stage one of the date tagger: find temporal expressions and read them with unknown parts open.

Detection knows nothing of the publication date. "le 19 mai" is read as ``XXXX-05-19``,
"vendredi" as "a Friday", "la semaine dernière" as "the week before the reference"; stage two
(:mod:`.anchoring`) fixes what the publication date, cue words and tense allow. Splitting the
two (as HeidelTime does) keeps detection testable on its own and anchoring free of regexes.

Rules, not a statistical model: each pattern is a regular expression over the written text,
with a check that rejects the traps ("80 %", "946 soldats", "base 101", "Mai" as a name,
"March" as a verb, phone numbers, article numbers of laws, times without a date). Offsets are
code points of the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Final

from timelineapp.model.calendar import ENGLISH_WEEKDAYS

from .lexicon import (
    SEASONS,
    UNITS,
    fold,
    month_numbers,
    month_pattern,
    number_pattern,
    read_number,
    weekday_numbers,
    weekday_pattern,
)

__all__ = [
    "Calendar",
    "Mention",
    "Season",
    "Shift",
    "Value",
    "Weekday",
    "YearSpan",
    "detect",
]

MIN_YEAR: Final = 1000
MAX_YEAR: Final = 2199


@dataclass(frozen=True, slots=True)
class Calendar:
    """A calendar date with unknown parts left open (``None``): ``XXXX-05-19`` is
    ``Calendar(None, 5, 19)``. ``part`` narrows a month or year ("début", "late")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str = ""  # "early" | "mid" | "late" | ""

    def open_text(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        text = year
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        elif self.day is not None:
            text += f"-XX-{self.day:02d}"
        return text + (f" ({self.part})" if self.part else "")


@dataclass(frozen=True, slots=True)
class Weekday:
    """ "vendredi", "last Friday": a weekday; ``direction`` -1 before, +1 after the reference,
    0 when only the tense can tell."""

    weekday: int  # 0 = Monday
    direction: int = 0

    def open_text(self) -> str:
        side = {-1: "the last ", 1: "the next ", 0: "a "}[self.direction]
        return side + ENGLISH_WEEKDAYS[self.weekday]


@dataclass(frozen=True, slots=True)
class Shift:
    """A date relative to the reference: ``amount`` units away ("hier" is day -1, "la semaine
    dernière" week -1, "il y a deux ans" year -2 approximately). ``part`` "earlier"/"later" is
    the piece of the unit before/after the reference ("earlier this month")."""

    unit: str  # "day" | "week" | "month" | "year"
    amount: int
    part: str = ""
    approximate: bool = False

    def open_text(self) -> str:
        sign = "+" if self.amount >= 0 else ""
        return f"reference {sign}{self.amount} {self.unit}" + (
            f" ({self.part})" if self.part else ""
        )


@dataclass(frozen=True, slots=True)
class Season:
    season: int  # 0 spring .. 3 winter (northern hemisphere)
    year: int | None = None
    direction: int = 0

    def open_text(self) -> str:
        name = ("spring", "summer", "autumn", "winter")[self.season]
        return f"{name} of " + ("XXXX" if self.year is None else str(self.year))


@dataclass(frozen=True, slots=True)
class YearSpan:
    """A run of whole years: a decade ("les années 1990") or a century ("XIXe siècle")."""

    first: int
    last: int
    label: str  # "decade" | "century"

    def open_text(self) -> str:
        return f"{self.first}/{self.last}"


Value = Calendar | Weekday | Shift | Season | YearSpan


@dataclass(frozen=True, slots=True)
class Mention:
    """One temporal expression in a text, read with its unknown parts open.

    ``last`` is a range's end ("du 3 au 5 juin"); ``modifier`` a bound written before it:
    ``not_after`` ("au plus tard", "no later than", "by"), ``not_before`` ("après", "after"),
    ``since`` ("depuis", "since") or ``until`` ("jusqu'au", "until"); ``cue`` is the words.
    """

    start: int
    end: int
    text: str
    value: Value
    language: str
    last: Value | None = None
    modifier: str = ""
    cue: str = ""
    doubt: str = ""  # why the reading may be wrong ("05/06/2024" could be either order)

    def open_text(self) -> str:
        text = self.value.open_text()
        if self.last is not None:
            text += " / " + self.last.open_text()
        return f"{self.modifier}({text})" if self.modifier else text


# -- pattern pieces ----------------------------------------------------------------------------

_DAY: Final = r"(?:[12]\d|3[01]|0?[1-9])"  # ordinal endings ("1er", "19th") follow it
_YEAR: Final = r"(?:1\d{3}|20\d{2}|21\d{2})(?!\d)"
_APOS: Final = "['’]"
# A word boundary that treats the apostrophes of "d'avril" / "l’an" as boundaries too.
_B: Final = r"(?<![\w])"
_E: Final = r"(?![\w])"

# Words that make a bare four-digit number a year when written just before it.
_YEAR_CUES: Final = {
    "fr": {
        # nouns that name a thing by its year: "l'édition 2025", "le budget 2024"
        "edition",
        "saison",
        "budget",
        "exercice",
        "promotion",
        "recensement",
        "pour",
        "en",
        "depuis",
        "des",
        "jusqu'en",
        "avant",
        "apres",
        "ici",
        "de",
        "d'",
        "du",
        "l'an",
        "an",
        "annee",
        "l'annee",
        "fin",
        "debut",
        "mi",
        "vers",
        "courant",
        "et",
        "a",
        "entre",
        "partir",
        "printemps",
        "ete",
        "automne",
        "hiver",
        "dans",
    },
    "en": {
        "edition",
        "season",
        "budget",
        "census",
        "class",
        "for",
        "the",
        "in",
        "since",
        "until",
        "till",
        "by",
        "before",
        "after",
        "from",
        "to",
        "of",
        "and",
        "between",
        "year",
        "early",
        "late",
        "mid",
        "around",
        "circa",
        "through",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "during",
        "as",
    },
}
# Words before a number that make it anything but a year ("article 2012", "base 101").
_NOT_YEAR_BEFORE: Final = {
    "article",
    "articles",
    "art",
    "section",
    "sections",
    "loi",
    "law",
    "no",
    "n°",
    "nº",
    "numero",
    "number",
    "base",
    "route",
    "vol",
    "page",
    "p",
    "pp",
    "chapter",
    "chapitre",
    "alinea",
    "paragraph",
    "code",
    "decret",
    "decree",
    "order",
    "rule",
    "resolution",
    "avenue",
    "street",
    "rue",
    "room",
    "salle",
    "flight",
    "vol.",
}
# After a year, these units make it a count ("2000 soldats", "1500 km", "80 %").
_COUNT_AFTER: Final = re.compile(
    r"\s*(?:%|‰|€|\$|£|km|kg|m\b|t\b|euros?|dollars?|francs?|soldats?|militaires?|hommes|"
    r"personnes|morts|tonnes|troops|soldiers|people|personnel|dead|tons|tonnes|miles|"
    r"éléments|elements|exemplaires|copies|units|unités|employees|salariés|habitants|"
    r"residents|votes|voix|cases|cas|[-–]\d)",
    re.IGNORECASE,
)
# Words before a month name that make it a month ("en mai", "in May", "début juin").
_MONTH_CUES: Final = {
    "fr": {
        "en",
        "depuis",
        "des",
        "jusqu'en",
        "d'",
        "de",
        "mois",
        "debut",
        "fin",
        "mi",
        "courant",
        "avant",
        "apres",
        "et",
        "a",
        "ou",
        "entre",
        "partir",
        "ici",
    },
    "en": {
        "in",
        "since",
        "until",
        "till",
        "by",
        "before",
        "after",
        "from",
        "to",
        "of",
        "and",
        "or",
        "between",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "during",
        "through",
        "throughout",
    },
}

_PARTS: Final = {
    "debut": "early",
    "fin": "late",
    "mi": "mid",
    "early": "early",
    "late": "late",
    "mid": "mid",
}


def _previous_word(text: str, start: int) -> str:
    """The folded word just before ``start`` ("en", "d'", "mi"), or ""."""
    left = text[max(0, start - 24) : start]
    match = re.search(r"([\w°º]+['’]?|['’])[\s\-]*$", left)
    if match is None:
        return ""
    return fold(match.group(1)).rstrip(".")


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(' \u00a0\t«“"(')
    return before == "" or before[-1] in ".!?\n:"


# -- patterns ----------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], str, str], Mention | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    handler: Handler


def _month(name: str | None, language: str) -> int | None:
    if name is None:
        return None
    return month_numbers(language).get(fold(name).rstrip("."))


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _mention(
    match: re.Match[str],
    language: str,
    value: Value,
    last: Value | None = None,
    group: int | str = 0,
) -> Mention:
    start, end = match.span(group)
    return Mention(start, end, match.string[start:end], value, language, last)


def _month_case_ok(match: re.Match[str], group: str, language: str, text: str) -> bool:
    """A month name without a day or year beside it must be written as a month: lower case in
    French, capitalised in English ("Mai" as a name and "march" as a verb are not months)."""
    word = match.group(group)
    start = match.start(group)
    if language == "fr":
        return word[0].islower() or _at_sentence_start(text, start)
    return word[0].isupper()


def _full_date(match: re.Match[str], language: str, text: str) -> Mention | None:
    month = _month(match.group("month"), language)
    if month is None:
        return None
    if language == "en" and not match.group("month")[0].isupper():
        return None
    day = int(match.group("day"))
    year = _int(match.group("year"))
    return _mention(match, language, Calendar(year, month, day))


def _day_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    month2 = _month(match.group("m2"), language) or _month(match.group("m1"), language)
    month1 = _month(match.group("m1"), language) or month2
    if month1 is None or month2 is None:
        return None
    year2 = _int(match.group("y2"))
    year1 = _int(match.group("y1")) or year2
    first = Calendar(year1, month1, int(match.group("d1")))
    last = Calendar(year2, month2, int(match.group("d2")))
    return _mention(match, language, first, last)


def _month_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    month1, month2 = _month(match.group("m1"), language), _month(match.group("m2"), language)
    if month1 is None or month2 is None:
        return None
    if language == "en" and not (match.group("m1")[0].isupper() and match.group("m2")[0].isupper()):
        return None
    year2 = _int(match.group("y2"))
    year1 = _int(match.group("y1")) or (year2 if month1 <= month2 else None)
    if year1 is None and year2 is not None:
        year1 = year2 - 1
    return _mention(match, language, Calendar(year1, month1), Calendar(year2, month2))


def _month_year(match: re.Match[str], language: str, text: str) -> Mention | None:
    month = _month(match.group("month"), language)
    if month is None:
        return None
    part = _PARTS.get(fold(match.group("part") or "").rstrip("-"), "")
    return _mention(match, language, Calendar(int(match.group("year")), month, None, part))


def _month_alone(match: re.Match[str], language: str, text: str) -> Mention | None:
    month = _month(match.group("month"), language)
    if month is None:
        return None
    cue = _previous_word(text, match.start("month"))
    part = _PARTS.get(fold(match.group("part") or "").rstrip("-"), "")
    if not part and cue not in _MONTH_CUES[language]:
        return None
    if not _month_case_ok(match, "month", language, text):
        return None
    if language == "en" and fold(match.group("month")) == "may" and cue in {"and", "or", "to"}:
        return None  # "and May" is as likely the verb ("and may well")
    return _mention(match, language, Calendar(None, month, None, part))


def _year(match: re.Match[str], language: str, text: str) -> Mention | None:
    year = int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    start = match.start("year")
    before = _previous_word(text, start)
    if before in _NOT_YEAR_BEFORE:
        return None
    if _COUNT_AFTER.match(text, match.end("year")):
        return None
    part = _PARTS.get(fold(match.group("part") or "").rstrip("-"), "")
    # "the 2023 Clean School Bus competition", "the 2025 season" count: "the" is a cue; a
    # count ("the 2000 soldiers") was rejected above by its unit.
    if not part and before not in _YEAR_CUES[language]:
        return None
    return _mention(match, language, Calendar(year, None, None, part))


def _year_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    first, last = int(match.group("y1")), int(match.group("y2"))
    if not MIN_YEAR <= first < last <= MAX_YEAR:
        return None
    if _previous_word(text, match.start()) in _NOT_YEAR_BEFORE:
        return None
    return _mention(match, language, Calendar(first), Calendar(last))


def _numeric(match: re.Match[str], language: str, text: str) -> Mention | None:
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    day, month = (second, first) if language == "en" else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        day, month = month, day  # 19/05 read the other way round is the only sensible one
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
    mention = _mention(match, language, Calendar(year, month, day))
    if first != second and first <= 12 and second <= 12:
        order = "month/day" if language == "en" else "day/month"
        return replace(
            mention, doubt=f"« {mention.text} » read as {order}; the other order is possible too"
        )
    return mention


def _iso(match: re.Match[str], language: str, text: str) -> Mention | None:
    month, day = int(match.group("month")), int(match.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _mention(match, language, Calendar(int(match.group("year")), month, day))


def _decade(match: re.Match[str], language: str, text: str) -> Mention | None:
    digits = match.group("decade")
    # "les années 90": the two-digit form means the 1900s from 30 on, the 2000s before.
    century = 1900 if int(digits) >= 30 else 2000
    first = century + int(digits) if len(digits) == 2 else int(digits)
    if first % 10 or not MIN_YEAR <= first <= MAX_YEAR:
        return None
    return _mention(match, language, YearSpan(first, first + 9, "decade"))


_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> int | None:
    total = 0
    values = [_ROMAN.get(ch) for ch in text.upper()]
    if any(v is None for v in values):
        return None
    numbers = [v for v in values if v is not None]
    for i, value in enumerate(numbers):
        total += -value if i + 1 < len(numbers) and numbers[i + 1] > value else value
    return total


def _century(match: re.Match[str], language: str, text: str) -> Mention | None:
    written = match.group("n")
    number = int(written) if written.isdigit() else _roman(written)
    if number is None or not 1 <= number <= 22:
        return None
    # The nth century runs from year (n-1)*100+1 to n*100 (the XIXe siècle is 1801-1900).
    return _mention(match, language, YearSpan((number - 1) * 100 + 1, number * 100, "century"))


_DAY_WORDS: Final = {
    "avant-hier": -2,
    "hier": -1,
    "aujourd'hui": 0,
    "demain": 1,
    "apres-demain": 2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _day_word(match: re.Match[str], language: str, text: str) -> Mention | None:
    amount = _DAY_WORDS.get(fold(match.group(0)))
    if amount is None:
        return None
    return _mention(match, language, Shift("day", amount))


_DIRECTIONS: Final = {
    "dernier": -1,
    "derniere": -1,
    "passe": -1,
    "passee": -1,
    "prochain": 1,
    "prochaine": 1,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "this": 0,
    "ce": 0,
    "cette": 0,
    "cet": 0,
    "on": 0,
    "": 0,
}


_RECURRING: Final = re.compile(
    r"(?:every|each|chaque|tous\s+les|les)\s+$|(?:du|from)\s+$", re.IGNORECASE
)
_RANGE_ON: Final = re.compile(r"\s+(?:au|à|to|through|until|-|–)\s+\w+", re.IGNORECASE)


def _weekday(match: re.Match[str], language: str, text: str) -> Mention | None:
    name = match.group("wd")
    # "every Tuesday", "du lundi au vendredi": a recurring day, not a date.
    if _RECURRING.search(text, max(0, match.start() - 12), match.start()):
        return None
    after = _RANGE_ON.match(text, match.end())
    if after is not None and fold(after.group(0).split()[-1]) in weekday_numbers(language):
        return None
    left = re.search(
        r"(\w+)\s+(?:au|à|to|through|until|-|–)\s*$",
        text[max(0, match.start() - 20) : match.start()],
    )
    if left is not None and fold(left.group(1)) in weekday_numbers(language):
        return None
    if language == "en" and not name[0].isupper():
        return None
    day = weekday_numbers(language).get(fold(name))
    if day is None:
        return None
    cue = fold(match.group("cue") or match.group("cue2") or "")
    return _mention(match, language, Weekday(day, _DIRECTIONS.get(cue, 0)))


def _unit_shift(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    if unit is None:
        return None
    cue = fold(match.group("cue") or "")
    return _mention(match, language, Shift(unit, _DIRECTIONS.get(cue, 0)))


def _ago(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    count = read_number(match.group("n"), language)
    if unit is None or not count:
        return None
    return _mention(match, language, Shift(unit, -count, approximate=unit != "day"))


def _ahead(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    count = read_number(match.group("n"), language)
    if unit is None or not count:
        return None
    return _mention(match, language, Shift(unit, count, approximate=unit != "day"))


def _part_of_unit(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    if unit is None:
        return None
    part = "earlier" if fold(match.group("side")) in {"earlier", "plus tot"} else "later"
    return _mention(match, language, Shift(unit, 0, part=part))


def _season(match: re.Match[str], language: str, text: str) -> Mention | None:
    season = SEASONS.get(fold(match.group("season")))
    if season is None:
        return None
    cue = fold(match.group("cue") or "")
    year = _int(match.group("year"))
    return _mention(match, language, Season(season, year, _DIRECTIONS.get(cue, 0)))


@cache
def _rules(language: str) -> tuple[_Rule, ...]:
    month = month_pattern(language)
    weekday = weekday_pattern(language)
    number = number_pattern(language)
    flags = re.IGNORECASE
    rules: list[tuple[str, Handler]] = []
    common = [
        (rf"(?<![\d/.\-+()])(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d\-])", _iso),
        (
            rf"(?<![\d/.\-+()])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>{_YEAR})"
            r"(?![\d/\-]|\.\d)",
            _numeric,
        ),
    ]
    if language == "fr":
        day = _DAY
        rules += [
            (
                rf"{_B}(?:[Dd]u\s+)(?P<d1>{day})(?:er)?(?:\s+(?P<m1>{month})(?:\s+(?P<y1>{_YEAR}))?)?"
                rf"\s+au\s+(?P<d2>{day})(?:er)?\s+(?P<m2>{month})(?:\s+(?P<y2>{_YEAR}))?{_E}",
                _day_range,
            ),
            (
                rf"{_B}(?:[Ee]ntre\s+le\s+)(?P<d1>{day})(?:er)?(?:\s+(?P<m1>{month})"
                rf"(?:\s+(?P<y1>{_YEAR}))?)?\s+et\s+le\s+(?P<d2>{day})(?:er)?\s+(?P<m2>{month})"
                rf"(?:\s+(?P<y2>{_YEAR}))?{_E}",
                _day_range,
            ),
            (
                rf"{_B}(?:[Ll]es\s+)(?P<d1>{day})(?:er)?\s+et\s+(?P<d2>{day})\s+(?P<m2>{month})"
                rf"(?:\s+(?P<y2>{_YEAR}))?(?P<m1>(?!)x)?(?P<y1>(?!)x)?{_E}",
                _day_range,
            ),
            (
                rf"{_B}(?:(?:[Ll]e|[Cc]e)\s+)?(?:(?:{weekday})\s+)?(?P<day>{day})(?:er)?\s+"
                rf"(?P<month>{month})(?:\s+(?P<year>{_YEAR}))?{_E}",
                _full_date,
            ),
            (
                rf"{_B}(?:(?:[Dd]{_APOS}|[Dd]e\s+|[Ee]ntre\s+)(?:au\s+moins\s+)?(?P<m1>{month})"
                rf"(?:\s+(?P<y1>{_YEAR}))?"
                rf"\s+(?:à|au|et|jusqu{_APOS}(?:en|à))\s+(?P<m2>{month})(?:\s+(?P<y2>{_YEAR}))?)"
                rf"{_E}",
                _month_range,
            ),
            (
                rf"{_B}(?:[Ee]n\s+(?P<m1>{month})\s+et\s+(?:en\s+)?(?P<m2>{month})"
                rf"(?:\s+(?P<y2>{_YEAR}))?)(?P<y1>(?!)x)?{_E}",
                _month_range,
            ),
            (
                rf"{_B}(?:(?P<part>début|fin|mi-|courant)\s*|[Ee]n\s+)?(?P<month>{month})\s+"
                rf"(?P<year>{_YEAR})",
                _month_year,
            ),
            (rf"{_B}(?:(?P<part>début|fin|mi-)\s*|[Ee]n\s+)?(?P<month>{month}){_E}", _month_alone),
            (
                rf"{_B}(?:[Dd]e|[Ee]ntre)\s+(?P<y1>{_YEAR})\s+(?:à|et)\s+(?P<y2>{_YEAR})",
                _year_range,
            ),
            (rf"{_B}(?:(?P<part>début|fin|mi-)\s*|[Ee]n\s+)?(?P<year>{_YEAR})", _year),
            (
                rf"{_B}(?:(?:dans|durant|pendant)\s+)?les\s+années\s+(?P<decade>\d{{4}}|\d0){_E}",
                _decade,
            ),
            (rf"{_B}(?:(?:au|du)\s+)?(?P<n>[IVXL]+|\d{{1,2}})(?:e|ème|è)\s+siècle", _century),
            (
                rf"{_B}(?:avant-hier|après-demain|apres-demain|hier|aujourd{_APOS}hui|demain){_E}",
                _day_word,
            ),
            (
                rf"{_B}(?:(?P<cue2>ce)\s+)?(?P<wd>{weekday})(?:\s+(?P<cue>dernier|passé|prochain))?"
                rf"{_E}(?!\s*\d)",
                _weekday,
            ),
            (
                rf"{_B}(?:la|cette)\s+(?P<unit>semaine)(?:\s+(?P<cue>dernière|passée|prochaine)"
                r"|(?<=cette\ssemaine))",
                _unit_shift,
            ),
            (
                rf"{_B}(?:le\s+(?P<unit>mois)\s+(?P<cue>dernier|passé|prochain)|ce\s+(?P<u2>mois)-ci)",
                lambda m, lang, t: _unit_shift_fixed(m, lang, "month"),
            ),
            (
                rf"{_B}(?:l{_APOS}(?P<unit>année|an)\s+(?P<cue>dernière|passée|prochaine|dernier|"
                r"passé|prochain)|cette\s+année)",
                lambda m, lang, t: _unit_shift_fixed(m, lang, "year"),
            ),
            (
                rf"{_B}il\s+y\s+a\s+(?:environ\s+|près\s+de\s+)?(?P<n>{number})\s+"
                r"(?P<unit>jours?|semaines?|mois|ans|années?)" + _E,
                _ago,
            ),
            (
                rf"{_B}dans\s+(?P<n>{number})\s+(?P<unit>jours?|semaines?|mois|ans|années?){_E}",
                _ahead,
            ),
            (
                rf"{_B}(?P<side>plus\s+tôt|plus\s+tard)\s+(?:ce\s+(?P<unit>mois)-ci|cette\s+"
                r"(?P<u2>année|semaine))",
                _part_of_unit_fr,
            ),
            (
                rf"{_B}(?:au|à\s+l{_APOS}|l{_APOS}|cet|ce|en)\s*(?P<season>printemps|été|automne|"
                rf"hiver)(?:\s+(?P<cue>dernier|prochain)|\s+(?P<year>{_YEAR}))?{_E}",
                _season,
            ),
        ]
    else:
        day = _DAY
        rules += [
            (
                rf"{_B}(?:from\s+|between\s+)?(?P<m1>{month})\s+(?P<d1>{day})(?:st|nd|rd|th)?"
                rf"\s*(?:-|–|—|to|through|until|and)\s*(?:(?P<m2>{month})\s+)?(?P<d2>{day})"
                rf"(?:st|nd|rd|th)?(?:,?\s+(?P<y2>{_YEAR}))?(?P<y1>(?!)x)?{_E}",
                _en_day_range,
            ),
            (
                rf"{_B}(?:from\s+|between\s+)?(?P<d1>{day})(?:st|nd|rd|th)?(?:\s+(?P<m1>{month}))?"
                rf"\s*(?:-|–|—|to|through|until|and)\s*(?P<d2>{day})(?:st|nd|rd|th)?\s+"
                rf"(?P<m2>{month})(?:,?\s+(?P<y2>{_YEAR}))?(?P<y1>(?!)x)?{_E}",
                _en_day_range,
            ),
            (
                rf"{_B}(?:(?:{weekday}),?\s+)?(?P<month>{month})\s+(?P<day>{day})(?:st|nd|rd|th)?"
                rf"(?:,?\s+(?P<year>{_YEAR}))?{_E}(?!:)",
                _full_date,
            ),
            (
                rf"{_B}(?:(?:{weekday}),?\s+)?(?:the\s+)?(?P<day>{day})(?:st|nd|rd|th)?\s+"
                rf"(?:of\s+)?(?P<month>{month})(?:,?\s+(?P<year>{_YEAR}))?{_E}",
                _full_date,
            ),
            (
                rf"{_B}(?:(?:[Bb]etween|[Ff]rom)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?"
                rf"(?P<m1>{month})(?:,?\s+(?P<y1>{_YEAR}))?,?\s+"
                rf"(?:and|to|through|until)\s+(?P<m2>{month})(?:,?\s+(?P<y2>{_YEAR}))?){_E}",
                _month_range,
            ),
            (
                rf"{_B}(?:[Ii]n\s+(?P<m1>{month})\s+and\s+(?P<m2>{month})(?:,?\s+(?P<y2>{_YEAR}))?)"
                rf"(?P<y1>(?!)x)?{_E}",
                _month_range,
            ),
            (
                rf"{_B}(?:(?P<part>early|late|mid-)\s*|[Ii]n\s+)?(?P<month>{month}),?\s+"
                rf"(?P<year>{_YEAR})",
                _month_year,
            ),
            (
                rf"{_B}(?:(?P<part>early|late|mid-)\s*|[Ii]n\s+)?(?P<month>{month}){_E}",
                _month_alone,
            ),
            (
                rf"{_B}(?:[Ff]rom|[Bb]etween)\s+(?P<y1>{_YEAR})\s+(?:to|and|until|through)\s+"
                rf"(?P<y2>{_YEAR})",
                _year_range,
            ),
            (rf"{_B}(?:(?P<part>early|late|mid-)\s*|[Ii]n\s+)?(?P<year>{_YEAR})", _year),
            (rf"{_B}(?:(?:in|during)\s+)?the\s+(?P<decade>\d{{3}}0)s{_E}", _decade),
            (
                rf"{_B}(?:(?:in|during)\s+)?the\s+(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+century",
                _century,
            ),
            (
                rf"{_B}(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                rf"yesterday|today|tomorrow){_E}",
                _day_word,
            ),
            (
                rf"{_B}(?:(?P<cue>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Oo]n|[Pp]ast)\s+)?(?P<wd>{weekday}){_E}"
                r"(?!,?\s*(?:\d|" + month + "))(?P<cue2>(?!)x)?",
                _weekday,
            ),
            (
                rf"{_B}(?:the\s+)?(?P<cue>last|next|this|past|previous|coming)\s+"
                rf"(?P<unit>week|month|year){_E}",
                _unit_shift,
            ),
            (
                rf"{_B}(?:about\s+|nearly\s+|some\s+)?(?P<n>{number})\s+"
                rf"(?P<unit>days?|weeks?|months?|years?)\s+ago{_E}",
                _ago,
            ),
            (rf"{_B}in\s+(?P<n>{number})\s+(?P<unit>days|weeks|months|years){_E}", _ahead),
            (
                rf"{_B}(?P<side>earlier|later)\s+this\s+(?P<unit>week|month|year){_E}",
                _part_of_unit,
            ),
            (
                rf"{_B}(?:(?P<cue>last|next|this)\s+|(?:in\s+)?the\s+|in\s+|(?:early|late|mid-)\s*)"
                r"(?P<season>spring|"
                rf"summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?{_E}",
                _season,
            ),
        ]
    compiled = []
    for pattern, handler in [*common, *rules]:
        case = 0 if handler in (_weekday, _full_date, _month_alone) and language == "en" else flags
        compiled.append(_Rule(re.compile(pattern, case), handler))
    return tuple(compiled)


def _unit_shift_fixed(match: re.Match[str], language: str, unit: str) -> Mention:
    cue = fold(match.group("cue") or "")
    return _mention(match, language, Shift(unit, _DIRECTIONS.get(cue, 0)))


def _part_of_unit_fr(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit_word = match.group("unit") or match.group("u2")
    unit = UNITS.get(fold(unit_word))
    if unit is None:
        return None
    part = "earlier" if "tot" in fold(match.group("side")) else "later"
    return _mention(match, language, Shift(unit, 0, part=part))


def _en_day_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    for group in ("m1", "m2"):
        word = match.group(group)
        if word is not None and not word[0].isupper():
            return None
    return _day_range(match, language, text)


# -- bounds written before an expression -------------------------------------------------------

_BOUND_BEFORE: Final = {
    "fr": re.compile(
        r"(?P<cue>au\s+plus\s+tard|au\s+plus\s+t[oô]t|d['’]ici|avant|apr[eè]s|depuis|"
        r"à\s+partir|à\s+compter|dès|jusqu['’]|jusque|pas\s+avant)"
        # "d'ici à la fin de 2026": the bound is the end of the period
        r"(?P<end>\s*(?:à\s+)?la\s+fin)?"
        r"\s*,?\s*(?:(?:du|de|d['’]|au|à|le|la|l['’]|en)\s*)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?P<cue>no\s+later\s+than|not\s+later\s+than|no\s+earlier\s+than|not\s+before|"
        r"by|before|after|since|until|till|through|starting|beginning|as\s+of|effective)"
        r"(?P<end>\s+the\s+end\s+of)?"
        r"\s*,?\s*(?:(?:on|in|from|the)\s+)?$",
        re.IGNORECASE,
    ),
}
_MODIFIERS: Final = {
    "au plus tard": "not_after",
    "d'ici": "not_after",
    "avant": "not_after",
    "no later than": "not_after",
    "not later than": "not_after",
    "by": "not_after",
    "before": "not_after",
    "au plus tot": "not_before",
    "apres": "not_before",
    "pas avant": "not_before",
    "no earlier than": "not_before",
    "not before": "not_before",
    "after": "not_before",
    "depuis": "since",
    "a partir": "since",
    "a compter": "since",
    "des": "since",
    "since": "since",
    "starting": "since",
    "beginning": "since",
    "as of": "since",
    "effective": "since",
    "jusqu'": "until",
    "jusque": "until",
    "until": "until",
    "till": "until",
    "through": "until",
}


def _with_bound(mention: Mention, text: str) -> Mention:
    """Attach a bound written just before the expression ("au plus tard, le 15 septembre")."""
    if mention.last is not None:
        return mention  # "du 3 au 5 juin" carries its own ends
    pattern = _BOUND_BEFORE[mention.language]
    left_start = max(0, mention.start - 40)
    found = pattern.search(text, left_start, mention.start)
    if found is None or found.end() != mention.start:
        return mention
    cue = " ".join(fold(found.group("cue")).split())
    modifier = _MODIFIERS.get(cue, "")
    if not modifier:
        return mention
    start = found.start()
    # "by the end of 2026" bounds at the period's last day: the cue keeps "end" for anchoring.
    cue = found.group("cue") + (found.group("end") or "")
    return replace(
        mention,
        start=start,
        text=text[start : mention.end],
        modifier=modifier,
        cue=" ".join(cue.split()),
    )


# -- the detector ------------------------------------------------------------------------------


def _candidates(text: str, language: str) -> Iterator[Mention]:
    for rule in _rules(language):
        for match in rule.pattern.finditer(text):
            mention = rule.handler(match, language, text)
            if mention is not None and mention.end > mention.start:
                yield mention


def detect(text: str, language: str) -> list[Mention]:
    """Every temporal expression of ``text`` in reading order, without overlaps (the longest
    reading of a stretch wins: "le vendredi 7 juin 2024" is one date, not a weekday and a
    date), each with the bound written before it."""
    found = sorted(_candidates(text, language), key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Mention] = []
    for mention in found:
        if chosen and mention.start < chosen[-1].end:
            continue  # a shorter or later reading of words already taken
        chosen.append(mention)
    return [_with_bound(mention, text) for mention in chosen]
