"""What the load pass keeps of a chunk's rows, read a few hundred events at a time.

A chunk of 5,000 decoded events is megabytes of small objects, more than a core's cache:
read field by field (a ``map`` per column) and then freed, every pass went back to main
memory for them. So a chunk is decoded :data:`BATCH_EVENTS` events at a time, and while a
batch is in the cache one walk takes from it what the columns need — plain lists of strings
and numbers, the passages, each event's search text — before the rows are dropped; the
chunk's columns are then computed all at once from those lists (:func:`.chunks.collect_rows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from msgspec import Struct, field

from ..evidence_columns import SourceFacts
from ..issues import Issue
from ..reference_issues import no_source, unknown_id
from .references import ActorMembers
from .rows import DOCUMENT_REF_OK, RowRejected

BATCH_EVENTS = 200
"""Events decoded and walked together: their rows (about 300 kB) stay in the cache (measured
at 100k events: 50 to 250 alike, 1,000 a fifth slower, 5,000 two fifths)."""

_DATE, _ACTORS, _STATUS, _REVIEW = (
    attrgetter("date"),
    attrgetter("actors"),
    attrgetter("status"),
    attrgetter("review"),
)


class Gathered(Struct):
    """The chunk's events so far (from file index ``offset``), field by field."""

    offset: int
    file: str
    documents: dict[str, int]  # document id -> number (the chunk context's)
    cap: int  # the most issues of each list
    members: ActorMembers  # the actor references, numbered batch by batch
    count: int = 0
    dates: list[str | None] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    status: list[Any] = field(default_factory=list)
    review: list[Any] = field(default_factory=list)
    searched: list[str] = field(default_factory=list)  # each event's search text
    passages: list[int] = field(default_factory=list)  # six numbers per quote or date phrase
    passage_texts: list[str] = field(default_factory=list)
    facts: SourceFacts = field(default_factory=SourceFacts)
    unknown_documents: list[Issue] = field(default_factory=list)
    no_source: list[Issue] = field(default_factory=list)

    def add(self, rows: Sequence[Any]) -> None:
        """Take what the columns need from ``rows`` (the next events, rows or models).

        The sources loop also builds each event's :func:`.chunks.search_text` (its fields,
        then its quotes' words, which it reads anyway): one walk over a million events'
        quotes instead of two (``tests/model/test_load_search_text.py`` checks they agree).
        """
        self.dates += map(_DATE, rows)
        self.members.add(list(map(_ACTORS, rows)), self.offset + self.count)
        self.status += map(_STATUS, rows)
        self.review += map(_REVIEW, rows)
        file, cap, documents = self.file, self.cap, self.documents
        ids, titles = self.ids, self.titles
        add_id, add_title = ids.append, titles.append
        passages, passage_texts = self.passages, self.passage_texts
        add_passage, add_text, add_searched = (
            passages.extend,
            passage_texts.append,
            self.searched.append,
        )
        facts = self.facts
        add_count, add_doc, add_date, add_credibility = (
            facts.per_event.append,
            facts.document.append,
            facts.dates.append,
            facts.credibility.append,
        )
        add_quotes, add_phrased = facts.quotes.append, facts.phrased.append
        get = documents.get
        i = self.offset + self.count
        for row in rows:
            title = row.title
            add_id(row.id)
            add_title(title)
            # search_text's pieces: the event's own fields here, its quotes' words below.
            pieces = [title, row.summary or "", row.note or "", row.place or "", *row.tags]
            sources = row.sources
            add_count(len(sources))
            if not sources:
                add_searched("\n".join(pieces))
                if len(self.no_source) < cap:
                    self.no_source.append(no_source(file, i, row.id))
                i += 1
                continue
            for s, source in enumerate(sources):
                # Every passage is kept, an unknown document's as -1 (dropped later, after
                # its span is checked with the others).
                doc = get(source.document, -1)
                add_doc(doc)
                add_date(source.date)
                add_credibility(source.credibility)
                if doc < 0:
                    self._unknown(i, s, source.document)
                quotes = source.quotes
                add_quotes(len(quotes))
                for q, quote in enumerate(quotes):
                    text = quote.text
                    pieces.append(text)
                    add_passage((doc, quote.start, quote.end, i, s, q))
                    add_text(text)
                phrase = source.date_phrase
                if phrase is None:
                    add_phrased(False)
                else:
                    add_phrased(True)
                    add_passage((doc, phrase.start, phrase.end, i, s, -1))
                    add_text(phrase.text)
            add_searched("\n".join(pieces))
            i += 1
        self.count += len(rows)

    def _unknown(self, event: int, source: int, name: str) -> None:
        if not DOCUMENT_REF_OK(name):
            raise RowRejected  # an id that breaks the pattern: the models say so
        if len(self.unknown_documents) < self.cap:
            path = f"events[{event}].sources[{source}].document"
            self.unknown_documents.append(
                unknown_id(self.file, path, "unknown_document", name, self.documents)
            )
