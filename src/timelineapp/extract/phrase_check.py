"""Date phrases that no longer say the event's date: « en 2012 » kept beside ``2024-03``.

A date phrase records the words that gave the event's date. The editor drops it when the date
is changed (``model.edits.update_event``), but a file edited by hand or by an older version
can keep one that says another date. Re-reading the phrase needs the date tagger, which lives
here in ``extract``, so the check is run by ``timelineapp validate`` rather than by loading.

A phrase *disagrees* when its reading (anchored on its document's publication date) and the
event's date share no instant, the reading widened by :data:`ZONE_SLACK` on each side: the
tagger reads "2013-08-25T19:16-05:00" as the written day, which is 2013-08-26 in UTC. A
phrase that cannot be read on its own ("ce jour-là"), or a relative one without a publication
date, is not judged. A source with a date of its own keeps its phrase for that date, so it
is not judged against the event's date either.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from timelineapp.model.dates import parse_date
from timelineapp.model.file_format import EventFile

from .anchoring import reference_from, resolve
from .temporal import detect

__all__ = ["PhraseDisagreement", "date_phrase_disagreements"]


ZONE_SLACK = 14 * 3600
"""Seconds a written day may be off from UTC (time zones run from -12:00 to +14:00)."""

CHECKED_EVENTS = 20_000
"""Files with more events are not checked: re-reading every phrase of a million-event file
takes minutes (``timelineapp validate`` says it skipped them)."""


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
        parsed = parse_date(value)
    except ValueError:
        return None
    low = -math.inf if getattr(parsed, "open_start", False) else float(parsed.earliest)
    high = math.inf if parsed.open_end else float(parsed.latest)
    return low, high


@lru_cache(maxsize=4096)
def _reading(phrase: str, language: str, published: str | None) -> str | None:
    """The value the tagger gives ``phrase`` alone, or None when it is not one date."""
    mentions = detect(phrase, language)
    if len(mentions) != 1:
        return None
    return resolve(mentions[0], reference_from(published), 0).value


def date_phrase_disagreements(event_file: EventFile) -> Iterator[PhraseDisagreement]:
    """Each date phrase whose reading shares no instant with its event's date."""
    documents = {d.id: d for d in event_file.documents}
    for i, event in enumerate(event_file.events):
        if event.date is None:
            continue
        date = _span(event.date)
        if date is None:
            continue
        for s, source in enumerate(event.sources):
            phrase = source.date_phrase
            document = documents.get(source.document)
            if phrase is None or source.date is not None or document is None:
                continue
            language = (document.language or event_file.language or "und").split("-")[0]
            reading = _reading(phrase.text, language, document.published)
            span = _span(reading) if reading else None
            if span is None:
                continue
            if span[0] - ZONE_SLACK < date[1] and date[0] < span[1] + ZONE_SLACK:
                continue
            yield PhraseDisagreement(i, s, phrase.text, reading or "", event.date)
