"""An opened event file ready for viewing: the validated data, its texts and its time index.

This is the read-only object every view consults. It answers questions by event index
(the event's position in the file), which is how the index, the filter and the selection
refer to events.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import msgspec
import numpy as np
import numpy.typing as npt

from .actor_columns import HeaderActors, name_of_actor
from .dates import EdtfDate, cached_date
from .field_methods import FieldEquality, FieldRepr
from .loading import MAX_ISSUES, DocumentState, LoadedFile
from .loading.loaded import LazyEvents
from .provenance import Provenance, provenance_of
from .time_index import TimeIndex

if TYPE_CHECKING:
    from .file_format import Actor, Event
    from .filtering.engine import FilterEngine
    from .plain_header import DocumentLike


class Passage(msgspec.Struct, frozen=True):
    """A marked run of a document's text: a quote or a date phrase of one event."""

    event: int
    start: int
    end: int
    is_date_phrase: bool
    source: int  # index of the source within the event
    quote: int  # index of the quote within the source; -1 for the date phrase


class _DateOnly(msgspec.Struct):
    """An event's ``date`` alone: msgspec skips every other field in C."""

    date: str | None = None


_DATE_DECODER = msgspec.json.Decoder(_DateOnly)


# Its methods are not generated: see field_methods.
@dataclass(init=False, repr=False, eq=False)
class Timeline(FieldEquality, FieldRepr):
    loaded: LoadedFile

    __hash__ = None  # type: ignore[assignment]  # compared by value, so not hashable (as @dataclass)

    def __init__(self, loaded: LoadedFile) -> None:
        self.loaded = loaded

    @property
    def index(self) -> TimeIndex:
        return self.loaded.index

    # --- lookups -----------------------------------------------------------------------
    @property
    def title(self) -> str:
        return self.loaded.header.title

    @property
    def language(self) -> str:
        return self.loaded.header.language

    @property
    def events(self) -> Sequence[Event]:
        """All events; materialised on access (use :attr:`titles` and the index for bulk)."""
        return self.loaded.header.events

    @property
    def titles(self) -> Sequence[str]:
        return self.loaded.titles

    @property
    def actors(self) -> Sequence[Actor]:
        return self.loaded.header.actors

    @property
    def documents(self) -> Sequence[DocumentLike]:
        return self.loaded.header.documents

    def event(self, i: int) -> Event:
        # Built from its bytes (and kept) by LazyEvents on first use. Validation makes no
        # reference cycles, so the cycle collector is paused meanwhile: an event with a
        # million actor references made a million objects, and the collections they set off
        # walked every object of the open file again and again (7 s instead of 2 s).
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.loaded.header.events[i]
        finally:
            if was_enabled:
                gc.enable()

    def date(self, i: int) -> EdtfDate | None:
        text = self.date_text(i)
        return None if text is None else cached_date(text)

    def date_text(self, i: int) -> str | None:
        """Event ``i``'s date as written, without building the event.

        A table row or a tooltip needs the date only: building an event with a million actor
        references took seconds, and the Events table asked for it when it opened. The event's
        bytes were validated when the file was loaded, so only ``date`` is read from them, in
        place (a slice of the bytes was a copy of the event each call: 11 MB for an event
        naming a million actors, on each row or tooltip that showed its date).
        """
        events = self.loaded.header.events
        if isinstance(events, LazyEvents):
            start, end = events.spans[i]
            return _DATE_DECODER.decode(memoryview(events.raw)[int(start) : int(end)]).date
        return events[i].date

    @cached_property
    def filter_engine(self) -> FilterEngine:
        """The filter engine of this file, built once (with its counting plan).

        The loading thread asks for it first, so that the engine is ready before the
        timeline reaches the window; the GUI thread then gets the same engine without waiting.
        """
        from .filtering.engine import FilterEngine  # the engine reads the timeline

        engine = FilterEngine.from_timeline(self)
        engine.prepare_counts()
        return engine

    @property
    def top_level_actors(self) -> npt.NDArray[np.int64]:
        """Actors without a parent, in file order (their position is their palette colour):
        the roots of the filter's actor tree, which also finds each actor's top-level
        ancestor (``render.inputs.actor_roots``), so that both follow one rule."""
        return self.filter_engine.tree.roots

    @cached_property
    def actor_by_id(self) -> Mapping[str, Actor]:
        return _ActorsById(self.loaded.data.actors, self.actor_number)

    @property
    def actor_number(self) -> Mapping[str, int]:
        """Each actor's index in the file, by id: the filter's actor tree already holds it
        (a second dict of a million ids cost 1.7 s and ~100 MB on the first click)."""
        return self.filter_engine.tree.index_of

    @cached_property
    def document_by_id(self) -> dict[str, DocumentLike]:
        return {d.id: d for d in self.loaded.data.documents}

    @cached_property
    def event_number(self) -> dict[str, int]:
        return {event_id: i for i, event_id in enumerate(self.loaded.ids)}

    def document_text(self, document_id: str) -> str | None:
        return self.loaded.texts.get(document_id)

    def document_state(self, document_id: str) -> str:
        return self.loaded.document_states.get(document_id, DocumentState.MISSING)

    def actor_name(self, actor_id: str) -> str:
        """The name of the actor ``actor_id`` (the id itself for an unknown one).

        A big file's actors are columns: the name is read from the packed names through the
        ids' index (an ``Actor`` model built per name asked for cost a pydantic validation
        each: a tooltip or a filter line naming many actors built them all).
        """
        actors = self.actors
        if isinstance(actors, HeaderActors):
            name = name_of_actor(actors, actor_id)
            return actor_id if name is None else name
        actor = self.actor_by_id.get(actor_id)
        return actor.name if actor else actor_id

    def attribution(self, attributed_to: str | None) -> str:
        """Who a quote is attributed to, in words: an actor's name, or the phrase itself."""
        if attributed_to is None:
            return ""
        return self.actor_name(attributed_to)

    @cached_property
    def provenance(self) -> Provenance:
        """Which quotes, events and documents have provenance problems (model/provenance)."""
        return provenance_of(self.loaded, MAX_ISSUES)

    @cached_property
    def passages(self) -> PassageTable:
        """Per document, every quote and date phrase of every event, sorted by start."""
        return PassageTable(self.loaded.passage_rows, [d.id for d in self.documents])

    def passage_at(self, document_id: str, offset: int) -> Passage | None:
        """The narrowest passage containing ``offset`` (clicking text selects its event)."""
        best: Passage | None = None
        for passage in self.passages.get(document_id, ()):
            if passage.start > offset:
                break
            if passage.end > offset and (
                best is None or passage.end - passage.start < best.end - best.start
            ):
                best = passage
        return best


class _ActorsById(Mapping[str, "Actor"]):
    """The file's actors by id, through the index of each id."""

    def __init__(self, actors: Sequence[Actor], number: Mapping[str, int]) -> None:
        self._actors = actors
        self._number = number

    def __getitem__(self, actor_id: str) -> Actor:
        return self._actors[self._number[actor_id]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._number)

    def __len__(self) -> int:
        return len(self._number)


class PassageTable(Mapping[str, list[Passage]]):
    """Passages by document id, built per document when first asked for."""

    def __init__(self, rows: npt.NDArray[np.int64], document_ids: list[str]) -> None:
        self._rows = rows
        self._ids = document_ids
        self._built: dict[str, list[Passage]] = {}

    @cached_property
    def _sorted(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The rows by document, start and end, and where each document's rows begin."""
        rows = self._rows[np.lexsort((self._rows[:, 2], self._rows[:, 1], self._rows[:, 0]))]
        bounds = np.searchsorted(rows[:, 0], np.arange(len(self._ids) + 1), side="left")
        return rows, bounds

    def warm_up(self) -> None:
        """Sort the rows now (from a worker thread): a big file has millions of them."""
        _ = self._sorted

    def __getitem__(self, document_id: str) -> list[Passage]:
        found = self._built.get(document_id)
        if found is None:
            if document_id not in self._ids:
                raise KeyError(document_id)
            doc = self._ids.index(document_id)
            ordered, bounds = self._sorted
            rows = ordered[bounds[doc] : bounds[doc + 1]]
            found = [
                Passage(int(r[3]), int(r[1]), int(r[2]), bool(r[5] < 0), int(r[4]), int(r[5]))
                for r in rows.tolist()
            ]
            self._built[document_id] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
