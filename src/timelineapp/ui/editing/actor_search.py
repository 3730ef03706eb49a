"""Finding actors by what is typed, among a million, without a Python step per actor.

The editing dialogs' actor boxes filter as one types and take a typed name as the actor it
names. Both read the header's columns: the search looks for each folded word in every actor's
folded name and aliases joined in one text (in C, the actor tree's own rule:
:func:`..actor_rows.texts_matching`), and a typed name is found by one regular expression over
that text (the name is each actor's text's first line) and then compared with the names it
finds, instead of a comparison with each actor's name in turn (1–2 s for a million actors).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ...model.actor_columns import actor_ids_of, actor_names, actor_number, search_texts
from ...model.filtering.text_search import search_terms
from ...model.folding import fold
from ...model.untrusted_text import shown
from ..actor_rows import joined_texts, texts_matching

if TYPE_CHECKING:
    from ...model.file_format import Actor

IntArray = npt.NDArray[np.int64]


class ActorSearch:
    """The actors of a file, found by words or by a name (or an id) typed whole."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = actors
        self.ids: Sequence[str] = actor_ids_of(actors)
        self.names: Sequence[str] = actor_names(actors)

    @cached_property
    def number(self) -> Mapping[str, int]:
        """Each id -> its index (the header's one id index when it has one)."""
        return actor_number(self.actors) or {actor_id: i for i, actor_id in enumerate(self.ids)}

    @cached_property
    def _joined(self) -> tuple[str, IntArray]:
        # Built on the first search (a million names folded: most of a second), not on open.
        return joined_texts(search_texts(self.actors))

    def matching(self, text: str) -> IntArray | None:
        """The actors whose name or aliases hold every word of ``text``, in file order
        (None: no words, every actor)."""
        terms = search_terms(text)
        if not terms:
            return None
        return np.flatnonzero(texts_matching(*self._joined, terms)).astype(np.int64)

    def same_name(self, typed: str, aliases: bool = True) -> list[int]:
        """The actors whose name or one of whose ``aliases`` is ``typed``, but for case,
        accents and runs of spaces ("mohamed  bazoum" for "Mohamed Bazoum"): those named so
        first, then those with it as an alias, each in file order."""
        folded = fold(" ".join(typed.split()))
        if not folded or "\x1f" in folded or "\n" in folded:
            return []
        joined, starts = self._joined
        # A name is a text's first line, an alias one of the lines after it.
        pattern = re.compile(r"(?:^|[\x1f\n])" + re.escape(folded) + r"(?=[\n\x1f]|\Z)")
        named: list[int] = []
        aliased: list[int] = []
        for match in pattern.finditer(joined):
            place = match.start() + (match.group()[:1] in ("\x1f", "\n"))
            row = int(np.searchsorted(starts, place, side="right")) - 1
            found = named if place == starts[row] else aliased
            if row not in found:
                found.append(row)
        return named + [row for row in aliased if aliases and row not in named]

    def named(self, typed: str) -> int | None:
        """The actor that ``typed`` names: its id, its name as written or as shown, or, when
        no actor has that name exactly, the one actor whose name differs only in case and
        accents ("etats-unis" for "États-Unis"); None when none (or several) do."""
        typed = typed.strip()
        if not typed:
            return None
        found = self.number.get(typed)
        if found is not None:
            return found
        if typed.endswith(")") and " (" in typed:  # as a box with ids shows it: "Name (id)"
            cut = typed.rindex(" (")
            found = self.number.get(typed[cut + 2 : -1])
            if found is not None and shown(self.names[found]) == typed[:cut]:
                return found
        folded = fold(typed)
        if not folded or "\x1f" in folded or "\n" in folded:
            return None
        joined, starts = self._joined
        # The folded name is a text's first line: at a text's start, before its end or its
        # aliases' first line break.
        pattern = re.compile(r"(?:^|\x1f)" + re.escape(folded) + r"(?=[\n\x1f]|\Z)")
        places = np.fromiter(
            (m.start() + (m.group().startswith("\x1f")) for m in pattern.finditer(joined)),
            np.int64,
        )
        rows = np.searchsorted(starts, places, side="right") - 1
        alike: list[int] = []
        for row in rows.tolist():
            name = self.names[row]
            if typed in (name, shown(name)):
                return int(row)
            alike.append(int(row))
        return alike[0] if len(alike) == 1 else None
