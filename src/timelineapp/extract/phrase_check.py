"""Date phrases that no longer say the event's date: « en 2012 » kept beside ``2024-03``.

A date phrase records the words that gave the event's date. The editor drops it when the date
is changed (``model.edits.update_event``), but a file edited by hand or by an older version
can keep one that says another date. Re-reading the phrase needs the date tagger, which lives
here in ``extract``, so the check is run by ``timelineapp validate`` rather than by loading.

A phrase *disagrees* when none of its readings shares an instant with the date it stands
for. Its readings are those the builder could give it (:func:`phrase_readings`): anchored on
its document's publication date, in the direction its own words say ("prochain", "last",
"ago"), else in each direction the sentence's tense may have chosen: « à l'automne » in an
article of 2 October 2025 is autumn 2025 or autumn 2026, and the builder reads « rouvrira à
l'automne » as the latter (QA #93, #111: the phrase alone was read as the former and the
builder's right reading flagged). When a time of day is written (in the date or in the
phrase) a reading is widened by :data:`ZONE_SLACK` on each side: the tagger reads
"2013-08-25T19:16-05:00" as the written day, which is 2013-08-26 in UTC. Two calendar dates
are compared as they are: « November 2025 » does not allow 2025-10-31 (QA #77). A
phrase that cannot be read on its own ("ce jour-là"), or a relative one without a publication
date, is not judged. A source with a date of its own keeps its phrase for that date, so its
phrase is judged against that date, not the event's (QA #99).

Words that say no date at all (« sur les », a drag that missed « en 2012 »: no digit, nothing
the tagger reads, no word of time such as « jour » or "later") are flagged too, dated event or
not (:func:`says_no_date`, QA #120); « ce jour-là » is words of time and is not judged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Protocol

import msgspec
import numpy as np
import numpy.typing as npt

from timelineapp.model.dates import cached_date
from timelineapp.model.issues import Issue
from timelineapp.model.loading.loaded import LazyEvents, LoadedFile
from timelineapp.model.plain_header import DocumentLike as Document
from timelineapp.model.plain_header import HeaderLike
from timelineapp.model.reference_issues import date_phrase_disagrees, date_phrase_says_no_date

from .anchoring import FUTURE, PAST, Reference, reference_from, resolve, sentence_tense
from .lexicon import RULE_LANGUAGES, SEASON_NAMES, TIME_WORDS, fold, month_numbers, weekday_numbers
from .temporal import detect

if TYPE_CHECKING:
    from timelineapp.model.file_format import Event, EventFile

__all__ = [
    "NO_DATE",
    "PhraseDisagreement",
    "date_phrase_disagreements",
    "event_phrase_disagreements",
    "events_with_phrases",
    "loaded_phrase_disagreements",
    "phrase_disagrees",
    "phrase_readings",
    "says_no_date",
]


ZONE_SLACK = 14 * 3600
"""Seconds a written day may be off from UTC (time zones run from -12:00 to +14:00)."""
_TIME = re.compile(r"\d[:h]\d\d")  # "19:16", "10h32": a time of day in the phrase
NO_DATE = ""
"""The reading :func:`phrase_disagrees` gives words that say no date at all (« sur les »)."""


@dataclass(frozen=True, slots=True)
class PhraseDisagreement:
    """Event ``event``'s source ``source`` has a date phrase that reads ``reading``, which
    shares no instant with ``date``: the event's, or the source's own when ``of_source``;
    or (``reading`` is :data:`NO_DATE`) that says no date at all."""

    event: int
    source: int
    phrase: str
    reading: str
    date: str | None
    of_source: bool = False

    @property
    def no_date(self) -> bool:
        return self.reading == NO_DATE

    @property
    def json_path(self) -> str:
        return f"events[{self.event}].sources[{self.source}].date_phrase"

    def issue(self, file: str) -> Issue:
        """The warning ``validate`` prints and the Event pane shows."""
        if self.no_date or self.date is None:
            return date_phrase_says_no_date(file, self.json_path, self.phrase)
        return date_phrase_disagrees(
            file, self.json_path, self.phrase, self.reading, self.date, of_source=self.of_source
        )


def _span(value: str) -> tuple[float, float] | None:
    try:
        parsed = cached_date(value)  # big files repeat their dates
    except ValueError:
        return None
    low = -math.inf if getattr(parsed, "open_start", False) else float(parsed.earliest)
    high = math.inf if parsed.open_end else float(parsed.latest)
    return low, high


@lru_cache(maxsize=1024)
def phrase_readings(phrase: str, language: str, published: str | None) -> tuple[str, ...]:
    """The values the builder's tagger can give ``phrase``, the plain reading first; none when
    it is not one date or cannot be fixed (cached: the Event pane asks again at each selection
    of the same event).

    The builder resolves a date with the tense of its clause (:func:`.anchoring.resolve`);
    the phrase alone does not tell that tense, unless its own words do ("le 1er janvier
    prochain", "last Tuesday"), so each direction is a reading it may have been given."""
    mentions = detect(phrase, language)
    if len(mentions) != 1:
        return ()
    reference = _reference(published)
    own = sentence_tense(phrase, language)
    readings: list[str] = []
    for tense in (own,) if own else (0, PAST, FUTURE):
        value = resolve(mentions[0], reference, tense).value
        if value is not None and value not in readings:
            readings.append(value)
    return tuple(readings)


_Reader = Callable[[str, str, str | None], tuple[str, ...]]


def phrase_disagrees(
    phrase: str,
    document: Document,
    file_language: str | None,
    date: str | None,
    read: _Reader = phrase_readings,
) -> str | None:
    """The reading to show when no reading of ``phrase`` (words of ``document``, in a file
    of ``file_language``) shares an instant with ``date``, or :data:`NO_DATE` when the words
    say no date at all (``date`` None: an undated event, judged on that alone); None when
    one does, or when the phrase or the date cannot be judged. The one rule for
    ``validate``, the Event pane and Use as Date Phrase (QA #99, #120). ``read`` gives the
    readings (a whole file's check memoises them beyond :func:`phrase_readings`' own cache)."""
    language = _language(document, file_language)
    span = None if date is None else _span(date)
    if span is None or date is None:
        return NO_DATE if says_no_date(phrase, language) else None
    readings = read(phrase, language, document.published)
    if not readings and says_no_date(phrase, language):
        return NO_DATE
    return _disagreeing(readings, span, _slack(phrase, date))


@cache
def _time_words(language: str) -> frozenset[str]:
    """The folded words of time of ``language``: :data:`.lexicon.TIME_WORDS`, the seasons,
    the month and weekday names."""
    words = TIME_WORDS[language].split()
    seasons = (fold(name) for name in SEASON_NAMES[language])
    return frozenset(words).union(seasons, month_numbers(language), weekday_numbers(language))


@lru_cache(maxsize=1024)
def says_no_date(phrase: str, language: str) -> bool:
    """Whether ``phrase`` holds no date words at all: no digit, no word of time (« jour »,
    « lendemain », "later", a month), nothing the date tagger reads: « sur les », not « ce
    jour-là » (QA #120). Words of a language the builder does not read are not judged."""
    if language not in RULE_LANGUAGES or any(ch.isdigit() for ch in phrase):
        return False
    if not _time_words(language).isdisjoint(re.findall(r"\w+", fold(phrase))):
        return False
    return not detect(phrase, language)


def _language(document: Document, file_language: str | None) -> str:
    """The language a document's words are read in: its own, else the file's."""
    return (document.language or file_language or "und").split("-")[0]


def _disagreeing(readings: tuple[str, ...], date: tuple[float, float], slack: float) -> str | None:
    spans = [s for s in map(_span, readings) if s is not None]
    if not spans or any(_overlaps(s, date, slack) for s in spans):
        return None
    return readings[0]


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


def _overlaps(span: tuple[float, float], date: tuple[float, float], slack: float) -> bool:
    return span[0] - slack < date[1] and date[0] < span[1] + slack


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


def event_phrase_disagreements(
    i: int,
    date: str | None,
    sources: Sequence[PhraseSource],
    documents: Mapping[str, Document],
    file_language: str | None,
    read: _Reader = phrase_readings,
) -> Iterator[PhraseDisagreement]:
    """Each date phrase of event ``i`` (dated ``date``, or undated: None) that cannot mean
    the date it stands for, or says no date at all: the one rule for ``validate`` and the
    window's Event pane (QA #77, #120).

    A source with a date of its own is judged against that date, its claim (QA #99); one that
    names an unknown document is not judged. A phrase is read in its document's language,
    else the file's (``file_language``), anchored on the document's publication date.
    ``read`` gives a phrase's readings (the tagger's reading is most of the cost).
    """
    for s, source in enumerate(sources):
        phrase = source.date_phrase
        document = documents.get(source.document)
        if phrase is None or document is None:
            continue
        own = source.date is not None
        said = source.date if own else date  # None: an undated event, judged on its words
        shown = phrase_disagrees(phrase.text, document, file_language, said, read)
        if shown is not None:
            yield PhraseDisagreement(i, s, phrase.text, shown, said, own)


def date_phrase_disagreements(
    event_file: EventFile | HeaderLike, events: Iterable[int] | None = None
) -> Iterator[PhraseDisagreement]:
    """Each date phrase whose reading shares no instant with its event's date.

    ``events`` are the positions of the events to look at, in order: those with a date
    phrase, which a load lists in its passage rows (:func:`events_with_phrases`), so that the
    other events of a big file are never built; every event when None.
    """
    documents = {d.id: d for d in event_file.documents}
    # Each phrase is read once per document language and publication date: a file says
    # "en 2012" or "2024-06" many times.
    read = cache(phrase_readings)  # unbounded for this one pass, unlike the shared cache
    for i in range(len(event_file.events)) if events is None else events:
        event = _phrase_view(event_file.events, i)
        yield from event_phrase_disagreements(
            i, event.date, event.sources, documents, event_file.language, read
        )


def events_with_phrases(passage_rows: npt.NDArray[np.int64]) -> list[int]:
    """The positions of the events with a date phrase in a known document, in file order, from
    a load's passage rows (``(document, start, end, event, source, quote or -1)``; a date
    phrase is the row without a quote).

    Sorted, then each first of its value kept: ``np.sort`` lets other threads run, while
    ``np.unique`` (a hash table) held the interpreter lock for 12-35 ms at a million events,
    which the window waited for when a check began after a load."""
    events = np.sort(passage_rows[passage_rows[:, 5] == -1, 3])
    first = np.ones(events.size, dtype=np.bool_)
    np.not_equal(events[1:], events[:-1], out=first[1:])
    found: list[int] = events[first].tolist()
    return found


def loaded_phrase_disagreements(loaded: LoadedFile) -> Iterator[PhraseDisagreement]:
    """Each date phrase of a loaded file that cannot mean the date it stands for, what
    ``timelineapp validate`` warns of and the window's Provenance pane lists (QA #115).

    Only the events with a date phrase are built (a tenth of a big file, often less): 1.2 s
    on the 100k benchmark file, see README "Performance"."""
    # The header as loaded: reading it never builds the models (nor imports pydantic).
    return date_phrase_disagreements(loaded.header, events_with_phrases(loaded.passage_rows))
