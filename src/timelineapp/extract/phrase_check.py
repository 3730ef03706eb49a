"""Date phrases that no longer say the event's date: « en 2012 » kept beside ``2024-03``.

A date phrase records the words that gave the event's date. The editor drops it when the date
is changed (``model.edits.update_event``), but a file edited by hand or by an older version
can keep one that says another date. Re-reading the phrase needs the date tagger, which lives
here in ``extract``, so the check is run by ``timelineapp validate`` rather than by loading.

A phrase *disagrees* when its reading (anchored on its document's publication date) and the
event's date share no instant. When a time of day is written (in the event's date or in the
phrase) the reading is widened by :data:`ZONE_SLACK` on each side: the tagger reads
"2013-08-25T19:16-05:00" as the written day, which is 2013-08-26 in UTC. Two calendar dates
are compared as they are: « November 2025 » does not allow 2025-10-31 (QA #77). A
phrase that cannot be read on its own ("ce jour-là"), or a relative one without a publication
date, is not judged. A source with a date of its own keeps its phrase for that date, so it
is not judged against the event's date either.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import msgspec
import numpy as np
import numpy.typing as npt

from timelineapp.model.dates import cached_date
from timelineapp.model.file_format import Document, Event, EventFile
from timelineapp.model.loading.loaded import LazyEvents

from .anchoring import Reference, reference_from, resolve
from .temporal import detect

__all__ = [
    "PhraseDisagreement",
    "date_phrase_disagreements",
    "event_phrase_disagreements",
    "events_with_phrases",
]


ZONE_SLACK = 14 * 3600
"""Seconds a written day may be off from UTC (time zones run from -12:00 to +14:00)."""
_TIME = re.compile(r"\d[:h]\d\d")  # "19:16", "10h32": a time of day in the phrase


@dataclass(frozen=True, slots=True)
class PhraseDisagreement:
    event: int
    source: int
    phrase: str
    reading: str
    date: str

    @property
    def json_path(self) -> str:
        return f"events[{self.event}].sources[{self.source}].date_phrase"


def _span(value: str) -> tuple[float, float] | None:
    try:
        parsed = cached_date(value)  # big files repeat their dates
    except ValueError:
        return None
    low = -math.inf if getattr(parsed, "open_start", False) else float(parsed.earliest)
    high = math.inf if parsed.open_end else float(parsed.latest)
    return low, high


@lru_cache(maxsize=1024)
def _reading(phrase: str, language: str, published: str | None) -> str | None:
    """The value the tagger gives ``phrase`` alone, or None when it is not one date (cached:
    the Event pane asks again at each selection of the same event)."""
    mentions = detect(phrase, language)
    if len(mentions) != 1:
        return None
    return resolve(mentions[0], _reference(published), 0).value


@lru_cache(maxsize=256)
def _reference(published: str | None) -> Reference | None:
    return reference_from(published)  # a file has a few documents, read once each


class _Phrase(msgspec.Struct):
    text: str


class _Source(msgspec.Struct):
    document: str
    date: str | None = None
    date_phrase: _Phrase | None = None


class _PhraseView(msgspec.Struct):
    """What the check reads of an event: its date and its sources' phrases."""

    date: str | None = None
    sources: list[_Source] = msgspec.field(default_factory=list)


_VIEW = msgspec.json.Decoder(_PhraseView)


def _phrase_view(events: Sequence[Event], i: int) -> _PhraseView:
    """What the check reads of event ``i``: of a loaded file, decoded from the event's bytes
    (which the load validated) by msgspec, a tenth of the time of the full model."""
    if isinstance(events, LazyEvents):
        start, end = events.spans[i]
        return _VIEW.decode(events.raw[int(start) : int(end)])
    event = events[i]
    sources = [
        _Source(s.document, s.date, _Phrase(s.date_phrase.text) if s.date_phrase else None)
        for s in event.sources
    ]
    return _PhraseView(event.date, sources)


def _slack(phrase: str, event_date: str) -> float:
    """:data:`ZONE_SLACK` when a time of day is written, else none: a calendar date is not
    off by a zone."""
    return ZONE_SLACK if "T" in event_date or _TIME.search(phrase) else 0


def _disagree(reading: str | None, date: tuple[float, float], slack: float) -> bool:
    span = _span(reading) if reading else None
    if span is None:
        return False
    return not (span[0] - slack < date[1] and date[0] < span[1] + slack)


class _Text(Protocol):
    @property
    def text(self) -> str: ...


class PhraseSource(Protocol):
    """What the check reads of a source: a model ``Source`` or the check's own view of one."""

    @property
    def document(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def date_phrase(self) -> _Text | None: ...


_Readings = dict[tuple[str, str, str | None], str | None]


def event_phrase_disagreements(
    i: int,
    date: str,
    sources: Sequence[PhraseSource],
    documents: Mapping[str, Document],
    file_language: str | None,
    readings: _Readings | None = None,
) -> Iterator[PhraseDisagreement]:
    """Each date phrase of event ``i`` (dated ``date``) whose reading shares no instant with
    that date: the one rule for ``validate`` and the window's Event pane (QA #77).

    A phrase is not judged when its source has a date of its own or names an unknown
    document; it is read in its document's language, else the file's (``file_language``),
    anchored on the document's publication date. ``readings`` memoises the readings across
    events (the tagger's reading is most of the cost).
    """
    span = _span(date)
    if span is None:
        return
    for s, source in enumerate(sources):
        phrase = source.date_phrase
        document = documents.get(source.document)
        if phrase is None or source.date is not None or document is None:
            continue
        language = (document.language or file_language or "und").split("-")[0]
        key = (phrase.text, language, document.published)
        if readings is None:
            reading = _reading(*key)
        elif key in readings:
            reading = readings[key]
        else:
            reading = readings[key] = _reading(*key)
        if _disagree(reading, span, _slack(phrase.text, date)):
            yield PhraseDisagreement(i, s, phrase.text, reading or "", date)


def date_phrase_disagreements(
    event_file: EventFile, events: Iterable[int] | None = None
) -> Iterator[PhraseDisagreement]:
    """Each date phrase whose reading shares no instant with its event's date.

    ``events`` are the positions of the events to look at, in order: those with a date
    phrase, which a load lists in its passage rows (:func:`events_with_phrases`), so that the
    other events of a big file are never built; every event when None.
    """
    documents = {d.id: d for d in event_file.documents}
    # Each phrase is read once per document language and publication date: a file says
    # "en 2012" or "2024-06" many times.
    readings: _Readings = {}
    for i in range(len(event_file.events)) if events is None else events:
        event = _phrase_view(event_file.events, i)
        if event.date is not None:
            yield from event_phrase_disagreements(
                i, event.date, event.sources, documents, event_file.language, readings
            )


def events_with_phrases(passage_rows: npt.NDArray[np.int64]) -> list[int]:
    """The positions of the events with a date phrase in a known document, in file order, from
    a load's passage rows (``(document, start, end, event, source, quote or -1)``; a date
    phrase is the row without a quote)."""
    return [int(i) for i in np.unique(passage_rows[passage_rows[:, 5] == -1, 3])]
