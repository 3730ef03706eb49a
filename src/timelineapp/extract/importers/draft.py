"""An event file in the making: unique ids, shared actors and documents, checked dates.

Every importer reads its format into a :class:`Draft`, which owns the rules all conversions
share: ids are made safe and unique (a renamed id is reported), actors and documents are
shared between the events that name them, every date is checked by the one EDTF reader
(:func:`timelineapp.model.dates.parse_date`) before it is written, and the result is
validated by the event file models themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cache, partial
from typing import Any, get_args

import msgspec
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from timelineapp.model.dates import DateError, cached_date
from timelineapp.model.file_format import FORMAT_NAME, FORMAT_VERSION, Event, EventFile

from .base import ImportResult
from .report import ConversionReport, Outcome, Where

_ID_OK = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:\-]*$")
_NOT_ID = re.compile(r"[^a-z0-9]+")
_HTTP = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_MAX_ID = 200
# Events validated as the import is built (the preview shows them; tests see bad shapes).
HEAD = 200
# Up to this many events an import is written in the saved layout (indented, defaults
# written out, as :mod:`timelineapp.model.saving` writes), so that the first save of an
# imported file in the window changes nothing but what the user edited, and a file kept in
# git diffs cleanly from its first version. Beyond it, nobody reads the file as a diff, and
# the indentation would double its size (a 1M-row ACLED export: 1.1 GB, over the loader's
# 1 GiB limit) and its writing time: events are written one per line, as msgspec encodes
# them (no spaces, no default values), each still a line of its own for ``diff``.
COMPACT_ABOVE = 10_000
_CHUNK_BYTES = 8 << 20  # compact events are encoded into buffers of about this size
_EVENT_SEPARATOR = b",\n    "
_EVENT_KEYS = tuple(Event.model_fields)


def slug(text: str, fallback: str) -> str:
    """A readable id from a name: ``"Forces armées du Niger"`` → ``forces-armees-du-niger``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    made = _NOT_ID.sub("-", plain).strip("-")[:60].strip("-")
    return made or fallback


def is_http_url(text: str) -> bool:
    return bool(_HTTP.match(text))


def clean(value: Any) -> str:
    """A cell or JSON value as stripped text ('' for None)."""
    if value is None:
        return ""
    return str(value).strip()


def same_span(written: str, date: str) -> bool:
    """Whether ``written`` is an EDTF date covering exactly the span of ``date``: then it says
    the same date with more meaning ("2024-06?", "[..2024-06]"), and no more precision."""
    try:
        mine, theirs = cached_date(date), cached_date(written)
    except DateError:
        return False
    return (mine.earliest, mine.latest) == (theirs.earliest, theirs.latest)


def unread_date_note(given: str) -> str:
    """The note line keeping a date an importer could not read, as the source wrote it: the
    event stays undated and loses nothing (README: "the date as given in its note")."""
    return f"Date as given, not imported: {given}"


class Draft:
    """Collects one event file; :meth:`build` checks it and returns the model."""

    def __init__(self, title: str, report: ConversionReport, *, compact: bool = False) -> None:
        """``compact``: encode every event as it comes, whatever the count (a part of a big
        import, see :meth:`part`)."""
        self.title = title
        self.description: str | None = None
        self.language = "und"
        self.report = report
        # Events are kept as dicts up to COMPACT_ABOVE, then encoded as they come (``_chunks``
        # is None until then); the first HEAD are also kept, to be validated for the preview.
        self._head: list[dict[str, Any]] = []
        self._events: list[dict[str, Any]] = []
        self._chunks: list[bytes | bytearray] | None = [bytearray()] if compact else None
        self._encoder = msgspec.json.Encoder()
        self._count = 0
        self._event_ids: set[str] = set()
        self._actors: dict[str, dict[str, Any]] = {}
        self._actor_by_key: dict[str, str] = {}
        self._actor_by_name: dict[str, str] = {}
        self._actor_refs: dict[tuple[str, str | None], dict[str, str]] = {}
        self._source_refs: dict[tuple[str, str], dict[str, str]] = {}
        self._documents: dict[str, dict[str, Any]] = {}
        self._document_by_key: dict[str, str] = {}

    # -- ids ---------------------------------------------------------------------------------

    @staticmethod
    def _unique(wanted: str, taken: set[str] | dict[str, Any]) -> str:
        if wanted not in taken:
            return wanted
        number = 2
        while f"{wanted}-{number}" in taken:
            number += 1
        return f"{wanted}-{number}"

    def event_id(self, given: str, where: Where, fallback: str) -> str:
        """The id an event gets: the input's own id when it is usable, reported otherwise."""
        if given:
            wanted = given if _ID_OK.match(given) and len(given) <= _MAX_ID else slug(given, "")
            if not wanted:
                wanted = fallback
            made = self._unique(wanted, self._event_ids)
            if made != given:
                code = "id_used" if wanted == given else "id_invalid"
                self.report.lost(where, code, Outcome.CHANGED, given=repr(given), made=repr(made))
        else:
            made = self._unique(fallback, self._event_ids)
        self._event_ids.add(made)
        return made

    def row_event_id(self, given: str, where: Where) -> str:
        """:meth:`event_id` of a table row, whose fallback is its line: a usable id not
        taken yet (nearly every row of a dataset) is taken without making the fallback."""
        if given and given not in self._event_ids and len(given) <= _MAX_ID and _ID_OK.match(given):
            self._event_ids.add(given)
            return given
        return self.event_id(given, where, f"line-{where.line}")

    # -- shared things -----------------------------------------------------------------------

    def actor(self, name: str, kind: str = "other", actor_id: str = "") -> str:
        """The id of the actor called ``name`` (made on first use; same name, same actor)."""
        found = self._actor_by_name.get(name)  # a dataset repeats its actors as written
        if found is not None:
            return found
        key = " ".join(name.casefold().split())
        found = self._actor_by_key.get(key)
        if found is not None:
            self._actor_by_name[name] = found
            return found
        wanted = actor_id if actor_id and _ID_OK.match(actor_id) else slug(name, "actor")
        made = self._unique(wanted, self._actors)
        self._actors[made] = {"id": made, "name": name, "kind": kind}
        self._actor_by_key[key] = made
        self._actor_by_name[name] = made
        return made

    def document(
        self,
        title: str,
        *,
        url: str = "",
        author: str = "",
        publisher: str = "",
        published: str = "",
    ) -> str:
        """The id of a source document without text (the input holds no text to quote).

        Documents are shared: the same URL (or, without one, the same title) is one document.
        The empty text is what tells the window that no quote of these events is verified.
        """
        key = url or f"title:{title.casefold()}"
        found = self._document_by_key.get(key)
        if found is not None:
            return found
        base = slug(url.split("://", 1)[-1] if url else title, "document")
        made = self._unique(base, self._documents)
        document: dict[str, Any] = {"id": made, "title": title or url or made, "text": ""}
        if url:
            document["url"] = url
        if author:
            document["author"] = author
        if publisher:
            document["publisher"] = publisher
        if published and self.check_date(published) is None:
            document["published"] = published
        self._documents[made] = document
        self._document_by_key[key] = made
        return made

    def actor_ref(self, name: str, role: str | None = None) -> dict[str, str]:
        """An event's reference to the actor ``name`` (in ``role``), shared by every event
        that names it so (never changed in place: laid out, it is copied)."""
        key = (name, role)
        found = self._actor_refs.get(key)
        if found is None:
            found = {"actor": self.actor(name)}
            if role:
                found["role"] = role
            self._actor_refs[key] = found
        return found

    def source_ref(self, title: str, url: str = "") -> dict[str, str]:
        """An event's source without quotes, shared alike (see :meth:`actor_ref`)."""
        key = (title, url)
        found = self._source_refs.get(key)
        if found is None:
            found = self._source_refs[key] = {"document": self.document(title, url=url)}
        return found

    def set_actor_description(self, actor_id: str, description: str) -> None:
        self._actors[actor_id].setdefault("description", description)

    # -- dates -------------------------------------------------------------------------------

    @staticmethod
    def check_date(text: str) -> str | None:
        """``None`` when ``text`` is a date the event file format accepts, else why not."""
        try:
            cached_date(text)  # datasets repeat their dates: each is read once
        except DateError as error:
            return str(error)
        return None

    # -- events ------------------------------------------------------------------------------

    def add_event(self, event: dict[str, Any], where: Where, *, ordered: bool = False) -> None:
        """Add one event (a dict in the event file layout); its date must be checked already.

        ``ordered``: the caller vouches that the dict is final — keys in the model's order,
        no empty values, its date read by the EDTF reader — so nothing is checked again (the
        table importer's path, a million times per big input).
        """
        if not ordered:
            date = event.get("date")
            if date is not None:
                problem = self.check_date(date)
                if problem is not None:  # an importer bug, not the input's: keep the event
                    event = {k: v for k, v in event.items() if k != "date"}
                    self.report.changed(where, "date_left_out", problem=problem)
            event = {k: v for k in _EVENT_KEYS if (v := event.get(k)) not in (None, "", [])}
        if self._count < HEAD:
            self._head.append(event)
        self._count += 1
        if self._chunks is None:
            self._events.append(event)
            if self._count > COMPACT_ABOVE:
                self._go_compact()
            return
        chunk = self._chunks[-1]
        if not isinstance(chunk, bytearray) or len(chunk) > _CHUNK_BYTES:
            chunk = bytearray()
            self._chunks.append(chunk)
        if self._count > 1:
            chunk += _EVENT_SEPARATOR
        self._encoder.encode_into(event, chunk, -1)

    def _go_compact(self) -> None:
        """Past :data:`COMPACT_ABOVE` events: encode those kept so far, one event a line,
        and encode every later event as it comes (a million event dicts would take gigabytes)."""
        chunk = bytearray()
        for number, event in enumerate(self._events):
            if number:
                chunk += _EVENT_SEPARATOR
            self._encoder.encode_into(event, chunk, -1)
        self._chunks = [chunk]
        self._events = []

    # -- parts of a big import, made in worker processes ------------------------------------

    def part(self) -> DraftPart:
        """What this draft made, to be merged into the main one (:meth:`merge`); compact."""
        if self._chunks is None:
            self._go_compact()
        assert self._chunks is not None
        return DraftPart(
            chunks=[chunk for chunk in self._chunks if chunk],  # pickled as they are
            head=self._head,
            count=self._count,
            event_ids="\n".join(self._event_ids),
            actors=[(key, self._actors[made]) for key, made in self._actor_by_key.items()],
            documents=[(key, self._documents[made]) for key, made in self._document_by_key.items()],
        )

    def merge(self, parts: list[DraftPart]) -> bool:
        """Take the events, actors and documents of ``parts`` (in input order) as this
        draft's; False, changing nothing, when two parts gave one id to different things or
        one thing different ids (then the import is run again in one process)."""
        actors: dict[str, dict[str, Any]] = {}
        actor_by_key: dict[str, str] = {}
        documents: dict[str, dict[str, Any]] = {}
        document_by_key: dict[str, str] = {}
        event_ids: set[str] = set()
        for part in parts:
            for things, by_key, given in (
                (actors, actor_by_key, part.actors),
                (documents, document_by_key, part.documents),
            ):
                for key, thing in given:
                    known = by_key.get(key)
                    if known is None:
                        if thing["id"] in things:
                            return False
                        things[thing["id"]] = thing
                        by_key[key] = thing["id"]
                    elif known != thing["id"]:
                        return False
            ids = part.event_ids.split("\n") if part.event_ids else []
            if not event_ids.isdisjoint(ids):
                return False
            event_ids.update(ids)
        chunks: list[bytes | bytearray] = []
        for part in parts:
            if part.count:
                if chunks:
                    chunks.append(_EVENT_SEPARATOR)
                chunks.extend(part.chunks)
        self._chunks, self._events = chunks, []
        if sum(part.count for part in parts) <= COMPACT_ABOVE:  # laid out as saved, like any
            self._events = msgspec.json.decode(b"".join([b"[", *chunks, b"]"]))
            self._chunks = None
        self._head = [event for part in parts for event in part.head][:HEAD]
        self._count = sum(part.count for part in parts)
        self._event_ids = event_ids
        self._actors, self._actor_by_key = actors, actor_by_key
        self._documents, self._document_by_key = documents, document_by_key
        return True

    @property
    def event_count(self) -> int:
        return self._count

    @property
    def compact(self) -> bool:
        """Whether the file is written in the compact layout (see :data:`COMPACT_ABOVE`)."""
        return self._chunks is not None

    def build(self) -> tuple[list[bytes | bytearray], EventFile, list[Event], int]:
        """The event file's bytes in pieces, its first events validated, its event count.

        The header (title, documents, actors) and the first :data:`HEAD` events are validated
        here, so a wrong importer fails its tests at once; the rest is validated when the
        file is opened, by the loader, as any file is.
        """
        self.report.count_kept("events", self._count)
        if self._actors:
            self.report.count_kept("actors", len(self._actors))
        if self._documents:
            self.report.count_kept("documents", len(self._documents))
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "title": self.title or "Imported timeline",
            "description": self.description or None,
            "language": self.language,
            "documents": list(self._documents.values()),
            "actors": list(self._actors.values()),
            "events": [],
        }
        header = EventFile.model_validate(data)
        head = [Event.model_validate(event) for event in self._head]
        laid = laid_out(data, EventFile)
        del laid["events"]  # the last key: the events follow the header's text
        text = msgspec.json.format(msgspec.json.encode(laid), indent=2)
        before = text[:-2] + b',\n  "events": ['
        if not self._count:
            return [before + b"]\n}\n"], header, head, 0
        if self._chunks is not None:
            pieces: list[bytes | bytearray] = [before + b"\n    ", *self._chunks, b"\n  ]\n}\n"]
            self._chunks = []
            return pieces, header, head, self._count
        # The saved layout. msgspec encodes in C and indents exactly as json.dumps(indent=2,
        # ensure_ascii=False) (which falls back to pure Python when it indents). A list comes
        # out as "[\n  {…},\n  {…}\n]"; JSON strings hold no raw line breaks, so indenting
        # every line by two more spaces puts the events where a saved file has them.
        events = [laid_out(event, Event) for event in self._events]
        self._events = []
        text = msgspec.json.format(msgspec.json.encode(events), indent=2)
        body = text[1:-2].replace(b"\n", b"\n  ")
        return [before, body, b"\n  ]\n}\n"], header, head, self._count

    def result(
        self, columns: list[str] | None = None, mapping: dict[str, list[str]] | None = None
    ) -> ImportResult:
        raw, header, head, count = self.build()
        return ImportResult(raw, self.report, header, head, count, columns or [], mapping or {})


@dataclass
class DraftPart:
    """A draft made from part of a big input in a worker process (picklable)."""

    chunks: list[bytes | bytearray]  # its events, compact, one a line, separated as in a file
    head: list[dict[str, Any]]
    count: int
    event_ids: str  # one a line: a million small strings pickle slowly, one big one does not
    actors: list[tuple[str, dict[str, Any]]]  # (the name's key, the actor), in order of use
    documents: list[tuple[str, dict[str, Any]]]
    chunk_count: int = 0  # how many chunks follow it through a worker's pipe


def laid_out(value: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """``value`` as ``model.model_dump(mode="json", exclude_none=True)`` would write it: the
    model's field order, defaults filled in, nested models laid out alike. The one layout of
    saved files, without building a model per event."""
    out: dict[str, Any] = {}
    for name, default, nested in _plan(model):
        found = value.get(name)
        if found is None:
            if default is None:
                continue
            found = default()
        if nested is not None:
            if isinstance(found, list):
                found = [
                    laid_out(item, nested) if isinstance(item, dict) else item for item in found
                ]
            elif isinstance(found, dict):
                found = laid_out(found, nested)
        out[name] = found
    return out


_Plan = list[tuple[str, Callable[[], Any] | None, type[BaseModel] | None]]


@cache
def _plan(model: type[BaseModel]) -> _Plan:
    """Per field of ``model``: its name, how to make its default (None: no default, or
    ``None``, which the layout leaves out) and the model nested in it."""
    plan: _Plan = []
    for name, info in model.model_fields.items():
        default: Callable[[], Any] | None = None
        if info.default_factory is not None:
            default = info.default_factory  # type: ignore[assignment]
        elif info.default is not PydanticUndefined and info.default is not None:
            value = info.default.value if isinstance(info.default, Enum) else info.default
            default = partial(_same, value)
        plan.append((name, default, _nested_model(info.annotation)))
    return plan


def _same(value: Any) -> Any:
    return value


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``list[Model]``, ``Model | None`` or ``Annotated[Model, …]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in get_args(annotation):
        found = _nested_model(argument)
        if found is not None:
            return found
    return None
