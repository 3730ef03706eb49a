"""A checked header without the models: what a start reads of a file before any model.

The load checks a header with the generated Structs (:mod:`.format_structs`) and keeps it as
a :class:`PlainHeader`: its documents are the Structs' :class:`.DocumentRow`, its actors the
load's own columns. The pydantic ``EventFile`` (``LoadedFile.data``) is built from it when
first asked for (:meth:`PlainHeader.model`), so a start paints without importing pydantic.
Code that reads the header or its documents takes :class:`HeaderLike` / :class:`DocumentLike`,
which the models and these rows both are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from msgspec import Struct, field

from .format_rules import Reliability
from .format_structs import DocumentRow

if TYPE_CHECKING:
    from .file_format import Actor, Event, EventFile


class DocumentLike(Protocol):
    """A document as read: the model ``Document`` or the Struct ``DocumentRow``."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def publisher(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def retrieved(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def archive_url(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def path(self) -> str | None: ...
    @property
    def text(self) -> str | None: ...
    @property
    def sha256(self) -> str | None: ...
    @property
    def reliability(self) -> Reliability | None: ...
    @property
    def derived_from(self) -> Sequence[str]: ...
    @property
    def original_language(self) -> str | None: ...
    @property
    def translated_from(self) -> str | None: ...
    @property
    def translated_by(self) -> str | None: ...
    @property
    def note(self) -> str | None: ...


def has_text(document: DocumentLike) -> bool:
    """False for a document known only through other documents' quotations."""
    return document.path is not None or document.text is not None


class HeaderLike(Protocol):
    """A file's header as read: the model ``EventFile`` or a :class:`PlainHeader`."""

    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def language(self) -> str: ...
    @property
    def documents(self) -> Sequence[DocumentLike]: ...
    @property
    def actors(self) -> Sequence[Actor]: ...
    @property
    def events(self) -> Sequence[Event]: ...


class PlainHeader(Struct, frozen=True):
    """A header the Structs and the models' own rules accepted, not yet a model.

    ``fields_set``: the header's keys as given, and ``document_fields`` each document's
    (the models' ``model_fields_set``, which their dumps follow)."""

    format: str
    version: int
    title: str
    description: str | None
    language: str
    documents: list[DocumentRow]
    fields_set: frozenset[str]
    document_fields: tuple[frozenset[str], ...]
    actors: Sequence[Actor] = field(default_factory=list)
    events: Sequence[Event] = field(default_factory=list)

    def model(self) -> EventFile:
        """The header as the model the models' validation gives (built without validators)."""
        from .file_format import Document, EventFile

        documents = [
            Document.model_construct(
                _fields_set=set(given),
                **{name: getattr(row, name) for name in row.__struct_fields__},
            )
            for row, given in zip(self.documents, self.document_fields, strict=True)
        ]
        values: dict[str, Any] = {
            "format": self.format,
            "version": self.version,
            "title": self.title,
            "description": self.description,
            "language": self.language,
            "documents": documents,
            "actors": self.actors,
            "events": self.events,
        }
        return EventFile.model_construct(_fields_set=set(self.fields_set), **values)


__all__ = ["DocumentLike", "HeaderLike", "PlainHeader", "has_text"]
