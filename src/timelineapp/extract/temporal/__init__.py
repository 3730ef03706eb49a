"""Stage one of the date tagger: find temporal expressions and read them with unknown parts open.

Detection knows nothing of the publication date. "le 19 mai" is read as ``XXXX-05-19``,
"vendredi" as "a Friday", "la semaine dernière" as "the week before the reference"; stage two
(:mod:`.anchoring`) fixes what the publication date, cue words and tense allow. Splitting the
two (as HeidelTime does) keeps detection testable on its own and anchoring free of regexes.

Rules, not a statistical model: each pattern is a regular expression over the written text,
with a check that rejects the traps ("80 %", "946 soldats", "base 101", "Mai" as a name,
"March" as a verb, phone numbers, article numbers of laws, times without a date). Offsets are
code points of the text as given.

The package, in the order a text goes through it: :mod:`.rules` (the patterns by language),
:mod:`.readers` (a match read as a value, or refused), :mod:`.cues` (pattern pieces and cue
words), :mod:`.bounds` (a bound or modifier written before), :mod:`.values` (what is read);
:mod:`.attachment` says which words a found date belongs to (« l’accord signé en 2012 »).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..cancel import check_cancel
from .bounds import with_bound
from .rules import rules_for
from .values import Calendar, Mention, Night, Season, Shift, Value, Weekday, YearPart, YearSpan

__all__ = [
    "Calendar",
    "Mention",
    "Night",
    "Season",
    "Shift",
    "Value",
    "Weekday",
    "YearPart",
    "YearSpan",
    "detect",
]

# -- the detector ------------------------------------------------------------------------------


def _candidates(text: str, language: str) -> Iterator[Mention]:
    for rule in rules_for(language):
        check_cancel()  # a rule's scan of a 200 KB article takes milliseconds
        for match in rule.pattern.finditer(text):
            check_cancel()
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
    return [with_bound(mention, text) for mention in chosen]
