"""An opened event file ready for viewing: the validated data, its texts and its time index.

This is the read-only object every view consults. It answers questions by event index
(the event's position in the file), which is how the index, the filter and the selection
refer to events.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from .dates import EdtfDate
from .file_format import Actor, Document, Event
from .loader import DocumentState, LoadedFile
from .time_index import TimeIndex, build_time_index, cached_date


@dataclass(frozen=True, slots=True)
class Passage:
    """A marked run of a document's text: a quote or a date phrase of one event."""

    event: int
    start: int
    end: int
    is_date_phrase: bool
    source: int  # index of the source within the event
    quote: int  # index of the quote within the source; -1 for the date phrase


@dataclass
class Timeline:
    loaded: LoadedFile
    index: TimeIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = build_time_index(self.loaded.data)

    # --- lookups -----------------------------------------------------------------------
    @property
    def title(self) -> str:
        return self.loaded.data.title

    @property
    def language(self) -> str:
        return self.loaded.data.language

    @property
    def events(self) -> list[Event]:
        return self.loaded.data.events

    @property
    def actors(self) -> list[Actor]:
        return self.loaded.data.actors

    @property
    def documents(self) -> list[Document]:
        return self.loaded.data.documents

    def event(self, i: int) -> Event:
        return self.loaded.data.events[i]

    def date(self, i: int) -> EdtfDate | None:
        text = self.loaded.data.events[i].date
        return None if text is None else cached_date(text)

    @cached_property
    def actor_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.loaded.data.actors}

    @cached_property
    def actor_number(self) -> dict[str, int]:
        return {a.id: i for i, a in enumerate(self.loaded.data.actors)}

    @cached_property
    def document_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.loaded.data.documents}

    @cached_property
    def event_number(self) -> dict[str, int]:
        return {e.id: i for i, e in enumerate(self.loaded.data.events)}

    def document_text(self, document_id: str) -> str | None:
        return self.loaded.texts.get(document_id)

    def document_state(self, document_id: str) -> str:
        return self.loaded.document_states.get(document_id, DocumentState.MISSING)

    def actor_name(self, actor_id: str) -> str:
        actor = self.actor_by_id.get(actor_id)
        return actor.name if actor else actor_id

    def attribution(self, attributed_to: str | None) -> str:
        """Who a quote is attributed to, in words: an actor's name, or the phrase itself."""
        if attributed_to is None:
            return ""
        return self.actor_name(attributed_to)

    @cached_property
    def passages(self) -> dict[str, list[Passage]]:
        """Per document, every quote and date phrase of every event, sorted by start."""
        result: dict[str, list[Passage]] = defaultdict(list)
        for i, event in enumerate(self.loaded.data.events):
            for s, source in enumerate(event.sources):
                for q, quote in enumerate(source.quotes):
                    result[source.document].append(Passage(i, quote.start, quote.end, False, s, q))
                if source.date_phrase is not None:
                    phrase = source.date_phrase
                    result[source.document].append(
                        Passage(i, phrase.start, phrase.end, True, s, -1)
                    )
        for passages in result.values():
            passages.sort(key=lambda p: (p.start, p.end))
        return dict(result)

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
