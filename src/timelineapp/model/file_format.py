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
    SerializerFunctionWrapHandler,
    field_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .date_columns import DateColumns, date_columns
from .dates import DateError

FORMAT_NAME = "timelineapp/events"
FORMAT_VERSION = 1
FILE_SUFFIX = ".timeline.json"

_ID_FIRST_CHARS = r"A-Za-z0-9_"
_ID_CHARS = r"A-Za-z0-9_.:\-"
_ID_PATTERN = rf"^[{_ID_FIRST_CHARS}][{_ID_CHARS}]*$"
_HTTP_PATTERN = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_ID_FIRST = re.compile(f"[{_ID_FIRST_CHARS}]")
_ID_REST = re.compile(f"[{_ID_CHARS}]")


def id_breach(text: str) -> tuple[int, str] | None:
    """Where ``text`` breaks the id rule (``_ID_PATTERN``): the first offending character's
    index and the character ("" for an empty id), or None for a valid id."""
    if not text:
        return 0, ""
    if not _ID_FIRST.fullmatch(text[0]):
        return 0, text[0]
    for at, char in enumerate(text[1:], 1):
        if not _ID_REST.fullmatch(char):
            return at, char
    return None


def event_date_columns(value: str) -> DateColumns:
    """The one check of a date written in an event file, and its index columns.

    The EDTF subset of :mod:`.dates`, written without surrounding spaces (the date parser
    forgives them where people type, as in the filter bar; a file states a value exactly).
    Raises ``DateError``. Memoised (through ``date_columns``): big files repeat dates.
    """
    stripped = value.strip()
    if stripped != value:
        position = 0 if value[:1] != stripped[:1] else len(value.rstrip())
        raise DateError(
            value, position, "a date without surrounding spaces", "a space", "date_spaces"
        )
    return date_columns(value)


def check_date(value: str) -> str:
    # The index columns double as the check: a big file's loader needs them next, memoised.
    try:
        event_date_columns(value)
    except DateError as error:
        # The error itself: pydantic keeps it in the detail's ctx, so its code and arguments
        # reach the load issue (``validation_words.word_error``).
        raise error from None
    return value


def _check_http_url(value: str) -> str:
    # Links come from strangers: only http(s) may ever be opened, so reject other schemes early.
    if not _HTTP_PATTERN.match(value):
        raise ValueError(f"expected an http:// or https:// address, found {value!r}")
    return value


def actor_ref_from_string(value: Any) -> Any:
    # A bare actor id is the common case; accept it as shorthand for {"actor": id}.
    if isinstance(value, str):
        return {"actor": value}
    return value


Id = Annotated[str, Field(pattern=_ID_PATTERN, min_length=1, max_length=200)]
EdtfText = Annotated[
    str,
    AfterValidator(check_date),
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


class Reliability(StrEnum):
    """Admiralty grading of a source's reliability (NATO AJP-2.1): who says it, how far trusted."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged


Credibility = Annotated[
    int,
    Field(
        ge=1,
        le=6,
        strict=True,
        description="Admiralty credibility of this source's information: 1 confirmed, "
        "2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged",
    ),
]


class ReviewState(StrEnum):
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"


MAX_OFFSET = (1 << 31) - 1
"""Largest offset in a document (documents are capped far below 2 billion characters)."""


def span_order_problem(start: int, end: int) -> str | None:
    """Why ``[start, end)`` is not a span of text, or None: the one statement of the rule."""
    if end <= start:
        return f"expected end > start, found start={start}, end={end}"
    return None


class Span(_Strict):
    """A run of characters ``[start, end)`` of a document's text and the text it must equal."""

    # Strict: an offset written "31" or true is a mistake to report, not to guess at.
    start: int = Field(
        ge=0,
        le=MAX_OFFSET,
        strict=True,
        description="offset of the first character (Unicode code points)",
    )
    end: int = Field(
        ge=0, le=MAX_OFFSET, strict=True, description="offset just past the last character"
    )
    text: str = Field(min_length=1, description="verbatim copy of the document text there")

    @model_validator(mode="after")
    def _end_after_start(self) -> Span:
        problem = span_order_problem(self.start, self.end)
        if problem is not None:
            raise ValueError(problem)
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
    date: EdtfText | None = Field(
        default=None,
        description="the date as this source states it (its own claim); the event's date "
        "is the analyst's synthesis of its sources",
    )
    credibility: Credibility | None = None
    note: str | None = Field(default=None, description="why this credibility, doubts")


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
    reliability: Reliability | None = Field(
        default=None,
        description="Admiralty reliability of this source: A completely reliable, B usually, "
        "C fairly, D not usually, E unreliable, F cannot be judged; absent: not graded",
    )
    derived_from: list[Id] = Field(
        default_factory=list,
        description="ids of documents this one copies or relies on (an article quoting a "
        "communiqué): corroboration counts independent origins, not echoes",
    )
    original_language: str | None = Field(
        default=None, description="BCP 47 tag of the language the text was first written in"
    )
    translated_from: Id | None = Field(
        default=None, description="id of the document this text is a translation of"
    )
    translated_by: str | None = Field(
        default=None, description="who translated it: a person, a service, or 'machine'"
    )
    note: str | None = Field(default=None, description="why this grade, what is known of it")

    @model_validator(mode="after")
    def _one_text(self) -> Document:
        # Neither is allowed: a document known only through its quotations in other
        # documents (a communiqué an article quotes) has no text of its own to quote.
        if self.path is not None and self.text is not None:
            raise ValueError("expected at most one of 'path' or 'text', found both")
        return self

    @property
    def has_text(self) -> bool:
        """False for a document known only through other documents' quotations."""
        return self.path is not None or self.text is not None


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
    actors: list[Annotated[ActorRef, BeforeValidator(actor_ref_from_string)]] = Field(
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

    @field_serializer("actors", mode="wrap")
    def _lazy_as_list(self, value: Any, handler: SerializerFunctionWrapHandler) -> Any:
        # A big event's references are lazy (event_json.LazyRefs): dumped, the list.
        return handler(value if isinstance(value, list) else list(value))


def _whole_version(value: Any) -> Any:
    """``version`` as written: Literal[1] alone takes true and 1.0 for 1 (QA #29); the
    format's other whole numbers (offsets, credibility) are strict too."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError(
            "literal_error", "Input should be {expected}", {"expected": str(FORMAT_VERSION)}
        )
    return value


class EventFile(_Strict):
    format: Literal["timelineapp/events"]
    version: Annotated[Literal[1], BeforeValidator(_whole_version)]
    title: str = Field(min_length=1)
    description: str | None = None
    language: str = Field(default="und", description="BCP 47 tag of titles and summaries")
    documents: list[Document] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    @field_serializer("actors", "events", mode="wrap")
    def _lazy_as_list(self, value: Any, handler: SerializerFunctionWrapHandler) -> Any:
        # A loaded file's actors and events are lazy sequences (HeaderActors, LazyEvents):
        # dumped, they are the list they stand for.
        return handler(value if isinstance(value, list) else list(value))


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the format, generated from the models."""
    schema = EventFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://timelineapp.org/schema/events-v1.json"
    return schema
