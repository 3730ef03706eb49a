"""Finding states in a text: their names, capitals and plural demonym nouns ("les Américains")."""

from __future__ import annotations

import re
from typing import Final

from .countries import CAPITALS, cldr_states, demonym_code
from .registry import ActorMention, Free, Registry, Take

# A capitalised word and "de"/"of" just before a country name make it part of another name.
_NAMED_AFTER: Final = re.compile(
    r"(?<![\w.])(?!(?:République|Republic|Royaume|Kingdom|Gouvernement|Government|État|State|"
    r"Président|President|Premier|Prime|Ministre|Minister|Roi|King|Reine|Queen)\b)"
    r"[A-ZÀ-Þ][\w’'\-]+[ \t]+(?:de|du|des|of|d['’])[ \t]*(?:la[ \t]+|l['’]|the[ \t]+)?$"
)


_WORD_BEFORE: Final = re.compile(r"(?<![\w.’'])([A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$")
_FUNCTION_WORDS: Final = frozenset(
    [
        "The",
        "In",
        "At",
        "For",
        "From",
        "To",
        "And",
        "But",
        "Of",
        "On",
        "By",
        "With",
        "Since",
        "Until",
        "After",
        "Before",
        "During",
        "While",
        "When",
        "Le",
        "La",
        "Les",
        "En",
        "Au",
        "Aux",
        "Du",
        "Des",
        "Et",
        "Mais",
        "Pour",
        "Par",
        "Avec",
        "Selon",
        "Depuis",
        "Dans",
        "Sur",
        "Entre",
        "Vers",
        "Un",
        "Une",
        "A",
        "An",
        "Both",
        "Between",
        "Against",
        "Over",
        "Under",
        "Via",
        "Like",
        "Comme",
        "Contre",
        "Chez",
        "Ni",
        "Or",
        "Ou",
    ]
)
_CAPITAL_NAMES: Final = frozenset(name for names in CAPITALS.values() for name in names)
_PLACE_BEFORE: Final = re.compile(
    r"(?<!\w)(?:à|au|in|at|to|from|near|vers|sur|dans|outside|around|sise\s+à|based\s+in)"
    r"[ \t]+$",
    re.IGNORECASE,
)


def find_states(text: str, registry: Registry, take: Take, free: Free) -> None:
    states = cldr_states()
    for match in states.pattern.finditer(text):
        if not free(*match.span()):
            continue
        if _NAMED_AFTER.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Tour de France", "Bank of England": a name, not the state
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is not None and before.group(1) not in _FUNCTION_WORDS:
            continue  # "New Jersey", "Nouvelle-Calédonie" spelled apart: a longer name
        if match.group(0) in _CAPITAL_NAMES and _PLACE_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "à Paris", "in Ottawa": the city as a place, not its government
        code = states.names[match.group(0)]
        key = registry.state(code)
        registry.actors[key].add_alias(match.group(0))
        registry.mentions.append(ActorMention(match.start(), match.end(), match.group(0), key))
        take(*match.span())
    # Plural demonym nouns: "les Américains", "the Russians" stand for the state.
    pattern = (
        r"(?<!\w)(?:les|des|aux)\s+(?P<dem>[A-ZÉ][a-zéèêëàâîïôûüç]+s)(?!\w)"
        if registry.language == "fr"
        else r"(?<![\w.])the\s+(?P<dem>[A-Z][a-z]+(?:ans|ese|is))(?!\w)"
    )
    for found in re.finditer(pattern, text):
        code_found = demonym_code(found.group("dem"))
        if code_found is None or not free(*found.span("dem")):
            continue
        key = registry.state(code_found)
        registry.actors[key].add_alias(found.group("dem"))
        registry.mentions.append(
            ActorMention(found.start("dem"), found.end("dem"), found.group("dem"), key)
        )
        take(*found.span("dem"))
