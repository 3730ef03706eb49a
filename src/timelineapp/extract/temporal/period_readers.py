"""Readers of a part of a period: a quarter or half of a year ("the third quarter of 2024",
« premier semestre 2023 »), the start of a year or month (« depuis le début de l'année »),
and the night of publication ("overnight", « cette nuit »). Beside :mod:`.readers` (the
dates, shifts and seasons), with its helpers, to keep each module about one idea."""

from __future__ import annotations

import re
from typing import Final

from ..lexicon import UNITS, fold
from .bounds import ends_a_deadline
from .cues import previous_word
from .readers import DIRECTIONS, int_or_none, mention_of
from .values import MAX_YEAR, MIN_YEAR, Calendar, Mention, Night, Shift, YearPart

# The ordinals of "the third quarter", « premier semestre » (folded); "last", « dernier » are
# the year's last one (« au dernier trimestre 2024 »: the fourth).
_ORDINALS: Final = {
    "premier": 1,
    "1er": 1,
    "first": 1,
    "1st": 1,
    "deuxieme": 2,
    "2e": 2,
    "2eme": 2,
    "2nd": 2,
    "second": 2,
    "troisieme": 3,
    "3e": 3,
    "3eme": 3,
    "third": 3,
    "3rd": 3,
    "quatrieme": 4,
    "4e": 4,
    "4eme": 4,
    "fourth": 4,
    "4th": 4,
}
_LAST_ONE: Final = frozenset({"dernier", "final", "last"})
# "of this year", « de l'année dernière »: the year counted from the reference.
_YEAR_SHIFTS: Final = {
    "cette annee": 0,
    "l'annee": 0,
    "l'annee en cours": 0,
    "l'annee derniere": -1,
    "l'annee passee": -1,
    "l'annee prochaine": 1,
    "this year": 0,
    "the year": 0,
    "last year": -1,
    "next year": 1,
}


def read_year_part(match: re.Match[str], language: str, text: str) -> Mention | None:
    """ "the third quarter of 2024", "Q3 2024", « au premier semestre 2023 », « T3 2024 »: EDTF's
    quarter (33-36) or half (40-41) of a year written or counted from the reference."""
    groups = match.groupdict()
    if groups.get("letter"):
        if not groups["letter"].isupper():
            return None  # "q3 2024" is as likely a code of something else
        quarter = fold(groups["letter"]) in {"q", "t"}
        number: int | None = int(groups["n"])
        words = match.group("letter") + match.group("n")
    else:
        quarter = fold(groups["unit"]) in {"trimestre", "quarter"}
        ordinal = fold(groups["ord"])
        number = (4 if quarter else 2) if ordinal in _LAST_ONE else _ORDINALS.get(ordinal)
        words = " ".join(text[match.start("ord") : match.end("unit")].split())
    if number is None or not 1 <= number <= (4 if quarter else 2):
        return None
    year = int_or_none(groups.get("year"))
    shift = 0
    if year is None:
        relative = " ".join(fold(groups.get("rel") or "").split())
        if relative not in _YEAR_SHIFTS:
            return None
        shift = _YEAR_SHIFTS[relative]
    elif not MIN_YEAR <= year <= MAX_YEAR:
        return None
    code = (33 if quarter else 40) + number - 1
    return mention_of(match, language, YearPart(code, year, shift, words))


def read_start_of_unit(match: re.Match[str], language: str, text: str) -> Mention | None:
    """ "the start of the year", « le début de l'année » (of publication's year, or the one
    before or after with "last"/« dernière »): that year with its early part, so that
    « depuis le début de l'année » is from that year on; « début de l'année 2024 » is 2024's."""
    groups = match.groupdict()
    year = int_or_none(groups.get("year"))
    if year is not None:
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        return mention_of(match, language, Calendar(year, None, None, "early", unit_start=True))
    word = next(groups[g] for g in ("unit", "u2", "u3", "u4") if groups.get(g))
    unit = UNITS.get(fold(word))
    if unit is None:
        return None
    cue = " ".join(fold(groups.get("cue") or groups.get("cue2") or "").split())
    return mention_of(match, language, Shift(unit, DIRECTIONS.get(cue, 0), part="early"))


# "an overnight stay", "overnight success": the adjective, not a time; "overnight Tuesday",
# "overnight into Wednesday": the weekday dates it.
_NOT_THE_NIGHT_AFTER: Final = re.compile(
    r"[\s-]+(?:success|sensation|stays?|shifts?|rates?|flights?|trains?|bags?|trips?|camps?|"
    r"delivery|shipping|lending|oats|guests?|parking|hours)(?!\w)|"
    r"\s+(?:(?:on|of|into|from|between|to|until|till)\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|\d)|\s*-\s*l[àa](?!\w)|"
    # « cette nuit-là », « cette nuit où »: a night of the story, not of publication
    r"\s+(?:de|du|des|où|qui|que|là)(?!\w)|\s+d['’]",
    re.IGNORECASE,
)
_NIGHT_WORDS: Final = {"overnight": 0, "cette nuit": 0, "la nuit prochaine": 1}


def read_night(match: re.Match[str], language: str, text: str) -> Mention | None:
    """ "overnight", « cette nuit »: the night before publication, or after it when the
    sentence speaks of the future; « la nuit dernière » is "last night", the day before."""
    words = " ".join(fold(match.group("night")).split())
    if words == "la nuit derniere":
        return mention_of(match, language, Shift("day", -1))
    if _NOT_THE_NIGHT_AFTER.match(text, match.end()):
        return None
    if language == "en" and previous_word(text, match.start()) in {"a", "an"}:
        return None  # "an overnight stay"
    return mention_of(match, language, Night(_NIGHT_WORDS.get(words, 0)))


def read_year_of_a_deadline(match: re.Match[str], language: str, text: str) -> Mention | None:
    """ "by the end of the year", « d'ici la fin de l'année »: the year of the reference,
    whose last day is the deadline. Only after such a bound: "at the end of the year" alone
    may be a year of the story, not of publication."""
    if not ends_a_deadline(text, match.start(), language):
        return None
    return mention_of(match, language, Shift("year", 0))
