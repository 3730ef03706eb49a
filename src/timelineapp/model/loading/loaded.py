"""What a load gives: :class:`LoadResult`, and when the file is sound, :class:`LoadedFile`.

The events of a loaded file are :class:`LazyEvents`: models built again from each event's
bytes when asked for, since a million event objects would cost gigabytes while the views need
a handful at a time. Every per-event column the views need was collected while validating.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, overload

import numpy as np
import numpy.typing as npt
from msgspec import Struct

from .. import event_json  # a module: it imports this package too
from ..field_methods import FieldEquality, FieldRepr
from ..issues import Issue, Severity
from ..lazy_sequence import LazySequence
from ..plain_header import PlainHeader
from ..time_index import TimeIndex
from .read import DocumentTexts

if TYPE_CHECKING:
    from ..file_format import Event, EventFile
    from ..plain_header import HeaderLike


class LazyEvents(LazySequence["Event"]):
    """The events of a file, validated again from their bytes when asked for.

    Recently used events are kept.
    """

    def __init__(self, raw: bytes, spans: npt.NDArray[np.int64], keep: int = 512) -> None:
        self._raw = raw
        self._spans = spans
        self._keep = keep
        self._recent: dict[int, Event] = {}

    @property
    def raw(self) -> bytes:
        """The bytes the events are read from (``LoadedFile.source``)."""
        return self._raw

    @property
    def spans(self) -> npt.NDArray[np.int64]:
        """``(n, 2)``: ``raw[start:end]`` is event ``i`` exactly as written in the file."""
        return self._spans

    def __len__(self) -> int:
        return int(self._spans.shape[0])

    def _item(self, i: int) -> Event:
        found = self._recent.get(i)
        if found is None:
            start, end = self._spans[i]
            # A view: an event naming a million actors is 11 MB, not copied on a click.
            found = event_json.event_from_json(memoryview(self._raw)[int(start) : int(end)])
            if len(self._recent) >= self._keep:
                self._recent.pop(next(iter(self._recent)))
            self._recent[i] = found
        return found


class EventColumns(Struct, frozen=True):
    """The per-event columns a validation pass (or the load cache) gives, in file order."""

    index: TimeIndex
    titles: Sequence[str]
    ids: Sequence[str]
    # Per event, title, summary, note, place, tags and quotes, folded for search
    # (folding.fold_texts).
    search_blob: bytes | npt.NDArray[np.uint8]
    # Every quote and date phrase: (document, start, end, event, source, quote or -1).
    passage_rows: npt.NDArray[np.int64]
    # (n, 2): [start, end) of each event's bytes in the file; None when the file was parsed
    # whole (only files that the splitter could not read, so never a big one).
    spans: npt.NDArray[np.int64] | None


_MODEL_BUILD = threading.Lock()
"""Held while a LoadedFile's model is built from its plain header."""


class _ModelOnUse:
    """``LoadedFile.data``: given the model or a :class:`.PlainHeader` (the load's header,
    checked without the models), it gives the model, built from the plain header when first
    asked for (so that a start paints without importing pydantic); ``header`` gives what
    was given."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._given = f"_{name}_given"
        self._built = f"_{name}_built"

    @overload
    def __get__(self, loaded: None, owner: type | None = None) -> _ModelOnUse: ...
    @overload
    def __get__(self, loaded: object, owner: type | None = None) -> EventFile: ...
    def __get__(self, loaded: object, owner: type | None = None) -> EventFile | _ModelOnUse:
        if loaded is None:
            return self  # the field's "default": refused by __set__ (it is required)
        found: EventFile | None = loaded.__dict__.get(self._built)
        if found is None:
            # Once, under a lock: a background reader and the GUI thread asking at the same
            # moment would build two models, and caches keyed by identity would miss.
            with _MODEL_BUILD:
                found = loaded.__dict__.get(self._built)
                if found is None:
                    given = loaded.__dict__[self._given]
                    found = given.model() if isinstance(given, PlainHeader) else given
                    loaded.__dict__[self._built] = found
        return found

    def __set__(self, loaded: object, value: EventFile | PlainHeader | _ModelOnUse) -> None:
        # Only LoadedFile's __init__ sets it (the class is frozen).
        if isinstance(value, _ModelOnUse):
            raise TypeError("LoadedFile() missing required argument: 'data'")
        loaded.__dict__[self._given] = value
        loaded.__dict__.pop(self._built, None)

    def given(self, loaded: object) -> HeaderLike:
        found: HeaderLike = loaded.__dict__[self._given]
        return found


# Its methods but the frozen ones are not generated: see field_methods.
@dataclass(frozen=True, init=False, repr=False, eq=False)
class LoadedFile(FieldEquality, FieldRepr):
    """An event file that passed shape and reference checks, with its documents' texts.

    Built in one place, :func:`.pipeline.loaded_file`, whichever road the load took.

    **Byte spans of events** (for saving a big file by copying unchanged events' bytes):
    ``source[start:end]`` for ``start, end = event_spans[i]`` is event ``i`` exactly as
    written in the file (``source`` is the file's bytes without a UTF-8 BOM, if it had one,
    or only its events' bytes when the rest is most of the file: see ``pipeline.loaded_file``).
    """

    path: Path | None
    content_hash: str  # SHA-256 of the file's bytes as read
    columns: EventColumns
    documents: DocumentTexts
    issues: list[Issue] = field(default_factory=list)
    source: bytes = b""
    # ``data.events`` materialises events on demand (LazyEvents); the model is built when
    # first asked for (``header`` is the header without it: see _ModelOnUse). Required.
    data: _ModelOnUse = _ModelOnUse()

    def __init__(
        self,
        path: Path | None,
        content_hash: str,
        columns: EventColumns,
        documents: DocumentTexts,
        issues: list[Issue] | None = None,
        source: bytes = b"",
        *,
        data: EventFile | PlainHeader,
    ) -> None:
        # Frozen: set in the instance's dict, as the generated __init__ does; ``data``
        # through its descriptor.
        self.__dict__.update(
            path=path,
            content_hash=content_hash,
            columns=columns,
            documents=documents,
            issues=[] if issues is None else issues,
            source=source,
        )
        object.__setattr__(self, "data", data)

    @property
    def header(self) -> HeaderLike:
        """The header as loaded: the model once built, else the plain header (no pydantic)."""
        built: HeaderLike | None = self.__dict__.get("_data_built")
        return built if built is not None else LoadedFile.__dict__["data"].given(self)

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.header.title

    @property
    def index(self) -> TimeIndex:
        return self.columns.index

    @property
    def titles(self) -> Sequence[str]:
        return self.columns.titles

    @property
    def ids(self) -> Sequence[str]:
        return self.columns.ids

    @property
    def search_blob(self) -> bytes | npt.NDArray[np.uint8]:
        return self.columns.search_blob

    @property
    def passage_rows(self) -> npt.NDArray[np.int64]:
        return self.columns.passage_rows

    @property
    def event_spans(self) -> npt.NDArray[np.int64] | None:
        """``(n, 2)`` byte spans of the events in :attr:`source` (see the class docstring)."""
        return self.columns.spans

    @property
    def texts(self) -> dict[str, str | None]:
        return self.documents.texts

    @property
    def document_states(self) -> dict[str, str]:
        return self.documents.states

    @property
    def document_hashes(self) -> dict[str, str | None]:
        return self.documents.hashes

    def materialised(self) -> EventFile:
        """The whole file as one model (every event built: for small files and dumps)."""
        return self.data.model_copy(update={"events": list(self.data.events)})


class LoadResult(Struct):
    file_name: str
    loaded: LoadedFile | None
    issues: list[Issue]
    cancelled: bool = False

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return self.loaded is not None and not self.errors
