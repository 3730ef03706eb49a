"""An event built again from its bytes, its actor references lazy when they are very many.

A loaded file's events are built when a view asks for one (``LazyEvents``). One event may
name a million actors: pydantic then built a million ``ActorRef`` models on the click that
selected it (1.6 s of CPU and 600 MB), while the panes show a screenful of them. So an
event whose ``actors`` array is big has it decoded by msgspec, into the Struct the load's fast
pass derives from the models (:mod:`.loading.rows`), and kept as :class:`LazyRefs`, which
builds an ``ActorRef`` when one is asked for; the rest of the event is validated by the
models as before. Anything the fast pass refuses is left to the models (never looser).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

import msgspec

from . import header_actors  # a module: they import each other through .loading
from .file_format import ActorRef, Event
from .loading import rows
from .packed_strings import sequence_position

LAZY_ACTORS_BYTES = 1 << 16
"""An event's ``actors`` array at least this long is kept lazy (about 5,000 references)."""


(_ACTORS_TYPE,) = (f.type for f in msgspec.structs.fields(rows.EventRow) if f.name == "actors")
_REFS = msgspec.json.Decoder(_ACTORS_TYPE)


class LazyRefs(Sequence[ActorRef]):
    """An event's actor references as the fast pass's values (an id, or a row); an
    :class:`ActorRef` is built when one is asked for."""

    def __init__(self, found: list[Any]) -> None:
        self._found = found

    def __len__(self) -> int:
        return len(self._found)

    @overload
    def __getitem__(self, i: int) -> ActorRef: ...
    @overload
    def __getitem__(self, i: slice) -> list[ActorRef]: ...
    def __getitem__(self, i: int | slice) -> ActorRef | list[ActorRef]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        item = self._found[sequence_position(i, len(self))]
        if isinstance(item, str):
            return ActorRef(actor=item)
        return ActorRef.model_validate(msgspec.structs.asdict(item))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def event_from_json(data: bytes) -> Event:
    """The event of these bytes, as the models give it; a big ``actors`` array stays
    :class:`LazyRefs`. Only for an event the load validated (``LazyEvents``): its references'
    id pattern is not checked again. Raises the models' ValidationError."""
    if len(data) < LAZY_ACTORS_BYTES:
        return Event.model_validate_json(data)
    found = header_actors.actors_array(data)
    if len(found) < LAZY_ACTORS_BYTES:
        return Event.model_validate_json(data)
    try:
        refs = _REFS.decode(found)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        return Event.model_validate_json(data)
    # The Struct leaves the id pattern of a reference to the load pass (rows.DEFERRED), which
    # found every reference of this event among the header's ids, checked with that pattern.
    rest = Event.model_validate_json(header_actors.without_actors(data, found))
    return rest.model_copy(update={"actors": LazyRefs(refs)})


__all__ = ["LAZY_ACTORS_BYTES", "LazyRefs", "event_from_json"]
