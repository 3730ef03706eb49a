"""An event file being edited: its header, its events as slots, and invertible slot edits.

Every change to an open file is an :class:`Edit`: a small frozen value that applies itself
to a :class:`Draft` and returns the edit that undoes it. The UI's undo stack holds those
pairs; nothing else mutates a draft, so undo restores exactly the previous model.

Events are kept as *slots* so that a million-event file costs one integer per event: a slot
``>= 0`` is the event at that position of the file as opened (read from its bytes when asked
for, and copied from those bytes when saved); a slot ``< 0`` names an event made while
editing. Undoing an edit puts the old slot back, so an event that was changed and then
changed back is again "unchanged since opened" and is saved from its original bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

import msgspec
import numpy as np
import numpy.typing as npt

from .lazy_sequence import LazySequence
from .loading.loaded import LoadedFile

if TYPE_CHECKING:
    from .file_format import Event, EventFile


class EventSlots(LazySequence["Event"]):
    """The current events: a slot per event, over the events of the file as opened."""

    def __init__(self, base: Sequence[Event], base_ids: Sequence[str] | None = None) -> None:
        self._base = base
        # The loader's id column: ids of unchanged events without building the events.
        self._base_ids = base_ids
        self._slots: npt.NDArray[np.int64] = np.arange(len(base), dtype=np.int64)
        self._made: list[Event] = []

    @property
    def base(self) -> Sequence[Event]:
        """The events of the file as opened."""
        return self._base

    def __len__(self) -> int:
        return int(self._slots.size)

    def _item(self, i: int) -> Event:
        return self.event_of(self.slot(i))

    def __iter__(self) -> Iterator[Event]:
        for slot in self._slots.tolist():
            yield self.event_of(slot)

    def ids(self) -> Iterator[str]:
        """Every event's id, in order."""
        base_ids = self._base_ids
        for slot in self._slots.tolist():
            if slot >= 0 and base_ids is not None:
                yield base_ids[slot]
            else:
                yield self.event_of(slot).id

    def slot(self, i: int) -> int:
        if not -len(self) <= i < len(self):
            raise IndexError(f"event index {i} out of range (0..{len(self) - 1})")
        return int(self._slots[i])

    def slots(self) -> npt.NDArray[np.int64]:
        """Every slot in order (read-only view)."""
        view = self._slots.view()
        view.flags.writeable = False
        return view

    def event_of(self, slot: int) -> Event:
        return self._base[slot] if slot >= 0 else self._made[-slot - 1]

    def intern(self, event: Event) -> int:
        """A new slot for an event made while editing."""
        self._made.append(event)
        return -len(self._made)

    def put(self, i: int, slot: int) -> int:
        """Replace the slot at ``i``; returns the slot it held."""
        old = self.slot(i)
        self._slots[i] = slot
        return old

    def insert(self, i: int, slot: int) -> None:
        self._slots = np.insert(self._slots, i, slot)

    def delete(self, i: int) -> int:
        old = self.slot(i)
        self._slots = np.delete(self._slots, i)
        return old

    def snapshot(self) -> EventSlots:
        """The events as they are now, unaffected by later edits (made events are shared:
        they are only ever appended)."""
        copy = EventSlots.__new__(EventSlots)
        copy._base, copy._base_ids, copy._made = self._base, self._base_ids, self._made
        copy._slots = self._slots.copy()
        return copy

    def unchanged(self) -> bool:
        """Whether the events are exactly those of the file as opened, in order."""
        return self._slots.size == len(self._base) and bool(
            np.array_equal(self._slots, np.arange(len(self._base)))
        )


class Draft(msgspec.Struct):
    """The state of an event file being edited.

    ``header`` is the file without its events (``events`` is always empty there); ``texts``
    holds each document's text, which every quote is checked against.
    """

    header: EventFile
    events: EventSlots
    texts: dict[str, str | None] = msgspec.field(default_factory=dict)
    # The opened file's bytes and each event's span in them (saving copies unchanged events).
    original: tuple[bytes, npt.NDArray[np.int64]] | None = None

    @classmethod
    def of(
        cls,
        data: EventFile,
        texts: dict[str, str | None] | None = None,
        ids: Sequence[str] | None = None,
    ) -> Draft:
        """A draft of ``data``; its events are used as they are (a lazy sequence stays lazy)."""
        return cls(
            header=data.model_copy(update={"events": []}),
            events=EventSlots(data.events, ids),
            texts=(texts or {}).copy(),  # a copy (texts not yet decoded stay so)
        )

    @classmethod
    def of_loaded(cls, loaded: LoadedFile) -> Draft:
        """A draft of an opened file: the one place that knows what the loader keeps."""
        draft = cls.of(loaded.data, loaded.texts, loaded.ids)
        spans = loaded.event_spans
        if spans is not None and loaded.source and spans.shape[0] == len(loaded.data.events):
            draft.original = (loaded.source, spans)
        return draft

    def materialised(self) -> EventFile:
        """The whole file as one model (every event built: small files and tests)."""
        return self.header.model_copy(update={"events": list(self.events)})


class Edit(Protocol):
    """An invertible change: ``apply`` changes the draft and returns the edit undoing it."""

    def apply(self, draft: Draft) -> Edit: ...


class PutSlot(msgspec.Struct, frozen=True):
    index: int
    slot: int

    def apply(self, draft: Draft) -> Edit:
        return PutSlot(self.index, draft.events.put(self.index, self.slot))


class InsertSlot(msgspec.Struct, frozen=True):
    index: int
    slot: int

    def apply(self, draft: Draft) -> Edit:
        draft.events.insert(self.index, self.slot)
        return DeleteSlot(self.index)


class DeleteSlot(msgspec.Struct, frozen=True):
    index: int

    def apply(self, draft: Draft) -> Edit:
        return InsertSlot(self.index, draft.events.delete(self.index))


class SetHeader(msgspec.Struct, frozen=True):
    """Replace the header (title, documents, actors) and the documents' texts."""

    header: EventFile
    texts: dict[str, str | None]

    def apply(self, draft: Draft) -> Edit:
        undo = SetHeader(draft.header, draft.texts)
        draft.header = self.header
        draft.texts = self.texts.copy()
        return undo


class Batch(msgspec.Struct, frozen=True):
    """Several edits as one (merging actors touches the header and many events)."""

    edits: tuple[Edit, ...]

    def apply(self, draft: Draft) -> Edit:
        undo = [edit.apply(draft) for edit in self.edits]
        return Batch(tuple(reversed(undo)))
