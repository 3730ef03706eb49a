"""States by their CLDR names (through Babel, French and English), capitals and demonyms.

General world knowledge only: the names come from CLDR, and the short tables here hold what
CLDR does not (capitals used for governments, demonyms not derivable from a name's stem).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from babel import Locale

from ..lexicon import fold

_NOT_STATES: Final = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}
# Capitals used for governments. General world knowledge, keyed by CLDR code; the country
# names themselves come from CLDR.
CAPITALS: Final = {
    "US": ("Washington",),
    "NE": ("Niamey",),
    "RU": ("Moscou", "Moscow"),
    "FR": ("Paris",),
    "ML": ("Bamako",),
    "BF": ("Ouagadougou",),
    "TD": ("N'Djamena", "N’Djamena"),
    "DZ": ("Alger", "Algiers"),
    "MA": ("Rabat",),
    "SN": ("Dakar",),
    "NG": ("Abuja",),
    "CN": ("Pékin", "Beijing"),
    "GB": ("Londres", "London"),
    "DE": ("Berlin",),
    "UA": ("Kiev", "Kyiv", "Kiev"),
    "IR": ("Téhéran", "Tehran"),
    "IL": ("Jérusalem", "Jerusalem"),
    "JP": ("Tokyo",),
    "IN": ("New Delhi", "New Delhi"),
    "BE": ("Bruxelles", "Brussels"),
    "IT": ("Rome",),
    "ES": ("Madrid",),
    "TR": ("Ankara",),
    "EG": ("Le Caire", "Cairo"),
    "SY": ("Damas", "Damascus"),
    "CA": ("Ottawa",),
    "KP": ("Pyongyang",),
    "KR": ("Séoul", "Seoul"),
    "BR": ("Brasilia", "Brasília"),
    "MX": ("Mexico City",),
    "PL": ("Varsovie", "Warsaw"),
    "CI": ("Abidjan", "Yamoussoukro"),
    "LY": ("Tripoli",),
    "SD": ("Khartoum",),
}
# Demonyms not derivable from a CLDR name's stem ("américain" is not "États-Unis").
_IRREGULAR: Final = {
    "US": ("américain", "American", "U.S.", "US", "USA", "U.S.A.", "America", "Américain"),
    "GB": ("britannique", "British", "UK", "U.K.", "Britain", "Grande-Bretagne", "anglais"),
    "FR": ("French", "français"),
    "NL": ("néerlandais", "Dutch", "hollandais"),
    "CH": ("suisse", "Swiss"),
    "GR": ("grec", "Greek"),
    "CN": ("Chinese", "chinois"),
    "DE": ("German", "allemand"),
    "TR": ("turc", "Turkish"),
    "ES": ("espagnol", "Spanish"),
    "PL": ("polonais", "Polish"),
    "DK": ("danois", "Danish"),
    "SE": ("suédois", "Swedish"),
    "FI": ("finlandais", "Finnish"),
    "IE": ("irlandais", "Irish"),
    "PH": ("Filipino",),
    "CI": ("ivoirien", "Ivorian"),
    "NE": ("Nigerien", "nigérien"),
}
_ALIAS_ONLY: Final = {
    "U.S.",
    "US",
    "USA",
    "U.S.A.",
    "America",
    "UK",
    "U.K.",
    "Britain",
    "Grande-Bretagne",
}
_DEMONYM_SUFFIXES: Final = (
    "iennes",
    "ienne",
    "iens",
    "ien",
    "aines",
    "aine",
    "ains",
    "ain",
    "aises",
    "aise",
    "ais",
    "oises",
    "oise",
    "ois",
    "ans",
    "ian",
    "an",
    "ese",
    "ish",
    "is",
    "i",
    "es",
    "e",
    "s",
)


@dataclass(frozen=True, slots=True)
class _States:
    names: dict[str, str]  # written name -> code
    folded: dict[str, str]  # folded name -> code
    local: dict[str, dict[str, str]]  # language -> code -> name in that language
    pattern: re.Pattern[str]


@cache
def cldr_states() -> _States:
    names: dict[str, str] = {}
    local: dict[str, dict[str, str]] = {}
    for language in ("fr", "en"):
        territories = Locale(language).territories
        local[language] = {}
        for code, name in territories.items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_STATES:
                continue
            local[language][code] = str(name)
            names[str(name)] = code
    for code, capitals in CAPITALS.items():
        for capital in capitals:
            names[capital] = code
    for code, words in _IRREGULAR.items():
        for word in words:
            if word in _ALIAS_ONLY:
                names[word] = code
    written = sorted(names, key=len, reverse=True)
    alternation = "|".join(re.escape(name) for name in written)
    pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w]|\.\w)")
    folded = {fold(name): code for name, code in names.items()}
    return _States(names, folded, local, pattern)


@cache
def _folded_names() -> tuple[tuple[str, str], ...]:
    """(folded CLDR name, code) in both languages, folded once."""
    states = cldr_states()
    return tuple(
        (fold(name), code)
        for language in ("fr", "en")
        for code, name in states.local[language].items()
    )


@cache
def demonym_code(word: str) -> str | None:
    """The CLDR code of a demonym ("américaines" -> US, "Russian" -> RU), or None."""
    folded = fold(word).replace("’", "'")
    for code, words in _IRREGULAR.items():
        for known in words:
            if known in _ALIAS_ONLY:
                continue
            base = fold(known)
            if folded == base or (
                folded.startswith(base) and folded[len(base) :] in {"e", "s", "es", "ne", "nes"}
            ):
                return code
    states = cldr_states()
    for suffix in _DEMONYM_SUFFIXES:
        if not folded.endswith(suffix) or len(folded) - len(suffix) < 4:
            continue
        stem = folded[: -len(suffix)]
        matches = {
            code
            for name, code in _folded_names()
            if name.startswith(stem) and " " not in name[: len(stem) + 1]
        }
        if len(matches) == 1:
            return matches.pop()
        if matches:
            # "niger" from "nigériennes" names Niger exactly; prefer the shortest name.
            return min(matches, key=lambda c: len(states.local["en"].get(c, "")))
    return None
