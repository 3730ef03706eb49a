"""Pydantic models of the event file format, version 1 (``*.timeline.json``).

The models describe shape and per-field rules only. Rules that need the whole file
(unique ids, references, quotes matching document text) live in :mod:`.integrity`,
so that a loader can report every broken rule at once with its JSON path.
"""

from __future__ import annotations

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

from .format_rules import (  # re-exported: the models' users import them from here too
    FILE_SUFFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    ID_PATTERN,
    MAX_OFFSET,
    NOT_BLANK,
    ActorKind,
    EventStatus,
    Reliability,
    ReviewState,
    actor_ref_from_string,
    check_date,
    check_http_url,
    event_date_columns,
    id_breach,
    one_text_problem,
    span_order_problem,
)
from .plain_header import has_text

Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=200)]
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
Title = Annotated[str, Field(min_length=1, pattern=NOT_BLANK)]
"""An event's title: not empty, nor only spaces (an empty one keeps its own message)."""
HttpUrl = Annotated[str, AfterValidator(check_http_url)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    """Base: unknown fields are errors (a typo must not silently drop data)."""

    # Validators are built when a model first validates, not at import: the start checks
    # its file's header with the Structs of format_structs and builds none (~25 ms).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


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
        problem = one_text_problem(self.path, self.text)
        if problem is not None:
            raise ValueError(problem)
        return self

    @property
    def has_text(self) -> bool:
        """False for a document known only through other documents' quotations (the rule
        is :func:`.plain_header.has_text`'s, for models and plain rows alike)."""
        return has_text(self)


class Actor(_Strict):
    id: Id
    name: str = Field(min_length=1)
    kind: ActorKind = ActorKind.OTHER
    aliases: list[str] = Field(default_factory=list)
    parent: Id | None = Field(default=None, description="id of the actor this one belongs to")
    description: str | None = Field(default=None, description="role, title")


class Event(_Strict):
    id: Id
    title: Title
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


def whole_version(value: Any) -> Any:
    """``version`` as written: Literal[1] alone takes true and 1.0 for 1 (QA #29); the
    format's other whole numbers (offsets, credibility) are strict too."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError(
            "literal_error", "Input should be {expected}", {"expected": str(FORMAT_VERSION)}
        )
    return value


class EventFile(_Strict):
    format: Literal["timelineapp/events"]
    version: Annotated[Literal[1], BeforeValidator(whole_version)]
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


__all__ = [
    "FILE_SUFFIX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ID_PATTERN",
    "MAX_OFFSET",
    "Actor",
    "ActorKind",
    "ActorRef",
    "Credibility",
    "DatePhrase",
    "Document",
    "EdtfText",
    "Event",
    "EventFile",
    "EventStatus",
    "HttpUrl",
    "Id",
    "Quote",
    "Reliability",
    "ReviewState",
    "Sha256",
    "Source",
    "Span",
    "actor_ref_from_string",
    "check_date",
    "check_http_url",
    "event_date_columns",
    "id_breach",
    "json_schema",
    "span_order_problem",
]
