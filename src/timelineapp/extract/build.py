"""Assembling a draft event file from one or more articles, and writing it beside them.

Every event is ``review: unreviewed`` with a ``note`` saying how it was found, worded by the
:class:`.notes.DraftWords` given (the builder itself records codes, :mod:`.notes`). Events from
different articles that share a date and an actor or key words are *proposed* as one event
with several sources: the note says so and the event is tagged ``merge-proposal``, so that
a reviewer confirms or splits it; nothing is merged silently.

Each article's text is stored beside the event file (with its SHA-256) under a name that
never overwrites a different file, so the draft validates and opens as it is.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from timelineapp.model.atomic_write import atomic_write
from timelineapp.model.file_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Actor,
    ActorRef,
    DatePhrase,
    Document,
    Event,
    EventFile,
    Quote,
    Source,
)
from timelineapp.model.free_names import free_name
from timelineapp.model.integrity import sha256_text
from timelineapp.model.loading.read import MAX_DOCUMENT_BYTES, ReadError, read_regular_file
from timelineapp.model.saved_layout import file_text
from timelineapp.model.saving import backup_path

from .actors import DraftActor, find_actors, slug
from .anchoring import reference_from
from .article import Article, story_text
from .cancel import cancellable, check_cancel
from .events import DraftEvent, find_events, shared_words
from .normal_form import composed_view
from .notes import DraftWords, Note, note

__all__ = ["Draft", "build_draft", "write_draft"]

Progress = Callable[[int, int, str], None]
"""Called with (articles done, articles in all, what is being done)."""

MERGE_TAG: Final = "merge-proposal"


@dataclass(frozen=True, slots=True)
class Draft:
    """The event file and the texts to store beside it (file name -> text)."""

    event_file: EventFile
    texts: dict[str, str]


def _unique(base: str, taken: set[str]) -> str:
    candidate = base or "item"
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def build_draft(
    articles: Sequence[Article],
    *,
    words: DraftWords,
    title: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Draft:
    """The draft event file of ``articles`` (already read); pure: writes nothing. Its notes,
    description and default title are in the language of ``words``.

    ``cancelled`` is asked often while the rules run (:mod:`.cancel`); once it says yes, the
    build stops with :class:`~.cancel.BuildCancelled`."""
    if not articles:
        raise ValueError("expected at least one article")
    with cancellable(cancelled):
        return _build(articles, words, title, progress)


def _build(
    articles: Sequence[Article], words: DraftWords, title: str | None, progress: Progress | None
) -> Draft:
    language = articles[0].language
    names = _document_names(articles)
    documents: list[Document] = []
    document_ids: dict[str, str] = {}
    doc_taken: set[str] = set()
    actors: dict[str, DraftActor] = {}
    all_events: list[DraftEvent] = []
    for number, article in enumerate(articles):
        check_cancel()
        if progress is not None:
            progress(number, len(articles), article.name)
        doc_id = _unique(slug(Path(names[number]).stem), doc_taken)
        document_ids[article.name + f"#{number}"] = doc_id
        documents.append(_document(article, doc_id, names[number]))
        view = composed_view(article)  # decomposed accents: read composed (QA #102)
        reading = article if view is None else view.article
        found_actors, mentions = find_actors(story_text(reading), article.language)
        for actor in found_actors:
            _merge_actor(actors, actor)
        reference = reference_from(article.published)
        events = find_events(reading, reference, mentions)
        if view is not None:
            events = view.stored_events(events, article.text)
        for event in events:
            for source in event.sources:
                source.document = doc_id
            event.notes.insert(0, _provenance(article, number))
        all_events.extend(events)
    if progress is not None:
        progress(len(articles), len(articles), "")
    merged = _propose_merges(all_events, [a.text for a in articles])
    actor_ids = _actor_ids(actors)
    event_file = EventFile(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        title=title or articles[0].title or words.untitled(),
        description=words.description(len(articles)),
        language=language,
        documents=documents,
        actors=[_actor(actor, actor_ids) for actor in actors.values()],
        events=_events(merged, actor_ids, words),
    )
    texts = {names[i]: article.text for i, article in enumerate(articles)}
    return Draft(event_file, texts)


def _document_names(articles: Sequence[Article]) -> list[str]:
    taken: set[str] = set()
    names = []
    for article in articles:
        name = free_name(article.name, taken.__contains__)
        taken.add(name)
        names.append(name)
    return names


def _document(article: Article, doc_id: str, name: str) -> Document:
    return Document(
        id=doc_id,
        title=article.title or name,
        publisher=article.publisher,
        author=article.author,
        published=article.published,
        url=article.url,
        language=article.language,
        path=name,
        sha256=sha256_text(article.text),
    )


_PUBLISHED_FROM: Final = {"option": "option", "metadata": "metadata", "header line": "header"}


def _provenance(article: Article, number: int) -> Note:
    if article.published and article.own_published:
        published = note(
            "published_option_not_own", date=article.published, own=article.own_published
        )
    elif article.published:
        where = _PUBLISHED_FROM.get(article.published_from, "known")
        published = note(f"published_{where}", date=article.published)
    else:
        published = note("published_unknown")
    return note(
        "found_html" if article.from_html else "found_plain",
        language=article.language,
        number=number + 1,
        published=published,
    )


def _merge_actor(actors: dict[str, DraftActor], actor: DraftActor) -> None:
    known = actors.get(actor.key)
    if known is None:
        actors[actor.key] = DraftActor(
            actor.key, actor.name, actor.kind, list(actor.aliases), actor.parent, actor.description
        )
        return
    known.add_alias(actor.name)
    for alias in actor.aliases:
        known.add_alias(alias)
    known.parent = known.parent or actor.parent
    known.description = known.description or actor.description


def _actor_ids(actors: dict[str, DraftActor]) -> dict[str, str]:
    taken: set[str] = set()
    return {key: _unique(slug(actor.name), taken) for key, actor in actors.items()}


def _actor(actor: DraftActor, ids: dict[str, str]) -> Actor:
    return Actor(
        id=ids[actor.key],
        name=actor.name,
        kind=actor.kind,
        aliases=actor.aliases,
        parent=ids.get(actor.parent) if actor.parent else None,
        description=actor.description,
    )


def _propose_merges(events: list[DraftEvent], texts: list[str]) -> list[DraftEvent]:
    """Events of different articles with one date and a shared actor or two shared key words
    become one proposed event with several sources, marked for review."""
    kept: list[DraftEvent] = []
    for event in events:
        check_cancel()
        documents = {s.document for s in event.sources}
        twin = None
        for other in kept:
            if other.date is None or other.date != event.date:
                continue
            if documents & {s.document for s in other.sources}:
                continue
            shared_actors = [
                a for a in set(other.actors) & set(event.actors) if not a.startswith("state:")
            ]
            common = other.keywords & event.keywords
            if shared_actors or len(common) >= 2:
                twin = other
                break
        if twin is None:
            kept.append(event)
            continue
        shared = shared_words(twin, event, 5, texts)
        named = ", ".join(sorted({s.document for s in twin.sources} | documents))
        twin.notes.append(
            note("merge_proposal", date=event.date or "", shared=shared, documents=named)
            if shared
            else note("merge_proposal_actors", date=event.date or "", documents=named)
        )
        if MERGE_TAG not in twin.tags:
            twin.tags.append(MERGE_TAG)
        twin.sources.extend(event.sources)
        twin.actors.extend(a for a in event.actors if a not in twin.actors)
        twin.keywords = twin.keywords | event.keywords
    return kept


def _events(events: list[DraftEvent], actor_ids: dict[str, str], words: DraftWords) -> list[Event]:
    taken: set[str] = set()
    result = []
    speaker_role = words.speaker()  # the builder's word, in its language like the notes
    for event in events:
        check_cancel()
        sources = []
        # Who is quoted in the event is its speaker; other roles are left to the reviewer.
        speakers = {q.attributed_to for source in event.sources for q in source.quotes}
        for key in sorted(k for k in speakers if k in actor_ids and k not in event.actors):
            event.actors.append(key)
        for source in event.sources:
            quotes = [
                Quote(
                    start=q.start,
                    end=q.end,
                    text=q.text,
                    attributed_to=actor_ids.get(q.attributed_to, q.attributed_to)
                    if q.attributed_to
                    else None,
                )
                for q in source.quotes
            ]
            phrase = (
                DatePhrase(
                    start=source.date_phrase[0],
                    end=source.date_phrase[1],
                    text=source.date_phrase[2],
                )
                if source.date_phrase
                else None
            )
            sources.append(Source(document=source.document, quotes=quotes, date_phrase=phrase))
        result.append(
            Event(
                id=_unique(slug(event.title)[:48].strip("-") or "event", taken),
                title=event.title,
                date=event.date,
                status=event.status,
                actors=[
                    ActorRef(actor=actor_ids[key], role=speaker_role if key in speakers else None)
                    for key in event.actors
                    if key in actor_ids
                ],
                tags=event.tags,
                note=words.event_note(event.notes),
                sources=sources,
            )
        )
    return result


# -- writing (the app's one atomic writer and its saved layout) ---------------------------------


def write_draft(draft: Draft, output: Path) -> Draft:
    """Store the texts beside ``output`` and write the event file in the saved layout;
    returns the draft as written (document paths renamed where a different file already had
    the name). An existing document with another content is never overwritten; an existing
    ``output`` is kept as ``output.bak``."""
    folder = output.parent  # must exist: a missing folder is refused, never created
    renamed: dict[str, str] = {}
    for name, text in draft.texts.items():
        free = free_name(name, _holds_other_text(folder, text))
        target = folder / free
        if not target.exists():
            atomic_write(target, text)
        renamed[name] = free
    documents = [
        doc.model_copy(update={"path": renamed.get(doc.path or "", doc.path)})
        for doc in draft.event_file.documents
    ]
    event_file = draft.event_file.model_copy(update={"documents": documents})
    if output.exists():
        shutil.copy2(output, backup_path(output))  # the previous version stays as NAME.bak
    atomic_write(output, file_text(event_file))
    return Draft(event_file, {renamed[n]: t for n, t in draft.texts.items()})


def _holds_other_text(folder: Path, text: str | None) -> Callable[[str], bool]:
    """Whether a name is taken: a file of ``folder`` holding other text (the same text is
    reused as it is)."""

    def taken(name: str) -> bool:
        return (folder / name).exists() and _read(folder / name) != text

    return taken


def _read(path: Path) -> str | None:
    """The text of ``path`` as the loader reads a document: a UTF-8 BOM is a character of it
    (QA #86: an article saved with one was "the same text", kept with its BOM, and every
    offset of the draft was one short of it)."""
    try:
        return read_regular_file(path, MAX_DOCUMENT_BYTES).decode("utf-8")
    except (ReadError, UnicodeDecodeError):
        return None
