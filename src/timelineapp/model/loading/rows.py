"""The load pass's view of an event: the rules of :class:`~.file_format.Event`, as plain dicts.

Validating a million events into pydantic models costs about 13 µs each, a third of it in
Python validators called from Rust (the actor shorthand, the span check, the date check).
The load pass only reads each event once to fill the index, so it validates into TypedDicts
whose every rule runs in pydantic's Rust core, about 8 µs each, and then checks the two
rules that need Python (dates, ``end > start``) itself while it reads the rows.

The models stay the definition of the format and the source of every error message: a chunk
that fails here, for any reason, is validated again with the models, which then report what
is wrong. A property test (``tests/model/test_event_rows.py``) feeds both the same valid and
broken events and requires the same verdict and the same index columns.
"""

from __future__ import annotations

from typing import Annotated, NotRequired

from pydantic import AwareDatetime, ConfigDict, Field, TypeAdapter, with_config
from typing_extensions import TypedDict

from ..file_format import EventStatus, Id, ReviewState

_Offset = Annotated[int, Field(ge=0)]
_Words = Annotated[str, Field(min_length=1)]
_FORBID = ConfigDict(extra="forbid")


@with_config(_FORBID)
class DatePhraseRow(TypedDict):
    start: _Offset
    end: _Offset
    text: _Words


@with_config(_FORBID)
class QuoteRow(TypedDict):
    start: _Offset
    end: _Offset
    text: _Words
    attributed_to: NotRequired[str | None]


@with_config(_FORBID)
class SourceRow(TypedDict):
    document: Id
    quotes: NotRequired[list[QuoteRow]]
    date_phrase: NotRequired[DatePhraseRow | None]


@with_config(_FORBID)
class ActorRefRow(TypedDict):
    actor: Id
    role: NotRequired[str | None]


@with_config(_FORBID)
class EventRow(TypedDict):
    id: Id
    title: _Words
    date: NotRequired[str | None]  # checked by the reader (date_columns), not here
    status: NotRequired[EventStatus]
    actors: NotRequired[list[ActorRefRow | Id]]  # a bare id is shorthand for {"actor": id}
    place: NotRequired[str | None]
    summary: NotRequired[str | None]
    tags: NotRequired[list[str]]
    review: NotRequired[ReviewState]
    reviewed_by: NotRequired[str | None]
    reviewed_at: NotRequired[AwareDatetime | None]
    note: NotRequired[str | None]
    sources: NotRequired[list[SourceRow]]


EVENT_ROWS: TypeAdapter[list[EventRow]] = TypeAdapter(list[EventRow])


class RowRejected(Exception):
    """A row broke a rule the TypedDicts cannot express; the models must say which."""
