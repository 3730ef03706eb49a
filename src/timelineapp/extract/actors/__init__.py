"""Actors named in an article: states, their armed forces, institutions and titled persons.

A gazetteer of general world knowledge plus patterns, French and English:

* **states** by their names in CLDR (through Babel, in both languages, never a typed list),
  by their capitals used for governments ("Washington", "Niamey": a short table of capitals,
  keyed by CLDR territory code), and by demonyms ("américaines", "Russian"), read back to a
  CLDR name by their stem ("russ-es" -> "Russ-ie"), with a few irregular ones listed by code;
* **armed forces** from army phrases ("les troupes américaines", "Russian instructors"):
  one actor per state, its phrases merged as aliases, the state as parent;
* **institutions**: major ones by name (Pentagon, Kremlin, United Nations…), ministries and
  departments by pattern ("ministère américain de la Défense", "Department of Energy"), and
  capitalised names ending in Agency/Commission… with their acronym;
* **persons** only by patterns (a title before the name, "Maj. Gen. Jane Doe"; an apposition
  after it, "Jane Doe, director of…"): names are never listed, because the builder is judged
  on articles nobody here has seen. The title is kept as the person's description; a later
  mention by surname alone is merged as an alias.

The package's modules, one idea each: :mod:`.countries` (CLDR names, capitals, demonyms),
:mod:`.registry` (actors and mentions being collected), :mod:`.persons`, :mod:`.organisations`
(institutions, ministries, agencies, armies, acronyms) and :mod:`.states` (the finders), and
:mod:`.name_patterns` (pieces of written names).
"""

from __future__ import annotations

from ..cancel import check_cancel
from .organisations import find_acronyms, find_armies, find_institutions
from .persons import find_nationals, find_persons, find_speakers, merge_surnames
from .registry import ActorMention, DraftActor, Registry, slug
from .states import find_states

__all__ = ["ActorMention", "DraftActor", "find_actors", "slug"]


def find_actors(text: str, language: str) -> tuple[list[DraftActor], list[ActorMention]]:
    """The actors of a text and every mention of them, in reading order."""
    registry = Registry("fr" if language == "fr" else "en")
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        check_cancel()  # every finder asks for each match it found: a build stops there
        return all(end <= s or start >= e for s, e in taken)

    def take(start: int, end: int) -> None:
        taken.append((start, end))

    for finder in (
        find_persons,
        find_speakers,
        find_nationals,
        find_armies,
        find_institutions,
        find_states,
        find_acronyms,
    ):
        check_cancel()
        finder(text, registry, take, free)
    check_cancel()
    merge_surnames(text, registry)
    registry.mentions.sort(key=lambda m: (m.start, m.end))
    used = {m.key for m in registry.mentions}
    actors = [a for a in registry.actors.values() if a.key in used or _is_parent(a, registry)]
    return actors, registry.mentions


def _is_parent(actor: DraftActor, registry: Registry) -> bool:
    return any(a.parent == actor.key for a in registry.actors.values())
