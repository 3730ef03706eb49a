"""What an exporter writes: a file's header and the events chosen (the active filter's)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import count

from timelineapp.extract.importers.report import ConversionReport, ReportFormat, Where
from timelineapp.model.actor_columns import actor_ids_of, actor_names, actor_number
from timelineapp.model.dates import DateError, EdtfDate, parse_date
from timelineapp.model.event_json import actor_ids
from timelineapp.model.file_format import Document, Event, EventFile
from timelineapp.model.id_index import numbers_of


def has_floating_time(date: EdtfDate) -> bool:
    """Whether a time of day is written without a zone ("2025-03-13T15:00"): a local time of
    an unknown place, which the event file reads as UTC for want of one (QA #96)."""
    points = (date.start, date.end)
    if any(p is not None and p.hour is not None and p.utc_offset is None for p in points):
        return True
    return any(has_floating_time(member) for member in date.members)


@dataclass(frozen=True)
class Quoted:
    """One quote of an event with the document it is from."""

    text: str
    document_title: str
    url: str | None


@dataclass
class Selection:
    """``events`` are (index in the file, event) pairs, so warnings can point at the file."""

    header: EventFile
    events: Sequence[tuple[int, Event]]
    file: str = ""
    _documents: dict[str, Document] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def whole(cls, data: EventFile, file: str = "") -> Selection:
        return cls(data, list(enumerate(data.events)), file)

    @cached_property
    def documents(self) -> dict[str, Document]:
        return {document.id: document for document in self.header.documents}

    @cached_property
    def _actor_number(self) -> Mapping[str, int]:
        # Columns: a file may declare a million actors (a model each took 6.6 s).
        actors = self.header.actors
        return actor_number(actors) or dict(zip(actor_ids_of(actors), count()))

    def where(self, index: int, event: Event) -> Where:
        return Where(self.file or self.header.title, None, f"events[{index}] ({event.id})")

    def actor_names(self, event: Event) -> list[str]:
        """The names of the actors ``event`` names (the id of an actor the file lacks)."""
        ids = actor_ids(event.actors)
        names = actor_names(self.header.actors)
        numbers = numbers_of(self._actor_number, ids).tolist()
        return [names[n] if n >= 0 else ids[k] for k, n in enumerate(numbers)]

    def source_documents(self, event: Event) -> list[Document]:
        found = self.documents
        return [found[s.document] for s in event.sources if s.document in found]

    def quotes(self, event: Event) -> list[Quoted]:
        found = self.documents
        quoted: list[Quoted] = []
        for source in event.sources:
            document = found.get(source.document)
            title = document.title if document else source.document
            url = document.url if document else None
            quoted.extend(Quoted(q.text, title, url) for q in source.quotes)
        return quoted

    def source_urls(self, event: Event) -> list[str]:
        return list(dict.fromkeys(d.url for d in self.source_documents(event) if d.url))

    def dated_events(
        self, report: ConversionReport, undated_code: str
    ) -> Iterator[tuple[Event, EdtfDate, Where]]:
        """The events a dated target can carry, with their parsed dates; each event left out
        (undated, or a date that does not parse) is reported with the report code
        ``undated_code`` or the date's error."""
        for index, event in self.events:
            where = self.where(index, event)
            if not event.date:
                report.dropped(where, undated_code)
                continue
            try:
                date = parse_date(event.date)
            except DateError as error:
                report.dropped(where, "export_bad_date", problem=error)
                continue
            yield event, date, where


def new_report(selection: Selection, output: str, label: ReportFormat) -> ConversionReport:
    report = ConversionReport(output or selection.file, label)
    report.items_read = len(selection.events)
    return report
