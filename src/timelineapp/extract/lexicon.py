"""Words the builder's rules are made of, in French and English, from one place each.

Month and weekday names and month abbreviations come from CLDR through Babel: these are the
words articles are read with (the window says dates with Qt's ``QLocale``). Only what CLDR
lacks is written here: the cue words of anchoring (dernier/prochain, last/next), number
words, and the words that make a bare year a year ("en 2012", "in 2012").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from babel import Locale

RULE_LANGUAGES: Final = ("fr", "en")  # the languages the builder's rules read


@cache
def month_names(language: str) -> tuple[str, ...]:
    """The full month names, January first, as CLDR writes them ("janvier", "January")."""
    wide = Locale(language).months["format"]["wide"]
    return tuple(str(wide[number]) for number in range(1, 13))


def fold(text: str) -> str:
    """Lower case without accents: "Février" -> "fevrier" (for lookups, never for offsets)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


@cache
def month_numbers(language: str) -> dict[str, int]:
    """Folded month name or abbreviation -> 1..12 ("mai" -> 5, "sept" -> 9, "aug" -> 8)."""
    names: dict[str, int] = {}
    for number, name in enumerate(month_names(language), start=1):
        names[fold(name)] = number
    abbreviated = Locale(language).months["format"]["abbreviated"]
    for number, name in abbreviated.items():
        names.setdefault(fold(str(name)).rstrip("."), int(number))
    if language == "en":
        names.setdefault("sept", 9)  # AP style, not in CLDR's English abbreviations
    return names


@cache
def weekday_numbers(language: str) -> dict[str, int]:
    """Folded weekday name -> 0 (Monday) .. 6 (Sunday), full names only: "sa" or "We" are
    words, not days."""
    wide = Locale(language).days["format"]["wide"]
    return {fold(str(name)): int(number) for number, name in wide.items()}


def _alternation(words: list[str]) -> str:
    # Longest first so that "septembre" wins over "sept"; accents optional in the pattern is
    # left to the caller, which matches case-insensitively on the written form.
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@cache
def month_pattern(language: str) -> str:
    """A regex alternation of month names and abbreviations as written (with and without
    accents; abbreviations need their full stop, so "mar" or "jan" alone are not months)."""
    words: list[str] = []
    for name in month_names(language):
        words += [name, fold(name)]
    abbreviated = Locale(language).months["format"]["abbreviated"]
    for name in abbreviated.values():
        text = str(name)
        if fold(text).rstrip(".") in {fold(m) for m in month_names(language)}:
            continue
        stem = text.rstrip(".")
        words += [stem + r"\.", fold(stem) + r"\."]
    if language == "en":
        words.append(r"Sept\.")
    return "|".join(
        sorted({w if w.endswith(r"\.") else re.escape(w) for w in words}, key=len, reverse=True)
    )


@cache
def weekday_pattern(language: str) -> str:
    wide = Locale(language).days["format"]["wide"]
    return _alternation([str(name) for name in wide.values()])


NUMBER_WORDS: Final[dict[str, dict[str, int]]] = {
    "fr": {
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "quinze": 15,
        "vingt": 20,
        "trente": 30,
        "quelques": 0,
    },
    "en": {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "a few": 0,
        "several": 0,
    },
}


def number_pattern(language: str) -> str:
    return r"\d{1,3}|" + _alternation(list(NUMBER_WORDS[language]))


def read_number(text: str, language: str) -> int | None:
    """ "deux" -> 2, "12" -> 12; 0 for "quelques"/"a few" (a count nobody gave)."""
    folded = fold(text.strip())
    if folded.isdigit():
        return int(folded)
    return NUMBER_WORDS[language].get(folded)


# Units of relative dates, folded -> unit.
UNITS: Final[dict[str, str]] = {
    "jour": "day",
    "jours": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "annee": "year",
    "annees": "year",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}

SEASONS: Final[dict[str, int]] = {
    "printemps": 0,
    "ete": 1,
    "automne": 2,
    "hiver": 3,
    "spring": 0,
    "summer": 1,
    "autumn": 2,
    "fall": 2,
    "winter": 3,
}
SEASON_NAMES: Final = {
    "fr": ("printemps", "été", "automne", "hiver"),
    "en": ("spring", "summer", "autumn", "winter"),
}

# Words that place a phrase in time without a date the tagger can fix on its own: « ce
# jour-là », « le lendemain », "that morning", "two weeks later" (besides the seasons and
# the month and weekday names). A date phrase with none of them, no digit and nothing the
# tagger reads says no date (QA #120: « sur les » was recorded as one). Folded words between
# spaces ("aujourd'hui" is "aujourd" and "hui").
TIME_WORDS: Final[dict[str, str]] = {
    "fr": """
        jour jours semaine semaines mois an ans annee annees journee lendemain surlendemain
        veille date dates heure heures matin matinee soir soiree nuit midi minuit aube epoque
        moment instant periode saison siecle siecles decennie decennies trimestre semestre
        weekend tard tot auparavant ensuite alors depuis avant apres lors pendant durant
        desormais naguere jadis bientot recemment precedemment ulterieurement aujourd hui hier
        demain jusqu fin debut temps maintenant actuellement autrefois dorenavant prochainement
        aussitot immediatement lorsque quand
    """,
    "en": """
        day days week weeks month months year years today tonight yesterday tomorrow date
        dates time hour hours morning afternoon evening night noon midnight dawn weekend era
        moment period season century centuries decade decades quarter later earlier before
        after since then meanwhile previously recently soon ago until till during end
        beginning early late now currently formerly immediately shortly when
    """,
}
