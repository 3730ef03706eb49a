"""Readers: from a regular-expression match to a :class:`~.values.Mention` (or None for a
trap such as "80 %", "base 101" or "Mai" as a name). One function per kind of expression."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from ..lexicon import (
    SEASONS,
    UNITS,
    fold,
    month_numbers,
    read_number,
    weekday_numbers,
)
from ..notes import note
from .cues import (
    COUNT_AFTER,
    MONTH_CUES,
    NOT_YEAR_BEFORE,
    PARTS,
    YEAR_CUES,
    at_sentence_start,
    previous_word,
)
from .values import (
    MAX_YEAR,
    MIN_YEAR,
    Calendar,
    Mention,
    Season,
    Shift,
    Value,
    Weekday,
    YearSpan,
)

# -- patterns ----------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], str, str], Mention | None]


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    handler: Handler


def _month(name: str | None, language: str) -> int | None:
    if name is None:
        return None
    return month_numbers(language).get(fold(name).rstrip("."))


def int_or_none(value: str | None) -> int | None:
    """A matched group's number, None when the group did not take part."""
    return None if value is None else int(value)


def mention_of(
    match: re.Match[str],
    language: str,
    value: Value,
    last: Value | None = None,
    group: int | str = 0,
) -> Mention:
    """The mention of ``value`` where ``match`` (or its ``group``) stands in the text (the
    readers here and in :mod:`.period_readers` all build theirs so)."""
    start, end = match.span(group)
    return Mention(start, end, match.string[start:end], value, language, last)


def _month_case_ok(match: re.Match[str], group: str, language: str, text: str) -> bool:
    """A month name without a day or year beside it must be written as a month: lower case in
    French, capitalised in English ("Mai" as a name and "march" as a verb are not months)."""
    word = match.group(group)
    start = match.start(group)
    if language == "fr":
        return word[0].islower() or at_sentence_start(text, start)
    return word[0].isupper()


def read_full_date(match: re.Match[str], language: str, text: str) -> Mention | None:
    month = _month(match.group("month"), language)
    if month is None:
        return None
    if language == "en" and not match.group("month")[0].isupper():
        return None
    day = int(match.group("day"))
    year = int_or_none(match.group("year"))
    mention = mention_of(match, language, Calendar(year, month, day))
    # "mardi 3 juin 2024": anchoring checks the weekday against the day (QA #87).
    return replace(mention, weekday=match.group("wd") or "")


def read_day_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    month2 = _month(match.group("m2"), language) or _month(match.group("m1"), language)
    month1 = _month(match.group("m1"), language) or month2
    if month1 is None or month2 is None:
        return None
    year2 = int_or_none(match.group("y2"))
    year1 = int_or_none(match.group("y1")) or year2
    first = Calendar(year1, month1, int(match.group("d1")))
    last = Calendar(year2, month2, int(match.group("d2")))
    return mention_of(match, language, first, last)


def read_month_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    month1, month2 = _month(match.group("m1"), language), _month(match.group("m2"), language)
    if month1 is None or month2 is None:
        return None
    if language == "en" and not (match.group("m1")[0].isupper() and match.group("m2")[0].isupper()):
        return None
    year2 = int_or_none(match.group("y2"))
    year1 = int_or_none(match.group("y1")) or (year2 if month1 <= month2 else None)
    if year1 is None and year2 is not None:
        year1 = year2 - 1
    return mention_of(match, language, Calendar(year1, month1), Calendar(year2, month2))


def read_month_year(match: re.Match[str], language: str, text: str) -> Mention | None:
    month = _month(match.group("month"), language)
    if month is None:
        return None
    part = PARTS.get(fold(match.group("part") or "").rstrip("-"), "")
    return mention_of(match, language, Calendar(int(match.group("year")), month, None, part))


def read_month_alone(match: re.Match[str], language: str, text: str) -> Mention | None:
    month = _month(match.group("month"), language)
    if month is None:
        return None
    cue = previous_word(text, match.start("month"))
    part = PARTS.get(fold(match.group("part") or "").rstrip("-"), "")
    if not part and cue not in MONTH_CUES[language]:
        return None
    if not _month_case_ok(match, "month", language, text):
        return None
    if language == "en" and fold(match.group("month")) == "may" and cue in {"and", "or", "to"}:
        return None  # "and May" is as likely the verb ("and may well")
    return mention_of(match, language, Calendar(None, month, None, part))


def read_year(match: re.Match[str], language: str, text: str) -> Mention | None:
    year = int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    start = match.start("year")
    before = previous_word(text, start)
    if before in NOT_YEAR_BEFORE:
        return None
    if COUNT_AFTER.match(text, match.end("year")):
        return None
    if re.match(r"['’]?s(?!\w)", text[match.end("year") : match.end("year") + 3]):
        return None  # "the mid-1990s" is a decade, never the year 1990 (QA #83)
    part = PARTS.get(fold(match.group("part") or "").rstrip("-"), "")
    # "the 2023 Clean School Bus competition", "the 2025 season" count: "the" is a cue; a
    # count ("the 2000 soldiers") was rejected above by its unit.
    if not part and before not in YEAR_CUES[language]:
        return None
    return mention_of(match, language, Calendar(year, None, None, part))


def read_year_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    first, last = int(match.group("y1")), int(match.group("y2"))
    if not MIN_YEAR <= first < last <= MAX_YEAR:
        return None
    if previous_word(text, match.start()) in NOT_YEAR_BEFORE:
        return None
    return mention_of(match, language, Calendar(first), Calendar(last))


def read_numeric(match: re.Match[str], language: str, text: str) -> Mention | None:
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    day, month = (second, first) if language == "en" else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        day, month = month, day  # 19/05 read the other way round is the only sensible one
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
    mention = mention_of(match, language, Calendar(year, month, day))
    if first != second and first <= 12 and second <= 12:
        code = "other_order_en" if language == "en" else "other_order"
        return replace(mention, doubt=note(code, text=mention.text))
    return mention


def read_iso(match: re.Match[str], language: str, text: str) -> Mention | None:
    month, day = int(match.group("month")), int(match.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return mention_of(match, language, Calendar(int(match.group("year")), month, day))


def read_decade(match: re.Match[str], language: str, text: str) -> Mention | None:
    digits = match.group("decade")
    # "les années 90": the two-digit form means the 1900s from 30 on, the 2000s before.
    century = 1900 if int(digits) >= 30 else 2000
    first = century + int(digits) if len(digits) == 2 else int(digits)
    if first % 10 or not MIN_YEAR <= first <= MAX_YEAR:
        return None
    part = PARTS.get(fold(match.groupdict().get("part") or "").rstrip("-"), "")
    return mention_of(match, language, YearSpan(first, first + 9, "decade", part))


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


def read_century(match: re.Match[str], language: str, text: str) -> Mention | None:
    written = match.group("n")
    number = int(written) if written.isdigit() else _roman(written)
    if number is None or not 1 <= number <= 22:
        return None
    # The nth century runs from year (n-1)*100+1 to n*100 (the XIXe siècle is 1801-1900).
    return mention_of(match, language, YearSpan((number - 1) * 100 + 1, number * 100, "century"))


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


# A part of a day named from the publication day: "this morning", "tonight", « ce soir » are
# that day, "last night", « hier soir » the day before (QA #129).
_PART_OF_DAY: Final = {
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "last night": -1,
    "ce matin": 0,
    "cet apres-midi": 0,
    "ce soir": 0,
}


def read_day_word(match: re.Match[str], language: str, text: str) -> Mention | None:
    word = " ".join(fold(match.groupdict().get("dw") or match.group(0)).split())
    amount = _DAY_WORDS.get(word, _PART_OF_DAY.get(word.replace("’", "'")))
    if amount is None:
        return None
    return mention_of(match, language, Shift("day", amount))


DIRECTIONS: Final = {
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


def read_weekday(match: re.Match[str], language: str, text: str) -> Mention | None:
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
    return mention_of(match, language, Weekday(day, DIRECTIONS.get(cue, 0)))


def read_unit_shift(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    if unit is None:
        return None
    cue = fold(match.group("cue") or "")
    return mention_of(match, language, Shift(unit, DIRECTIONS.get(cue, 0)))


def read_ago(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    count = read_number(match.group("n"), language)
    if unit is None or not count:
        return None
    mention = mention_of(match, language, Shift(unit, -count, approximate=unit != "day"))
    # "about two weeks ago": the words' doubt is said, not dropped (QA #83).
    about = " ".join((match.groupdict().get("about") or "").split())
    return replace(mention, approximate=about) if about else mention


def read_ahead(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    count = read_number(match.group("n"), language)
    if unit is None or not count:
        return None
    return mention_of(match, language, Shift(unit, count, approximate=unit != "day"))


_LATER: Final = frozenset({"later", "afterwards", "afterward", "after", "plus tard", "apres"})
_EVENT_DAY_WORDS: Final = {
    "the day before": -1,
    "the previous day": -1,
    "the day after": 1,
    "the next day": 1,
    "the following day": 1,
    "la veille": -1,
    "le lendemain": 1,
    "le surlendemain": 2,
    "l'avant-veille": -2,
}


def read_event_shift(match: re.Match[str], language: str, text: str) -> Mention | None:
    """ "three days later", "the next day", « la veille »: counted from another event of the
    story, not from publication (QA #124)."""
    words = " ".join(fold(match.group(0)).replace("’", "'").split())
    if words in _EVENT_DAY_WORDS:
        return mention_of(match, language, Shift("day", _EVENT_DAY_WORDS[words], anchor="event"))
    unit = UNITS.get(fold(match.group("unit") or match.group("u2") or ""))
    count = read_number(match.group("n") or "1", language)
    if unit is None or not count:
        return None
    side = " ".join(fold(match.group("side") or match.group("s2") or "").split())
    later = side in _LATER or side.startswith("suivant") or side == "following"
    amount = count if later else -count
    return mention_of(match, language, Shift(unit, amount, anchor="event"))


def read_part_of_unit(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit = UNITS.get(fold(match.group("unit")))
    if unit is None:
        return None
    part = "earlier" if fold(match.group("side")) in {"earlier", "plus tot"} else "later"
    return mention_of(match, language, Shift(unit, 0, part=part))


def read_season(match: re.Match[str], language: str, text: str) -> Mention | None:
    season = SEASONS.get(fold(match.group("season")))
    if season is None:
        return None
    cue = fold(match.group("cue") or "")
    year = int_or_none(match.group("year"))
    return mention_of(match, language, Season(season, year, DIRECTIONS.get(cue, 0)))


def read_unit_shift_fixed(match: re.Match[str], language: str, unit: str) -> Mention:
    cue = fold(match.group("cue") or "")
    return mention_of(match, language, Shift(unit, DIRECTIONS.get(cue, 0)))


def read_part_of_unit_fr(match: re.Match[str], language: str, text: str) -> Mention | None:
    unit_word = match.group("unit") or match.group("u2")
    unit = UNITS.get(fold(unit_word))
    if unit is None:
        return None
    part = "earlier" if "tot" in fold(match.group("side")) else "later"
    return mention_of(match, language, Shift(unit, 0, part=part))


def read_en_day_range(match: re.Match[str], language: str, text: str) -> Mention | None:
    for group in ("m1", "m2"):
        word = match.group(group)
        if word is not None and not word[0].isupper():
            return None
    return read_day_range(match, language, text)
