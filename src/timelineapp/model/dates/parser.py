"""The full reader of a date expression: single dates, intervals, one-sided bounds and sets.

Recursive descent over the text (points are read by :class:`.point_reader.PointReader`),
tracking a position so that every error says where, what was expected and what was found.
"""

from __future__ import annotations

from msgspec.structs import replace

from .errors import END_HINT, DateError, choices
from .point_reader import PointReader
from .values import DateKind, DatePoint, EdtfDate, assemble, assemble_set

_SET_CLOSE = {"[": "]", "{": "}"}


class Parser(PointReader):
    """Reads one whole date expression: :meth:`parse`."""

    def parse(self) -> EdtfDate:
        if self.at_end():
            raise DateError(
                self.text, 0, "a date such as 2024, 2024-06 or 2024-06-07", "nothing", "date_empty"
            )
        if self.peek() in _SET_CLOSE:
            return self.parse_set()

        start: DatePoint | None = None
        start_text = ""
        if self.peek(2) == "..":
            self.pos += 2
            if self.peek() != "/":
                raise self.error("'/' after '..' (as in ../2024)")
        elif self.peek() != "/":
            # A leading '/' is EDTF's unknown start; like '..' it leaves the start open.
            start_pos = self.pos
            start = self.parse_point()
            if self.at_end():
                return assemble(self.text, DateKind.SINGLE, start, start, False, False)
            if self.peek() != "/":
                raise self.error(choices([*self.follow, "'/' and an end date", END_HINT]))
            start_text = self.text[start_pos : self.pos]

        self.pos += 1  # the '/'
        end_pos = self.pos
        end: DatePoint | None = None
        if self.peek(2) == "..":
            self.pos += 2
        elif self.peek() in _SET_CLOSE:
            raise self.error("a date (a set cannot be the end of an interval)")
        elif not self.at_end():
            end = self.parse_point()
        # else 'A/': EDTF's unknown end, which the timeline draws like an open end.
        if start is None and end is None:
            found = "'..'" if self.pos > end_pos else END_HINT
            raise DateError(self.text, end_pos, "a date on at least one side of '/'", found)
        if end is None:
            self.follow = []
        self.expect_end()
        if start is not None and end is not None and end.earliest < start.earliest:
            raise DateError(
                self.text,
                end_pos,
                f"an end on or after the start {start_text}",
                self.text[end_pos : self.end],
                "date_end_before_start",
                (("start", start_text),),
            )
        return assemble(self.text, DateKind.INTERVAL, start, end, start is None, end is None)

    def parse_set(self) -> EdtfDate:
        """``[..A]``, ``[A..]``, ``[A..B]``, ``[A, B, C..D]`` (one of) or ``{A, B..C}`` (all of)."""
        opening = self.peek()
        closing = _SET_CLOSE[opening]
        all_of = opening == "{"
        self.pos += 1
        members: list[EdtfDate] = []
        while True:
            self.skip_blanks()
            members.append(self.parse_member(all_of, first=not members))
            self.skip_blanks()
            if self.peek() == ",":
                if members[-1].kind is DateKind.ON_OR_AFTER:
                    raise self.error(
                        f"'{closing}' (only the last member of a set can be open, as in A..)"
                    )
                self.pos += 1
                continue
            if self.peek() != closing:
                raise self.error(choices([*self.follow, "',' and another date", f"'{closing}'"]))
            break
        self.pos += 1
        self.follow = []
        self.expect_end()
        if not all_of and len(members) == 1 and not members[0].members:
            only = members[0]
            if only.kind is not DateKind.SINGLE:
                # [..A], [A..] and [A..B] as the whole expression, as they always were.
                return replace(only, text=self.text)
        kind = DateKind.ALL_OF if all_of else DateKind.ONE_OF
        return assemble_set(self.text, kind, tuple(members))

    def skip_blanks(self) -> None:
        while self.pos < self.end and self.text[self.pos] == " ":
            self.pos += 1

    def parse_member(self, all_of: bool, first: bool) -> EdtfDate:
        """One member of a set: a date, a range ``A..B``, or an open ``..A`` / ``A..``."""
        start = self.pos
        if self.peek() in _SET_CLOSE:
            raise self.error("a date (sets do not nest)")
        if self.peek(2) == "..":
            if not first:
                raise self.error("a date (only the first member of a set can be open, as in ..A)")
            self.pos += 2
            point = self.parse_point()
            text = self.text[start : self.pos]
            return assemble(text, DateKind.ON_OR_BEFORE, point, point, True, False)
        point = self.parse_point()
        if self.peek() == "/":
            raise self.error(
                choices(
                    [*self.follow, "',' or '..' (a set holds dates and ranges A..B, not intervals)"]
                )
            )
        if self.peek(2) != "..":
            self.follow = [*self.follow, "'..' and a last date"]
            return assemble(
                self.text[start : self.pos], DateKind.SINGLE, point, point, False, False
            )
        self.pos += 2
        self.skip_blanks()
        if self.peek() in ("]", "}", ",", ""):
            text = self.text[start : self.pos]
            return assemble(text, DateKind.ON_OR_AFTER, point, point, False, True)
        last_pos = self.pos
        last = self.parse_point()
        if last.earliest < point.earliest:
            raise DateError(
                self.text,
                last_pos,
                "a last date on or after the first",
                self.text[last_pos : self.pos],
                "date_last_before_first",
            )
        kind = DateKind.INTERVAL if all_of else DateKind.ONE_OF
        return assemble(self.text[start : self.pos], kind, point, last, False, False)
