"""What every importer takes and gives: options in, an event file and its report out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from timelineapp.model.file_format import Event, EventFile

from .messages import english
from .report import ConversionReport

# Called now and then with the fraction done (0..1); returns False to cancel the import.
Progress = Callable[[float], bool]


class GroupAs(StrEnum):
    """What a TimelineJS ``group`` (or a sheet's Group column) becomes."""

    ACTOR = "actor"  # the usual meaning: the row of a person, country, organisation
    TAG = "tag"  # for groups that are themes ("Economy", "Battles")


@dataclass(frozen=True)
class ImportOptions:
    group_as: GroupAs = GroupAs.ACTOR
    # Event field -> input column, overriding the detected mapping (``--map title=Headline``).
    mapping: Mapping[str, str] = field(default_factory=dict)
    # Columns no field takes: kept in the event note as "column: value" lines, or dropped.
    keep_extra_columns: bool = True


class ImportCancelled(Exception):
    """The progress callback asked to stop."""


class UnreadableInput(Exception):
    """The input as a whole cannot be read (not JSON, not CSV, wrong kind of file).

    The message starts with the location (``file:line: ``) and says what was expected and
    what was found, like every other located message of timelineapp. Given a ``code`` of
    :data:`.messages.ENGLISH` and its arguments, the window words it in its own language
    (``ui/import_report_words.unreadable_words``); ``str()`` is the English.
    """

    def __init__(self, where: str, code: str = "", **values: object) -> None:
        self.where = where
        self.code = code
        self.values = {name: str(value) for name, value in values.items()}
        super().__init__(f"{where}: {english(code, self.values)}" if code else where)


@dataclass
class ImportResult:
    """An import: the event file's bytes in the saved layout, and the report.

    The bytes are what is written (piece by piece) or opened; :attr:`event_file` validates
    them into the model on first use (a million events are validated when opened, by the
    loader's fast path, not twice). :attr:`head` holds the first events, validated, for a preview.
    """

    # The file's bytes in pieces (joined, a 1M-event file would be held twice while written).
    pieces: list[bytes | bytearray]
    report: ConversionReport
    header: EventFile  # title, documents and actors; its ``events`` are left empty
    head: list[Event]
    event_count: int
    # Tables only: the input's columns and the mapping used (field -> columns), so the import
    # dialog can show the mapping and let the user change it.
    columns: list[str] = field(default_factory=list)
    mapping: dict[str, list[str]] = field(default_factory=dict)

    @cached_property
    def raw(self) -> bytes:
        """The whole file's bytes (joined on first use, when they become the one piece: a
        1M-row import opened in the window would otherwise hold its 0.8 GB twice)."""
        joined = b"".join(self.pieces)
        self.pieces = [joined]
        return joined

    @cached_property
    def event_file(self) -> EventFile:
        return EventFile.model_validate_json(self.raw)


def no_progress(_fraction: float) -> bool:
    return True
