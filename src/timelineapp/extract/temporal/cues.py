"""Pattern pieces and the cue words that tell a date from a number ("en 2024" against
"2024 soldats"), and a month name from a word ("mai" against "Mai", "March" the verb)."""

from __future__ import annotations

import re
from typing import Final

from ..lexicon import (
    fold,
)

# -- pattern pieces ----------------------------------------------------------------------------

DAY: Final = r"(?:[12]\d|3[01]|0?[1-9])"  # ordinal endings ("1er", "19th") follow it
YEAR: Final = r"(?:1\d{3}|20\d{2}|21\d{2})(?!\d)"
APOS: Final = "['’]"
# A word boundary that treats the apostrophes of "d'avril" / "l’an" as boundaries too.
WORD_START: Final = r"(?<![\w])"
WORD_END: Final = r"(?![\w])"

# English words that link a date to what comes before it ("in May", "since 2020", "from ... to"):
# cues of both a year and a month.
_EN_LINKS: Final = frozenset(
    {"in", "since", "until", "till", "by", "before", "after", "from", "to", "of", "and"}
)
# Words that make a bare four-digit number a year when written just before it.
YEAR_CUES: Final = {
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
    "en": _EN_LINKS
    | {
        "edition",
        "season",
        "budget",
        "census",
        "class",
        "for",
        "the",
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
NOT_YEAR_BEFORE: Final = {
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
COUNT_AFTER: Final = re.compile(
    r"\s*(?:%|‰|€|\$|£|km|kg|m\b|t\b|euros?|dollars?|francs?|soldats?|militaires?|hommes|"
    r"personnes|morts|tonnes|troops|soldiers|people|personnel|dead|tons|tonnes|miles|"
    r"éléments|elements|exemplaires|copies|units|unités|employees|salariés|habitants|"
    r"residents|votes|voix|cases|cas|[-–]\d)",
    re.IGNORECASE,
)
# Words before a month name that make it a month ("en mai", "in May", "début juin").
MONTH_CUES: Final = {
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
    "en": _EN_LINKS
    | {
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

PARTS: Final = {
    "debut": "early",
    "fin": "late",
    "mi": "mid",
    "milieu": "mid",
    "early": "early",
    "late": "late",
    "mid": "mid",
}


def previous_word(text: str, start: int) -> str:
    """The folded word just before ``start`` ("en", "d'", "mi"), or ""."""
    left = text[max(0, start - 24) : start]
    match = re.search(r"([\w°º]+['’]?|['’])[\s\-]*$", left)
    if match is None:
        return ""
    return fold(match.group(1)).rstrip(".")


def at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(' \u00a0\t«“"(')
    return before == "" or before[-1] in ".!?\n:"
