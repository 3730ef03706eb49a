"""What a temporal expression is read as, its unknown parts left open: a calendar date with
some fields unknown, a weekday, a shift from a reference, a season, a span of years; and the
:class:`Mention` of one in a text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from timelineapp.model.calendar import ENGLISH_WEEKDAYS

from ..notes import Note

MIN_YEAR: Final = 1000
MAX_YEAR: Final = 2199


@dataclass(frozen=True, slots=True)
class Calendar:
    """A calendar date with unknown parts left open (``None``): ``XXXX-05-19`` is
    ``Calendar(None, 5, 19)``. ``part`` narrows a month or year ("début", "late");
    ``unit_start``: the words name the year's start ("the start of 2024"), not its early part
    ("early 2024"), so "since" it is from its first month (QA #152)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str = ""  # "early" | "mid" | "late" | ""
    unit_start: bool = False

    def open_text(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        text = year
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        elif self.day is not None:
            text += f"-XX-{self.day:02d}"
        return text + (f" ({self.part})" if self.part else "")


@dataclass(frozen=True, slots=True)
class Weekday:
    """ "vendredi", "last Friday": a weekday; ``direction`` -1 before, +1 after the reference,
    0 when only the tense can tell."""

    weekday: int  # 0 = Monday
    direction: int = 0

    def open_text(self) -> str:
        side = {-1: "the last ", 1: "the next ", 0: "a "}[self.direction]
        return side + ENGLISH_WEEKDAYS[self.weekday]


@dataclass(frozen=True, slots=True)
class Shift:
    """A date relative to the reference: ``amount`` units away ("hier" is day -1, "la semaine
    dernière" week -1, "il y a deux ans" year -2 approximately). ``part`` "earlier"/"later" is
    the piece of the unit before/after the reference ("earlier this month"); "early" its
    start, the unit kept whole ("the start of the year": that year, its early part said)."""

    unit: str  # "day" | "week" | "month" | "year"
    amount: int
    part: str = ""
    approximate: bool = False
    # "event": counted from another event of the story ("three days later", « la veille »),
    # which the rules cannot tell: the date is left open and the note says so (QA #124).
    anchor: str = ""

    def open_text(self) -> str:
        sign = "+" if self.amount >= 0 else ""
        anchor = "an earlier event" if self.anchor else "reference"
        return f"{anchor} {sign}{self.amount} {self.unit}" + (
            f" ({self.part})" if self.part else ""
        )


@dataclass(frozen=True, slots=True)
class Night:
    """ "overnight", « cette nuit »: the night next to the reference, which spans two days;
    ``direction`` -1 the night before it, +1 the night after, 0 when only the tense can tell
    (a news report's "overnight" is the night that just ended)."""

    direction: int = 0

    def open_text(self) -> str:
        return {-1: "the night before ", 1: "the night after ", 0: "a night next to "}[
            self.direction
        ] + "reference"


@dataclass(frozen=True, slots=True)
class Season:
    season: int  # 0 spring .. 3 winter (northern hemisphere)
    year: int | None = None
    direction: int = 0

    def open_text(self) -> str:
        name = ("spring", "summer", "autumn", "winter")[self.season]
        return f"{name} of " + ("XXXX" if self.year is None else str(self.year))


@dataclass(frozen=True, slots=True)
class YearPart:
    """A quarter or a half of a year ("the third quarter of 2024", « premier semestre
    2023 »): EDTF's grouping ``code`` (33-36 the quarters, 40-41 the halves). ``year`` None
    with ``shift`` the year counted from the reference ("of this year", « de l'année
    dernière »). ``words`` are the article's ("troisième trimestre"), for the note."""

    code: int
    year: int | None = None
    shift: int = 0
    words: str = ""

    def open_text(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        return f"{year}-{self.code}"


@dataclass(frozen=True, slots=True)
class YearSpan:
    """A run of whole years: a decade ("les années 1990") or a century ("XIXe siècle")."""

    first: int
    last: int
    label: str  # "decade" | "century"
    part: str = ""  # "early" | "mid" | "late": "the mid-1990s" (the whole run is kept)

    def open_text(self) -> str:
        return self.edtf()

    def edtf(self) -> str:
        """Some year of the run, as EDTF: a decade with its unspecified digit ("199X": one
        year of the 1990s), any other run as one of its years ("[1801..1900]").

        Never the interval "1990/1999": the words place one moment in the run, they do
        not say it lasted the whole run, and an interval is drawn as a ten-year bar (QA #83).
        A century is not "18XX": the XIXe siècle is 1801-1900, the years the note names.
        """
        if self.label == "decade" and self.first % 10 == 0 and self.last == self.first + 9:
            return f"{self.first // 10:03d}X"
        return f"[{self.first:04d}..{self.last:04d}]"


Value = Calendar | Weekday | Shift | Night | Season | YearPart | YearSpan


@dataclass(frozen=True, slots=True)
class Mention:
    """One temporal expression in a text, read with its unknown parts open.

    ``last`` is a range's end ("du 3 au 5 juin"); ``modifier`` a bound written before it:
    ``not_after`` ("au plus tard", "no later than", "by"), ``not_before`` ("après", "after"),
    ``since`` ("depuis", "since") or ``until`` ("jusqu'au", "until"); ``cue`` is the words.
    """

    start: int
    end: int
    text: str
    value: Value
    language: str
    last: Value | None = None
    modifier: str = ""
    cue: str = ""
    doubt: Note | None = None  # why the reading may be wrong ("05/06/2024": either order)
    approximate: str = ""  # the words saying the date is approximate ("around", "vers")
    weekday: str = ""  # the weekday written with a calendar date ("mardi 3 juin 2024")

    def open_text(self) -> str:
        text = self.value.open_text()
        if self.last is not None:
            text += " / " + self.last.open_text()
        return f"{self.modifier}({text})" if self.modifier else text
