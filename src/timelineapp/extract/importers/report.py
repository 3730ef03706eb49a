"""What a conversion kept and dropped, each with where it happened (file, line or JSON path).

A conversion is judged by what it loses, so the report is not a log: it counts what was
kept, lists every row or item that could not be converted with its location and reason, and
folds repeated losses of the same field ("background, in 312 events, first at events[4]")
into one line, so a million-row input gives a report a person can read.

Each message is a code and its arguments (:mod:`.messages`): :meth:`ConversionReport.lines`
words them in English for the command line; the window words the same codes in French.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .messages import ENGLISH, english

# Beyond this many located problems the rest are counted, not listed: the first ones are
# enough to fix an input, and a report must stay readable (and small) for a 1M-row file.
MAX_LISTED = 200


class ReportFormat(StrEnum):
    """What a conversion read or wrote, as a code: a window words it in its own language
    from the code (``ui/import_report_words.format_label``), never from the English name,
    which is for the command line and JSON reports (:attr:`english`)."""

    NONE = ""  # a scratch report: a header read to guess the columns, one part of a big table
    TIMELINEJS = "timelinejs"
    TIMELINEJS2 = "timelinejs2"
    TIMELINEJS_SHEET = "timelinejs-sheet"
    ACLED = "acled"
    TIMESKETCH = "timesketch"
    TIMESKETCH_JSONL = "timesketch-jsonl"
    CSV_TABLE = "csv-table"
    ICALENDAR = "icalendar"
    TIMESKETCH_EXPORT = "timesketch-export"
    CSV_EXPORT = "csv-export"

    @property
    def english(self) -> str:
        return _FORMAT_NAMES[self]

    @property
    def is_timelinejs(self) -> bool:
        """One of TimelineJS's formats, whose "group" may be kept as actors or as tags."""
        return self in (
            ReportFormat.TIMELINEJS,
            ReportFormat.TIMELINEJS2,
            ReportFormat.TIMELINEJS_SHEET,
        )


_FORMAT_NAMES = {
    ReportFormat.NONE: "",
    ReportFormat.TIMELINEJS: "TimelineJS JSON",
    ReportFormat.TIMELINEJS2: "TimelineJS 2 JSON",
    ReportFormat.TIMELINEJS_SHEET: "TimelineJS spreadsheet (CSV)",
    ReportFormat.ACLED: "ACLED export (CSV)",
    ReportFormat.TIMESKETCH: "Timesketch/Plaso timeline",
    ReportFormat.TIMESKETCH_JSONL: "Timesketch/Plaso timeline (JSONL)",
    ReportFormat.CSV_TABLE: "CSV table",
    ReportFormat.ICALENDAR: "iCalendar",
    ReportFormat.TIMESKETCH_EXPORT: "Timesketch JSONL",
    ReportFormat.CSV_EXPORT: "CSV",
}


class Outcome(StrEnum):
    DROPPED = "dropped"  # a row or item that is not in the result at all
    CHANGED = "changed"  # kept, but not as written (a date made coarser, an id renamed…)
    LOST = "lost"  # a field that the event file format cannot carry


@dataclass(frozen=True, slots=True)
class Where:
    """A place in the input: a line (and column), a JSON path, or both."""

    file: str
    line: int | None = None
    path: str = ""
    column: int | None = None  # where on the line (1 = its first character), when known

    def __str__(self) -> str:
        text = self.file
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        if self.path:
            text += f": {self.path}"
        return text

    def child(self, part: str | int) -> Where:
        """This place, one JSON step deeper."""
        step = f"[{part}]" if isinstance(part, int) else (f".{part}" if self.path else part)
        return Where(self.file, self.line, self.path + step, self.column)


@dataclass(frozen=True, slots=True)
class Entry:
    """One located problem: a code of :data:`.messages.ENGLISH` and its arguments."""

    outcome: Outcome
    where: Where
    code: str
    args: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The message in English."""
        return english(self.code, self.args)

    def __str__(self) -> str:
        return f"{self.where}: {self.outcome}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "outcome": str(self.outcome),
            "file": self.where.file,
            "line": self.where.line,
            "path": self.where.path,
            "code": self.code,
            "args": dict(self.args),
            "message": self.message,
        }
        if self.where.column is not None:  # (only where it is known: few entries)
            found["column"] = self.where.column
        return found


@dataclass(slots=True)
class Tally:
    """One kind of loss repeated over many items: counted, with its first place (and the
    arguments it had there)."""

    outcome: Outcome
    code: str
    args: dict[str, str]
    first: Where
    count: int = 0

    @property
    def message(self) -> str:
        return english(self.code, self.args)


@dataclass
class ConversionReport:
    """The account of one conversion, for the command line and the import dialog."""

    file: str
    format: ReportFormat
    items_read: int = 0
    kept: dict[str, int] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    not_listed: int = 0
    counts: dict[Outcome, int] = field(default_factory=dict)
    # (outcome, code, the input key it is about, if any) -> the tally
    tallies: dict[tuple[Outcome, str, str], Tally] = field(default_factory=dict)

    # -- recording ---------------------------------------------------------------------------

    def count_kept(self, what: str, count: int = 1) -> None:
        """``what`` is a plural noun: "events", "actors", "documents"."""
        self.kept[what] = self.kept.get(what, 0) + count

    def dropped(self, where: Where, code: str, **args: object) -> None:
        """A row or item that is not in the result (``code``: see :mod:`.messages`)."""
        self._add(Entry(Outcome.DROPPED, where, _checked(code), _texts(args)))

    def changed(self, where: Where, code: str, **args: object) -> None:
        """Something kept, but not exactly as written."""
        self._add(Entry(Outcome.CHANGED, where, _checked(code), _texts(args)))

    def lost(
        self, where: Where, code: str, outcome: Outcome = Outcome.LOST, **args: object
    ) -> None:
        """A field lost (or changed the same way) in possibly many items: counted once per
        code and input key (``key=``), with the first place and arguments."""
        key = (outcome, code, str(args.get("key", "")))
        tally = self.tallies.get(key)
        if tally is None:
            tally = self.tallies[key] = Tally(outcome, _checked(code), _texts(args), where)
        tally.count += 1

    def _add(self, entry: Entry) -> None:
        self.counts[entry.outcome] = self.counts.get(entry.outcome, 0) + 1
        if len(self.entries) < MAX_LISTED:
            self.entries.append(entry)
        else:
            self.not_listed += 1

    # -- reading -----------------------------------------------------------------------------

    @property
    def dropped_count(self) -> int:
        """Rows or items left out of the result, listed or not."""
        return self.counts.get(Outcome.DROPPED, 0)

    def summary(self) -> str:
        """One line: what was read and what came out."""
        kept = ", ".join(_counted(count, what) for what, count in self.kept.items()) or "nothing"
        dropped = self.dropped_count
        read = _counted(self.items_read, "items")
        text = f"{self.file}: read {read} as {self.format.english}; kept {kept}"
        if dropped:
            text += f"; dropped {_counted(dropped, 'items')}"
        return text

    def tally_lines(self) -> list[str]:
        """Each repeated loss on one line: what and why, how often, where first."""
        lines = []
        for tally in self.tallies.values():
            times = f"{tally.count} time{'s' * (tally.count != 1)}"
            lines.append(f"{tally.outcome}: {tally.message} ({times}, first at {tally.first})")
        return lines

    def lines(self) -> list[str]:
        """The whole report as text lines, summary first."""
        lines = [self.summary()]
        lines.extend(str(entry) for entry in self.entries)
        if self.not_listed:
            lines.append(f"… and {self.not_listed} more problems not listed")
        lines.extend(self.tally_lines())
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format.english,
            "items_read": self.items_read,
            "kept": dict(self.kept),
            "problems": [entry.to_json() for entry in self.entries],
            "not_listed": self.not_listed,
            "dropped": self.dropped_count,
            "losses": [
                {
                    "outcome": str(tally.outcome),
                    "code": tally.code,
                    "args": dict(tally.args),
                    "count": tally.count,
                    "first": str(tally.first),
                    "message": tally.message,
                }
                for tally in self.tallies.values()
            ],
        }


def _counted(count: int, plural: str) -> str:
    return f"{count} {plural[:-1] if count == 1 and plural.endswith('s') else plural}"


def _checked(code: str) -> str:
    if code not in ENGLISH:  # a programming error: every code has its words
        raise KeyError(f"no report message {code!r} in timelineapp.extract.importers.messages")
    return code


def _texts(args: dict[str, object]) -> dict[str, str]:
    return {name: str(value) for name, value in args.items()}
