"""Pydantic models of the event file format, version 1 (``*.timeline.json``).

The models describe shape and per-field rules only. Rules that need the whole file
(unique ids, references, quotes matching document text) live in :mod:`.integrity`,
so that a loader can report every broken rule at once with its JSON path.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

from .date_columns import date_columns
from .dates import DateError

FORMAT_NAME = "timelineapp/events"
FORMAT_VERSION = 1
FILE_SUFFIX = ".timeline.json"

_ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.:\-]*$"
_HTTP_PATTERN = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)


def _check_date(value: str) -> str:
    # The index columns double as the check: a big file's loader needs them next, memoised.
    try:
        date_columns(value)
    except DateError as error:
        raise ValueError(str(error)) from None
    return value


def _check_http_url(value: str) -> str:
    # Links come from strangers: only http(s) may ever be opened, so reject other schemes early.
    if not _HTTP_PATTERN.match(value):
        raise ValueError(f"expected an http:// or https:// address, found {value!r}")
    return value


def _actor_ref_from_string(value: Any) -> Any:
    # A bare actor id is the common case; accept it as shorthand for {"actor": id}.
    if isinstance(value, str):
        return {"actor": value}
    return value


Id = Annotated[str, Field(pattern=_ID_PATTERN, min_length=1, max_length=200)]
EdtfText = Annotated[
    str,
    AfterValidator(_check_date),
    Field(
        description="ISO 8601-2 / EDTF date, as precise as the source: 2012, 2024-06, "
        "2024-06-07, 2024-06-07T10:30, 2024-04/2024-05, 2024-05-19/.., 2024-06-07?, "
        "2024-06~, [..2024-09-15], [2024-05-19..], [2024-05-31..2024-06-28] (one day in that span)",
        examples=["2024-05-19", "2024-04/2024-05", "[..2024-09-15]"],
    ),
]
HttpUrl = Annotated[str, AfterValidator(_check_http_url)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    """Base: unknown fields are errors (a typo must not silently drop data)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"
    MILITARY = "military"
    GROUP = "group"
    OTHER = "other"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    DEADLINE = "deadline"


class ReviewState(StrEnum):
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"


class Span(_Strict):
    """A run of characters ``[start, end)`` of a document's text and the text it must equal."""

    start: int = Field(ge=0, description="offset of the first character (Unicode code points)")
    end: int = Field(ge=0, description="offset just past the last character")
    text: str = Field(min_length=1, description="verbatim copy of the document text there")

    @model_validator(mode="after")
    def _end_after_start(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"expected end > start, found start={self.start}, end={self.end}")
        return self


class Quote(Span):
    """Verbatim words of a document that back an event."""

    attributed_to: str | None = Field(
        default=None,
        description="who is quoted: an actor id, or a phrase such as 'communiqué conjoint'",
    )


class DatePhrase(Span):
    """The words of a document that gave the event's date ("vendredi", "le 19 mai 2024")."""


class Source(_Strict):
    document: Id
    quotes: list[Quote] = Field(default_factory=list)
    date_phrase: DatePhrase | None = None


class ActorRef(_Strict):
    actor: Id
    role: str | None = Field(default=None, description="e.g. signatory, speaker, target")


class Document(_Strict):
    id: Id
    title: str = Field(min_length=1)
    publisher: str | None = None
    author: str | None = None
    published: EdtfText | None = None
    retrieved: EdtfText | None = Field(default=None, description="when this copy was taken")
    url: HttpUrl | None = None
    archive_url: HttpUrl | None = None
    language: str | None = Field(default=None, description="BCP 47 tag, e.g. fr")
    path: str | None = Field(
        default=None, description="UTF-8 text file, relative to the event file, inside its folder"
    )
    text: str | None = Field(default=None, description="the text inline, instead of path")
    sha256: Sha256 | None = Field(default=None, description="SHA-256 of the UTF-8 text")

    @model_validator(mode="after")
    def _one_text(self) -> Document:
        if (self.path is None) == (self.text is None):
            found = "both" if self.path is not None else "neither"
            raise ValueError(f"expected exactly one of 'path' or 'text', found {found}")
        return self


class Actor(_Strict):
    id: Id
    name: str = Field(min_length=1)
    kind: ActorKind = ActorKind.OTHER
    aliases: list[str] = Field(default_factory=list)
    parent: Id | None = Field(default=None, description="id of the actor this one belongs to")
    description: str | None = Field(default=None, description="role, title")


class Event(_Strict):
    id: Id
    title: str = Field(min_length=1)
    date: EdtfText | None = Field(default=None, description="absent when no date is known")
    status: EventStatus = EventStatus.OCCURRED
    actors: list[Annotated[ActorRef, BeforeValidator(_actor_ref_from_string)]] = Field(
        default_factory=list
    )
    place: str | None = None
    summary: str | None = None
    tags: list[str] = Field(default_factory=list)
    review: ReviewState = ReviewState.UNREVIEWED
    reviewed_by: str | None = Field(default=None, description="who last set the review state")
    reviewed_at: AwareDatetime | None = Field(
        default=None, description="when the review state was last set (ISO 8601 date-time)"
    )
    note: str | None = Field(default=None, description="how the date was resolved, doubts")
    sources: list[Source] = Field(default_factory=list)


class EventFile(_Strict):
    format: Literal["timelineapp/events"]
    version: Literal[1]
    title: str = Field(min_length=1)
    description: str | None = None
    language: str = Field(default="und", description="BCP 47 tag of titles and summaries")
    documents: list[Document] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the format, generated from the models."""
    schema = EventFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://timelineapp.org/schema/events-v1.json"
    return schema
