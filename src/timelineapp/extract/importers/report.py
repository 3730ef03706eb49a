"""What a conversion kept and dropped, each with where it happened (file, line or JSON path).

A conversion is judged by what it loses, so the report is not a log: it counts what was
kept, lists every row or item that could not be converted with its location and reason, and
folds repeated losses of the same field ("background, in 312 events, first at events[4]")
into one line, so a million-row input gives a report a person can read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# Beyond this many located problems the rest are counted, not listed: the first ones are
# enough to fix an input, and a report must stay readable (and small) for a 1M-row file.
MAX_LISTED = 200


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

    def __str__(self) -> str:
        text = self.file
        if self.line is not None:
            text += f":{self.line}"
        if self.path:
            text += f": {self.path}"
        return text

    def child(self, part: str | int) -> Where:
        """This place, one JSON step deeper."""
        step = f"[{part}]" if isinstance(part, int) else (f".{part}" if self.path else part)
        return Where(self.file, self.line, self.path + step)


@dataclass(frozen=True, slots=True)
class Entry:
    outcome: Outcome
    where: Where
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.outcome}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": str(self.outcome),
            "file": self.where.file,
            "line": self.where.line,
            "path": self.where.path,
            "message": self.message,
        }


@dataclass(slots=True)
class _Tally:
    """One kind of loss repeated over many items: counted, with its first place."""

    reason: str
    first: Where
    count: int = 0


@dataclass
class ConversionReport:
    """The account of one conversion, for the command line and the import dialog."""

    file: str
    format: str
    items_read: int = 0
    kept: dict[str, int] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    not_listed: int = 0
    counts: dict[Outcome, int] = field(default_factory=dict)
    tallies: dict[tuple[Outcome, str], _Tally] = field(default_factory=dict)

    # -- recording ---------------------------------------------------------------------------

    def count_kept(self, what: str, count: int = 1) -> None:
        """``what`` is a plural noun: "events", "actors", "documents"."""
        self.kept[what] = self.kept.get(what, 0) + count

    def dropped(self, where: Where, message: str) -> None:
        """A row or item that is not in the result."""
        self._add(Entry(Outcome.DROPPED, where, message))

    def changed(self, where: Where, message: str) -> None:
        """Something kept, but not exactly as written."""
        self._add(Entry(Outcome.CHANGED, where, message))

    def lost(self, what: str, where: Where, reason: str, outcome: Outcome = Outcome.LOST) -> None:
        """A field lost (or changed the same way) in possibly many items: counted once."""
        key = (outcome, what)
        tally = self.tallies.get(key)
        if tally is None:
            tally = self.tallies[key] = _Tally(reason, where)
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
        text = f"{self.file}: read {self.items_read} items as {self.format}; kept {kept}"
        if dropped:
            text += f"; dropped {dropped} item{'s' * (dropped != 1)}"
        return text

    def tally_lines(self) -> list[str]:
        """Each repeated loss on one line: what, why, how often, where first."""
        lines = []
        for (outcome, what), tally in self.tallies.items():
            times = f"{tally.count} time{'s' * (tally.count != 1)}"
            lines.append(f"{outcome}: {what} ({times}, first at {tally.first}): {tally.reason}")
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
            "format": self.format,
            "items_read": self.items_read,
            "kept": dict(self.kept),
            "problems": [entry.to_json() for entry in self.entries],
            "not_listed": self.not_listed,
            "dropped": self.dropped_count,
            "losses": [
                {
                    "outcome": str(outcome),
                    "what": what,
                    "count": tally.count,
                    "first": str(tally.first),
                    "reason": tally.reason,
                }
                for (outcome, what), tally in self.tallies.items()
            ],
        }


def _counted(count: int, plural: str) -> str:
    return f"{count} {plural[:-1] if count == 1 and plural.endswith('s') else plural}"
