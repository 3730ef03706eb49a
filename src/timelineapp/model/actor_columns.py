"""The header's actors as columns: a million actors without a million pydantic models.

A file may declare a million actors. Validating them into :class:`~.file_format.Actor`
models cost 1.8 s and about a kilobyte each, while the views need their ids (references,
numbering, the actor tree), their parents, their names for the search, and a screenful of
whole actors at a time. :class:`HeaderActors` keeps the load's fast-pass rows
(:mod:`.header_actors`) and builds an ``Actor`` model only when one is asked for (the recent
ones kept), like the events' ``LazyEvents``. Every actor id goes into one dict,
:attr:`HeaderActors.number`, shared by the reference checks, the events' numbering and the
actor tree.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache, cached_property
from itertools import count
from operator import attrgetter
from typing import Any, overload

import msgspec
from pydantic import TypeAdapter

from .file_format import Actor
from .folding import fold, fold_large
from .packed_strings import sequence_position

_ID = attrgetter("id")
_PARENT = attrgetter("parent")
_NAME = attrgetter("name")
_ALIASES = attrgetter("aliases")
_BATCH = 4096
_SEARCH_SEPARATOR = "\x1f"  # between actors' folded texts (folding keeps it as it is)


class HeaderActors(Sequence[Actor]):
    """The header's actors, as the fast pass's rows; an :class:`Actor` model is built when
    one is asked for (and the recent ones kept)."""

    def __init__(self, found: list[Any], keep: int = 512) -> None:
        self._rows = found
        self._keep = keep
        self._recent: dict[int, Actor] = {}

    @cached_property
    def ids(self) -> list[str]:
        return list(map(_ID, self._rows))

    @cached_property
    def parents(self) -> list[str | None]:
        return list(map(_PARENT, self._rows))

    @cached_property
    def names(self) -> list[str]:
        return list(map(_NAME, self._rows))

    @cached_property
    def number(self) -> dict[str, int]:
        """Each id -> its index (the last one for an id given twice): the one dict of the
        file's actor ids."""
        return dict(zip(self.ids, count()))

    @cached_property
    def search_texts(self) -> list[str]:
        """Per actor, its name and aliases folded for search (folding.fold), built when a
        search first needs them, folded as one text (numpy) rather than one at a time."""
        texts: list[str] = self.names
        if any(map(_ALIASES, self._rows)):
            texts = ["\n".join([row.name, *row.aliases]) for row in self._rows]
        joined = _SEARCH_SEPARATOR.join(texts)
        folded = fold_large(joined).split(_SEARCH_SEPARATOR) if texts else []
        if len(folded) != len(texts):  # a name holding the separator: one at a time
            folded = [fold(text) for text in texts]
        return folded

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Actor]:
        # Built a batch at a time by one pydantic call (not kept: a million models would be
        # the gigabyte this class saves); callers that need one field use the columns.
        for start in range(0, len(self._rows), _BATCH):
            batch = msgspec.to_builtins(self._rows[start : start + _BATCH])
            yield from _actor_list().validate_python(batch)

    @overload
    def __getitem__(self, i: int) -> Actor: ...
    @overload
    def __getitem__(self, i: slice) -> list[Actor]: ...
    def __getitem__(self, i: int | slice) -> Actor | list[Actor]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = sequence_position(i, len(self))
        found = self._recent.get(i)
        if found is None:
            # The row passed the fast pass, so the model accepts it: validated again, one
            # actor, so that it is exactly the model the file gives.
            found = Actor.model_validate(msgspec.structs.asdict(self._rows[i]))
            if len(self._recent) >= self._keep:
                self._recent.pop(next(iter(self._recent)))
            self._recent[i] = found
        return found

    def __eq__(self, other: object) -> bool:
        if isinstance(other, HeaderActors):  # as JSON values: an absent list is a shared ()
            return msgspec.json.encode(self._rows) == msgspec.json.encode(other._rows)
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@cache
def _actor_list() -> TypeAdapter[list[Actor]]:
    # Built when first needed: start-up imports this module.
    return TypeAdapter(list[Actor])


def actor_columns(actors: Sequence[Actor]) -> tuple[list[str], list[str | None]]:
    """The ids and parents of the actors (columns when they are :class:`HeaderActors`)."""
    if isinstance(actors, HeaderActors):
        return actors.ids, actors.parents
    return list(map(_ID, actors)), list(map(_PARENT, actors))


def actor_number(actors: Sequence[Actor]) -> dict[str, int] | None:
    """The one dict of ids -> index of :class:`HeaderActors` (None for a plain list)."""
    return actors.number if isinstance(actors, HeaderActors) else None


def search_texts(actors: Sequence[Actor]) -> list[str]:
    """Per actor, its name and aliases folded for search (``folding.fold``)."""
    if isinstance(actors, HeaderActors):
        return actors.search_texts
    return [fold("\n".join([a.name, *a.aliases])) for a in actors]


def actor_names(actors: Sequence[Actor]) -> list[str]:
    """The actors' names (a column of :class:`HeaderActors`)."""
    if isinstance(actors, HeaderActors):
        return actors.names
    return list(map(_NAME, actors))
