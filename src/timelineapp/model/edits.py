"""Edits of an event file as invertible operations that keep the file's invariants.

Each function here checks a change against the current :class:`~.draft.Draft` and returns
the :class:`~.draft.Edit` that makes it (apply it to change the draft; the value it returns
undoes it). A change that would break the file raises :class:`EditError` with the reason,
and nothing is changed. The invariants kept:

- ids are unique (made from the title, "signature-de-l-accord", "-2" added when taken);
- references resolve (actors of events, parents of actors, documents of sources);
- a quote or date phrase is always the document's text at its offsets: the editor takes
  offsets (Unicode code points) and copies the words from the document itself, so a wrong
  quote cannot be made;
- a date phrase gives the event's date: a new date did not come from those words, so changing
  the date drops the phrases of sources without a date of their own (:func:`update_event`);
- a review verdict is about the words it was given on: changing what the event claims (its
  title, date, status, actors, place, summary or evidence) sets a verified or disputed event
  back to unreviewed in the same edit; notes, tags and ids are not claims and keep the verdict.

Over 500 lines on purpose: every edit checks the same invariants above against the same
draft with the same private helpers (ids, references, phrases, reviews); split by edit kind,
those helpers would have to be shared across modules, or copied.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from .actor_columns import actor_ids_of, actor_number, actors_edited, parent_ids
from .draft import Batch, DeleteSlot, Draft, Edit, InsertSlot, PutSlot, SetHeader
from .edit_error import EditError as EditError  # re-exported: where it used to live
from .file_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Actor,
    ActorKind,
    ActorRef,
    DatePhrase,
    Document,
    Event,
    EventFile,
    Quote,
    ReviewState,
    Source,
)
from .integrity import sha256_text
from .validation_words import word_error

_MAX_SLUG = 48


def slug(title: str, fallback: str) -> str:
    """An id made from a title: "Signature de l'accord" -> "signature-de-l-accord"."""
    decomposed = unicodedata.normalize("NFKD", title)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > _MAX_SLUG:
        cut = words[: _MAX_SLUG + 1]
        words = cut[: cut.rfind("-")] if "-" in cut else words[:_MAX_SLUG]  # whole words
    return words.strip("-") or fallback


def unique_id(title: str, taken: Callable[[str], bool], fallback: str) -> str:
    base = slug(title, fallback)
    candidate, n = base, 2
    while taken(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def event_ids(draft: Draft) -> set[str]:
    return set(draft.events.ids())


def validated_model(model: type[Any], data: Mapping[str, Any]) -> Any:
    """``model`` built from ``data``, or an :class:`EditError` worded from pydantic's first error.

    Shared by every edit that builds a format model from the user's fields (events here, sources
    and documents in ``evidence_edits``), so an edit fails with the same words wherever it is made.
    """
    try:
        return model.model_validate(dict(data))
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        message = word_error(first).message
        raise EditError(f"{where}: {message}" if where else message) from None


def _event_fields(event: Event) -> dict[str, Any]:
    return {name: getattr(event, name) for name in Event.model_fields}


CLAIM_FIELDS = ("title", "date", "status", "actors", "place", "summary", "sources")
"""What a review verdict checks: changing any of these sets the verdict back to unreviewed."""


class EventEdit(PutSlot, frozen=True):
    """A change of one event, with what the file's rules changed beyond the request, so the
    window can say so ("review reset", "date phrase dropped")."""

    review_reset: bool = False
    date_phrases_dropped: int = 0


def _claims_changed(old: Event, new: Event) -> bool:
    return any(getattr(old, name) != getattr(new, name) for name in CLAIM_FIELDS)


def _changed_event(draft: Draft, index: int, event: Event, phrases_dropped: int = 0) -> Edit:
    """The edit putting ``event`` at ``index``, its verdict reset when its claims changed
    (unless the edit sets the verdict itself)."""
    old = draft.events[index]
    reset = (
        old.review is not ReviewState.UNREVIEWED
        and (event.review, event.reviewed_by, event.reviewed_at)
        == (old.review, old.reviewed_by, old.reviewed_at)
        and _claims_changed(old, event)
    )
    if reset:
        event = event.model_copy(
            update={"review": ReviewState.UNREVIEWED, "reviewed_by": None, "reviewed_at": None}
        )
    return EventEdit(index, draft.events.intern(event), reset, phrases_dropped)


def _without_date_phrases(sources: list[Source]) -> tuple[list[Source], int]:
    """``sources`` without the date phrases that gave the event's date (those of sources with
    no date of their own: a source's own date is its claim, which its phrase still backs)."""
    kept: list[Source] = []
    dropped = 0
    for source in sources:
        if source.date_phrase is not None and source.date is None:
            source = source.model_copy(update={"date_phrase": None})
            dropped += 1
        kept.append(source)
    return kept, dropped


# --- files ------------------------------------------------------------------------------
def new_file(title: str, language: str = "und") -> Draft:
    """An empty event file."""
    data = validated_model(
        EventFile,
        {"format": FORMAT_NAME, "version": FORMAT_VERSION, "title": title, "language": language},
    )
    return Draft.of(data)


def set_file_info(draft: Draft, title: str, language: str, description: str | None = None) -> Edit:
    fields = draft.header.model_dump()
    fields.update(title=title, language=language, description=description or None)
    return _header_edit(draft, validated_model(EventFile, fields))


def _header_edit(
    draft: Draft, header: EventFile, texts: dict[str, str | None] | None = None
) -> Edit:
    return SetHeader(header, draft.texts if texts is None else texts)


# --- documents -----------------------------------------------------------------------------
DOCUMENT_METADATA = (
    "title",
    "publisher",
    "author",
    "published",
    "retrieved",
    "url",
    "archive_url",
    "language",
)


def add_document(
    draft: Draft, title: str, text: str, path: str | None = None, **metadata: str | None
) -> tuple[Edit, str]:
    """A new document: its text inline, or (with ``path``) in a file beside the event file.

    The SHA-256 of the text is recorded, so a later change of the file is detected. With a
    path, the text is written there at the next save if no file of that name exists yet.
    """
    if not text:
        raise EditError("expected a document with some text, found an empty text")
    if path is not None:
        _check_file_for(draft, path)
    taken = {d.id for d in draft.header.documents}
    document_id = unique_id(title, taken.__contains__, "document")
    unknown = set(metadata) - set(DOCUMENT_METADATA)
    if unknown:
        raise EditError(f"unknown document fields: {', '.join(sorted(unknown))}")
    fields: dict[str, Any] = {k: v for k, v in metadata.items() if v}
    fields.update(id=document_id, title=title, sha256=sha256_text(text))
    fields["path" if path is not None else "text"] = path if path is not None else text
    document = validated_model(Document, fields)
    header = draft.header.model_copy(update={"documents": [*draft.header.documents, document]})
    texts = {**draft.texts, document_id: text}
    return _header_edit(draft, header, texts), document_id


def update_document(draft: Draft, document_id: str, **metadata: str | None) -> Edit:
    """Change a document's metadata (never its text, path or hash)."""
    unknown = set(metadata) - set(DOCUMENT_METADATA)
    if unknown:
        raise EditError(f"unknown document fields: {', '.join(sorted(unknown))}")
    documents = list(draft.header.documents)
    k = _document_position(draft, document_id)
    fields = documents[k].model_dump()
    fields.update({key: value or None for key, value in metadata.items()})
    documents[k] = validated_model(Document, fields)
    return _header_edit(draft, draft.header.model_copy(update={"documents": documents}))


def document_file_inside(draft: Draft, document_id: str, name: str, text: str) -> Edit:
    """Point a document whose path leads outside the event file's folder at the file
    ``name`` inside it, ``text`` to be written there at the next save (QA #136: such a file
    could not be saved after any edit). The recorded SHA-256 is kept: a copy that is not
    the text the quotes were taken from is still reported as changed."""
    _check_file_for(draft, name, document_id)
    documents = list(draft.header.documents)
    k = _document_position(draft, document_id)
    documents[k] = documents[k].model_copy(update={"path": name, "text": None})
    header = draft.header.model_copy(update={"documents": documents})
    return _header_edit(draft, header, {**draft.texts, document_id: text})


def _check_file_for(draft: Draft, path: str, document_id: str | None = None) -> None:
    """``path`` may be a document's file: a name inside the event file's folder, used by no
    other document than ``document_id``."""
    if path.startswith(("/", "\\")) or ".." in re.split(r"[\\/]", path) or not path.strip():
        raise EditError(f"expected a file name inside the event file's folder, found {path!r}")
    if any(d.path == path and d.id != document_id for d in draft.header.documents):
        raise EditError(f"another document already uses the file {path!r}")


def _document_position(draft: Draft, document_id: str) -> int:
    for k, document in enumerate(draft.header.documents):
        if document.id == document_id:
            return k
    raise EditError(f"expected the id of a document, found unknown id {document_id!r}")


def _document_text(draft: Draft, document_id: str) -> str:
    _document_position(draft, document_id)
    text = draft.texts.get(document_id)
    if text is None:
        raise EditError(f"the text of document {document_id!r} is not available")
    return text


# --- actors ----------------------------------------------------------------------------------
def _actor_ids(draft: Draft) -> Mapping[str, int]:
    """Each actor id -> its index: the header's own index when it has one (a million
    actors: no set of a million strings per edit)."""
    actors = draft.header.actors
    return actor_number(actors) or {a: i for i, a in enumerate(actor_ids_of(actors))}


def add_actor(
    draft: Draft,
    name: str,
    kind: ActorKind = ActorKind.OTHER,
    parent: str | None = None,
    aliases: Iterable[str] = (),
    description: str | None = None,
) -> tuple[Edit, str]:
    known = _actor_ids(draft)
    if parent is not None and parent not in known:
        raise EditError(f"expected the id of an actor as parent, found unknown id {parent!r}")
    actor_id = unique_id(name, known.__contains__, "actor")
    actor = validated_model(
        Actor,
        {
            "id": actor_id,
            "name": name,
            "kind": kind,
            "parent": parent,
            "aliases": [a for a in aliases if a and a != name],
            "description": description or None,
        },
    )
    actors = actors_edited(draft.header.actors, added=[actor])
    header = draft.header.model_copy(update={"actors": actors})
    return _header_edit(draft, header), actor_id


def update_actor(draft: Draft, actor_id: str, **changes: Any) -> Edit:
    """Change an actor's name, kind, parent, aliases or description (not its id: events
    cite it). The hierarchy stays without cycles."""
    unknown = set(changes) - {"name", "kind", "parent", "aliases", "description"}
    if unknown:
        raise EditError(f"unknown actor fields: {', '.join(sorted(unknown))}")
    actors = draft.header.actors
    number = _actor_ids(draft)  # by index: a million actors, no model each
    if actor_id not in number:
        raise EditError(f"expected the id of an actor, found unknown id {actor_id!r}")
    k = number[actor_id]
    parent = changes.get("parent", actors[k].parent)
    seen = {actor_id}
    while parent is not None:
        if parent not in number:
            raise EditError(f"expected the id of an actor as parent, found unknown id {parent!r}")
        if parent in seen:
            raise EditError(f"an actor cannot belong to itself: {parent!r} is part of it")
        seen.add(parent)
        parent = actors[number[parent]].parent
    fields = actors[k].model_dump()
    fields.update(changes)
    edited = actors_edited(actors, replaced={k: validated_model(Actor, fields)})
    return _header_edit(draft, draft.header.model_copy(update={"actors": edited}))


def merge_actors(draft: Draft, keep: str, absorb: str) -> Edit:
    """Merge ``absorb`` into ``keep``: its name and aliases, its events and quotes follow.

    Every event is looked at: on a file of a million events this takes seconds.
    """
    known = _actor_ids(draft)
    for actor_id in (keep, absorb):
        if actor_id not in known:
            raise EditError(f"expected the id of an actor, found unknown id {actor_id!r}")
    if keep == absorb:
        raise EditError("expected two different actors to merge, found the same one twice")
    header_actors = draft.header.actors
    # Read by index and by the parents column: a model only for the actors that change.
    k_keep, k_gone = known[keep], known[absorb]
    gone, kept = header_actors[k_gone], header_actors[k_keep]
    replaced: dict[int, Actor] = {
        i: header_actors[i].model_copy(update={"parent": keep})
        for i, parent in parent_ids(header_actors).items()
        if parent == absorb and i not in (k_keep, k_gone)
    }
    aliases = list(kept.aliases)
    for alias in (gone.name, *gone.aliases):
        if alias != kept.name and alias not in aliases:
            aliases.append(alias)
    update: dict[str, Any] = {"aliases": aliases}
    if kept.parent == absorb:
        update["parent"] = gone.parent if gone.parent != keep else None
    replaced[k_keep] = kept.model_copy(update=update)
    actors = actors_edited(header_actors, replaced=replaced, removed=[k_gone])
    edits: list[Edit] = [_header_edit(draft, draft.header.model_copy(update={"actors": actors}))]
    for i, event in enumerate(draft.events):
        changed = _event_without_actor(event, keep, absorb)
        if changed is not None:
            # Its actors changed: a verdict on them no longer holds (QA #84).
            edits.append(_changed_event(draft, i, changed))
    return Batch(tuple(edits))


def _event_without_actor(event: Event, keep: str, absorb: str) -> Event | None:
    cited = any(ref.actor == absorb for ref in event.actors) or any(
        q.attributed_to == absorb for s in event.sources for q in s.quotes
    )
    if not cited:
        return None
    refs: list[ActorRef] = []
    for ref in event.actors:
        ref = ref.model_copy(update={"actor": keep}) if ref.actor == absorb else ref
        if not any(r.actor == ref.actor and r.role == ref.role for r in refs):
            refs.append(ref)
    sources = [
        source.model_copy(
            update={
                "quotes": [
                    q.model_copy(update={"attributed_to": keep}) if q.attributed_to == absorb else q
                    for q in source.quotes
                ]
            }
        )
        for source in event.sources
    ]
    return event.model_copy(update={"actors": refs, "sources": sources})


# --- events ----------------------------------------------------------------------------------
def quote_of(
    draft: Draft, document_id: str, start: int, end: int, attributed_to: str | None = None
) -> Quote:
    """The quote of ``document_id`` at code point offsets ``[start, end)``, its words copied."""
    text = _document_text(draft, document_id)
    _check_span(text, start, end)
    return Quote(start=start, end=end, text=text[start:end], attributed_to=attributed_to or None)


def _check_span(text: str, start: int, end: int) -> None:
    if not 0 <= start < end <= len(text):
        raise EditError(
            f"expected a selection inside the document (0..{len(text)}), "
            f"found start={start}, end={end}"
        )
    if not text[start:end].strip():
        raise EditError("expected words, found only spaces")


def add_event(
    draft: Draft,
    title: str,
    *,
    date: str | None = None,
    quote: tuple[str, int, int] | None = None,
    attributed_to: str | None = None,
    date_phrase: tuple[int, int] | None = None,
    index: int | None = None,
    **fields: Any,
) -> tuple[Edit, int]:
    """A new event (at the end unless ``index``); ``quote`` is (document id, start, end),
    ``date_phrase`` (start, end) in the same document.

    Returns the edit and the new event's index.
    """
    data: dict[str, Any] = dict(fields)
    data.update(title=title, date=date or None)
    if "id" not in data:
        data["id"] = unique_id(title, event_ids(draft).__contains__, "event")
    elif data["id"] in event_ids(draft):
        raise EditError(f"expected a new event id, found {data['id']!r}, which is taken")
    if quote is not None:
        phrase = None
        if date_phrase is not None:
            text = _document_text(draft, quote[0])
            _check_span(text, *date_phrase)
            phrase = DatePhrase(
                start=date_phrase[0], end=date_phrase[1], text=text[date_phrase[0] : date_phrase[1]]
            )
        quotes = [quote_of(draft, *quote, attributed_to)]
        data["sources"] = [Source(document=quote[0], quotes=quotes, date_phrase=phrase)]
    event = validated_model(Event, data)
    _check_references(draft, event)
    position = len(draft.events) if index is None else index
    return InsertSlot(position, draft.events.intern(event)), position


def remove_event(draft: Draft, index: int) -> Edit:
    draft.events.slot(index)  # raises IndexError for a wrong index
    return DeleteSlot(index)


DATE_NOTE_MARK = "Written when the event was dated {old}: {note}"
"""How a note is marked when the date it explains is changed (the window passes its own
language's words; the placeholders are the old date, as EDTF, and the note)."""


def update_event(
    draft: Draft, index: int, *, note_mark: str = DATE_NOTE_MARK, **changes: Any
) -> Edit:
    """Change fields of an event (title, date, status, review, actors, place, tags, …).

    A changed date drops the date phrases that gave the old one, and marks the event's note,
    which explained the old date ("date from « le 19 mai 2024 » … = 2024-05-19"), as
    written for it (``note_mark``): nothing shown or saved then claims that words gave a
    date they never gave (QA #131). One edit, undone at once. A note changed in the same
    edit is the user's own and is kept as given."""
    event = draft.events[index]
    unknown = set(changes) - set(Event.model_fields)
    if unknown:
        raise EditError(f"unknown event fields: {', '.join(sorted(unknown))}")
    if "id" in changes and changes["id"] != event.id and changes["id"] in event_ids(draft):
        raise EditError(f"expected a new event id, found {changes['id']!r}, which is taken")
    data = _event_fields(event)
    data.update(changes)
    dropped = 0
    if "date" in changes and (changes["date"] or None) != event.date:
        data["sources"], dropped = _without_date_phrases(list(data["sources"]))
        if dropped and event.date and event.note and data["note"] == event.note:
            data["note"] = note_mark.replace("{old}", event.date).replace("{note}", event.note)
    changed = validated_model(Event, data)
    _check_references(draft, changed)
    return _changed_event(draft, index, changed, dropped)


def set_review(draft: Draft, index: int, review: ReviewState, by: str | None, at: datetime) -> Edit:
    """Record a review verdict, who gave it and when."""
    return update_event(draft, index, review=review, reviewed_by=by or None, reviewed_at=at)


def _check_references(draft: Draft, event: Event) -> None:
    actors = _actor_ids(draft)
    for ref in event.actors:
        if ref.actor not in actors:
            raise EditError(f"expected the id of an actor, found unknown id {ref.actor!r}")
    documents = {d.id for d in draft.header.documents}
    for source in event.sources:
        if source.document not in documents:
            raise EditError(f"expected the id of a document, found unknown id {source.document!r}")


def _with_sources(draft: Draft, index: int, sources: list[Source]) -> Edit:
    event = draft.events[index]
    return _changed_event(draft, index, event.model_copy(update={"sources": sources}))


def _source_for(sources: list[Source], document_id: str) -> int:
    for s, source in enumerate(sources):
        if source.document == document_id:
            return s
    sources.append(Source(document=document_id))
    return len(sources) - 1


def add_quote(
    draft: Draft,
    index: int,
    document_id: str,
    start: int,
    end: int,
    attributed_to: str | None = None,
) -> Edit:
    quote = quote_of(draft, document_id, start, end, attributed_to)
    sources = list(draft.events[index].sources)
    s = _source_for(sources, document_id)
    if any(q.start == start and q.end == end for q in sources[s].quotes):
        raise EditError("the event already has this quote")
    sources[s] = sources[s].model_copy(update={"quotes": [*sources[s].quotes, quote]})
    return _with_sources(draft, index, sources)


def _quote_position(draft: Draft, index: int, source: int, quote: int) -> list[Source]:
    sources = list(draft.events[index].sources)
    if not 0 <= source < len(sources) or not 0 <= quote < len(sources[source].quotes):
        raise EditError(f"event {index} has no quote {quote} in source {source}")
    return sources


def remove_quote(draft: Draft, index: int, source: int, quote: int) -> Edit:
    """Remove a quote; a source left with nothing to show for it goes too."""
    sources = _quote_position(draft, index, source, quote)
    quotes = [q for k, q in enumerate(sources[source].quotes) if k != quote]
    if quotes or sources[source].date_phrase is not None:
        sources[source] = sources[source].model_copy(update={"quotes": quotes})
    else:
        del sources[source]
    return _with_sources(draft, index, sources)


def attribute_quote(
    draft: Draft, index: int, source: int, quote: int, attributed_to: str | None
) -> Edit:
    """Say who is quoted: an actor id, a phrase ("communiqué conjoint"), or nobody (None)."""
    sources = _quote_position(draft, index, source, quote)
    quotes = list(sources[source].quotes)
    quotes[quote] = quotes[quote].model_copy(update={"attributed_to": attributed_to or None})
    sources[source] = sources[source].model_copy(update={"quotes": quotes})
    return _with_sources(draft, index, sources)


def resize_quote(draft: Draft, index: int, source: int, quote: int, start: int, end: int) -> Edit:
    """Extend or shrink a quote to new offsets of the same document (its words follow)."""
    sources = _quote_position(draft, index, source, quote)
    quotes = list(sources[source].quotes)
    old = quotes[quote]
    quotes[quote] = quote_of(draft, sources[source].document, start, end, old.attributed_to)
    sources[source] = sources[source].model_copy(update={"quotes": quotes})
    return _with_sources(draft, index, sources)


def set_date_phrase(draft: Draft, index: int, document_id: str, start: int, end: int) -> Edit:
    """Record the words of ``document_id`` that gave the event's date."""
    text = _document_text(draft, document_id)
    _check_span(text, start, end)
    phrase = DatePhrase(start=start, end=end, text=text[start:end])
    sources = list(draft.events[index].sources)
    s = _source_for(sources, document_id)
    sources[s] = sources[s].model_copy(update={"date_phrase": phrase})
    return _with_sources(draft, index, sources)


def add_actor_to_event(draft: Draft, index: int, actor_id: str, role: str | None = None) -> Edit:
    event = draft.events[index]
    if any(ref.actor == actor_id and ref.role == (role or None) for ref in event.actors):
        raise EditError("the event already has this actor")
    refs = [*event.actors, ActorRef(actor=actor_id, role=role or None)]
    return update_event(draft, index, actors=refs)
