"""What every importer takes and gives: options in, an event file and its report out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from timelineapp.model.file_format import EventFile

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
    what was found, like every other located message of timelineapp.
    """


@dataclass
class ImportResult:
    event_file: EventFile
    report: ConversionReport
    # Tables only: the input's columns and the mapping used (field -> columns), so the import
    # dialog can show the mapping and let the user change it.
    columns: list[str] = field(default_factory=list)
    mapping: dict[str, list[str]] = field(default_factory=dict)


def no_progress(_fraction: float) -> bool:
    return True
