"""Bounds written before an expression ("au plus tard", "before", "depuis") and modifiers
("début", "early", "mi-"): they change what the mention means, not where it is."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from ..lexicon import (
    fold,
)
from .values import Mention

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


# "around March 2024", "vers mars 2024": the words make the date approximate (EDTF "~").
_APPROXIMATE_BEFORE: Final = {
    "fr": re.compile(
        r"(?<![\w'’])(?P<cue>vers|environ|aux\s+alentours\s+d(?:u|e|['’])|autour\s+d(?:u|e|['’])|"
        r"approximativement)\s*(?:(?:le|la|l['’]|en)\s*)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![\w'’])(?P<cue>around|about|approximately|roughly|circa|ca\.|c\.|"
        r"sometime\s+around|some\s+time\s+around)\s*(?:(?:on|in|the)\s+)?$",
        re.IGNORECASE,
    ),
}


def ends_a_deadline(text: str, start: int, language: str) -> bool:
    """Whether "by the end of", « d'ici la fin de », « avant la fin de » is written just
    before ``start``: a bound at the end of a period, which names the period it ends."""
    found = _BOUND_BEFORE[language].search(text, max(0, start - 40), start)
    if found is None or found.end() != start or not found.group("end"):
        return False
    cue = " ".join(fold(found.group("cue")).split())
    return _MODIFIERS.get(cue) in ("not_after", "until")


def with_bound(mention: Mention, text: str) -> Mention:
    """Attach a bound written just before the expression ("au plus tard, le 15 septembre"),
    or the words that make it approximate ("around March 2024")."""
    approximate = _APPROXIMATE_BEFORE[mention.language].search(
        text, max(0, mention.start - 40), mention.start
    )
    if approximate is not None and approximate.end() == mention.start:
        start = approximate.start()
        return replace(
            mention,
            start=start,
            text=text[start : mention.end],
            approximate=" ".join(approximate.group("cue").split()),
        )
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
